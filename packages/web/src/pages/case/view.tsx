import { useEffect } from 'preact/hooks';
import { currentUser } from '../../auth/session.ts';
import { useLocation } from '../../router.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { GrantedDeliveredChart } from '../../ui/delivery-chart.tsx';
import { Alert } from '../../ui/form.tsx';
import { closeReasonName, followUpKindName, followUpStatusName, programName } from '../../ui/labels.ts';
import { PlanGoals } from '../../ui/plan.tsx';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { ChangeCaseForm } from './change-form.tsx';
import { CloseCaseForm } from './close-form.tsx';
import { type CaseData, loadCase } from './load.ts';
import { CaseVisits } from './visits.tsx';

/** `/sager/<caseId>`: the case's facts, follow-ups, deadlines, delivery, visits (newest first, paged) and history. */
export const CasePage = ({ caseRef }: { caseRef: string }) => {
  const { state, reload } = useData(() => loadCase(caseRef), caseRef);
  const { search } = useLocation();
  useEffect(() => {
    if (state.status === 'ok') document.title = `Sag ${state.data.case.caseNumber} – Hjemmestøtte`;
  }, [state]);
  if (state.status === 'loading') return <p aria-live="polite">Henter sagen…</p>;
  if (state.status === 'error')
    return (
      <>
        <h1>Sag</h1>
        <LoadError status={state.httpStatus} />
      </>
    );
  return (
    <CaseDetails
      data={state.data}
      created={search.get('ny') === '1'}
      held={search.get('holdt')}
      onChange={reload}
    />
  );
};

const CaseDetails = ({
  data,
  created,
  held,
  onChange,
}: {
  data: CaseData;
  created: boolean;
  held: string | null;
  onChange: () => void;
}) => {
  const c = data.case;
  const canEdit = currentUser()?.role === 'caseworker' && c.status === 'active';
  const next = c.followUps.find((f) => f.status === 'scheduled');
  return (
    <>
      <h1>Sag {c.caseNumber}</h1>
      {created && <Alert variant="success" heading="Sagen er registreret" />}
      {held && <Alert variant="success" heading="Opfølgningen er registreret som afholdt" />}
      <p>
        <strong>{c.status === 'active' ? 'Aktiv' : `Lukket ${formatDate(c.closedOn)}`}</strong>
        {c.closeReason && ` (${closeReasonName[c.closeReason] ?? c.closeReason})`}
        {c.closeNote && `: ${c.closeNote}`}
        {next && (
          <>
            {' · '}Næste opfølgning: <strong>{formatDate(next.dueOn)}</strong>
          </>
        )}
      </p>

      <h2>Fakta</h2>
      <dl class="facts">
        <Fact term="Forløb" value={programName[c.program] ?? c.program} />
        <Fact term="Lovgrundlag" value={c.legalBasis} />
        <Fact term="Afgørelsesdato" value={formatDate(c.decidedOn)} />
        <Fact term="Støtten starter" value={formatDate(c.startsOn)} />
        <Fact term="Forventet slutdato" value={formatDate(c.expectedEndOn)} />
        <Fact term="Timer pr. uge" value={String(c.hoursPerWeek).replace('.', ',')} />
        <Fact term="Leverandør" value={c.providerId} />
        <Fact term="Sagsbehandler" value={c.caseworkerEmail} />
        <Fact term="Teamleder" value={c.teamLeaderEmail} />
        <Fact
          term="Udredning"
          value={
            c.assessment.status === 'ongoing'
              ? `Undersøgelse i gang siden ${formatDate(c.assessment.startedOn)}`
              : `${c.assessment.kind === 'afdaekning' ? 'Afdækning' : 'Børnefaglig undersøgelse'} afsluttet ${formatDate(c.assessment.completedOn)}`
          }
        />
        <Fact
          term="Børn"
          value={c.children.map((ch) => `${ch.firstName} (født ${formatDate(ch.birthDate)})`).join(', ')}
        />
        <Fact term="Formål" value={c.purpose} />
      </dl>

      <h2>Opfølgninger og frister</h2>
      <table class="table table--compact">
        <caption class="sr-only">Opfølgninger</caption>
        <thead>
          <tr>
            <th scope="col">Opfølgning</th>
            <th scope="col">Frist</th>
            <th scope="col">Status</th>
            <th scope="col">Handling</th>
          </tr>
        </thead>
        <tbody>
          {c.followUps.map((f) => (
            <tr key={f.followUpId}>
              <td>{followUpKindName[f.kind]}</td>
              <td class="nowrap">{formatDate(f.dueOn)}</td>
              <td>
                {followUpStatusName[f.status]}
                {f.heldOn && ` ${formatDate(f.heldOn)}`}
              </td>
              <td>
                {canEdit && f.status === 'scheduled' ? (
                  <a
                    href={`/sager/${encodeURIComponent(c.caseId)}/opfoelgning/${encodeURIComponent(f.followUpId)}`}
                  >
                    Registrér afholdt<span class="sr-only"> ({formatDate(f.dueOn)})</span>
                  </a>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {c.deadlines.planDueOn && (
          <li>Barnets plan skal foreligge senest {formatDate(c.deadlines.planDueOn)}</li>
        )}
        {c.deadlines.investigationDueOn && (
          <li>
            Den børnefaglige undersøgelse skal være færdig senest {formatDate(c.deadlines.investigationDueOn)}
          </li>
        )}
      </ul>

      <h2>Barnets plan</h2>
      {data.plan ? (
        <>
          <p>{data.plan.purpose}</p>
          <PlanGoals plan={data.plan} />
        </>
      ) : (
        <p>Barnets plan er ikke skrevet endnu.</p>
      )}

      <h2>Timer bevilget og leveret</h2>
      {data.delivery?.weeks.length ? (
        <>
          <p>
            I alt {fmtHours(data.delivery.totals.deliveredHours)} af{' '}
            {fmtHours(data.delivery.totals.grantedHours)} bevilgede timer leveret.
          </p>
          <GrantedDeliveredChart
            caption="Timer pr. uge"
            unit="Uge"
            bars={data.delivery.weeks.map((w) => ({
              label: `Uge ${Number(w.week.split('-W')[1])}`,
              granted: w.grantedHours,
              delivered: w.deliveredHours,
            }))}
          />
        </>
      ) : (
        <p>Ingen uger med støtte endnu.</p>
      )}

      <h2>Besøg</h2>
      <CaseVisits caseId={c.caseId} />

      <h2>Statusskrivelser</h2>
      {!data.reports ? (
        <Alert variant="error" heading="Statusskrivelserne kunne ikke hentes">
          <p>Der er sket en fejl. Genindlæs siden om lidt.</p>
        </Alert>
      ) : data.reports.length ? (
        data.reports.map((r) => (
          <section key={r.reportId} aria-label={`Statusskrivelse ${formatInstant(r.submittedAt)}`}>
            <h3 class="h4">
              {r.kind === 'final' ? 'Afsluttende statusskrivelse' : 'Status til opfølgning'},{' '}
              {formatInstant(r.submittedAt)}
            </h3>
            <p class="pre-line">{r.text}</p>
            <p>{r.familyHasRead ? 'Familien har læst skrivelsen.' : 'Familien har ikke læst skrivelsen.'}</p>
          </section>
        ))
      ) : (
        <p>Ingen statusskrivelser endnu.</p>
      )}

      <h2>Historik</h2>
      {c.history?.length ? (
        <ul>
          {c.history.map((h) => (
            <li key={h.changedAt}>
              {formatInstant(h.changedAt)}: {describeChange(h.before, h.after)} fra{' '}
              {formatDate(h.effectiveFrom)} ({h.changedBy})
            </li>
          ))}
        </ul>
      ) : (
        <p>Ingen ændringer.</p>
      )}

      {currentUser()?.role === 'teamleader' && (
        <p>
          <a href={`/sager/${encodeURIComponent(c.caseId)}/revisionsspor`}>Se revisionsspor</a>
        </p>
      )}
      {canEdit && (
        <>
          <ChangeCaseForm caseId={c.caseId} onDone={onChange} />
          <CloseCaseForm caseId={c.caseId} onDone={onChange} />
        </>
      )}
    </>
  );
};

const fmtHours = (n: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(n);

const Fact = ({ term, value }: { term: string; value: string }) => (
  <>
    <dt>{term}</dt>
    <dd>{value}</dd>
  </>
);

const fieldName: Record<string, string> = {
  hoursPerWeek: 'timer pr. uge',
  providerId: 'leverandør',
  expectedEndOn: 'forventet slutdato',
  caseworkerEmail: 'sagsbehandler',
  assessment: 'udredning',
};
const describeChange = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  Object.keys(after)
    .filter((k) => fieldName[k])
    .map((k) => `${fieldName[k]} ${show(before[k])} → ${show(after[k])}`)
    .join(', ') || 'ændret';
const show = (v: unknown) => (typeof v === 'object' ? '…' : String(v ?? '–'));

import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatInstant } from '../../ui/dates.ts';
import { Alert } from '../../ui/form.tsx';
import { locationName, methodName } from '../../ui/labels.ts';
import { HttpError } from '../../ui/use-data.tsx';
import type { Visit } from './load.ts';

/** Visits per "Vis flere": a screenful; the API allows up to 200. */
export const VISITS_PAGE = 20;

/** One page of the case's visits, newest first; `cursor` is the API's `Next-Cursor` of the page before. */
export const loadVisitsPage = async (caseId: string, cursor?: string) => {
  const { data, response } = await api.GET('/v1/cases/{caseId}/visits', {
    params: {
      path: { caseId },
      query: { limit: VISITS_PAGE, order: 'newest', ...(cursor ? { cursor } : {}) },
    },
  });
  if (!response.ok) throw new HttpError(response.status);
  return { items: data ?? [], next: response.headers.get('next-cursor') ?? undefined };
};

type Pages = { items: Visit[]; next?: string };

/**
 * The case page's visits, newest first, a page at a time ("Vis flere" follows the API's cursor). A load that
 * fails says so (role="alert") with a retry, never "Ingen besøg": an empty list must mean there are none.
 */
export const CaseVisits = ({ caseId }: { caseId: string }) => {
  const [pages, setPages] = useState<Pages | undefined>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const firstNew = useRef<HTMLTableRowElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | undefined>();

  const load = async (more: boolean) => {
    setBusy(true);
    setFailed(false);
    try {
      const page = await loadVisitsPage(caseId, more ? pages?.next : undefined);
      setPages((had) => ({ items: [...(more && had ? had.items : []), ...page.items], next: page.next }));
      if (more) setFocusFrom(pages?.items.length);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setPages(undefined);
    void load(false);
  }, [caseId]);
  // After "Vis flere" the keyboard user goes on from the first visit added, not back at the top.
  useEffect(() => {
    if (focusFrom !== undefined) firstNew.current?.focus();
  }, [focusFrom]);

  const retry = (
    <button type="button" class="button button-secondary" onClick={() => load(pages !== undefined)}>
      Prøv igen
    </button>
  );
  if (!pages)
    return failed ? (
      <Alert variant="error" heading="Besøgene kunne ikke hentes">
        <p>Der er sket en fejl. Prøv igen om lidt.</p>
        {retry}
      </Alert>
    ) : (
      <p aria-live="polite">Henter besøg…</p>
    );
  if (pages.items.length === 0) return <p>Ingen besøg registreret.</p>;
  return (
    <>
      <table class="table table--compact">
        <caption class="sr-only">Besøg, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Varighed</th>
            <th scope="col">Sted</th>
            <th scope="col">Metoder</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {pages.items.map((v, i) => (
            <tr
              key={v.visitId}
              ref={i === focusFrom ? firstNew : undefined}
              tabIndex={i === focusFrom ? -1 : undefined}
            >
              <td class="nowrap">{formatInstant(v.startedAt)}</td>
              <td>{v.durationMinutes} min.</td>
              <td>{locationName[v.location]}</td>
              <td>{v.methods.map((m) => methodName[m]).join(', ')}</td>
              <td>
                {v.note}
                {v.concern && (
                  <strong>
                    {' '}
                    Bekymring ({v.concern.level === 'acute' ? 'akut' : 'ikke akut'}): {v.concern.note}
                  </strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p aria-live="polite">
        Viser {pages.items.length} besøg
        {pages.next ? ', nyeste først.' : ' – alle.'}
      </p>
      {failed && (
        <Alert variant="error" heading="Flere besøg kunne ikke hentes">
          <p>Der er sket en fejl. Prøv igen om lidt.</p>
          {retry}
        </Alert>
      )}
      {pages.next && !failed && (
        <button type="button" class="button button-secondary" disabled={busy} onClick={() => load(true)}>
          Vis flere besøg
        </button>
      )}
    </>
  );
};

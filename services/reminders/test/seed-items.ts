import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  agendaPk,
  agendaSk,
  type CaseItem,
  caseKey,
  deadlineKey,
  followUpKey,
  planKey,
  providerKey,
} from '@hjemmestotte/store';

/** Items as intake and planning write them (keys from @hjemmestotte/store), for the sweep to read. */
export const seeder = (db: DynamoDBDocumentClient, table: string) => {
  const put = (Item: Record<string, unknown>) => db.send(new PutCommand({ TableName: table, Item }));
  return {
    provider: (providerId: string, contactEmail: string) =>
      put({ ...providerKey(providerId), providerId, name: 'Hjemmebasen', contactEmail, active: true }),
    case: (c: Partial<CaseItem> & { caseId: string; caseNumber: string }) =>
      put({
        ...caseKey(c.caseId),
        status: 'active',
        caseworkerEmail: 'sagsbehandler@kommune.example',
        teamLeaderEmail: 'teamleder@kommune.example',
        providerId: 'hjemmebasen',
        children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
        purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
        ...c,
      }),
    followUp: (
      caseId: string,
      caseNumber: string,
      followUpId: string,
      dueOn: string,
      scheduled = true,
      revision?: number,
    ) =>
      put({
        ...followUpKey(caseId, followUpId),
        caseId,
        caseNumber,
        followUpId,
        kind: followUpId === 'fu-1' ? 'first' : 'regular',
        dueOn,
        status: scheduled ? 'scheduled' : 'held',
        ...(revision === undefined ? {} : { revision }),
        ...(scheduled
          ? { agendaPk: agendaPk('follow-up'), agendaSk: agendaSk(dueOn, caseId, followUpId) }
          : { heldOn: dueOn }),
      }),
    deadline: (caseId: string, caseNumber: string, kind: 'plan' | 'end' | 'investigation', dueOn: string) =>
      put({
        ...deadlineKey(caseId, kind),
        caseId,
        caseNumber,
        kind,
        dueOn,
        agendaPk: agendaPk(kind),
        agendaSk: agendaSk(dueOn, caseId, kind),
      }),
    plan: (caseId: string) => put({ ...planKey(caseId), purpose: 'x', goals: [] }),
  };
};

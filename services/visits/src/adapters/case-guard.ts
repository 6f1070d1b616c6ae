import { type CaseItem, caseKey, followUpKey } from '@hjemmestotte/store';
import type { ExtraWrite } from '../ports.ts';

/**
 * The case item's part in a visit's or status report's transaction: the write commits only if the case is
 * still as validation read it — same provider, same status and closing day, same revision when intake keeps
 * one — so a provider change or a close between the read and the write cancels it (issue 11: 30 visits
 * raced a provider change and 4 were stored after it). It also adds 1 to `visitRevision`, so a close that
 * read the case before this visit (and checked no visit lies after its closing day) fails its own condition.
 */
export const caseGuard = (tableName: string, asRead: CaseItem): ExtraWrite => {
  const names: Record<string, string> = { '#provider': 'providerId', '#status': 'status' };
  const values: Record<string, unknown> = {
    ':provider': asRead.providerId,
    ':status': asRead.status,
    ':one': 1,
  };
  const conditions = ['attribute_exists(pk)', '#provider = :provider', '#status = :status'];
  const sameAsRead = (attribute: string, value: unknown) => {
    names[`#${attribute}`] = attribute;
    if (value === undefined) conditions.push(`attribute_not_exists(#${attribute})`);
    else {
      values[`:${attribute}`] = value;
      conditions.push(`#${attribute} = :${attribute}`);
    }
  };
  sameAsRead('closedOn', asRead.closedOn);
  sameAsRead('revision', (asRead as { revision?: number }).revision);
  return {
    Update: {
      TableName: tableName,
      Key: caseKey(asRead.caseId),
      UpdateExpression: 'ADD visitRevision :one',
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};

/** A status letter's follow-up must still exist and not be cancelled when the letter is stored. */
export const followUpStands = (tableName: string, caseId: string, followUpId: string): ExtraWrite => ({
  ConditionCheck: {
    TableName: tableName,
    Key: followUpKey(caseId, followUpId),
    ConditionExpression: 'attribute_exists(pk) AND #status <> :cancelled',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':cancelled': 'cancelled' },
  },
});

/**
 * How writes by different services stay consistent with the case item (pk CASE#id, sk CASE), in one
 * transaction each. Intake and visits build their conditions from here so both sides agree.
 *
 * - Every change of the case by intake (change, close) increments `revision` and is conditional on the
 *   revision it read (`revision` absent means 0).
 * - A visit or status report (visits, `services/visits/src/adapters/case-guard.ts`) puts its item and, in the
 *   same transaction, updates the case item: conditional on the case being as read (provider, status,
 *   closedOn, `revision`), so a change of provider, hours or a close in between cancels the visit, and
 *   `ADD visitRevision 1`, so a close that read the visits before cannot commit after it. (A ConditionCheck alone would not do
 *   for the close side: DynamoDB allows one operation per item per transaction, and the close must see
 *   that something was added.)
 * - A close reads the case (its `revision` and `visitRevision`), then the latest VISIT# item (they sort by
 *   start), refuses a `closedOn` before that visit's day (422), and commits with `closeGuard`: conditional
 *   on both counters being what it read. A visit committed in between changes `visitRevision`, so the
 *   close is cancelled and answers 409 (read again); it never closes before a visit it did not see.
 */
export interface CaseCondition {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/** The case exists, is active and is still at `revision` (0: never changed since registration). */
export const activeAtRevision = (revision: number): CaseCondition => ({
  ConditionExpression:
    revision === 0
      ? 'attribute_exists(pk) AND #status = :active AND attribute_not_exists(revision)'
      : 'attribute_exists(pk) AND #status = :active AND revision = :rev',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':active': 'active', ...(revision === 0 ? {} : { ':rev': revision }) },
});

/** `activeAtRevision` and no visit or status report added since `visitRevision` was read. */
export const closeGuard = (revision: number, visitRevision: number): CaseCondition => {
  const base = activeAtRevision(revision);
  return {
    ConditionExpression: `${base.ConditionExpression} AND ${
      visitRevision === 0 ? 'attribute_not_exists(visitRevision)' : 'visitRevision = :visitRev'
    }`,
    ExpressionAttributeNames: base.ExpressionAttributeNames,
    ExpressionAttributeValues: {
      ...base.ExpressionAttributeValues,
      ...(visitRevision === 0 ? {} : { ':visitRev': visitRevision }),
    },
  };
};

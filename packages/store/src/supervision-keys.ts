/**
 * The supervision roll-up (services/planning/src/supervision): per case one state item, the open cases as
 * one partition, and each month as one partition holding the closed cases that were active in it and the
 * providers' visit counters. A report reads one month partition and the open partition, never all cases.
 */
export const supervisionStateKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'SUPERVISION' });
export const SUPERVISION_OPEN_PK = 'SUPERVISION#open';
export const supervisionOpenKey = (caseId: string) => ({ pk: SUPERVISION_OPEN_PK, sk: `CASE#${caseId}` });
/** `month` is `YYYY-MM`. */
export const supervisionMonthPk = (month: string) => `SUPERVISION#${month}`;
export const supervisionMonthCaseKey = (month: string, caseId: string) => ({
  pk: supervisionMonthPk(month),
  sk: `CASE#${caseId}`,
});
export const supervisionMonthProviderKey = (month: string, providerId: string) => ({
  pk: supervisionMonthPk(month),
  sk: `PROVIDER#${providerId}`,
});
/** One item per counted event, so a repeated delivery adds nothing. */
export const supervisionLedgerKey = (eventId: string) => ({
  pk: `SUPERVISION#event#${eventId}`,
  sk: 'SUPERVISION',
});

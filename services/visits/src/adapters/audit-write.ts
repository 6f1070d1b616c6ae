import { auditPut } from '@hjemmestotte/lambda-kit';
import type { AuditWrite } from '../ports.ts';

/** The audit entry as a Put for the change's own transaction (lambda-kit's `auditPut`, bound to the table). */
export const auditWrite =
  (tableName: string): AuditWrite =>
  (caseId, action, principal, at) =>
    auditPut(tableName, caseId, action, principal, at);

import { describe, expect, it } from 'vitest';
import { statusReportViolations } from './status-report-rules.ts';

const letter = { kind: 'follow-up' as const, text: 'Det går fremad.', familyHasRead: false };

describe('status report rules', () => {
  it('accepts a follow-up letter the family has not read, naming no follow-up', () => {
    expect(statusReportViolations({ report: letter })).toEqual([]);
  });

  it('refuses a final letter the family has not read, naming familyHasRead', () => {
    expect(statusReportViolations({ report: { ...letter, kind: 'final' } })).toEqual([
      { path: 'familyHasRead', message: expect.any(String) },
    ]);
    expect(statusReportViolations({ report: { ...letter, kind: 'final', familyHasRead: true } })).toEqual([]);
  });

  it('refuses a followUpId the case does not have, or one that was cancelled', () => {
    const named = { ...letter, followUpId: 'fu-2' };
    expect(statusReportViolations({ report: named }).map((v) => v.path)).toEqual(['followUpId']);
    expect(statusReportViolations({ report: named, followUpStatus: 'cancelled' }).map((v) => v.path)).toEqual(
      ['followUpId'],
    );
    expect(statusReportViolations({ report: named, followUpStatus: 'scheduled' })).toEqual([]);
    expect(statusReportViolations({ report: named, followUpStatus: 'held' })).toEqual([]);
  });
});

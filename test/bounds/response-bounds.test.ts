import { EARLIEST_DATE, latestDate } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { deliveryFigures } from '../../services/visits/src/delivery/delivery-figures.ts';

// Lambda answers at most 6 MB. A case decided in year 0001 made its delivery answer 11.9 MB before the
// date window (law/date-window.ts); these pin what the window leaves as the worst case.
const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;
const now = new Date('2026-11-24T12:00:00Z');
const today = '2026-11-24';

describe('the largest answers the date window allows', () => {
  it('delivery: a case started on the earliest date and never closed stays far below 6 MB', () => {
    const kase = {
      startsOn: EARLIEST_DATE,
      expectedEndOn: latestDate(today),
      hoursPerWeek: 91,
      providerId: 'hjemmebasen',
    };
    const weeks = deliveryFigures(kase, [], now, 'Europe/Copenhagen');
    // 2000-01-01 to 2026-11-24: 1,405 ISO weeks (the first a part-week).
    expect(weeks).toHaveLength(1405);
    const bytes = Buffer.byteLength(JSON.stringify({ weeks }));
    expect(bytes).toBeLessThan(LAMBDA_RESPONSE_LIMIT / 20);
  });
});

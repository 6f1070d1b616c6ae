import { SEND_LEASE_MS } from '@hjemmestotte/lambda-kit';
import { functions } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { LEASE_MS as SWEEP_LEASE_MS } from '../../services/reminders/src/adapters/dynamo-sweep-lock.ts';

// Lambda's default when the wiring names none (infra/src/functions.ts).
const DEFAULT_TIMEOUT_SECONDS = 29;
// Functions that send email without the ledger of single emails: the sweep has its own lock and lease.
const SWEEP = 'reminders-sweep';

describe("the single-email ledger's lease against the functions that claim it", () => {
  it('outlives the time-out of every function that sends single emails, with 30 s to spare', () => {
    const senders = functions.filter((f) => f.sendsEmail && f.id !== SWEEP);
    expect(senders.map((f) => f.id).sort()).toEqual([
      'planning-supervision-monthly',
      'reminders-concerns',
      'reminders-ses-feedback',
    ]);
    for (const f of senders) {
      const timeoutMs = (f.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
      expect(SEND_LEASE_MS - timeoutMs, f.id).toBeGreaterThanOrEqual(30_000);
    }
  });

  it("ends before Lambda's last asynchronous retry (about 3 minutes after the first failure), so it sends", () => {
    // The retries come about 1 and then 2 more minutes after a failed invocation ends; the claim was made
    // no earlier than that invocation began.
    expect(SEND_LEASE_MS).toBeLessThan(3 * 60_000);
  });

  it("outlives the sweep's time-out by 30 s and ends before Lambda's second retry, for the sweep's lock too", () => {
    const sweep = functions.find((f) => f.id === SWEEP);
    expect(SWEEP_LEASE_MS - (sweep?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000).toBeGreaterThanOrEqual(
      30_000,
    );
    expect(SWEEP_LEASE_MS).toBeLessThan(3 * 60_000);
  });
});

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sentKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { freshTables } from '../../../test/support/local-tables.ts';
import {
  dynamoSendLedger,
  EmailInFlight,
  SEND_LEASE_MS,
  sendEachOnce,
  sendOnce,
} from '../src/send-ledger.ts';

const T0 = new Date('2027-03-28T00:30:00Z'); // the night summer time starts in Copenhagen
const later = (ms: number) => new Date(T0.getTime() + ms);

const ledgerIn = async () => {
  const { db, tables } = await freshTables();
  const ledger = dynamoSendLedger(db, tables.main);
  const read = async (key: string) =>
    (await db.send(new GetCommand({ TableName: tables.main, Key: sentKey(key), ConsistentRead: true }))).Item;
  return { ledger, read };
};

describe('the ledger of single emails against DynamoDB Local', () => {
  it('lets one run claim a key; another gets it only after the lease of an unfinished claim', async () => {
    const { ledger } = await ledgerIn();
    expect(await ledger.claim('k', 'run-1', T0)).toBe('claimed');
    expect(await ledger.claim('k', 'run-2', later(SEND_LEASE_MS - 1000))).toBe('in-flight');
    expect(await ledger.claim('k', 'run-2', later(SEND_LEASE_MS + 1000))).toBe('claimed');
  });

  it('never gives a sent key out again, not even long after', async () => {
    const { ledger, read } = await ledgerIn();
    await ledger.claim('k', 'run-1', T0);
    await ledger.markSent('k', 'run-1', later(1000), 'ses-1');
    expect(await ledger.claim('k', 'run-2', later(1000))).toBe('sent');
    expect(await ledger.claim('k', 'run-2', later(30 * 24 * 3600_000))).toBe('sent');
    expect(await read('k')).toMatchObject({ state: 'sent', messageId: 'ses-1' });
    expect((await read('k'))?.leaseUntil).toBeUndefined();
  });

  it('ignores the mark and the release of a run whose claim was taken over after its lease', async () => {
    const { ledger, read } = await ledgerIn();
    await ledger.claim('k', 'run-1', T0);
    await ledger.claim('k', 'run-2', later(SEND_LEASE_MS + 1000));
    await ledger.markSent('k', 'run-1', later(SEND_LEASE_MS + 2000), 'ses-late');
    await ledger.release('k', 'run-1');
    expect(await read('k')).toMatchObject({ state: 'sending', runId: 'run-2' });
  });

  it('releases only a claim still sending, never a sent record', async () => {
    const { ledger, read } = await ledgerIn();
    await ledger.claim('k', 'run-1', T0);
    await ledger.release('k', 'run-1');
    expect(await read('k')).toBeUndefined();
    await ledger.claim('k', 'run-1', T0);
    await ledger.markSent('k', 'run-1', T0, 'ses-1');
    await ledger.release('k', 'run-1');
    expect(await read('k')).toMatchObject({ state: 'sent' });
  });

  it('sends once however often asked, and again after a refused send', async () => {
    const { ledger } = await ledgerIn();
    const sent: string[] = [];
    let refuse = true;
    const send = async () => {
      if (refuse) {
        refuse = false;
        throw new Error('Throttling');
      }
      sent.push('mail');
      return `ses-${sent.length}`;
    };
    await expect(sendOnce(ledger, 'k', () => T0, send)).rejects.toThrow('Throttling');
    expect(await sendOnce(ledger, 'k', () => T0, send)).toBe('sent');
    expect(await sendOnce(ledger, 'k', () => T0, send)).toBe('already-sent');
    expect(sent).toHaveLength(1);
  });

  it("throws while another run's claim is live, never reporting that email as sent, and sends it after the lease", async () => {
    const { ledger, read } = await ledgerIn();
    // A run claimed it and died (a hung SES call until the time-out): nothing was marked.
    await ledger.claim('k', 'crashed', T0);
    const sent: string[] = [];
    const send = async () => {
      sent.push('mail');
      return 'ses-1';
    };
    // Lambda's first retry, about a minute after the failed invocation.
    await expect(sendOnce(ledger, 'k', () => later(90_000), send)).rejects.toBeInstanceOf(EmailInFlight);
    expect(sent).toHaveLength(0);
    // The second retry, after the lease.
    expect(await sendOnce(ledger, 'k', () => later(SEND_LEASE_MS + 60_000), send)).toBe('sent');
    expect(sent).toHaveLength(1);
    expect(await read('k')).toMatchObject({ state: 'sent', messageId: 'ses-1' });
  });

  it('tries every email of an event before throwing for the one another run holds', async () => {
    const { ledger } = await ledgerIn();
    await ledger.claim('held', 'other-run', T0);
    const sent: string[] = [];
    const email = (key: string) => ({
      key,
      send: async () => {
        sent.push(key);
        return `ses-${key}`;
      },
    });
    await expect(
      sendEachOnce(ledger, () => later(1000), [email('held'), email('free')]),
    ).rejects.toBeInstanceOf(EmailInFlight);
    expect(sent).toEqual(['free']);
    const retried = await sendEachOnce(ledger, () => later(SEND_LEASE_MS + 1000), [
      email('held'),
      email('free'),
    ]);
    expect(retried).toEqual(['sent', 'already-sent']);
    expect(sent).toEqual(['free', 'held']);
  });
});

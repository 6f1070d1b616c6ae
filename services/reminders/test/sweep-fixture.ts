import { type Clock, defaultPolicy, fixedClock } from '@hjemmestotte/domain';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoAgenda } from '../src/adapters/dynamo-agenda.ts';
import { dynamoCases } from '../src/adapters/dynamo-cases.ts';
import { dynamoSweepLock } from '../src/adapters/dynamo-sweep-lock.ts';
import type { AgendaReader, Mailer, SweepLock } from '../src/ports.ts';
import type { SweepDeps } from '../src/use-cases/run-sweep.ts';
import { recordingMailer } from './fakes.ts';
import { seeder } from './seed-items.ts';

export const CASEWORKER = 'sagsbehandler@kommune.example';
export const TEAM_LEADER = 'teamleder@kommune.example';
export const PROVIDER = 'kontakt@hjemmebasen.example';
export const LINK = 'https://sager.kommune.example/sag/{caseNumber}';
export const WEB = 'https://app.kommune.example';

/** Fresh tables in DynamoDB Local with the real adapters; mailer, agenda, locks and clock can be swapped per test. */
export const sweepFixture = async () => {
  const { db, tables } = await freshTables();
  const seed = seeder(db, tables.main);
  await seed.provider('hjemmebasen', PROVIDER);
  const deps = (
    over: { mailer?: Mailer; agenda?: AgendaReader; lock?: SweepLock; clock?: Clock } = {},
  ): SweepDeps & { mailer: Mailer } => ({
    agenda: over.agenda ?? dynamoAgenda(db, tables.main),
    cases: dynamoCases(db, tables.main),
    lock: over.lock ?? dynamoSweepLock(db, tables.main),
    mailer: over.mailer ?? recordingMailer(),
    clock: over.clock ?? fixedClock(new Date()),
    policy: defaultPolicy,
    links: { webOrigin: WEB, caseLinkTemplate: LINK },
    municipalityId: 'demo',
  });
  return { db, tables, seed, deps, agenda: dynamoAgenda(db, tables.main) };
};

/**
 * The scenario of January 2027, swept Monday 25 January at 07:00 (06:00Z): A's first follow-up approaches
 * (5 February) and its plan is due 2 February; B's follow-up was due Monday 18 January (5 working days
 * overdue: escalated); F's support ends 3 February; C is closed, D's follow-up is held, E has its plan.
 */
export const seedJanuary = async (seed: ReturnType<typeof seeder>) => {
  await seed.case({ caseId: 'a', caseNumber: 'NYB-2026-0001' });
  await seed.followUp('a', 'NYB-2026-0001', 'fu-1', '2027-02-05');
  await seed.deadline('a', 'NYB-2026-0001', 'plan', '2027-02-02');
  await seed.case({ caseId: 'b', caseNumber: 'NYB-2026-0002' });
  await seed.followUp('b', 'NYB-2026-0002', 'fu-2', '2027-01-18');
  await seed.case({ caseId: 'c', caseNumber: 'NYB-2026-0003', status: 'closed' });
  await seed.followUp('c', 'NYB-2026-0003', 'fu-1', '2027-02-01');
  await seed.case({ caseId: 'd', caseNumber: 'NYB-2026-0004' });
  await seed.followUp('d', 'NYB-2026-0004', 'fu-1', '2027-02-01', false);
  await seed.case({ caseId: 'e', caseNumber: 'NYB-2026-0005' });
  await seed.deadline('e', 'NYB-2026-0005', 'plan', '2027-01-20');
  await seed.plan('e');
  await seed.case({ caseId: 'f', caseNumber: 'NYB-2026-0006' });
  await seed.deadline('f', 'NYB-2026-0006', 'end', '2027-02-03');
};
export const JAN_25 = new Date('2027-01-25T06:00:00Z');

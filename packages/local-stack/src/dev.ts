import { localDateOf, localTimeOf, workingCalendar } from '@hjemmestotte/domain';
import { buildWeb } from '@hjemmestotte/web/build';
import { choosePorts } from './dev-ports.ts';
import { seedDemo } from './seed.ts';
import { startLocalStack } from './stack.ts';

/**
 * `pnpm dev [--no-seed]`: the whole system on this machine. Ctrl-C or SIGTERM stops every part of it,
 * DynamoDB Local's java process included.
 */
const started = Date.now();
const seed = !process.argv.includes('--no-seed');
// The contract's ports by default; other ports let a test run `pnpm dev` beside a developer's own.
const ports = await choosePorts(process.argv, [
  { flag: '--api-port', what: 'the API and web app', fallback: 3000 },
  { flag: '--ses-port', what: 'the email viewer', fallback: 8005 },
]);
if (typeof ports === 'string') {
  console.error(ports);
  process.exit(1);
}
const [apiPort, sesPort] = ports;
// The web app is built on every start, so what the gateway serves at `/` is the code in the tree.
await buildWeb();
const stack = await startLocalStack({
  apiPort,
  sesPort,
  autoFire: true,
  appLinks: true,
});

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the local stack…`);
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
// pnpm does not pass SIGTERM on to its child: when the parent goes away, stop as if told to.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown('parent exited');
}, 500).unref();

console.log(`API           ${stack.apiUrl}   (OpenAPI: ${stack.apiUrl}/openapi.json)`);
console.log(`Web app       ${stack.apiUrl}/`);
console.log(`Email viewer  ${stack.sesUrl}   (JSON: ${stack.sesUrl}/store)`);
console.log(`Sign-in       ${stack.apiUrl}/oauth2/authorize (PKCE), token ${stack.apiUrl}/oauth2/token`);
console.log(`Tokens        POST ${stack.apiUrl}/_local/token {"role":"caseworker","email":"…"}`);
console.log(`Schedules     POST ${stack.apiUrl}/_local/schedules/reminders/run {"at":"…"}`);

if (seed) {
  const { cases, providerClients } = await seedDemo(stack);
  for (const c of providerClients)
    console.log(
      `Provider      ${c.providerId}: curl -s -u '${c.clientId}:${c.clientSecret}' -d grant_type=client_credentials ${stack.apiUrl}/oauth2/token`,
    );
  // Show the demo reminder now: run the sweep as the scheduler would at today's send hour (or the next
  // working day's, when today is not one).
  const policy = stack.municipality.policy;
  const cal = workingCalendar({ closingDays: policy.closingDays });
  const today = localDateOf(new Date(), policy.timeZone);
  const day = cal.isWorkingDay(today) ? today : cal.addWorkingDays(today, 1);
  const at = new Date(`${day}T12:00:00Z`);
  at.setUTCHours(at.getUTCHours() - (localTimeOf(at, policy.timeZone).hour - policy.sendHour));
  const summary = await stack.scheduler.run('reminders', at.toISOString());
  console.log(
    `Demo data     ${cases.length} cases for municipality "demo"; reminders run as of ${at.toISOString()}:`,
    summary,
  );
}
console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops everything.`);

import { onboardProvider } from '../src/admin/commands.ts';

// npx tsx infra/bin/onboard-provider.ts (--local http://127.0.0.1:3000 | --municipality <id> --api-url <url> --admin-token <jwt>) ...
await onboardProvider(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});

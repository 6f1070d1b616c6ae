import { offboardProvider } from '../src/admin/commands.ts';

// npx tsx infra/bin/offboard-provider.ts (--local http://127.0.0.1:3000 | --municipality <id> --api-url <url> --admin-token <jwt>) ...
await offboardProvider(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});

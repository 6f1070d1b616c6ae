import { rotateProviderSecret } from '../src/admin/commands.ts';

// npx tsx infra/bin/rotate-provider-secret.ts (--local http://127.0.0.1:3000 | --municipality <id> --api-url <url> --admin-token <jwt>) ...
await rotateProviderSecret(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});

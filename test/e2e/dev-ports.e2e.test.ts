import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../packages/local-stack/src/free-port.ts';

const run = promisify(execFile);
const repoRoot = new URL('../../', import.meta.url).pathname;

/** Issue 15: `pnpm dev` on a taken port says which port and how to choose another, not a stack trace. */
describe('pnpm dev on a port that is taken', () => {
  let blocker: Server | undefined;
  afterEach(() => new Promise<void>((r) => (blocker ? blocker.close(() => r()) : r())));

  const devWith = async (args: string[]) =>
    run('pnpm', ['dev', ...args], { cwd: repoRoot, timeout: 60_000 }).then(
      (ok) => ({ code: 0, ...ok }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('names the taken API port and the flag that chooses another, and exits 1', async () => {
    const taken = await freePort();
    blocker = createServer();
    await new Promise<void>((r) => blocker?.listen(taken, '127.0.0.1', r));
    const out = await devWith(['--api-port', String(taken), '--ses-port', String(await freePort())]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`Port ${taken} (the API and web app) is already taken`);
    expect(out.stderr).toContain(`pnpm dev --api-port ${taken + 100}`);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the email viewer port too, and refuses a port that is not a number', async () => {
    const taken = await freePort();
    blocker = createServer();
    await new Promise<void>((r) => blocker?.listen(taken, '127.0.0.1', r));
    const out = await devWith(['--api-port', String(await freePort()), '--ses-port', String(taken)]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`Port ${taken} (the email viewer) is already taken`);
    const bad = await devWith(['--api-port', 'abc']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--api-port takes a port number from 1 to 65535, not "abc"');
  });
});

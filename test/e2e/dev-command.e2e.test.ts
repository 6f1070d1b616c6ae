import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../packages/local-stack/src/free-port.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** Every process in the tree below `pid` (pgrep -P, recursively). */
const descendants = (pid: number): number[] => {
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
};
/** Running, that is: a zombie has exited and only waits to be reaped (this container's init may not reap). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

const startDev = async () => {
  const apiPort = await freePort();
  const sesPort = await freePort();
  const child = spawn('pnpm', ['dev', '--api-port', String(apiPort), '--ses-port', String(sesPort)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  const started = Date.now();
  while (!out.includes('Ready in')) {
    if (child.exitCode !== null) throw new Error(`pnpm dev exited: ${out}`);
    if (Date.now() - started > 60_000) throw new Error(`pnpm dev not ready: ${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, apiPort, sesPort, startupMs: Date.now() - started, output: () => out };
};

describe('pnpm dev', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.pid && alive(child.pid)) child.kill('SIGKILL');
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`serves the API, shows the demo reminder and leaves no process behind on ${signal}`, async () => {
      const dev = await startDev();
      child = dev.child;
      const mails = (await (await fetch(`http://127.0.0.1:${dev.sesPort}/store`)).json()) as {
        emails: { subject: string }[];
      };
      expect(mails.emails.some((m) => m.subject.startsWith('Hjemmestøtte: 1 opfølgning nærmer sig'))).toBe(
        true,
      );
      const token = await fetch(`http://127.0.0.1:${dev.apiPort}/_local/token`, {
        method: 'POST',
        body: JSON.stringify({ role: 'caseworker', email: 'sagsbehandler@demo.kommune.example' }),
      });
      expect(token.status).toBe(200);
      console.log(`pnpm dev ready in ${dev.startupMs} ms`);

      const tree = descendants(dev.child.pid!);
      expect(tree.length).toBeGreaterThan(0);
      // Ctrl-C reaches the whole process group; SIGTERM (a service manager) reaches pnpm only.
      if (signal === 'SIGINT') for (const pid of [dev.child.pid!, ...tree]) process.kill(pid, 'SIGINT');
      else dev.child.kill('SIGTERM');
      const deadline = Date.now() + 15_000;
      while ([dev.child.pid!, ...tree].some(alive) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect([dev.child.pid!, ...tree].filter(alive)).toEqual([]);
    });
  }
});

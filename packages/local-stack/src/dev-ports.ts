import { createServer } from 'node:net';

/** True when nothing else listens on the loopback port (we could bind it ourselves). */
const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

export interface DevPort {
  flag: '--api-port' | '--ses-port';
  what: string;
  fallback: number;
}

/**
 * The ports `pnpm dev` listens on, from its flags, checked before anything starts: a taken or malformed port
 * is answered with one sentence naming the port and the flag that chooses another, not a stack trace.
 */
export const choosePorts = async (argv: string[], ports: DevPort[]): Promise<number[] | string> => {
  const chosen: number[] = [];
  for (const p of ports) {
    const i = argv.indexOf(p.flag);
    const raw = i >= 0 ? argv[i + 1] : String(p.fallback);
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535)
      return `${p.flag} takes a port number from 1 to 65535, not "${raw ?? ''}".`;
    if (!(await isFree(port)))
      return `Port ${port} (${p.what}) is already taken by another program. Stop that program, or choose another port: pnpm dev ${p.flag} ${port === 65_535 ? 1024 : port + 100}`;
    chosen.push(port);
  }
  return chosen;
};

/**
 * Captures everything written to stdout and stderr (Powertools writes there through its own Console) and
 * every console call (vitest replaces the global console), until `stop()`. Output still reaches the terminal.
 */
export const captureLogs = () => {
  const chunks: string[] = [];
  const restore: (() => void)[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original;
    });
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      chunks.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
      original.apply(console, args);
    };
    restore.push(() => {
      console[method] = original;
    });
  }
  return {
    text: () => chunks.join('\n'),
    lines: () => chunks.length,
    stop: () => {
      for (const r of restore.reverse()) r();
    },
  };
};

const safeJson = (v: unknown) => {
  try {
    return v instanceof Error ? `${v.message} ${v.stack ?? ''}` : JSON.stringify(v);
  } catch {
    return String(v);
  }
};

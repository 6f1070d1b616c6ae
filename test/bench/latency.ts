import { type CpuSplit, cpuSince } from './process-cpu.ts';

export interface Latencies {
  n: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  failures: number;
  /** CPU per operation (ms): this process, and DynamoDB Local when it can be read. */
  cpuPerOp?: CpuSplit;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const percentiles = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95) };
};

type Op = (i: number) => Promise<boolean>;

/**
 * One kind of operation measured over several runs (rounds that alternate with other kinds, so a change in
 * the machine's load while measuring touches every kind alike); the figures pool every run's calls.
 */
export const phase = (concurrency: number) => {
  const times: number[] = [];
  let failures = 0;
  let seconds = 0;
  let nodeMs = 0;
  let dynamoMs: number | undefined = 0;
  return {
    /** Runs `n` calls of `op` with at most `concurrency` in flight. */
    async run(n: number, op: Op) {
      let next = 0;
      const cpu = cpuSince();
      const started = performance.now();
      const worker = async () => {
        while (next < n) {
          const i = next++;
          const t = performance.now();
          if (!(await op(i))) failures++;
          times.push(performance.now() - t);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      seconds += (performance.now() - started) / 1000;
      const used = cpu();
      nodeMs += used.nodeMs;
      dynamoMs = dynamoMs === undefined || used.dynamoMs === undefined ? undefined : dynamoMs + used.dynamoMs;
    },
    result(): Latencies {
      const sorted = [...times].sort((a, b) => a - b);
      const n = sorted.length;
      return {
        n,
        concurrency,
        p50: pct(sorted, 50),
        p95: pct(sorted, 95),
        p99: pct(sorted, 99),
        perSecond: n / seconds,
        failures,
        cpuPerOp: { nodeMs: nodeMs / n, dynamoMs: dynamoMs === undefined ? undefined : dynamoMs / n },
      };
    },
  };
};

/** Runs `n` calls of `op` with at most `concurrency` in flight; latency of each, throughput, CPU per call. */
export const measure = async (n: number, concurrency: number, op: Op): Promise<Latencies> => {
  const p = phase(concurrency);
  await p.run(n, op);
  return p.result();
};

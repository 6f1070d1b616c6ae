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

/** Runs `n` calls of `op` with at most `concurrency` in flight; latency of each, throughput, CPU per call. */
export const measure = async (
  n: number,
  concurrency: number,
  op: (i: number) => Promise<boolean>,
): Promise<Latencies> => {
  const times: number[] = [];
  let next = 0;
  let failures = 0;
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
  const seconds = (performance.now() - started) / 1000;
  const used = cpu();
  times.sort((a, b) => a - b);
  return {
    n,
    concurrency,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    perSecond: n / seconds,
    failures,
    cpuPerOp: {
      nodeMs: used.nodeMs / n,
      dynamoMs: used.dynamoMs === undefined ? undefined : used.dynamoMs / n,
    },
  };
};

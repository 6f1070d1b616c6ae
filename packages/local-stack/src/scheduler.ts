import { localDateOf, localTimeOf, type MunicipalityPolicy } from '@hjemmestotte/domain';
import type { FunctionRuntime } from './function-runtime.ts';

/** The input every scheduled function receives, in AWS from EventBridge Scheduler's context attributes. */
export interface ScheduledInput {
  schedule: string;
  scheduledAt: string;
}

/**
 * Stand-in for EventBridge Scheduler: `run(name, at)` fires a schedule now as if at `at`; with `autoFire`
 * each schedule also fires daily at the send hour in the municipality's time zone, as the cloud one does.
 */
export const createScheduler = (runtime: FunctionRuntime, policy: MunicipalityPolicy) => {
  const schedules = runtime.specs.flatMap((f) =>
    (f.schedules ?? []).map((s) => ({ functionId: f.id, ...s })),
  );
  const timers: NodeJS.Timeout[] = [];

  const run = async (name: string, at: string) => {
    const s = schedules.find((x) => x.name === name);
    if (!s) return undefined;
    const input: ScheduledInput = { schedule: name, scheduledAt: new Date(at).toISOString() };
    return (await runtime.invoke(s.functionId, input)) ?? {};
  };

  /** Milliseconds until the next send hour in the policy's time zone (checked minute by minute). */
  const msUntilSendHour = (from: Date) => {
    for (let m = 1; m <= 48 * 60; m++) {
      const t = new Date(Math.floor(from.getTime() / 60_000) * 60_000 + m * 60_000);
      const local = localTimeOf(t, policy.timeZone);
      if (local.hour === policy.sendHour && local.minute === 0) return t.getTime() - from.getTime();
    }
    return 24 * 3600_000;
  };

  const autoFire = () => {
    for (const s of schedules) {
      const arm = () => {
        const timer = setTimeout(async () => {
          const at = new Date();
          console.log(`[scheduler] ${s.name} fired for ${localDateOf(at, policy.timeZone)}`);
          await run(s.name, at.toISOString()).catch((e) =>
            console.error('[scheduler]', (e as Error).message),
          );
          arm();
        }, msUntilSendHour(new Date()));
        timer.unref();
        timers.push(timer);
      };
      arm();
    }
  };

  return {
    names: schedules.map((s) => s.name),
    run,
    autoFire,
    stop: () => {
      for (const t of timers) clearTimeout(t);
    },
  };
};

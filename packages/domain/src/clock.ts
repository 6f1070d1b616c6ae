/**
 * The only way the domain learns the time. Rules take `today` or `now` as values; use cases take a
 * Clock, so tests and the local stack's "run the schedule as if at …" can fix the time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock stopped at one instant. Each call returns a fresh Date so callers cannot move it. */
export function fixedClock(at: string | Date): Clock {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return { now: () => new Date(ms) };
}

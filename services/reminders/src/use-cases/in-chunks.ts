/** Splits work into batches run one after another, each batch in parallel: bounded concurrency. */
export const inChunks = <T>(xs: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

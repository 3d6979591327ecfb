// Summaries of repeated measurements: the median says what is typical, p95 how bad it gets.

export interface Summary {
  runs: number;
  median: number;
  p95: number;
}

/** The value at quantile `q` (0..1) of sorted values, by the nearest-rank method. */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) throw new Error('no measurements');
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { runs: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

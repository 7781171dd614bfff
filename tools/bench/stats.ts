// Medians and timing loops shared by the benchmarks: these machines are
// shared and noisy, so every figure is a median of several runs.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function max(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : NaN;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Runs fn once to warm the JIT (not counted), then `runs` times; returns every time in ms. */
export function timeRuns(runs: number, fn: () => void): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** A number for a table: ms with 2 decimals under 10, 1 under 1000, else none. */
export function fmt(v: number | null | undefined, unit = 'ms'): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (unit === 'MB' || unit === 'KB' || unit === 'fps' || unit === '×') return v.toFixed(1);
  return v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(1) : v.toFixed(0);
}

// Timing helpers for `npm run bench`. Results are printed, never asserted: the figures live in
// docs/performance.md, and a slow machine must not turn the test suite red.

export type Stats = { n: number; p50_ms: number; p95_ms: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export async function time(
  n: number,
  work: (i: number) => Promise<unknown>,
  warmup = 3,
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { n, p50_ms: round(percentile(samples, 50)), p95_ms: round(percentile(samples, 95)) };
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
sampler.unref();

export function peakRssMb(): number {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return Math.round(peakRss / 1024 / 1024);
}

export function report(name: string, stats: Stats, extra: Record<string, unknown> = {}): void {
  const line: Record<string, unknown> = { name, ...stats, ...extra };
  if (typeof extra.baseline_ms === 'number' && extra.baseline_ms > 0) {
    line.ratio = Math.round((stats.p50_ms / extra.baseline_ms) * 100) / 100;
  }
  line.peak_rss_mb = peakRssMb();
  console.log(JSON.stringify(line));
}

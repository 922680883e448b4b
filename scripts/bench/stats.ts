// Small numeric helpers shared by the benchmark modules.
export { mulberry32, type Rng } from '@/lib/sample-data-attributes';

export type Latency = { n: number; p50: number; p95: number; p99: number; max: number; mean: number };
export type Sizes = { max: number; p95: number };

/** Nearest-rank percentile of an ascending array; rank rounding matches most load tools. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function latency(ms: readonly number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    n: s.length, p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)),
    p99: round2(percentile(s, 99)), max: round2(s[s.length - 1] ?? NaN), mean: round2(mean),
  };
}

export function sizes(bytes: readonly number[]): Sizes {
  const s = [...bytes].sort((a, b) => a - b);
  return { max: s[s.length - 1] ?? 0, p95: percentile(s, 95) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The value after `--name` on the command line, or the fallback. */
/** The text after `name` on the command line, or `fallback`. */
export function argText(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i > 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

export function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const raw = i > 0 ? process.argv[i + 1] : undefined;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${raw}`);
  return n;
}

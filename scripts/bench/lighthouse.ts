// Lighthouse in its default mode (a mid-range phone on a throttled 4G link,
// simulated) against Debian's Chromium, for `npm run bench:web`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const LIGHTHOUSE_TARGETS = { performance: 90, accessibility: 95 } as const;

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Map tiles are not reachable here; a blocked request fails at once instead of
// holding the page "loading" until it times out. Visitors' tiles are images
// below the fold of the list, so this hides no script cost.
const TILE_HOSTS = ['*tile.openstreetmap.org*', '*tianditu.gov.cn*', '*autonavi.com*'];
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' } as const;

export type LighthouseResult = {
  url: string; performance: number; accessibility: number;
  /** Lighthouse's measure of the host's CPU: its 4x slowdown assumes roughly 1,500 (a busy or slow host scores low). */
  benchmarkIndex: number;
  metrics: Record<keyof typeof METRICS, number>; failedA11y: string[]; opportunities: string[];
};

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const run = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], blockedUrlPatterns: TILE_HOSTS,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id];
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, audit(id)?.numericValue ?? NaN])) as LighthouseResult['metrics'];
    const refs = (cat: string) => lhr.categories[cat]?.auditRefs ?? [];
    const failedA11y = refs('accessibility').map((r) => audit(r.id)).filter((a) => a && a.score !== null && a.score < 1).map((a) => `${a!.id}: ${a!.title}`);
    // What Lighthouse says would help most, to explain a low performance score.
    const opportunities = refs('performance').map((r) => audit(r.id))
      .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a!.id}: ${a!.displayValue ?? a!.title}`);
    return { url, performance: score('performance'), accessibility: score('accessibility'), benchmarkIndex: Math.round(lhr.environment.benchmarkIndex), metrics, failedA11y, opportunities };
  } finally {
    chrome.kill();
  }
}

const ms = (v: number) => `${Math.round(v)} ms`;

export function printLighthouse(r: LighthouseResult): void {
  const mark = (v: number, target: number) => `${v} (target ≥ ${target}) ${v >= target ? 'PASS' : 'FAIL'}`;
  console.log(`\nLighthouse (mobile, simulated throttling) ${r.url}   host benchmarkIndex ${r.benchmarkIndex}`);
  console.log(`  performance   ${mark(r.performance, LIGHTHOUSE_TARGETS.performance)}`);
  console.log(`  accessibility ${mark(r.accessibility, LIGHTHOUSE_TARGETS.accessibility)}`);
  const m = r.metrics;
  console.log(`  FCP ${ms(m.FCP)}  LCP ${ms(m.LCP)}  TBT ${ms(m.TBT)}  CLS ${m.CLS.toFixed(3)}  SI ${ms(m.SI)}`);
  for (const a of r.failedA11y) console.log(`  accessibility audit failed: ${a}`);
  for (const o of r.opportunities) console.log(`  performance: ${o}`);
}

// First-load JavaScript of a page, gzip level 9 as a CDN would serve it: the
// <script src> chunks in the server's HTML (what hydration needs) and the text
// of its inline <script>s (so a page cannot dodge the budget by inlining its
// code; the RSC payload of a React page counts too), which is what the budget
// counts; then everything the browser has fetched once the page is usable (on
// the home page: the map is on screen).
//   tsx scripts/first-load-js.ts [--url http://127.0.0.1:3000/]   (needs a running production server)
// e2e/budget.spec.ts enforces the budgets in `npm test`; `npm run bench:web` prints them.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type JsResponse, browserScripts } from './bench/first-load-browser';

export const FIRST_LOAD_TARGET_BYTES = 180 * 1024;
/** The station page's target (the speed budget). The page is plain HTML from a route handler, with no React
 *  to hydrate (app/[locale]/stations/[id]/route.ts); its only JavaScript is one small inline script. */
export const STATION_FIRST_LOAD_TARGET_BYTES = 120 * 1024;

export type ChunkSize = { url: string; rawBytes: number; gzipBytes: number };
export type FirstLoadJs = {
  /** The HTML itself, inline RSC payload included: not JavaScript files, shown for context. */
  html: ChunkSize; notFetched: string[]; pageUrl: string; initial: ChunkSize[]; legacyPolyfills: ChunkSize[];
  /** All inline <script> text of the HTML as one piece (JSON data blocks excepted), counted in initialGzip. */
  inline: ChunkSize; initialGzip: number; afterMap: ChunkSize[]; afterMapGzip: number;
  mapChunks: ChunkSize[]; targetGzip: number; pass: boolean;
};

const size = (url: string, body: Buffer): ChunkSize => ({ url, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
const sum = (chunks: ChunkSize[]) => chunks.reduce((s, c) => s + c.gzipBytes, 0);

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The text of every inline script of `html` (not JSON or other data blocks), joined: one gzip stream, as the HTML is. */
export function inlineScriptText(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1]!))
    .filter((m) => {
      const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1]?.toLowerCase();
      return !type || type === 'module' || type.includes('javascript');
    })
    .map((m) => m[2]!)
    .join('\n');
}

/** The initial chunks: every external script of the server-rendered HTML, split by whether modern browsers run it, and its inline scripts. */
export async function initialScripts(pageUrl: string): Promise<{ modern: ChunkSize[]; legacy: ChunkSize[]; html: ChunkSize; inline: ChunkSize }> {
  const page = await download(pageUrl);
  const html = page.toString();
  const inline = size(`${pageUrl}#inline-scripts`, Buffer.from(inlineScriptText(html)));
  const tags = [...html.matchAll(/<script\b([^>]*?)\ssrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    url: new URL(m[2]!.replace(/&amp;/g, '&'), pageUrl).href,
    // <script nomodule> holds the legacy polyfills; browsers with ES modules never fetch it.
    legacy: /\bnomodule\b/i.test(`${m[1]} ${m[3]}`),
  }));
  const unique = [...new Map(tags.map((t) => [t.url, t])).values()];
  const sized = await Promise.all(unique.map(async (t) => ({ ...size(t.url, await download(t.url)), legacy: t.legacy })));
  const strip = ({ url, rawBytes, gzipBytes }: ChunkSize) => ({ url, rawBytes, gzipBytes });
  return { modern: sized.filter((c) => !c.legacy).map(strip), legacy: sized.filter((c) => c.legacy).map(strip), html: size(pageUrl, page), inline };
}

type Options = { readySelector?: string | null; targetBytes?: number };

/** Defaults fit the home page; a station page passes `readySelector: null` (nothing loads after hydration). */
export async function measureFirstLoad(pageUrl: string, { readySelector = '.leaflet-container', targetBytes = FIRST_LOAD_TARGET_BYTES }: Options = {}): Promise<FirstLoadJs> {
  const { modern: initial, legacy, html, inline } = await initialScripts(pageUrl);
  const seen: JsResponse[] = await browserScripts(pageUrl, readySelector);
  const afterMap = seen.map((r) => size(r.url, r.body));
  const initialUrls = new Set([...initial, ...legacy].map((c) => c.url));
  // Chunks fetched beyond the HTML's own: the dynamic import of components/map/map-view and what it pulls in.
  const mapChunks = afterMap.filter((c) => !initialUrls.has(c.url));
  const initialGzip = sum(initial) + (inline.rawBytes ? inline.gzipBytes : 0);
  const fetched = new Set(afterMap.map((c) => c.url));
  return {
    html, notFetched: initial.filter((c) => !fetched.has(c.url)).map((c) => c.url), pageUrl, initial, legacyPolyfills: legacy, inline, initialGzip, afterMap,
    afterMapGzip: initialGzip + sum(mapChunks), mapChunks,
    targetGzip: targetBytes, pass: initialGzip <= targetBytes,
  };
}

export const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const name = (url: string) => new URL(url).pathname.replace('/_next/static/chunks/', '');

export function printFirstLoad(r: FirstLoadJs): void {
  console.log(`\nFirst-load JS of ${r.pageUrl} (gzip -9):`);
  for (const c of r.initial) console.log(`  initial  ${kb(c.gzipBytes).padStart(9)}  (${kb(c.rawBytes)} raw)  ${name(c.url)}`);
  for (const c of r.legacyPolyfills) console.log(`  nomodule ${kb(c.gzipBytes).padStart(9)}  (${kb(c.rawBytes)} raw)  ${name(c.url)}  (not counted: modern browsers skip it)`);
  for (const c of r.mapChunks) console.log(`  later    ${kb(c.gzipBytes).padStart(9)}  (${kb(c.rawBytes)} raw)  ${name(c.url)}`);
  if (r.notFetched.length) console.log(`  note: the browser never fetched ${r.notFetched.map(name).join(', ')}`);
  console.log(`  inline   ${kb(r.inline.rawBytes ? r.inline.gzipBytes : 0).padStart(9)}  (${kb(r.inline.rawBytes)} raw)  the HTML's inline <script>s`);
  console.log(`  HTML document (whole, for context): ${kb(r.html.gzipBytes)} (${kb(r.html.rawBytes)} raw)`);
  console.log(`  initial (<script src> + inline): ${kb(r.initialGzip)}   target ≤ ${kb(r.targetGzip)}   ${r.pass ? 'PASS' : 'FAIL'}`);
  console.log(`  chunks after hydration:      ${kb(sum(r.mapChunks))}`);
  console.log(`  total once usable:           ${kb(r.afterMapGzip)}   (${r.afterMapGzip <= r.targetGzip ? 'also' : 'not'} under the target)`);
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--url');
  const url = (i > 0 ? process.argv[i + 1] : undefined) ?? 'http://127.0.0.1:3000/';
  printFirstLoad(await measureFirstLoad(url));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

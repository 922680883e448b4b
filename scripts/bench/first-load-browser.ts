// Loads a page in Debian's Chromium and records every JavaScript response, so
// the chunks fetched after hydration (the home page's Leaflet map) are seen
// exactly as a visitor's browser fetches them.
import { chromium } from '@playwright/test';

export type JsResponse = { url: string; body: Buffer };

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** `readySelector`: what marks the page usable (the home page: the mounted map); null waits for the network alone. */
export async function browserScripts(pageUrl: string, readySelector: string | null = '.leaflet-container', timeoutMs = 60_000): Promise<JsResponse[]> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const origin = new URL(pageUrl).origin;
    // Tiles (and anything else off this server) must not depend on the network: answer 404 at once.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.fulfill({ status: 404, body: '' }),
    );
    const pending: Promise<JsResponse | null>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script' || !res.ok()) return;
      pending.push(res.body().then((body) => ({ url: res.url(), body }), () => null));
    });
    await page.goto(pageUrl, { waitUntil: 'load', timeout: timeoutMs });
    // Leaflet adds .leaflet-container once the dynamically imported map has mounted.
    if (readySelector) await page.waitForSelector(readySelector, { timeout: timeoutMs });
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    const all = (await Promise.all(pending)).filter((r): r is JsResponse => r !== null);
    return [...new Map(all.map((r) => [r.url, r])).values()];
  } finally {
    await browser.close();
  }
}

import { runInNewContext } from 'node:vm';
import { expect, offset, seedStation, spot, test, waitForStation } from './fixtures';

// Every station has a server-rendered page that works without JavaScript and
// carries share metadata; user text is always rendered as text.
test('station page works without JavaScript and has share metadata', async ({ browser }, info) => {
  const at = spot(3, info);
  const s = await seedStation({ ...at, name: `无脚本页面驿站 ${info.project.name}`, address: '测试路 88 号', amenities: ['toilet', 'first_aid'], phone: '0791-12345678' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto(`/stations/${s.id}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: s.name })).toBeVisible();
  await expect(page.getByText('测试路 88 号')).toBeVisible();
  await expect(page.getByText('卫生间')).toBeVisible();
  await expect(page.getByText('急救药箱')).toBeVisible();
  await expect(page.getByRole('link', { name: '0791-12345678' })).toHaveAttribute('href', 'tel:079112345678');
  for (const app of ['高德地图', '百度地图', '腾讯地图', '苹果地图']) await expect(page.getByRole('link', { name: app })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', s.name);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /工会驿站/);
  await expect(page).toHaveTitle(new RegExp(s.name));
  await context.close();
});

test('an unknown station is a 404 page', async ({ page }) => {
  const res = await page.goto('/stations/does-not-exist');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('a script in a station name renders as text on the panel and the page', async ({ page }, info) => {
  const at = spot(4, info);
  const evil = `<img src=x onerror="window.__xss=1">${info.project.name}`;
  const s = await seedStation({ ...offset(at, 50, 0), name: evil, address: '<script>window.__xss=2</script>' });
  await page.goto(`/stations/${s.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(evil);
  await expect(page.getByText('<script>window.__xss=2</script>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.goto(`/?s=${s.id}&at=${s.lat},${s.lng},16`);
  await expect(page.getByRole('article').getByRole('heading', { name: evil })).toBeVisible();
  // The map marker carries the name (and whether it is open) as its title attribute, not as markup.
  await expect(page.getByRole('button', { name: `${evil} · 营业中`, exact: true })).toHaveCount(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a long unbroken station name wraps instead of widening the page', async ({ page }, info) => {
  const at = spot(8, info);
  const s = await seedStation({ ...at, name: `超长名称${'X'.repeat(150)}${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/?near=${at.lat},${at.lng}`);
  await expect(page.getByRole('link', { name: s.name })).toBeVisible();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await page.goto(`/stations/${s.id}`);
  const pageWidths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(pageWidths[0]).toBeLessThanOrEqual(pageWidths[1]!);
});

// The station page is a route handler's HTML (no React): it must still get every header the React pages get.
test('the station page has the security headers, a nonce on its one script and is not cached', async ({ request }, info) => {
  const s = await seedStation({ ...spot(3, info), name: `标头驿站 ${info.project.name}` });
  for (const path of [`/stations/${s.id}`, `/en/stations/${s.id}`, '/stations/does-not-exist']) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['content-type'], path).toBe('text/html; charset=utf-8');
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('geolocation=(self)');
    expect(h['cache-control'], path).toMatch(/no-store/);
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(h['content-security-policy'] ?? '')?.[1];
    expect(nonce, path).toBeTruthy();
    const html = await res.text();
    expect(html.startsWith('<!DOCTYPE html>'), path).toBe(true);
    // No script chunk at all; the one inline script carries this response's nonce.
    expect(html, path).not.toMatch(/<script[^>]*\ssrc=/);
    expect([...html.matchAll(/<script nonce="([^"]+)">/g)].map((m) => m[1]), path).toEqual([nonce]);
    // The script as built (minified) does nothing, and throws nothing, where there are no service workers.
    const script = /<script nonce="[^"]+">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(() => runInNewContext(script, { navigator: {}, document: {} }), path).not.toThrow();
  }
});

// The page skips the proxy (proxy.ts) and makes its own nonce: one a client sends must not become the page's.
test('a nonce sent by the client is not the page’s, and every answer has a fresh one', async ({ request }, info) => {
  const s = await seedStation({ ...spot(4, info), name: `随机数驿站 ${info.project.name}` });
  const seen = new Set<string>();
  // The last two are not well-formed ids: they pass the proxy, which makes the nonce there.
  for (const path of [`/stations/${s.id}`, `/stations/${s.id}`, `/en/stations/${s.id}`, '/stations/a%20b', '/en/stations/%3Cscript%3E']) {
    const res = await request.get(path, { headers: { 'x-nonce': 'attacker-chosen-nonce' } });
    const html = await res.text();
    const policies = res.headersArray().filter((x) => x.name.toLowerCase() === 'content-security-policy');
    expect(policies, path).toHaveLength(1);
    const nonce = /'nonce-([^']+)'/.exec(policies[0]!.value)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(html, path).not.toContain('attacker-chosen-nonce');
    expect([...html.matchAll(/<script nonce="([^"]+)">/g)].map((m) => m[1]), path).toEqual([nonce]);
    seen.add(nonce!);
  }
  expect(seen.size).toBe(5);
});

test('an unknown or malformed station id is a 404 page in the page language, with the way back to the map', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto('/en/stations/%3Cscript%3E');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Back to the map' })).toHaveAttribute('href', '/en');
  await context.close();
});

test('without JavaScript the page links to its other language, and the report form refuses with the errors inline', async ({ browser }, info) => {
  const s = await seedStation({ ...spot(3, info), name: `双语驿站 ${info.project.name}` });
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `10.9.${info.workerIndex}.${Date.now() % 250}` } });
  const page = await context.newPage();
  await page.goto(`/stations/${s.id}`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/stations/${s.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByText('Report a problem', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Report a problem with this station' });
  await form.getByRole('radio', { name: 'Other' }).check();
  await form.getByLabel(/Details/).fill('x'.repeat(10));
  await form.getByLabel(/Details/).fill('');
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.getByRole('button', { name: 'Send report' }).click()]);
  expect(answer.status()).toBe(400);
  // The page again, the form open, the error beside its field and what was chosen kept.
  const again = page.getByRole('form', { name: 'Report a problem with this station' });
  await expect(again.getByText('Describe the problem.')).toBeVisible();
  await expect(again.getByRole('radio', { name: 'Other' })).toBeChecked();
  const details = again.getByLabel(/Details/);
  await expect(details).toHaveAttribute('aria-invalid', 'true');
  await expect(details).toHaveAttribute('aria-describedby', 'report-text-error');
  await context.close();
});

test('a report posted from another site is refused', async ({ request }, info) => {
  const s = await seedStation({ ...spot(3, info), name: `跨站驿站 ${info.project.name}` });
  const form = { stationId: s.id, locale: 'zh-CN', category: 'closed', text: '' };
  const evil = await request.post(`/stations/${s.id}`, { form, headers: { origin: 'https://evil.example' } });
  expect(evil.status()).toBe(403);
  const none = await request.post(`/stations/${s.id}`, { form });
  expect(none.status()).toBe(403);
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../fixtures';
import { asAdmin, createTestAdmin, signInWithForm, testDb } from '../admin-fixtures';
import { formWith, harvestForms, type FormFields } from './security-helpers';

// Security headers, the CSP with a per-request nonce (and the map still working
// under it), the session cookie's flags, and CSRF on server actions.

function expectCommonHeaders(h: Record<string, string>) {
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['permissions-policy']).toMatch(/(^|, )geolocation=\(self\)/);
}

function pagePolicy(h: Record<string, string>): { nonce: string; policy: string } {
  const policy = h['content-security-policy'] ?? '';
  for (const d of ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "connect-src 'self'", "frame-ancestors 'none'",
    "base-uri 'self'", "form-action 'self'", "object-src 'none'",
    "img-src 'self' data: blob: tile.openstreetmap.org *.tianditu.gov.cn *.is.autonavi.com"]) expect(policy).toContain(d);
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'(;|$)/.exec(policy)?.[1];
  expect(nonce, 'script-src is self plus a nonce, nothing unsafe').toBeTruthy();
  return { nonce: nonce!, policy };
}

/** Every <script> in the HTML carries the response's nonce. */
function expectScriptsNonced(html: string, nonce: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
}

test('security headers on a public page, an API answer, a static file and admin pages', async ({ page }) => {
  const home = await page.request.get('/');
  expectCommonHeaders(home.headers());
  const { nonce } = pagePolicy(home.headers());
  expectScriptsNonced(await home.text(), nonce);
  const again = pagePolicy((await page.request.get('/')).headers());
  expect(again.nonce).not.toBe(nonce);

  const api = await page.request.get('/api/stations/nearest?lat=28.68&lng=115.89&limit=1');
  expect(api.status()).toBe(200);
  expectCommonHeaders(api.headers());
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  const bad = await page.request.get('/api/stations/nearest?lat=999&lng=0');
  expect(bad.status()).toBe(400);
  expectCommonHeaders(bad.headers());

  expectCommonHeaders((await page.request.get('/geo/outline.json')).headers());

  // A page prerendered at build time would carry no nonce and its scripts would be blocked.
  for (const path of ['/en', '/admin/sign-in', '/coverage', '/stats']) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expectCommonHeaders(res.headers());
    expectScriptsNonced(await res.text(), pagePolicy(res.headers()).nonce);
  }

  await asAdmin(page, 'province');
  const accounts = await page.request.get('/en/admin/accounts');
  expect(accounts.status()).toBe(200);
  expectCommonHeaders(accounts.headers());
  expectScriptsNonced(await accounts.text(), pagePolicy(accounts.headers()).nonce);
});

test('the public map works under the CSP: no violation, tiles and markers load, injected scripts do not run', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const tiles: string[] = [];
  page.on('request', (r) => { if (/tile\.openstreetmap\.org/.test(r.url())) tiles.push(r.url()); });
  await page.goto('/?at=28.68,115.89,13');
  await expect(page.locator('.station-marker, .cluster-marker').first()).toBeVisible();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  // A script injected without the nonce is refused, and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.join())).toMatch(/script-src/);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
});

test('admin pages run under the CSP with no violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await asAdmin(page, 'national');
  await page.goto('/admin/accounts');
  // The division lists follow the role and the province only when the client code runs (and its server action answers).
  const form = page.getByRole('form', { name: '新建账号' });
  await form.getByLabel('角色').selectOption({ label: '市级管理员' });
  await form.getByRole('combobox', { name: '省份', exact: true }).selectOption({ label: '江西省' });
  await expect(form.getByRole('combobox', { name: '城市', exact: true }).locator('option')).toHaveCount(12);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: '操作日志' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the session cookie is HttpOnly, Secure, SameSite=Lax and short-lived', async ({ page }) => {
  const setCookies: string[] = [];
  page.on('response', async (r) => {
    if (r.request().method() === 'POST') {
      for (const h of await r.headersArray()) if (h.name.toLowerCase() === 'set-cookie') setCookies.push(...h.value.split('\n'));
    }
  });
  await signInWithForm(page, await createTestAdmin('county', '360102'));
  const session = setCookies.find((c) => /^__Secure-better-auth\.session_token=/.test(c));
  expect(session, 'a __Secure- prefixed session cookie').toBeTruthy();
  const attrs = session!.split(';').map((a) => a.trim().toLowerCase());
  expect(attrs).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=lax', 'path=/']));
  const maxAge = Number(attrs.find((a) => a.startsWith('max-age='))?.slice(8));
  expect(maxAge).toBeGreaterThan(0);
  expect(maxAge).toBeLessThanOrEqual(12 * 3600);
  expect(await page.evaluate(() => document.cookie)).not.toContain('session_token');
});

/** An HTML page that posts the form to `target` as soon as it loads. */
function autoSubmitPage(target: string, fields: FormFields): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const inputs = fields.map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
  return `<!doctype html><form method="POST" enctype="multipart/form-data" action="${esc(target)}">${inputs}</form>` +
    '<script>document.forms[0].submit()</script>';
}

test('CSRF: a form posted to a server action from another origin is refused', async ({ page, baseURL }) => {
  const province = await asAdmin(page, 'province');
  const victim = await createTestAdmin('county', '360102');
  const target = `${baseURL}/admin/accounts/${victim.id}`;
  const fields = formWith(await harvestForms(page, `/admin/accounts/${victim.id}`), 'disabled');

  // The attacker's site: another port on the same host, so the browser still
  // sends the SameSite=Lax cookie; only the Origin check stands in the way.
  const attacker: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(autoSubmitPage(target, fields)));
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    const attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url() === target);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === target);
    await page.goto(attackerUrl);
    const request = await posted;
    expect(await request.headerValue('origin')).toBe(new URL(attackerUrl).origin);
    expect(await request.headerValue('cookie')).toContain('better-auth.session_token=');
    expect((await answered).status()).toBeGreaterThanOrEqual(400);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ disabled: false });
    expect(await testDb().auditEntry.count({ where: { actorId: province.id } })).toBe(0);
  } finally {
    await new Promise((resolve) => attacker.close(resolve));
  }

  // Control: the very same page served from the app's own origin does disable
  // the account, so the refusal above came from the origin alone.
  await page.route(`${baseURL}/e2e-same-origin-form`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: autoSubmitPage(target, fields) }));
  await page.goto(`${baseURL}/e2e-same-origin-form`);
  await expect.poll(async () => (await testDb().user.findUniqueOrThrow({ where: { id: victim.id } })).disabled).toBe(true);
});

import type { LaunchOptions, Page } from '@playwright/test';
import config from '../playwright.config';
import { expect, seedStation, spot, test, waitForStation } from './fixtures';

// A union website on another origin frames /embed; every other page refuses
// to be framed. The host page is served by the test itself at union.example.

const HOST = 'http://union.example';

// Chromium's Local Network Access check refuses any public site's frame of a
// loopback address (our test server), whatever the headers say; a real union
// site frames a public Yizhan, so the check is switched off here.
const launch = config.projects?.find((p) => p.name === 'desktop')?.use?.launchOptions as LaunchOptions;
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--disable-features=LocalNetworkAccessChecks'] } });

async function openHost(page: Page, frames: { src: string; title: string }[]) {
  const body = `<!doctype html><html lang="zh-CN"><title>某市总工会</title><h1>某市总工会</h1>${frames
    .map((f) => `<iframe src="${f.src}" title="${f.title}" width="800" height="520"></iframe>`).join('')}`;
  await page.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.goto(`${HOST}/`);
}

const frameAncestors = (csp: string | undefined) => csp?.split('; ').find((d) => d.startsWith('frame-ancestors'));

test('a union website on another origin shows a county map and its stations in a frame', async ({ page, baseURL }, info) => {
  const at = spot(16, info);
  const s = await seedStation({ ...at, name: `嵌入地图驿站 ${info.project.name}`, address: `嵌入路 8 号 ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await openHost(page, [{ src: `${baseURL}/embed?county=${s.countyCode}`, title: '工会驿站地图' }]);
  const frame = page.getByTitle('工会驿站地图').contentFrame();
  const station = frame.getByRole('link', { name: s.name });
  await expect(station).toHaveAttribute('href', `/stations/${s.id}`);
  await expect(station).toHaveAttribute('target', '_blank');
  // Both projects seed into the same county; each looks for its own.
  await expect(frame.getByText(`嵌入路 8 号 ${info.project.name}`)).toBeVisible();
  await expect(frame.getByRole('region', { name: '站点地图' })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('的工会驿站');
  const open = frame.getByRole('link', { name: '在驿站中打开' });
  await expect(open).toHaveAttribute('href', /^\/\?at=\d+\.\d+,\d+\.\d+,\d+$/);
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');
  // Minimal chrome: none of the site's navigation or sample notice.
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('note')).toHaveCount(0);
});

test('a marker in the framed map opens the full station page in a new tab', async ({ page, baseURL }, info) => {
  const at = spot(10, info);
  const s = await seedStation({ ...at, name: `嵌入标记驿站 ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  const bbox = [at.lng - 0.004, at.lat - 0.003, at.lng + 0.004, at.lat + 0.003].map((n) => n.toFixed(5)).join(',');
  await openHost(page, [{ src: `${baseURL}/embed?bbox=${bbox}`, title: '附近驿站' }]);
  const frame = page.getByTitle('附近驿站').contentFrame();
  // A marker's name says whether it is open, not only its colour.
  await frame.getByRole('button', { name: `${s.name} · 营业中`, exact: true }).click();
  // The list has the same link; this one is the marker's popup, inside the map.
  const link = frame.getByRole('region', { name: '站点地图' }).getByRole('link', { name: s.name });
  await expect(link).toHaveAttribute('href', `/stations/${s.id}`);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await expect(tab.getByRole('heading', { level: 1, name: s.name })).toBeVisible();
  await tab.close();
});

test('every other page refuses to be framed', async ({ page, baseURL }, info) => {
  const at = spot(19, info);
  const s = await seedStation({ ...at, name: `拒绝嵌入驿站 ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  for (const path of ['/', `/stations/${s.id}`, '/en']) {
    const res = await page.request.get(path);
    expect(res.headers()['x-frame-options'], path).toBe('DENY');
    expect(frameAncestors(res.headers()['content-security-policy']), path).toBe("frame-ancestors 'none'");
  }
  const embed = await page.request.get(`/embed?county=${s.countyCode}`);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(frameAncestors(embed.headers()['content-security-policy'])).toBe('frame-ancestors https: http:');

  // The embed beside them loads, so the host page works; the others stay empty.
  await openHost(page, [
    { src: `${baseURL}/embed?county=${s.countyCode}`, title: '嵌入' },
    { src: `${baseURL}/`, title: '首页' },
    { src: `${baseURL}/stations/${s.id}`, title: '站点页' },
  ]);
  await expect(page.getByTitle('嵌入').contentFrame().getByRole('link', { name: s.name })).toBeVisible();
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith('chrome-error:')).length).toBe(2);
  await expect(page.getByTitle('首页').contentFrame().getByRole('navigation')).toHaveCount(0);
  await expect(page.getByTitle('站点页').contentFrame().getByRole('heading', { name: s.name })).toHaveCount(0);
});

test('a bad or unknown county or box is explained on the page', async ({ page }) => {
  const cases: [string, RegExp][] = [
    ['/embed?county=999999', /没有这个区划代码/],
    ['/embed?county=abc', /6 位数字的区划代码/],
    ['/embed?bbox=116,28,115', /最小经度,最小纬度,最大经度,最大纬度/],
    ['/embed?bbox=116,28,115,29', /最小经度,最小纬度,最大经度,最大纬度/],
    ['/embed', /缺少 county/],
    ['/embed?county=360111&bbox=115.8,28.6,116,28.8', /只能给一个/],
    ['/en/embed?county=999999', /No county, city or province of China has that code/],
  ];
  for (const [path, message] of cases) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(400);
    await expect(page.getByRole('main').getByRole('alert'), path).toHaveText(message);
  }
});

test('the embed speaks English at /en/embed', async ({ page }, info) => {
  const at = spot(21, info);
  const s = await seedStation({ ...at, name: `English embed ${info.project.name}` });
  await waitForStation(page, s.id, at.lat, at.lng);
  await page.goto(`/en/embed?county=${s.countyCode}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Union service stations in /);
  await expect(page.getByRole('link', { name: 'Open in Yizhan' })).toHaveAttribute('href', /^\/en\?at=/);
  await expect(page.getByRole('link', { name: s.name })).toHaveAttribute('href', `/en/stations/${s.id}`);
  await expect(page.getByRole('region', { name: 'Station map' })).toBeVisible();
});

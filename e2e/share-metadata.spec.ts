import type { Page } from '@playwright/test';
import { pngSize } from '../lib/share-card/png-read';
import { expect, seedStation, spot, test } from './fixtures';

// A station link shared in WeChat, Weibo or elsewhere unfurls into a card:
// the station's name, where it is, what it is and when it is open, in the
// page's language, and the station's own share image (its name drawn in the
// page's language: components/share-card) that the crawler can fetch.

const og = (page: Page, property: string) => page.locator(`meta[property="${property}"]`);
const tw = (page: Page, name: string) => page.locator(`meta[name="${name}"]`);
const item = (page: Page, prop: string) => page.locator(`head[itemscope] meta[itemprop="${prop}"]`);

test('a station page carries Open Graph and Twitter card metadata in both languages', async ({ page, baseURL }, info) => {
  const s = await seedStation({ ...spot(9, info), name: `分享卡片驿站 ${info.project.name}`, address: '分享路 5 号', openingHours: 'Mo-Fr 08:00-18:00' });
  const cases = [
    { path: `/stations/${s.id}`, locale: 'zh_CN', kind: '工会驿站', hours: '开放时间：周一至周五 08:00–18:00' },
    { path: `/en/stations/${s.id}`, locale: 'en_US', kind: 'Outdoor-worker station', hours: 'Hours: Mon–Fri 08:00–18:00' },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    await expect(og(page, 'og:title')).toHaveAttribute('content', s.name);
    await expect(tw(page, 'twitter:title')).toHaveAttribute('content', s.name);
    for (const description of [og(page, 'og:description'), tw(page, 'twitter:description')]) {
      await expect(description).toHaveAttribute('content', new RegExp(`^${c.kind} · .+ · 分享路 5 号 · ${c.hours}`));
    }
    await expect(og(page, 'og:url')).toHaveAttribute('content', `${baseURL}${c.path}`);
    await expect(og(page, 'og:locale')).toHaveAttribute('content', c.locale);
    await expect(tw(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    const image = await og(page, 'og:image').getAttribute('content');
    // The station's own card, in the page's language, versioned by the station's last edit.
    expect(image).toMatch(new RegExp(`^${baseURL}${c.path}/og\\.png\\?v=[\\w-]+$`));
    await expect(tw(page, 'twitter:image')).toHaveAttribute('content', image!);
    await expect(og(page, 'og:image:width')).toHaveAttribute('content', '1200');
    await expect(og(page, 'og:image:height')).toHaveAttribute('content', '630');
    await expect(og(page, 'og:image:type')).toHaveAttribute('content', 'image/png');
    await expect(og(page, 'og:image:alt')).toHaveAttribute('content', new RegExp(s.name));
    // WeChat's older crawler reads microdata.
    await expect(item(page, 'name')).toHaveAttribute('content', s.name);
    await expect(item(page, 'description')).toHaveAttribute('content', new RegExp(`^${c.kind} · `));
    await expect(item(page, 'image')).toHaveAttribute('content', image!);
    const res = await page.request.get(image!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
});

import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodePng, pngSize, type Pixels } from '@/lib/share-card/png-read';
import { ShareCard, type CardText } from './card';
import { renderCard } from './render';

// The tofu test: the card must draw a Chinese station name as Chinese glyphs. Tofu (the boxes a font
// without the characters draws) looks the same whatever the characters, so the check renders the name
// and the same characters reordered: real glyphs make the two pictures differ where the name is, tofu
// does not. It also compares with what next/og draws with its built-in Latin font (the tofu reference).

const CARD: CardText = {
  brand: '驿站 · 工会服务站点地图', name: '测试驿站', where: '工会驿站 · 江西省南昌市东湖区', hours: '24小时开放', allDay: true, host: 'yizhan.example.cn',
};

/** Pixels where two pictures of one size differ by more than a quarter of the range in some channel. */
function differing(a: Pixels, b: Pixels): number {
  expect([a.width, a.height, a.channels]).toEqual([b.width, b.height, b.channels]);
  let n = 0;
  for (let i = 0; i < a.data.length; i += a.channels) {
    for (let c = 0; c < a.channels; c++) {
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > 64) {
        n++;
        break;
      }
    }
  }
  return n;
}

const draw = async (name: string) => decodePng((await renderCard({ ...CARD, name })).png);

/** About a tenth of the ink of four 80 px Chinese glyphs (each ~2,500 dark pixels): far above anti-aliasing noise. */
const MIN_DIFFERENCE = 1000;

/** The name (4 characters) is drawn as distinct glyphs: reordering it changes the picture. */
async function drawsGlyphs(name: string): Promise<boolean> {
  const reordered = [...name].reverse().join('');
  expect(reordered).not.toBe(name);
  return differing(await draw(name), await draw(reordered)) > MIN_DIFFERENCE;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the share card', () => {
  it('is a 1200×630 PNG', async () => {
    const { png } = await renderCard(CARD);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(decodePng(png).data.length).toBe(1200 * 630 * decodePng(png).channels);
  });

  it('draws a Chinese name as Chinese glyphs, not tofu', async () => {
    expect(await drawsGlyphs('测试驿站')).toBe(true);
  });

  it('the check fails on tofu: characters the font lacks all draw the same box', async () => {
    // CJK Extension B, outside the font: each is drawn as the fallback □, so the reordered name is the same picture.
    expect(await drawsGlyphs('𠀀𠀁𠀂𠀃')).toBe(false);
    expect(differing(await draw('𠀀𠀁𠀂𠀃'), await draw('□□□□'))).toBe(0);
  });

  it("differs from what next/og draws with its built-in font, which has no Chinese (the tofu reference)", async () => {
    // Without our fonts next/og would fetch Noto Sans SC from Google: refused here, so it draws its own glyph.
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new Error('no network in tests'))));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const builtIn = async (name: string) => {
      const element = createElement(ShareCard, { text: { ...CARD, name }, families: { regular: 'geist', bold: 'geist' } });
      return decodePng(new Uint8Array(await new ImageResponse(element, { width: 1200, height: 630 }).arrayBuffer()));
    };
    const tofu = await builtIn('测试驿站');
    expect(differing(await draw('测试驿站'), tofu)).toBeGreaterThan(MIN_DIFFERENCE);
    // And the reordering check sees the built-in font's tofu for what it is: the same picture.
    expect(differing(tofu, await builtIn('站驿试测'))).toBeLessThan(MIN_DIFFERENCE);
  });

  it('never fetches a font: rare characters, emoji and joiners are drawn from the local font or as □', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in tests')));
    vi.stubGlobal('fetch', fetch);
    const { png } = await renderCard({ ...CARD, name: '𠀀驿站😀‍🔥\u0007', where: '\u9ff0 · Ünïcödé', host: 'example.org' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // Lines too long for the card, cut with "…".
    await renderCard({ ...CARD, name: '青山湖区环卫工人爱心驿站'.repeat(4), where: '县级职工服务中心 · 江西省赣州市章贡区'.repeat(3), hours: '开放时间：周一至周五 08:00–18:00；'.repeat(6) });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('draws an English card too', async () => {
    const png = await renderCard({ ...CARD, brand: 'Yizhan · Union service station map', name: 'Donghu test station', where: 'Outdoor-worker station · Donghu District, Nanchang City, Jiangxi', hours: 'Hours: Mon–Fri 08:00–18:00', allDay: false });
    expect(pngSize(png.png)).toEqual({ width: 1200, height: 630 });
    expect(png.fontBytes).toBeGreaterThan(0);
  });
});

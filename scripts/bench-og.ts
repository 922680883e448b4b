// The share card's cost, to choose how the CJK font is loaded (README "Share card"):
//   npm run bench:og   (tsx --conditions=react-server scripts/bench-og.ts)
// No database, no network: the cards' words are written here, the font comes from node_modules.
//
// A (what the app does, lib/share-card/fonts.ts): only the @fontsource/noto-sans-sc WOFF slices holding
//   the card's characters, read once and kept (parsed by satori while kept).
// B (the alternative): that package's one-file "chinese-simplified" cut (7,946 characters, 1.5 MB a
//   weight), loaded once per process for every card.
// Each render is timed without the PNG cache (lib/share-card/png-cache.ts), which answers a repeat in ~0 ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { CARD_HEIGHT, CARD_WIDTH, ShareCard, type CardText } from '@/components/share-card/card';
import { renderCard } from '@/components/share-card/render';
import { fontIndex } from '@/lib/share-card/fonts';
import { woffCodePoints } from '@/lib/share-card/woff-cmap';

const card = (name: string, where: string, hours: string, allDay = false): CardText =>
  ({ brand: '驿站 · 工会服务站点地图', name, where, hours, allDay, host: 'yizhan.example.cn' });
const CARDS = [
  card('测试驿站', '工会驿站 · 江西省南昌市东湖区', '24小时开放', true),
  card('青山湖区环卫工人爱心驿站', '工会驿站 · 江西省南昌市青山湖区', '开放时间：周一至周五 08:00–18:00；周六至周日 休息'),
  card('赣州市章贡区总工会户外劳动者服务站', '县级职工服务中心 · 江西省赣州市章贡区', '开放时间：每天 07:00–21:00'),
  card('Yizhan test station', 'Outdoor-worker station · Donghu District, Nanchang City, Jiangxi', 'Hours: Mon–Fri 08:00–18:00'),
];

/** GB 2312's 6,763 hanzi (rows 16–87), decoded with Node's ICU. */
function gb2312Hanzi(): number[] {
  const gb = new TextDecoder('gb2312');
  const out: number[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = gb.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && /\p{Script=Han}/u.test(ch)) out.push(ch.codePointAt(0)!);
    }
  }
  return out;
}
const GB2312 = gb2312Hanzi();

const ms = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return Math.round(performance.now() - t);
};
/** The median of `n` timed runs: the machine is shared, one run is noise. */
const median = async (f: () => Promise<unknown>, n = 5) => {
  const t: number[] = [];
  for (let i = 0; i < n; i++) t.push(await ms(f));
  return t.sort((a, b) => a - b)[n >> 1]!;
};
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

async function sliced() {
  console.log('A: slices');
  const index = await ms(() => fontIndex());
  const fi = await fontIndex();
  console.log(`  index of the slices' ${fi.size} characters (once per process): ${index} ms; GB 2312 hanzi drawn: ${GB2312.filter((c) => fi.sliceOf(c)).length} of ${GB2312.length}`);
  for (const c of CARDS) {
    let font = 0, png = 0;
    const cold = await ms(async () => ({ fontBytes: font, png: { length: png } } = await renderCard(c)));
    const warm = await median(() => renderCard(c));
    console.log(`  ${c.name}: font ${kb(font)}, PNG ${kb(png)}, first ${cold} ms, again ${warm} ms (median of 5)`);
  }
}

async function wholeCut() {
  const file = (w: number) => path.join('node_modules/@fontsource/noto-sans-sc/files', `noto-sans-sc-chinese-simplified-${w}-normal.woff`);
  const data = [400, 700].map((w) => readFileSync(file(w)));
  const fonts = [{ name: 'cs', data: data[0]!, weight: 400 as const }, { name: 'cs', data: data[1]!, weight: 700 as const }];
  const drawn = woffCodePoints(data[0]!);
  console.log(`B: one "chinese-simplified" file a weight: ${kb(data[0]!.length + data[1]!.length)}, ${drawn.size} characters; GB 2312 hanzi drawn: ${GB2312.filter((c) => drawn.has(c)).length} of ${GB2312.length}`);
  const draw = (c: CardText) => new ImageResponse(createElement(ShareCard, { text: c, families: { regular: 'cs', bold: 'cs' } }), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts }).arrayBuffer();
  // Only the Chinese cards: B has no Latin beyond ASCII and would fetch the rest from Google.
  for (const c of CARDS.slice(0, 3)) console.log(`  ${c.name}: first ${await ms(() => draw(c))} ms, again ${await median(() => draw(c))} ms (median of 5)`);
}

// next/og's own start (yoga and resvg WebAssembly), apart: a Latin-only card with its built-in font.
const start = await ms(() => new ImageResponse(createElement('div', { style: { display: 'flex' } }, 'Yizhan'), { width: CARD_WIDTH, height: CARD_HEIGHT }).arrayBuffer());
console.log(`next/og start (WebAssembly, once per process): ${start} ms`);
await sliced();
await wholeCut();

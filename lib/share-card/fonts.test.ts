import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { allDivisions } from '@/lib/divisions/catalog';
import { cardFonts, coverText, fontIndex } from './fonts';
import { woffCodePoints } from './woff-cmap';

const FILES = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans-sc/files');
const slice = (id: string, weight: number) => readFileSync(path.join(FILES, `noto-sans-sc-${id}-${weight}-normal.woff`));
const SLICE_IDS = Object.keys(JSON.parse(readFileSync(path.join(FILES, '../unicode.json'), 'utf8')) as object).map((k) => k.replace(/^\[|\]$/g, ''));
const cp = (s: string) => s.codePointAt(0)!;

describe('woffCodePoints', () => {
  it('reads what a slice draws, not what its CSS declares', () => {
    const latin = woffCodePoints(slice('latin', 400));
    expect(latin.has(cp('A'))).toBe(true);
    expect(latin.has(cp('测'))).toBe(false);
    // unicode.json puts U+9FF0 in slice 21; the file has no glyph for it.
    expect(woffCodePoints(slice('21', 400)).has(0x9ff0)).toBe(false);
  });
  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffCodePoints(Buffer.from('not a font at all, not at all, not at all, no'))).toThrow(/WOFF/);
  });
});

describe('the font slices', () => {
  it('are cut the same way in both weights the card uses (the index is built from the 400 files)', () => {
    for (const id of SLICE_IDS) {
      expect([...woffCodePoints(slice(id, 700))].sort(), id).toEqual([...woffCodePoints(slice(id, 400))].sort());
    }
  });

  it('draw every division name in both languages and every kind of station', async () => {
    const fi = await fontIndex();
    const names = [...allDivisions().flatMap((d) => [d.name, d.nameEn ?? '']), ...Object.values(zh.kinds), ...Object.values(en.kinds), zh.meta.title, en.meta.title];
    const missing = new Set([...names.join('')].filter((ch) => !fi.sliceOf(cp(ch))));
    expect([...missing]).toEqual([]);
  });
});

describe('coverText', () => {
  it('keeps what the font draws', async () => {
    const fi = await fontIndex();
    for (const s of ['测试驿站', '江西省南昌市东湖区', 'Hours: Mon–Fri 08:00–18:00', '开放时间：周一至周五 08:00–18:00；周六 休息', '24小时开放']) {
      expect(coverText(s, fi)).toBe(s);
    }
  });
  it('draws □ for what it does not (rather than letting next/og fetch a font from the network)', async () => {
    const fi = await fontIndex();
    expect(coverText('𠀀驿站', fi)).toBe('□驿站'); // CJK Extension B, outside the font
    expect(coverText('驿\u9ff0站', fi)).toBe('驿□站'); // declared by unicode.json, not drawn
    expect(coverText('驿站😀', fi)).toBe('驿站□');
  });
  it('drops invisible characters and turns control characters into spaces', async () => {
    const fi = await fontIndex();
    expect(coverText('驿\u200d站\ufe0f', fi)).toBe('驿站');
    expect(coverText('驿\t站\n', fi)).toBe('驿 站 ');
    expect(coverText('e\u0301', fi)).toBe('é'); // composed first
  });
});

describe('cardFonts', () => {
  it('loads only the slices holding the text, one family name per slice and weight', async () => {
    const fi = await fontIndex();
    const latin = await cardFonts([{ text: 'Yizhan', weight: 400 }], fi);
    expect(latin.fonts.map((f) => f.name)).toEqual([`sc400_${fi.sliceOf(cp('Y'))}`]);
    expect(latin.family[700]).toBe('sans-serif');
    const both = await cardFonts([{ text: '驿站', weight: 700 }, { text: '驿站', weight: 400 }], fi);
    const ids = new Set(['驿', '站'].map((ch) => fi.sliceOf(cp(ch))));
    expect(both.fonts).toHaveLength(ids.size * 2);
    expect(both.family[700].split(', ').sort()).toEqual([...ids].map((id) => `sc700_${id}`).sort());
    expect(both.bytes).toBe(both.fonts.reduce((n, f) => n + f.data.length, 0));
    // Far below the whole font (the 400 and 700 files of the "chinese-simplified" cut alone are 3 MB).
    expect(both.bytes).toBeLessThan(200_000);
  });
});

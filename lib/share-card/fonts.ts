import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { woffCodePoints } from './woff-cmap';

// The share card's font: Noto Sans SC (SIL OFL 1.1) from @fontsource/noto-sans-sc in node_modules, never
// the network. That package ships the font already cut, as Google Fonts serves it, into 101 slices by
// unicode range (WOFF 3–53 KB each, WOFF2 too, which next/og's satori cannot read). A card loads only
// the WOFF slices holding its characters: 0.55–0.70 MB in both weights for a Chinese station, against
// 3 MB for the package's one-file cut, which also lacks 1,046 of GB 2312's hanzi (figures:
// scripts/bench-og.ts, README "Share card"). No subsetter, no build step: the slices are the subset.
//
// A character no slice draws (a rare name character outside the font's ~13,600) would make next/og
// fetch a font from fonts.googleapis.com (its loadAdditionalAsset; a hang where Google is blocked), so
// coverText() first draws it as □ (U+25A1), a fallback glyph the font has: the card says "a character
// here" rather than skipping it.

export type Weight = 400 | 700;
export type CardFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc');
const FALLBACK = '□';
/** A slice's file: ids are "4"…"119", "latin", "latin-ext", "cyrillic", "vietnamese". */
const sliceFile = (id: string, weight: Weight) => path.join(FONT_DIR, 'files', `noto-sans-sc-${id}-${weight}-normal.woff`);

export type FontIndex = { sliceOf: (codePoint: number) => string | undefined; size: number };

async function buildIndex(): Promise<FontIndex> {
  const declared = JSON.parse(await readFile(path.join(FONT_DIR, 'unicode.json'), 'utf8')) as Record<string, string>;
  const ids = Object.keys(declared).map((k) => k.replace(/^\[|\]$/g, ''));
  // The 400 files' cmaps (~4.6 MB read once, ~25 ms); the 700 files are cut the same way (fonts.test.ts checks).
  const maps = await Promise.all(ids.map(async (id) => [id, woffCodePoints(await readFile(sliceFile(id, 400)))] as const));
  const owner = new Map<number, string>();
  for (const [id, points] of maps) for (const c of points) if (!owner.has(c)) owner.set(c, id);
  if (!owner.has(FALLBACK.codePointAt(0)!)) throw new Error(`share card font: no slice draws the fallback ${FALLBACK}`);
  return { sliceOf: (c) => owner.get(c), size: owner.size };
}

let index: Promise<FontIndex> | null = null;
/** Which slice draws each character: built once per process (a failure is retried on the next card). */
export function fontIndex(): Promise<FontIndex> {
  if (!index) {
    index = buildIndex();
    index.catch(() => (index = null));
  }
  return index;
}

/** Control characters as spaces, invisible ones (joiners, variation selectors) dropped, the rest □ where no slice draws it. */
export function coverText(text: string, fi: FontIndex): string {
  const plain = text.normalize('NFC').replace(/\p{Cc}/gu, ' ').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
  let out = '';
  for (const ch of plain) out += fi.sliceOf(ch.codePointAt(0)!) ? ch : FALLBACK;
  return out;
}

// Slices read from disk, kept for the next card: the common characters live in a few slices that most
// cards share. Capped (64 of 202 files, ≤ ~3.4 MB); satori keeps each slice parsed while its Buffer lives.
const slices = new LRUCache<string, Promise<Buffer>>({ max: 64 });

function slice(id: string, weight: Weight): Promise<Buffer> {
  const key = `${id}-${weight}`;
  let data = slices.get(key);
  if (!data) {
    data = readFile(sliceFile(id, weight));
    data.catch(() => slices.delete(key));
    slices.set(key, data);
  }
  return data;
}

export type CardFonts = { fonts: CardFont[]; family: Record<Weight, string>; bytes: number };

/** The slices the texts need (already passed through coverText), one font family name per slice, listed per weight. */
export async function cardFonts(texts: ReadonlyArray<{ text: string; weight: Weight }>, fi: FontIndex): Promise<CardFonts> {
  const wanted = new Map<string, { id: string; weight: Weight }>();
  for (const { text, weight } of texts) {
    for (const ch of text) {
      const id = fi.sliceOf(ch.codePointAt(0)!);
      if (id) wanted.set(`${id}-${weight}`, { id, weight });
    }
  }
  const fonts = await Promise.all([...wanted.values()].map(async ({ id, weight }): Promise<CardFont> => ({
    name: `sc${weight}_${id}`, data: await slice(id, weight), weight, style: 'normal',
  })));
  const family = (w: Weight) => fonts.filter((f) => f.weight === w).map((f) => f.name).join(', ') || 'sans-serif';
  return { fonts, family: { 400: family(400), 700: family(700) }, bytes: fonts.reduce((n, f) => n + f.data.length, 0) };
}

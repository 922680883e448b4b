import { syllables } from '@/lib/divisions/names-en';

// The one way both a query and an indexed name are folded before comparing, so
// that "Zhèng zhōu", "zheng zhou" and "ZhengZhou" are the same text and ü may be
// typed as u or v.

/** How well a name matched: lower is better. */
export const EXACT = 0;
export const PREFIX = 1;
export const CONTAINS = 2;
export type Rank = typeof EXACT | typeof PREFIX | typeof CONTAINS;

// Spaces and the marks people type between syllables or words carry no meaning here.
const IGNORED = /[\s'’‘`´·・\-_]+/gu;
const MARKS = /\p{M}+/gu;

export function foldText(text: string): string {
  return text
    .normalize('NFKC') // full-width letters and digits become ASCII
    .toLowerCase()
    .normalize('NFD') // tone marks and the ü diaeresis become separate marks…
    .replace(MARKS, '') // …which are dropped
    .replace(/v/g, 'u') // the keyboard's ü
    .replace(IGNORED, '')
    .normalize('NFC');
}

export type PinyinKeys = { full: string; initials: string };

/** Folded full pinyin and initials of a name; runs of other letters and digits are kept as they are. */
export function pinyinKeys(text: string): PinyinKeys {
  const parts = syllables(text)
    .map(foldText)
    .filter((s) => s !== '');
  return { full: parts.join(''), initials: parts.map((s) => s.charAt(0)).join('') };
}

/** The rank of `q` in `key`, or -1; initials never match inside, only from the start (or "cx" would match everything). */
export function rankIn(key: string, q: string, inside = true): Rank | -1 {
  if (key === q) return EXACT;
  if (key.startsWith(q)) return PREFIX;
  return inside && key.includes(q) ? CONTAINS : -1;
}

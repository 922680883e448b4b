import { CONTAINS, foldText, pinyinKeys, rankIn, type Rank } from '@/lib/search/text';
import { allDivisions, type Division, type Level } from './catalog';

// Every division of China found by Chinese, pinyin, initials or English name
// ("zhengzhou", "dcx", "Duchang County"). The keys are built once per process;
// a query then ranks all 3,208 divisions in well under a millisecond.

type Keys = { division: Division; text: string[]; initials: string[]; stem: string };
export type DivisionHit = { division: Division; rank: Rank };

const LEVEL_ORDER: Record<Level, number> = { province: 0, city: 1, county: 2 };
const ZH_SUFFIX = /(自治县|自治州|自治旗|林区|特区|地区|省|市|区|县|旗|盟|州)$/u;
const EN_SUFFIX = /\s+((autonomous|forestry|special)\s+)?(county|district|city|banner|league|prefecture)$/iu;

/** 都昌县 → 都昌; a one-character place keeps its suffix (城区, 赵县). */
function zhStem(name: string): { stem: string; suffix: string } {
  const m = ZH_SUFFIX.exec(name);
  if (!m || name.length - m[0].length < 2) return { stem: name, suffix: '' };
  return { stem: name.slice(0, -m[0].length), suffix: m[0] };
}

function keysOf(d: Division): Keys {
  const { stem, suffix } = zhStem(d.name);
  const whole = pinyinKeys(d.name);
  const stemPy = pinyinKeys(stem);
  // The reviewed English reading corrects the converter (都昌 is Duchang, not Douchang).
  const reading = foldText(d.nameEn.replace(EN_SUFFIX, ''));
  const text = [d.name, stem, whole.full, stemPy.full, reading, reading + pinyinKeys(suffix).full, d.nameEn].map(foldText);
  return { division: d, text: [...new Set(text)], initials: [whole.initials, stemPy.initials], stem: foldText(stem) };
}

let index: Keys[] | null = null;
const keys = () => (index ??= allDivisions().map(keysOf));

function rankOf(k: Keys, q: string): Rank | -1 {
  const ranks = [...k.text.map((t) => rankIn(t, q)), ...k.initials.map((t) => rankIn(t, q, false))].filter((r): r is Rank => r >= 0);
  if (ranks.length) return Math.min(...ranks) as Rank;
  // A pasted address ("江西省南昌市东湖区…") names the division inside it.
  return k.stem.length >= 2 && q.includes(k.stem) ? CONTAINS : -1;
}

/** Up to `limit` divisions: exact before prefix before contains, then province, city, county, then by code. */
export function searchDivisions(rawQ: string, limit: number): DivisionHit[] {
  const q = foldText(rawQ);
  if (!q) return [];
  const hits: DivisionHit[] = [];
  for (const k of keys()) {
    const rank = rankOf(k, q);
    if (rank !== -1) hits.push({ division: k.division, rank });
  }
  return hits.sort(compareHits).slice(0, limit);
}

function compareHits(a: DivisionHit, b: DivisionHit): number {
  return a.rank - b.rank || LEVEL_ORDER[a.division.level] - LEVEL_ORDER[b.division.level] || a.division.code.localeCompare(b.division.code);
}


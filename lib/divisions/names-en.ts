import { customPinyin, pinyin } from 'pinyin-pro';
import { ETHNIC_NAMES, PLACE_READINGS, POLYPHONIC_READINGS, PROVINCE_NAMES_EN } from './place-readings';

// English division names: the place's own reading (pinyin, or a reviewed
// reading from place-readings.ts) and the official English suffix.

/** Longest first, so 自治县 wins over 县. */
const SUFFIXES: readonly [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['地区', 'Prefecture'],
  ['县', 'County'],
  ['区', 'District'],
  ['市', 'City'],
  ['旗', 'Banner'],
  ['盟', 'League'],
];

const ETHNIC_KEYS = Object.keys(ETHNIC_NAMES).sort((a, b) => b.length - a.length);

let registered = false;

/** Pinyin syllables of a Chinese string, without tones (ü kept), places read as they are called. */
export function syllables(text: string): string[] {
  if (!registered) {
    // pinyin-pro's dictionary is per process: every caller goes through here.
    customPinyin({ ...POLYPHONIC_READINGS });
    registered = true;
  }
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).filter((s) => s.trim() !== '');
}

/** 西安 → Xi'an: an apostrophe where a syllable starting with a, o or e follows another. */
export function romanise(text: string): string {
  return joinSyllables(syllables(text));
}

function joinSyllables(list: readonly string[]): string {
  const joined = list.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Strips ethnic groups from the end of an autonomous division's name. */
function splitEthnic(base: string): { place: string; groups: string[] } {
  const groups: string[] = [];
  let rest = base;
  for (;;) {
    const withZu = rest.endsWith('族');
    const trimmed = withZu ? rest.slice(0, -1) : rest;
    const key = ETHNIC_KEYS.find((k) => trimmed.endsWith(k) && (withZu || k.length > 1));
    if (!key) break;
    groups.unshift(ETHNIC_NAMES[key]!);
    rest = trimmed.slice(0, -key.length);
  }
  return { place: rest, groups };
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The place's reading, read within the whole name: 单 in 单县 is shan (see POLYPHONIC_READINGS). */
function readingOf(place: string, name: string): string {
  return PLACE_READINGS[place] ?? joinSyllables(syllables(name).slice(0, place.length));
}

/** English name of a division: 都昌县 → Duchang County, 长阳土家族自治县 → Changyang Tujia Autonomous County. */
export function englishName(code: string, name: string): string {
  const province = PROVINCE_NAMES_EN[code];
  if (province) return province;
  // DataV's "directly administered" areas (海西…自治州直辖).
  if (name.endsWith('直辖')) return `${englishName('', name.slice(0, -2))} (directly administered)`;
  const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  if (!suffix) return readingOf(name, name);
  const base = name.slice(0, -suffix[0].length);
  const { place, groups } = suffix[0].startsWith('自治') ? splitEthnic(base) : { place: base, groups: [] };
  return [place ? readingOf(place, name) : '', listOf(groups), suffix[1]].filter(Boolean).join(' ');
}

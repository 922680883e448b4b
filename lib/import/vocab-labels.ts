import en from '@/messages/en.json';
import enEntry from '@/messages/en/entry.json';
import zh from '@/messages/zh-CN.json';
import zhEntry from '@/messages/zh-CN/entry.json';
import { AMENITIES, ENTRY_MODES, KINDS, STATUSES } from '@/lib/stations/vocab';
import { VOCAB_WORDS, type VocabField } from './vocab-synonyms';

// Kinds, statuses and amenities may be written as codes, as the labels the
// app shows in either language, or as the words union lists use
// (vocab-synonyms.ts); compared without width, case or spaces. A word none of
// these know may be mapped to a code by the admin, once for the whole file.

export const normLabel = (s: string) => s.normalize('NFKC').replace(/[\s_-]+/gu, '').toLowerCase();

function lookup(codes: readonly string[], labels: Record<string, string>[], words: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of codes) {
    map.set(normLabel(code), code);
    for (const l of labels) if (l[code]) map.set(normLabel(l[code]), code);
    for (const w of words[code] ?? []) map.set(normLabel(w), code);
  }
  return map;
}

const known: Record<VocabField, Map<string, string>> = {
  kind: lookup(KINDS, [zh.kinds, en.kinds], VOCAB_WORDS.kind),
  status: lookup(STATUSES, [zh.statuses, en.statuses], VOCAB_WORDS.status),
  amenity: lookup(AMENITIES, [zh.amenities, en.amenities], VOCAB_WORDS.amenity),
  entry: lookup(ENTRY_MODES, [zhEntry.entry.modes, enEntry.entry.modes, zhEntry.entry.short, enEntry.entry.short], VOCAB_WORDS.entry),
};

/** The admin's own readings for this file: field → normalised word → code. */
export type ValueMap = Partial<Record<VocabField, ReadonlyMap<string, string>>>;

/** The code a word stands for, or null when neither the vocabulary nor the admin's map knows it. */
export function codeOf(field: VocabField, word: string, own: ValueMap = {}): string | null {
  const key = normLabel(word);
  return own[field]?.get(key) ?? known[field].get(key) ?? null;
}

/** The code for a label, or the text unchanged so the schema names it as unknown. */
export const kindCode = (s: string) => codeOf('kind', s) ?? s;
export const statusCode = (s: string) => codeOf('status', s) ?? s;
export const amenityCode = (s: string) => codeOf('amenity', s) ?? s;

/**
 * Amenity words of a cell, separated by 、，,;；| (a slash belongs to labels
 * like 空调/取暖). A piece nobody knows is tried once more split at slashes
 * and spaces ("饮水/热水", "饮水 热水"), used only if every part is known.
 */
export function amenityWords(s: string, own: ValueMap = {}): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const piece of s.split(/[、，,;；|]/u).map((x) => x.trim()).filter(Boolean)) {
    const code = codeOf('amenity', piece, own);
    if (code) { codes.push(code); continue; }
    const parts = piece.split(/[/／\s]+/u).filter(Boolean).map((p) => codeOf('amenity', p, own));
    if (parts.length > 1 && parts.every((p) => p !== null)) codes.push(...(parts as string[]));
    else unknown.push(piece);
  }
  return { codes, unknown };
}

/** Codes of an amenity cell; unknown words stay as they are (the schema names them). */
export function amenityCodes(s: string): string[] {
  return s.split(/[、，,;；|]/u).map((x) => x.trim()).filter(Boolean).map(amenityCode);
}

export type Locale = 'zh-CN' | 'en';
const LABELS = { 'zh-CN': zh, en } as const;
const ENTRY_LABELS = { 'zh-CN': zhEntry.entry.modes, en: enEntry.entry.modes } as const;

export function labelsFor(locale: Locale) {
  const m = LABELS[locale];
  return { kind: (c: string) => (m.kinds as Record<string, string>)[c] ?? c,
    status: (c: string) => (m.statuses as Record<string, string>)[c] ?? c,
    amenity: (c: string) => (m.amenities as Record<string, string>)[c] ?? c,
    entry: (c: string) => (ENTRY_LABELS[locale] as Record<string, string>)[c] ?? c };
}

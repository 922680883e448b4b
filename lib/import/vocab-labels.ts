import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { AMENITIES, KINDS, STATUSES } from '@/lib/stations/vocab';

// Kinds, statuses and amenities may be written as codes or as the labels the
// app shows in either language; compared without width, case or spaces.

export const normLabel = (s: string) => s.normalize('NFKC').replace(/[\s_-]+/gu, '').toLowerCase();

function lookup(codes: readonly string[], labels: Record<string, string>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of codes) {
    map.set(normLabel(code), code);
    for (const l of labels) if (l[code]) map.set(normLabel(l[code]), code);
  }
  return map;
}

const kinds = lookup(KINDS, [zh.kinds, en.kinds]);
const statuses = lookup(STATUSES, [zh.statuses, en.statuses]);
const amenities = lookup(AMENITIES, [zh.amenities, en.amenities]);

/** The code for a label, or the text unchanged so the schema names it as unknown. */
export const kindCode = (s: string) => kinds.get(normLabel(s)) ?? s;
export const statusCode = (s: string) => statuses.get(normLabel(s)) ?? s;
export const amenityCode = (s: string) => amenities.get(normLabel(s)) ?? s;

/** Amenity lists separated by 、，,;；| (a slash belongs to labels like 空调/取暖). */
export function amenityCodes(s: string): string[] {
  return s.split(/[、，,;；|]/u).map((x) => x.trim()).filter(Boolean).map(amenityCode);
}

export type Locale = 'zh-CN' | 'en';
const LABELS = { 'zh-CN': zh, en } as const;

export function labelsFor(locale: Locale) {
  const m = LABELS[locale];
  return { kind: (c: string) => (m.kinds as Record<string, string>)[c] ?? c,
    status: (c: string) => (m.statuses as Record<string, string>)[c] ?? c,
    amenity: (c: string) => (m.amenities as Record<string, string>)[c] ?? c };
}

import type { Service, ServiceKind } from './vocab';

// Services as one line of text, for a spreadsheet cell and for people:
//   法律援助@Tu,Th 14:00-17:00(带身份证); 理发@Sa 09:00-12:00
// An item is label@schedule with an optional (note) at its end. Items are
// separated by ; or ；, but a schedule has ;s of its own (Mo 08:00-12:00; Sa
// 09:00-12:00): a separator starts a new item only when a label@ follows it.
// A note's own parentheses nest; a note whose parentheses do not balance has
// them escaped with a backslash (as is a backslash), so export → import
// gives back the very same note. Client-safe.

export type TextItem =
  | { ok: true; label: string; schedule: string; note: string | null; raw: string }
  | { ok: false; raw: string };

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const SEPARATORS = new Set([';', '；']);

function balanced(note: string): boolean {
  let depth = 0;
  for (const c of note) {
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c) && --depth < 0) return false;
  }
  return depth === 0;
}

function escapeNote(note: string): string {
  const slashed = note.replaceAll('\\', '\\\\');
  return balanced(note) ? slashed : slashed.replace(/[()（）]/gu, '\\$&');
}

const unescapeNote = (s: string) => s.replace(/\\(.)/gsu, '$1');

/** The list as text, each kind named by `label` (a code, or a label in the reader's language). */
export function formatServicesText(list: readonly Service[], label: (kind: ServiceKind) => string): string {
  return list.map((s) => `${label(s.kind)}@${s.schedule}${s.note ? `(${escapeNote(s.note)})` : ''}`).join('; ');
}

/** Whether a new item (some label, then @) starts at `j`, before any separator, parenthesis or quote. */
function startsItem(s: string, j: number): boolean {
  for (let k = j; k < s.length; k++) {
    const c = s[k]!;
    if (c === '@') return true;
    if (SEPARATORS.has(c) || OPEN.has(c) || CLOSE.has(c) || c === '"') return false;
  }
  return false;
}

/** The cell cut into items, each as written (a schedule's own ;s stay inside it). */
function cut(s: string): string[] {
  const items: string[] = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (depth > 0 && c === '\\') { i++; continue; }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (quoted) continue;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.has(c) && startsItem(s, i + 1)) {
      items.push(s.slice(start, i));
      start = i + 1;
    }
  }
  items.push(s.slice(start));
  // Separators and spaces around an item say nothing ("理发@Sa 09:00-12:00;" ends the list, it starts no item).
  return items.map((x) => x.replace(/^[\s;；]+|[\s;；]+$/gu, '')).filter(Boolean);
}

/** Where the note's opening parenthesis is: the first one outside an OSM comment ("…"), or -1. */
function noteStart(rest: string): number {
  let quoted = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && OPEN.has(c)) return i;
  }
  return -1;
}

function item(raw: string): TextItem {
  const at = raw.indexOf('@');
  if (at < 0) return { ok: false, raw };
  const label = raw.slice(0, at).trim();
  const rest = raw.slice(at + 1).trim();
  const open = noteStart(rest);
  if (open >= 0 && CLOSE.has(rest[rest.length - 1]!)) {
    return { ok: true, label, schedule: rest.slice(0, open).trim(), note: unescapeNote(rest.slice(open + 1, -1)).trim() || null, raw };
  }
  return { ok: true, label, schedule: rest, note: null, raw };
}

/** A cell's items, as written; an item without label@schedule is not ok (the caller names it). */
export function splitServicesText(cell: string): TextItem[] {
  return cut(cell).map(item);
}

/** The text with each item's code replaced by `label(code)`, the rest as written (for people: conflicts, history). */
export function relabelServicesText(text: string, label: (code: string) => string): string {
  return splitServicesText(text).map((i) => (i.ok ? `${label(i.label)}@${i.raw.slice(i.raw.indexOf('@') + 1).trim()}` : i.raw)).join('; ');
}

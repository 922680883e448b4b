import { LIMITS } from '@/lib/stations/admin/limits';
import type { EntryMode } from '@/lib/stations/vocab';
import { codeOf, type ValueMap } from './vocab-labels';

// A file's "how to get in" cell → one way in, generously but never changing
// what it says. The whole cell is tried first, then its pieces ("微信扫码/小程序",
// "有人值守，需登记"): when the pieces name one way in and nothing else, that is
// it; when some pieces are not read, the way in is taken with a warning and the
// cell's words go to the entry note. Two ways in ("扫码或刷工会卡") or none read:
// left unknown (null), with a warning, and the words kept in the note.

/** `guessed`: read from part of the cell. `unknown`: not read at all (the admin may map the word). */
export type EntryCell = { entry: EntryMode | null; note: string | null; guessed: boolean; unknown: boolean };

const PIECES = /[、，,;；|/／+＋\s]+|或者|或|及|和|并/u;
// A piece that denies ("不需要 扫码", "no scan") must never let the rest be read as a way in.
const DENIES = /[不无非免没勿]|\b(no|not|without)\b/iu;

/** `note`: the file's own note cell, which always wins over the words of the entry cell. */
export function readEntryCell(raw: string, note: string, own: ValueMap = {}): EntryCell {
  const given = note || null;
  if (!raw) return { entry: null, note: given, guessed: false, unknown: false };
  const whole = codeOf('entry', raw, own) as EntryMode | null;
  if (whole) return { entry: whole, note: given, guessed: false, unknown: false };
  const pieces = raw.split(PIECES).map((p) => p.trim()).filter(Boolean);
  const codes = new Set(pieces.map((p) => codeOf('entry', p, own)).filter((c): c is string => c !== null));
  const kept = given ?? raw.slice(0, LIMITS.entryNote);
  if (codes.size !== 1) return { entry: null, note: kept, guessed: false, unknown: true };
  const [code] = codes as Set<EntryMode>;
  const unread = pieces.filter((p) => codeOf('entry', p, own) === null);
  if (unread.some((p) => DENIES.test(p))) return { entry: null, note: kept, guessed: false, unknown: true };
  return unread.length === 0 ? { entry: code!, note: given, guessed: false, unknown: false } : { entry: code!, note: kept, guessed: true, unknown: false };
}

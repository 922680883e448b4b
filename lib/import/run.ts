import type { Crs } from '@/lib/geo/crs';
import type { Admin } from '@/lib/permissions/roles';
import { classify, OPTIONAL_FIELDS, type Client, type Good } from './classify';
import { mapHeaders, type Column, type HeaderInfo } from './headers';
import { IMPORT_LIMITS, LimitExceeded } from './limits';
import { choicesOf, type ImportMapping } from './mapping';
import { mayActIn } from './place';
import type { PlanWriter } from './plan';
import { UnreadableFile, type Format, type Source } from './read';
import { RepeatedIds } from './repeats';
import { checkRow, recordOf, type Checked, type Reason } from './row';
import { Tally, type UnknownValue } from './tally';

// The import pipeline, for the dry run and the apply alike: rows stream in and
// are checked in batches against the database; an apply hands each batch's
// verdicts to its plan (apply.ts writes the plan in one transaction).

export type Counts = { read: number; new: number; updated: number; unchanged: number; rejected: number };
export type Rejected = { row: number } & Reason;
export type Summary = {
  counts: Counts; rejected: Rejected[]; encoding: string | null;
  fileError: { code: 'missingColumns'; columns: string[] } | { code: 'unreadable'; format: Format } | null;
  /** Another coordinate system most of the misplaced rows fit, if any. */
  crsHint: Crs | null;
  /** Rejected rows left out of `rejected` (a stored dry run keeps the first ones). */
  omitted?: number;
  /** Cells left empty or read with a guess, one per cell; `warned`: rows with any. */
  warnings?: Rejected[]; warned?: number; warningsOmitted?: number;
  /** How each header was read; the coordinate system used and the header that named it, if one did. */
  headers?: HeaderInfo[]; crs?: { used: Crs; header: string | null };
  /** Kind, status and amenity words nobody could read, most frequent first. */
  unknownValues?: UnknownValue[];
  /** Hours phrases read into opening_hours: how many, and the first. */
  converted?: { count: number; example: { from: string; to: string } | null };
};
/** `written`: stations written so far, once an apply writes its plan. */
export type Progress = { read: number; checked: number; written?: number };
export type RunOptions = {
  crs: Crs; onProgress?: (p: Progress) => void;
  /** Called after each batch: checked rows in a dry run, written stations in an apply. */
  afterBatch?: (n: number) => void;
  /** Collects the writes each checked batch calls for. */
  plan?: PlanWriter;
  /** Aborted when the client leaves: the run stops at the next row. */
  signal?: AbortSignal;
  /** The admin's reading of unknown headers and words. */
  mapping?: ImportMapping;
};

const BATCH = 500;

/** Checks every row, and hands the verdicts of each batch to `plan` when given. */
export async function runImport(client: Client, admin: Admin, source: Source, opts: RunOptions): Promise<Summary> {
  try {
    return await checkRows(client, admin, source, opts);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    return { ...emptySummary(source), fileError: { code: 'unreadable', format: e.format } };
  }
}

function emptySummary(source: Source): Summary {
  return { counts: { read: 0, new: 0, updated: 0, unchanged: 0, rejected: 0 }, rejected: [], encoding: source.encoding, fileError: null, crsHint: null,
    warnings: [], warned: 0, unknownValues: [], converted: { count: 0, example: null } };
}

async function checkRows(client: Client, admin: Admin, source: Source, opts: RunOptions): Promise<Summary> {
  const s = emptySummary(source);
  const choices = choicesOf(opts.mapping);
  const repeats = new RepeatedIds();
  const tally = new Tally();
  const seenNames = new Set<string>();
  let columns: (Column | null)[] | null = null;
  let crs = opts.crs;
  let headerOf: (c: Column) => string = (c) => c;
  let batch: Good[] = [];
  const reject = (row: number, reasons: Reason[]) => {
    s.counts.rejected++;
    for (const r of reasons) s.rejected.push({ row, ...r });
  };
  const repeatedId = (): Reason => ({ column: headerOf('externalId'), code: 'duplicateInFile', params: {} });

  const flush = async () => {
    const verdicts = await classify(client, admin, batch, OPTIONAL_FIELDS.filter((f) => !columns?.includes(f)));
    for (const v of verdicts) {
      repeats.settle(v.good.row, v.kind);
      if (v.kind === 'rejected') reject(v.good.row, [{ column: headerOf(v.good.externalId ? 'externalId' : 'name'), code: v.code, params: v.params }]);
      else s.counts[v.kind]++;
    }
    await opts.plan?.add(verdicts, (v) => headerOf(v.good.externalId ? 'externalId' : 'name'));
    batch = [];
    opts.afterBatch?.(s.counts.read);
    opts.onProgress?.({ read: s.counts.read, checked: s.counts.read });
  };

  // The first row of a repeated id, already batched or judged, is refused after all.
  const takeBack = (row: number, was: string) => {
    if (was === 'rejected') { s.rejected.push({ row, ...repeatedId() }); return; }
    if (was === 'batched') batch = batch.filter((g) => g.row !== row);
    else { s.counts[was as 'new' | 'updated' | 'unchanged']--; opts.plan?.drop([row]); }
    reject(row, [repeatedId()]);
  };

  let line = 0;
  for await (const cells of source.rows) {
    line++;
    opts.signal?.throwIfAborted();
    if (line > IMPORT_LIMITS.rows + 1) throw new LimitExceeded('rows');
    if (cells.length > IMPORT_LIMITS.columns) throw new LimitExceeded('columns');
    if (columns === null) {
      const map = mapHeaders(cells, choices.headers);
      s.headers = map.headers;
      if (map.missing.length) { s.fileError = { code: 'missingColumns', columns: map.missing }; return s; }
      columns = map.columns;
      crs = map.crs ?? opts.crs;
      s.crs = { used: crs, header: map.crs ? map.headers.find((h) => h.crs === map.crs && (h.column === 'lng' || h.column === 'lat'))?.header ?? null : null };
      const names = new Map(columns.map((c, i) => [c, cells[i]?.trim() ?? '']));
      headerOf = (c) => names.get(c) || c;
      continue;
    }
    s.counts.read++;
    const rec = recordOf(cells, columns);
    const checked = checkRow(rec, { crs, header: headerOf, values: choices.values });
    tally.add(line, checked, rec, crs, s);
    // Ids are unique per county: a file that gives county codes (an export) may repeat an id in two counties.
    const repeat = rec.externalId ? repeats.see(`${rec.countyCode ?? ''}|${rec.externalId}`, line) : false;
    if (repeat) {
      if (typeof repeat === 'object') takeBack(repeat.row, repeat.was);
      reject(line, [repeatedId(), ...(checked.ok ? [] : checked.reasons)]);
    } else if (!checked.ok) {
      repeats.settle(line, 'rejected');
      reject(line, checked.reasons);
    } else if (!mayActIn(admin, checked.input.countyCode)) {
      repeats.settle(line, 'rejected');
      reject(line, [{ column: headerOf('lng'), code: 'outOfScope', params: { county: checked.input.countyCode } }]);
    } else if (!checked.externalId && isRepeatedName(checked, seenNames)) {
      reject(line, [{ column: headerOf('name'), code: 'duplicateInFile', params: {} }]);
    } else {
      batch.push({ row: line, externalId: checked.externalId, input: checked.input, keep: checked.keep, note: checked.note });
    }
    if (batch.length >= BATCH) await flush();
    else if (line % BATCH === 0) opts.onProgress?.({ read: s.counts.read, checked: s.counts.read - batch.length });
  }
  if (columns === null) s.fileError = { code: 'missingColumns', columns: ['name', 'lng', 'lat'] };
  if (batch.length) await flush();
  s.rejected.sort((a, b) => a.row - b.row);
  s.crsHint = tally.hint(crs, s.counts.read);
  s.unknownValues = tally.unknownValues();
  return s;
}

// Rows without an external id repeat when their county and name (as sameName compares them) do.
function isRepeatedName(checked: Extract<Checked, { ok: true }>, names: Set<string>): boolean {
  const { countyCode, name } = checked.input;
  const key = `${countyCode}|${name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()}`;
  if (names.has(key)) return true;
  names.add(key);
  return false;
}


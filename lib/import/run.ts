import { CRS_LIST, type Crs } from '@/lib/geo/crs';
import type { Admin } from '@/lib/permissions/roles';
import { inScope } from '@/lib/stations/admin/scope';
import { classify, OPTIONAL_FIELDS, type Client, type Good } from './classify';
import { mapHeaders, type Column } from './headers';
import { IMPORT_LIMITS, LimitExceeded } from './limits';
import type { PlanWriter } from './plan';
import { checkRow, recordOf, type Reason } from './row';
import { UnreadableFile, type Format, type Source } from './read';

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
};

const BATCH = 500;
const MISPLACED = new Set(['pointOutsideCounty', 'outsideJiangxi']);

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
  return { counts: { read: 0, new: 0, updated: 0, unchanged: 0, rejected: 0 }, rejected: [], encoding: source.encoding, fileError: null, crsHint: null };
}

async function checkRows(client: Client, admin: Admin, source: Source, opts: RunOptions): Promise<Summary> {
  const s = emptySummary(source);
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  const fits = new Map<Crs, number>();
  let misplaced = 0;
  let columns: (Column | null)[] | null = null;
  let headerOf: (c: Column) => string = (c) => c;
  let batch: Good[] = [];
  const reject = (row: number, reasons: Reason[]) => {
    s.counts.rejected++;
    for (const r of reasons) s.rejected.push({ row, ...r });
  };

  const flush = async () => {
    const verdicts = await classify(client, admin, batch, OPTIONAL_FIELDS.filter((f) => !columns?.includes(f)));
    for (const v of verdicts) {
      if (v.kind === 'rejected') reject(v.good.row, [{ column: headerOf(v.good.externalId ? 'externalId' : 'name'), code: v.code, params: v.params }]);
      else s.counts[v.kind]++;
    }
    await opts.plan?.add(verdicts, (v) => headerOf(v.good.externalId ? 'externalId' : 'name'));
    batch = [];
    opts.afterBatch?.(s.counts.read);
    opts.onProgress?.({ read: s.counts.read, checked: s.counts.read });
  };

  let line = 0;
  for await (const cells of source.rows) {
    line++;
    opts.signal?.throwIfAborted();
    if (line > IMPORT_LIMITS.rows + 1) throw new LimitExceeded('rows');
    if (cells.length > IMPORT_LIMITS.columns) throw new LimitExceeded('columns');
    if (columns === null) {
      const map = mapHeaders(cells);
      if (map.missing.length) { s.fileError = { code: 'missingColumns', columns: map.missing }; return s; }
      columns = map.columns;
      const names = new Map(columns.map((c, i) => [c, cells[i]?.trim() ?? '']));
      headerOf = (c) => names.get(c) || c;
      continue;
    }
    s.counts.read++;
    const rec = recordOf(cells, columns);
    const checked = checkRow(rec, opts.crs, headerOf);
    if (!checked.ok) {
      reject(line, checked.reasons);
      if (checked.reasons.some((r) => MISPLACED.has(r.code))) {
        misplaced++;
        for (const other of CRS_LIST) if (other !== opts.crs && checkRow(rec, other, headerOf).ok) fits.set(other, (fits.get(other) ?? 0) + 1);
      }
    } else if (!inScope(admin, checked.input.countyCode)) {
      reject(line, [{ column: headerOf(rec.countyCode ? 'countyCode' : rec.county ? 'county' : 'lng'), code: 'outOfScope', params: { county: checked.input.countyCode } }]);
    } else if (isRepeat(checked.externalId, checked.input, seenIds, seenNames)) {
      reject(line, [{ column: headerOf(checked.externalId ? 'externalId' : 'name'), code: 'duplicateInFile', params: {} }]);
    } else {
      batch.push({ row: line, externalId: checked.externalId, input: checked.input });
    }
    if (batch.length >= BATCH) await flush();
    else if (line % BATCH === 0) opts.onProgress?.({ read: s.counts.read, checked: s.counts.read - batch.length });
  }
  if (columns === null) s.fileError = { code: 'missingColumns', columns: ['name', 'lng', 'lat'] };
  if (batch.length) await flush();
  s.crsHint = hint(fits, misplaced, s.counts.read);
  return s;
}

// External ids are unique per county; rows without one repeat when their county and name (as sameName compares them) do.
function isRepeat(externalId: string | null, input: Good['input'], ids: Set<string>, names: Set<string>): boolean {
  const key = externalId ? `${input.countyCode}|${externalId}` : `${input.countyCode}|${input.name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()}`;
  const set = externalId ? ids : names;
  if (set.has(key)) return true;
  set.add(key);
  return false;
}

/** When at least 3 rows, and a fifth of the file, are misplaced but fit another system, name it. */
function hint(fits: Map<Crs, number>, misplaced: number, read: number): Crs | null {
  const [best] = [...fits.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 && best[1] >= misplaced / 2 && misplaced >= read / 5 ? best[0] : null;
}

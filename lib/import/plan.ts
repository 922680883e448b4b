import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Verdict } from './classify';
import type { NewStation } from './insert';

// What an apply will write, worked out by the dry run: the new stations (with
// the ids they will get) and, for each station to update, the version the dry
// run saw and its old and new values. Applying writes exactly what the admin
// was shown; a station edited since then no longer has that version and is
// reported, not overwritten. One JSON line per write, on disk, so memory does
// not grow with the file.

/** `column`: the file's header to name when the write cannot be made. */
export type NewWrite = NewStation & { row: number; column: string };
export type UpdateWrite = {
  row: number; column: string; id: string; name: string; countyCode: string; version: number;
  before: Record<string, unknown>; after: Record<string, unknown>;
};
export type Write = { new: NewWrite } | { update: UpdateWrite };

export class PlanWriter {
  #out: WriteStream;
  #dropped = new Set<number>();
  writes = 0;

  constructor(readonly file: string) {
    this.#out = createWriteStream(file, { mode: 0o600 });
  }

  /** Adds a checked batch's new and updated stations; `column` names the row's identifying header. */
  async add(verdicts: Verdict[], column: (v: Verdict) => string): Promise<void> {
    let text = '';
    for (const v of verdicts) {
      const w = writeOf(v, column(v));
      if (!w) continue;
      text += `${JSON.stringify(w)}\n`;
      this.writes++;
    }
    if (text && !this.#out.write(text)) await once(this.#out, 'drain');
  }

  /** Takes back the writes of rows found wrong after their batch was planned (an external id the file repeats later). */
  drop(rows: Iterable<number>): void {
    for (const r of rows) this.#dropped.add(r);
  }

  async close(): Promise<void> {
    if (this.#out.closed) return;
    this.#out.end();
    await once(this.#out, 'close');
    if (this.#dropped.size > 0) await this.#filter();
  }

  async #filter(): Promise<void> {
    const kept = `${this.file}.kept`;
    const out = createWriteStream(kept, { mode: 0o600 });
    this.writes = 0;
    for await (const line of createInterface({ input: createReadStream(this.file), crlfDelay: Infinity })) {
      const w = JSON.parse(line) as Write;
      if (this.#dropped.has('new' in w ? w.new.row : w.update.row)) continue;
      this.writes++;
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    await rename(kept, this.file);
  }

  async remove(): Promise<void> {
    if (!this.#out.closed) this.#out.destroy();
    await Promise.all([this.file, `${this.file}.kept`].map((f) => rm(f, { force: true })));
  }
}

function writeOf(v: Verdict, column: string): Write | null {
  const { row, input, externalId } = v.good;
  if (v.kind === 'new') return { new: { row, column, id: randomUUID(), input, externalId } };
  if (v.kind !== 'updated') return null;
  const { id, name, countyCode, version } = v.station;
  return { update: { row, column, id, name, countyCode, version, before: v.diff.before, after: v.diff.after } };
}

export async function* planBatches(file: string, size: number): AsyncGenerator<Write[]> {
  let batch: Write[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    batch.push(JSON.parse(line) as Write);
    if (batch.length < size) continue;
    yield batch;
    batch = [];
  }
  if (batch.length) yield batch;
}

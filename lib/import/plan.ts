import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { NewStation } from './insert';
import type { Verdict } from './classify';

// What an apply will write, worked out BEFORE its transaction: reading,
// decoding and checking a file is slow work that must not hold a transaction
// (and, on SQLite, the one write connection) open. One JSON line per write,
// on disk, so memory does not grow with the file.

export type Update = { id: string; version: number; after: Record<string, unknown> };
export type Write = { new: NewStation } | { update: Update };

export class Plan {
  readonly file = path.join(os.tmpdir(), `yizhan-import-plan-${randomUUID()}.ndjson`);
  #out: WriteStream = createWriteStream(this.file, { mode: 0o600 });
  writes = 0;

  /** Adds a checked batch's new and updated stations. */
  async add(verdicts: Verdict[]): Promise<void> {
    let text = '';
    for (const v of verdicts) {
      const w: Write | null = v.kind === 'new' ? { new: { input: v.good.input, externalId: v.good.externalId } }
        : v.kind === 'updated' ? { update: { id: v.station.id, version: v.station.version, after: v.diff.after } } : null;
      if (w) text += `${JSON.stringify(w)}\n`;
      if (w) this.writes++;
    }
    if (text && !this.#out.write(text)) await once(this.#out, 'drain');
  }

  async close(): Promise<void> {
    this.#out.end();
    await once(this.#out, 'close');
  }

  async *batches(size: number): AsyncGenerator<Write[]> {
    let batch: Write[] = [];
    for await (const line of createInterface({ input: createReadStream(this.file), crlfDelay: Infinity })) {
      batch.push(JSON.parse(line) as Write);
      if (batch.length >= size) yield batch;
      if (batch.length >= size) batch = [];
    }
    if (batch.length) yield batch;
  }

  async remove(): Promise<void> {
    if (!this.#out.closed) this.#out.destroy();
    await rm(this.file, { force: true });
  }
}

import type { Verdict } from './classify';

// External ids a file repeats. A repeated id is an error on EVERY row that
// carries it, the first one too, whatever else is wrong with them: which of
// the rows is the station is for the admin to say. The first row may already
// be checked, counted and planned when the repeat turns up; `take back` says
// how to undo that.

type State = 'batched' | 'rejected' | 'new' | 'updated' | 'unchanged' | 'repeated';
export type TakeBack = { row: number; was: State };

export class RepeatedIds {
  #first = new Map<string, { row: number; state: State }>();
  #byRow = new Map<number, string>();

  /** Notes the row's id; when an earlier row had it, returns that row (once) for taking back, or true. */
  see(id: string, row: number): TakeBack | boolean {
    const first = this.#first.get(id);
    if (!first) {
      this.#first.set(id, { row, state: 'batched' });
      this.#byRow.set(row, id);
      return false;
    }
    if (first.state === 'repeated') return true;
    const was = first.state;
    first.state = 'repeated';
    return { row: first.row, was };
  }

  /** The first row of its id was refused or judged (a row not seen, or already repeated, is left alone). */
  settle(row: number, state: 'rejected' | Verdict['kind']): void {
    const id = this.#byRow.get(row);
    const first = id === undefined ? undefined : this.#first.get(id);
    if (first && first.row === row && first.state !== 'repeated') first.state = state;
  }
}

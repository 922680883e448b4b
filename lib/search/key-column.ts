import { CONTAINS, EXACT, PREFIX, type Rank } from './text';

// One search key per entry (a folded name, its pinyin or its initials), held as
// a single string "\nkey0\nkey1\n…\n" with the start of each key in a typed
// array: at 200,000 stations that is a few MB, where 200,000 separate strings
// would cost several times more, and String#indexOf scans it in a few ms.

const SEP = '\n';

export class KeyColumn {
  private readonly text: string;
  private readonly starts: Uint32Array;

  constructor(keys: readonly string[]) {
    this.starts = new Uint32Array(keys.length + 1);
    let at = 1;
    keys.forEach((k, i) => {
      this.starts[i] = at;
      at += k.length + 1;
    });
    this.starts[keys.length] = at;
    this.text = SEP + keys.join(SEP) + SEP;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  key(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Which entry the text position `pos` lies in. */
  private entryAt(pos: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** True when some key holds `q` (or starts with it): one scan that spares the ranked ones on a miss. */
  has(q: string, atStart = false): boolean {
    return q !== '' && !q.includes(SEP) && this.text.includes(atStart ? SEP + q : q);
  }

  /**
   * Up to `limit` entries, in entry order, whose key matches `q` at exactly `rank`,
   * skipping those in `skip`. `q` must be folded (it then holds no separator).
   */
  find(q: string, rank: Rank, limit: number, skip: ReadonlySet<number>): number[] {
    const needle = rank === EXACT ? SEP + q + SEP : rank === PREFIX ? SEP + q : q;
    const shift = rank === CONTAINS ? 0 : 1;
    const out: number[] = [];
    let pos = this.text.indexOf(needle);
    while (pos >= 0 && out.length < limit) {
      const i = this.entryAt(pos + shift);
      const end = this.starts[i + 1]! - 1; // the separator after entry i
      const exact = rank === PREFIX && pos + 1 + q.length === end; // found by the EXACT scan
      const prefix = rank === CONTAINS && pos === this.starts[i]; // found by the PREFIX scan
      if (!skip.has(i) && !exact && !prefix) out.push(i);
      pos = this.text.indexOf(needle, end); // on to the next entry
    }
    return out;
  }
}

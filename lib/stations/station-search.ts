import { KeyColumn } from '@/lib/search/key-column';
import { CONTAINS, EXACT, PREFIX, foldText, pinyinKeys, type Rank } from '@/lib/search/text';

// Station names searchable by Chinese, full pinyin and initials. The keys are
// computed once per station when the index is built (pinyin-pro takes ~10 µs a
// name, ~2 s at 200,000), reusing the previous index's keys for names that did
// not change, and in slices that let requests run between them.

const SLICE = 2_000;
const HAN = /\p{Script=Han}/u;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export type StationHit = { i: number; rank: Rank };

export class StationSearch {
  private constructor(
    private readonly names: KeyColumn,
    private readonly full: KeyColumn,
    private readonly initials: KeyColumn,
  ) {}

  /** All at once: for tests and small indexes. */
  static fromNames(names: readonly string[]): StationSearch {
    const folded = names.map(foldText);
    const keys = folded.map((n) => pinyinKeys(n));
    return new StationSearch(new KeyColumn(folded), new KeyColumn(keys.map((k) => k.full)), new KeyColumn(keys.map((k) => k.initials)));
  }

  /** In slices, reusing `previous` where a folded name is unchanged. */
  static async build(names: readonly string[], previous?: StationSearch): Promise<StationSearch> {
    const folded = names.map(foldText);
    const old = previous?.byName();
    const full: string[] = new Array<string>(folded.length);
    const initials: string[] = new Array<string>(folded.length);
    for (let from = 0; from < folded.length; from += SLICE) {
      if (from > 0) await yieldToRequests();
      for (let i = from; i < Math.min(folded.length, from + SLICE); i++) {
        const j = old?.get(folded[i]!);
        const k = j === undefined ? pinyinKeys(folded[i]!) : { full: previous!.full.key(j), initials: previous!.initials.key(j) };
        full[i] = k.full;
        initials[i] = k.initials;
      }
    }
    return new StationSearch(new KeyColumn(folded), new KeyColumn(full), new KeyColumn(initials));
  }

  get size(): number {
    return this.names.size;
  }

  private byName(): Map<string, number> {
    const map = new Map<string, number>();
    for (let i = 0; i < this.size; i++) map.set(this.names.key(i), i);
    return map;
  }

  /** Up to `limit` stations, best rank first, then in index order; `rawQ` is folded here. */
  find(rawQ: string, limit: number): StationHit[] {
    const q = foldText(rawQ);
    // Pinyin keys hold no Chinese characters, so a Chinese query need not scan them (~9 MB at 200,000).
    const latin = !HAN.test(q);
    const columns: KeyColumn[] = [];
    if (this.names.has(q)) columns.push(this.names);
    if (latin && this.full.has(q)) columns.push(this.full);
    if (latin && this.initials.has(q, true)) columns.push(this.initials);
    const found = new Set<number>();
    const hits: StationHit[] = [];
    for (const rank of [EXACT, PREFIX, CONTAINS] as const) {
      const left = limit - hits.length;
      if (left <= 0) break;
      // Initials only count from the start, or "cx" would match half the country.
      const scanned = rank === CONTAINS ? columns.filter((c) => c !== this.initials) : columns;
      const ids = [...new Set(scanned.flatMap((c) => c.find(q, rank, left, found)))].sort((a, b) => a - b).slice(0, left);
      for (const i of ids) {
        found.add(i);
        hits.push({ i, rank });
      }
    }
    return hits;
  }
}

import { kindsOnToday } from './calendar';
import { parseServices } from './stored';
import { ANY_SERVICE, serviceKindMask, type ServiceKind } from './vocab';

// The services column of the in-memory station index (lib/stations/station-index.ts).
// Most stations have none, so a station holds only an index into a table of the
// distinct stored strings (0: none), as the index does for opening hours; each
// string is read once, and "on today" is told per distinct string once a minute.

/** What the API's filters ask of services: any of `kinds` (none: any service), today only or at all. */
export type ServiceFilter = { servicesToday?: boolean; services?: readonly ServiceKind[] };

export class ServiceTable {
  private readonly idx: Uint8Array | Uint16Array | Uint32Array;
  private readonly parsed: ReturnType<typeof parseServices>[];
  /** Per distinct string: the kinds it offers at all. */
  private readonly offered: Uint8Array;
  private todayCache = { minute: -1, kinds: new Uint8Array(0) };

  constructor(stored: readonly (string | null | undefined)[]) {
    const table = new Map<string, number>([['[]', 0]]);
    const ids = stored.map((s) => {
      const key = s && s.trim() !== '' ? s : '[]';
      let i = table.get(key);
      if (i === undefined) table.set(key, (i = table.size));
      return i;
    });
    // The narrowest array that fits: a byte a station while fewer than 256 distinct lists exist.
    const Kind = table.size <= 0xff ? Uint8Array : table.size <= 0xffff ? Uint16Array : Uint32Array;
    this.idx = Kind.from(ids);
    this.parsed = [...table.keys()].map(parseServices);
    this.offered = Uint8Array.from(this.parsed, (list) => serviceKindMask(list.map((s) => s.kind)));
  }

  /** How many distinct lists (none included): the table's size, for tests. */
  get distinct(): number {
    return this.parsed.length;
  }

  /** The kinds on today per distinct list, recomputed once a minute. */
  private today(now: Date): Uint8Array {
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.todayCache.minute !== minute) {
      this.todayCache = { minute, kinds: Uint8Array.from(this.parsed, (list) => (list.length ? kindsOnToday(list, now) : 0)) };
    }
    return this.todayCache.kinds;
  }

  /** A predicate over stations, or null when the filter asks nothing of services. */
  matcher(f: ServiceFilter, now: Date): ((i: number) => boolean) | null {
    const asked = f.services?.length ? serviceKindMask(f.services) : 0;
    if (!f.servicesToday && asked === 0) return null;
    const need = asked || ANY_SERVICE;
    const masks = f.servicesToday ? this.today(now) : this.offered;
    return (i) => (masks[this.idx[i]!]! & need) !== 0;
  }

  /** The part of the index's filter key for services: changes exactly when the matching set can. */
  key(f: ServiceFilter, now: Date): string {
    const asked = f.services?.length ? serviceKindMask(f.services) : 0;
    if (!f.servicesToday) return asked ? String(asked) : '';
    const need = asked || ANY_SERVICE;
    return `${need}@${Array.from(this.today(now), (m) => ((m & need) !== 0 ? 1 : 0)).join('')}`;
  }
}

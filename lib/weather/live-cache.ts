// One value read from the database and kept for a few seconds: the active
// alerts are asked for on every map page and every pan, and change a few times
// a season. Bounded by construction: one value, which the loader itself caps.
// Another instance's new alert shows here within `ttlMs`; this instance's at once (clear()).

export class LiveValue<T> {
  private value: { at: number; data: T } | null = null;
  private loading: Promise<T> | null = null;
  private generation = 0;

  /** `staleMs`: while the database is away, an older value still answers this long. */
  constructor(private readonly ttlMs: number, private readonly load: () => Promise<T>, private readonly staleMs = 60_000) {}

  async get(nowMs: number = Date.now()): Promise<T> {
    if (this.value && nowMs - this.value.at < this.ttlMs) return this.value.data;
    const generation = this.generation;
    // One read for every request waiting on it.
    if (!this.loading) {
      const p: Promise<T> = this.load().finally(() => {
        if (this.loading === p) this.loading = null;
      });
      this.loading = p;
    }
    try {
      const data = await this.loading;
      // A clear() while it loaded wins: that read may predate the write.
      if (generation === this.generation) this.value = { at: nowMs, data };
      return data;
    } catch (error) {
      if (this.value && nowMs - this.value.at < this.staleMs) return this.value.data;
      throw error;
    }
  }

  clear(): void {
    this.value = null;
    this.loading = null;
    this.generation++;
  }
}

// The read cache's memory: answers kept as ready bytes, least recently used first out, within a byte
// budget (INO_READ_CACHE_BYTES). It knows nothing of versions or the clock: its keys carry those
// (src/http/cached-reads.ts), so an answer made stale is simply never asked for again and ages out.

/** What an entry costs beyond its bytes: the key, the headers, the map's bookkeeping. */
const ENTRY_OVERHEAD = 512;

export interface Sized {
  /** Bytes the entry holds (its body and any compressed copies); it may grow after it is stored. */
  readonly bytes: number;
}

export class ReadCache<Entry extends Sized> {
  readonly #budget: number;
  readonly #entries = new Map<string, { entry: Entry; cost: number }>();
  #used = 0;

  constructor(budgetBytes: number) {
    this.#budget = budgetBytes;
  }

  get(key: string): Entry | undefined {
    const found = this.#entries.get(key);
    if (!found) return undefined;
    // Re-inserting keeps the map in order of use: the first entry is the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, found);
    return found.entry;
  }

  /** Keeps `entry` under `key`, dropping the least recently used ones to stay within the budget. */
  set(key: string, entry: Entry): void {
    this.delete(key);
    const cost = this.#cost(key, entry);
    if (cost > this.#budget) return;
    this.#entries.set(key, { entry, cost });
    this.#used += cost;
    this.#evict();
  }

  /** Counts what an entry grew by since it was stored (a compressed copy made on first demand). */
  resize(key: string): void {
    const found = this.#entries.get(key);
    if (!found) return;
    const cost = this.#cost(key, found.entry);
    this.#used += cost - found.cost;
    found.cost = cost;
    this.#evict();
  }

  delete(key: string): void {
    const found = this.#entries.get(key);
    if (!found) return;
    this.#entries.delete(key);
    this.#used -= found.cost;
  }

  clear(): void {
    this.#entries.clear();
    this.#used = 0;
  }

  get usedBytes(): number {
    return this.#used;
  }

  get size(): number {
    return this.#entries.size;
  }

  #cost(key: string, entry: Entry): number {
    return entry.bytes + key.length * 2 + ENTRY_OVERHEAD;
  }

  #evict(): void {
    for (const [key] of this.#entries) {
      if (this.#used <= this.#budget) break;
      this.delete(key);
    }
  }
}

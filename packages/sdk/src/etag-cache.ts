/** A response body kept with its ETag, so that a 304 answer can be served from it. */
export interface CachedBody {
  etag: string;
  body: unknown;
}

/** A small least-recently-used map from URL to the last good body and its ETag. */
export class EtagCache {
  readonly #entries = new Map<string, CachedBody>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(url: string): CachedBody | undefined {
    const entry = this.#entries.get(url);
    if (entry) {
      this.#entries.delete(url);
      this.#entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, entry: CachedBody): void {
    if (this.#capacity <= 0) return;
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

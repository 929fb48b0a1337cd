/**
 * A map of at most 2 x `limit` entries that keeps the entries in use: new entries go into the
 * current generation; when it holds `limit`, it becomes the previous one (the older previous
 * generation is dropped), and an entry found in the previous generation moves back into the
 * current one. Emptying a single map at its limit would drop the frequent entries too (the
 * function words of every sentence), and a long-running server must not grow without bound.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }

  /** Entries held (both generations; an entry moved back may be counted twice). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}

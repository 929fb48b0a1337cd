/** Where the key functions (features.ts) append a token's feature keys: a `number[]` or a KeyList. */
export interface KeyOut {
  push(key: number): unknown;
}

/**
 * A token's feature keys (32-bit, as features.ts makes them) for the tagger's cached passes and
 * `addSums`: emptied with `clear`, keeping its storage. A `number[]` emptied with `length = 0`
 * gives its storage back to V8, so every token's keys allocated it again as they were pushed.
 */
export class KeyList implements KeyOut {
  data = new Uint32Array(64);
  length = 0;

  push(key: number): void {
    if (this.length === this.data.length) {
      const data = new Uint32Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.length++] = key;
  }

  clear(): void {
    this.length = 0;
  }
}

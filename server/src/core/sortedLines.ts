/**
 * Binary search over the UTF-8 bytes of a model file whose lines are sorted by their first field
 * (the text before the first TAB, or the whole line) in byte order, which for UTF-8 is code point
 * order. Model files (gazetteer, places, first names) are searched this way in the bytes read from
 * disk: loading them builds no index and decodes no text (decoding a megabyte of accented names
 * into a string costs V8 about 10 ms), which keeps the language server's start fast. Only the
 * lines found are decoded.
 *
 * Lines starting with `#` before the first sorted line are the header (sources, licences).
 */
export class SortedLines {
  readonly bytes: Buffer;
  /** Byte offset of the first sorted line. */
  readonly from: number;

  /** `header`: whether leading `#` lines are a header (else every line is sorted data). */
  constructor(bytes: Buffer, header = true) {
    this.bytes = bytes;
    let pos = 0;
    while (header && pos < bytes.length && bytes[pos] === 35 /* # */) pos = this.lineEnd(pos) + 1;
    this.from = Math.min(pos, bytes.length);
  }

  static fromText(text: string): SortedLines {
    return new SortedLines(Buffer.from(text, 'utf8'));
  }

  /** The `#` header lines, without their line breaks. */
  headerLines(): string[] {
    return this.from === 0 ? [] : this.decode(0, this.from - 1).split('\n');
  }

  /** Offset of the `\n` ending the line that starts at `at`, or the length for the last line. */
  lineEnd(at: number): number {
    return nextByte(this.bytes, 10, at);
  }

  /** End of the first field of the line starting at `at` (its TAB, or the line's end). */
  fieldEnd(at: number, end = this.lineEnd(at)): number {
    const bytes = this.bytes;
    let i = at;
    while (i < end && bytes[i] !== 9) i++;
    return i;
  }

  /** Text of bytes [start, end). */
  decode(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }

  /** The fields of the line starting at `at` (split on TAB). */
  fields(at: number): string[] {
    return this.decode(at, this.lineEnd(at)).split('\t');
  }

  /** Start of the line whose first field is `key`, or -1. */
  find(key: string): number {
    const k = keyBytes(key);
    const at = this.lowerBoundBytes(k);
    const bytes = this.bytes;
    const n = k.length;
    if (!this.startsWith(at, k)) return -1;
    const after = at + n < bytes.length ? bytes[at + n] : 10;
    return after === 9 || after === 10 ? at : -1;
  }

  /**
   * Start of the first sorted line whose first field is not below `key` (where `key` is or would
   * be), or the length of the bytes when every field is below it.
   */
  lowerBound(key: string): number {
    return this.lowerBoundBytes(keyBytes(key));
  }

  /**
   * `lowerBound` of a key given as its UTF-8 bytes. Each step looks at the first line starting
   * at or after the middle of the range, and compares bytes only up to the first difference
   * (this runs for every new word of the first analysis, before the JIT has warmed up).
   */
  lowerBoundBytes(k: Uint8Array): number {
    const bytes = this.bytes;
    const len = bytes.length;
    const n = k.length;
    let lo = this.from;
    let hi = len;
    // lo and hi are line starts (or the end); the answer lies in [lo, hi].
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let s = mid === lo ? lo : nextByte(bytes, 10, mid - 1) + 1;
      if (s >= hi) s = lo;
      // c: the sign of (the line's first field - k).
      let c = 0;
      let i = 0;
      for (; ; i++) {
        const b = s + i < len ? bytes[s + i] : 10;
        const over = b === 9 || b === 10;
        if (i === n) {
          c = over ? 0 : 1;
          break;
        }
        if (over) {
          c = -1;
          break;
        }
        c = b - k[i];
        if (c !== 0) break;
      }
      if (c < 0) lo = nextByte(bytes, 10, s + i) + 1;
      else hi = s;
    }
    return lo < len ? lo : len;
  }

  /** True when the bytes at `at` start with `prefix` (from `keyBytes`). */
  startsWith(at: number, prefix: Uint8Array): boolean {
    const bytes = this.bytes;
    if (at + prefix.length > bytes.length) return false;
    for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
    return true;
  }
}

/** Uint8Array's own indexOf: Buffer's is a JavaScript wrapper, slow until the JIT warms up. */
const U8_INDEX_OF = Uint8Array.prototype.indexOf;

/** Offset of the first byte `b` at or after `from`, or the length. */
function nextByte(bytes: Uint8Array, b: number, from: number): number {
  const i = U8_INDEX_OF.call(bytes, b, from);
  return i < 0 ? bytes.length : i;
}

/** UTF-8 bytes of a key (ASCII keys without a trip through Buffer). */
export function keyBytes(key: string): Uint8Array {
  const n = key.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return Buffer.from(key, 'utf8');
    out[i] = c;
  }
  return out;
}

/** Byte order of the UTF-8 forms (code point order): the order of model-file lines. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

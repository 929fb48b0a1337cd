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
    while (header && pos < bytes.length && bytes[pos] === 35 /* # */) {
      const nl = bytes.indexOf(10, pos);
      if (nl < 0) {
        pos = bytes.length;
        break;
      }
      pos = nl + 1;
    }
    this.from = pos;
  }

  static fromText(text: string): SortedLines {
    return new SortedLines(Buffer.from(text, 'utf8'));
  }

  /** The `#` header lines, without their line breaks. */
  headerLines(): string[] {
    return this.from === 0 ? [] : this.decode(0, this.from - 1).split('\n');
  }

  /** Offset just after the last byte of the line starting at `at` (its `\n`, or the end). */
  lineEnd(at: number): number {
    const nl = this.bytes.indexOf(10, at);
    return nl < 0 ? this.bytes.length : nl;
  }

  /** End of the first field of the line starting at `at`. */
  fieldEnd(at: number, end = this.lineEnd(at)): number {
    const tab = this.bytes.indexOf(9, at);
    return tab < 0 || tab > end ? end : tab;
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
    if (at >= this.bytes.length) return -1;
    return this.fieldEnd(at) - at === k.length && this.startsWith(at, k) ? at : -1;
  }

  /**
   * Start of the first sorted line whose first field is not below `key` (where `key` is or would
   * be), or the length of the bytes when every field is below it.
   */
  lowerBound(key: string): number {
    return this.lowerBoundBytes(keyBytes(key));
  }

  /** `lowerBound` of a key given as its UTF-8 bytes. */
  lowerBoundBytes(k: Uint8Array): number {
    const bytes = this.bytes;
    const n = k.length;
    let lo = this.from;
    let hi = bytes.length;
    // lo and hi are line starts; the line holding `mid` lies within [lo, hi).
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let s = mid === 0 ? 0 : bytes.lastIndexOf(10, mid - 1) + 1;
      if (s < lo) s = lo;
      const end = this.lineEnd(s);
      const m = this.fieldEnd(s, end) - s;
      const l = n < m ? n : m;
      let c = 0;
      for (let i = 0; i < l; i++) {
        c = bytes[s + i] - k[i];
        if (c !== 0) break;
      }
      if (c === 0) c = m - n;
      if (c < 0) lo = end + 1;
      else hi = s;
    }
    return lo < bytes.length ? lo : bytes.length;
  }

  /** True when the bytes at `at` start with `prefix` (from `keyBytes`). */
  startsWith(at: number, prefix: Uint8Array): boolean {
    const bytes = this.bytes;
    if (at + prefix.length > bytes.length) return false;
    for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
    return true;
  }
}

/** UTF-8 bytes of a key. */
export function keyBytes(key: string): Uint8Array {
  return Buffer.from(key, 'utf8');
}

/** Byte order of the UTF-8 forms (code point order): the order of model-file lines. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

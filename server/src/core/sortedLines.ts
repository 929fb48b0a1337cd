/**
 * Binary search over the lines of a text sorted by their first field (the text before the first
 * TAB, or the whole line), in UTF-16 code unit order. Model files (gazetteer, places, first names)
 * are read this way straight from the file's text: loading them builds no index at all, which
 * keeps the language server's start fast.
 *
 * `from` is the offset of the first sorted line (after any header). Returns the start offset of
 * the line whose first field equals `key`, or -1.
 */
export function findSortedLine(text: string, from: number, key: string): number {
  const n = key.length;
  let lo = from;
  let hi = text.length;
  // lo and hi are line starts; the line holding `mid` lies within [lo, hi).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let s = text.lastIndexOf('\n', mid - 1) + 1;
    if (s < lo) s = lo;
    let end = text.indexOf('\n', s);
    if (end < 0) end = text.length;
    let tab = text.indexOf('\t', s);
    if (tab < 0 || tab > end) tab = end;
    const m = tab - s;
    const l = n < m ? n : m;
    let c = 0;
    for (let i = 0; i < l; i++) {
      c = key.charCodeAt(i) - text.charCodeAt(s + i);
      if (c !== 0) break;
    }
    if (c === 0) c = n - m;
    if (c === 0) return s;
    if (c < 0) hi = s;
    else lo = end + 1;
  }
  return -1;
}

/**
 * Start offset of the first sorted line (from `from`) whose first field is not below `key`, or
 * `text.length` when every field is below it: where `key` is or would be.
 */
export function lowerBoundLine(text: string, from: number, key: string): number {
  const n = key.length;
  let lo = from;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let s = text.lastIndexOf('\n', mid - 1) + 1;
    if (s < lo) s = lo;
    let end = text.indexOf('\n', s);
    if (end < 0) end = text.length;
    let tab = text.indexOf('\t', s);
    if (tab < 0 || tab > end) tab = end;
    const m = tab - s;
    const l = n < m ? n : m;
    let c = 0;
    for (let i = 0; i < l; i++) {
      c = text.charCodeAt(s + i) - key.charCodeAt(i);
      if (c !== 0) break;
    }
    if (c === 0) c = m - n;
    if (c < 0) lo = end + 1;
    else hi = s;
  }
  return lo < text.length ? lo : text.length;
}

/** The fields of the line starting at `start` (split on TAB). */
export function lineFields(text: string, start: number): string[] {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return text.slice(start, end).split('\t');
}

/** Offset of the first line that does not start with `#` (header lines). */
export function afterHeader(text: string): number {
  let pos = 0;
  while (pos < text.length && text.charCodeAt(pos) === 35 /* # */) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return text.length;
    pos = nl + 1;
  }
  return pos;
}

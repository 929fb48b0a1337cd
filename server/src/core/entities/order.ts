import type { Mention } from '../article';

/**
 * Mention lists in document order. The layer's lists are nearly always in order already (the
 * tagger's mentions come sentence by sentence): checking costs one pass, sorting with a comparator
 * call per comparison cost more. Both answer as a stable sort by start would.
 */

/** True when the starts never decrease. */
export function inStartOrder(list: Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].start > list[i].start) return false;
  return true;
}

/** A copy of `list` stably sorted by start. */
export function sortedCopyByStart(list: Mention[]): Mention[] {
  return inStartOrder(list) ? list.slice() : [...list].sort((a, b) => a.start - b.start);
}

/** `[...a, ...b]` stably sorted by start: merged when both are in order (ties: `a` first). */
export function mergeByStart(a: Mention[], b: Mention[]): Mention[] {
  if (!inStartOrder(a) || !inStartOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Mention[] = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && b[j].start < m.start) out.push(b[j++]);
    out.push(m);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}

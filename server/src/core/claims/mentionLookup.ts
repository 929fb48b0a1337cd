import type { Mention } from '../article';
import { partitionPoint } from '../search';

/**
 * Position lookups over the article's mentions, which the pipeline keeps sorted by start.
 * A binary search replaces a scan of every mention per source phrase, which made long
 * articles quadratic (a 1 MB article has ~25,000 mentions).
 */
const sortedCache = new WeakMap<readonly Mention[], readonly Mention[]>();

/** Names are short: a mention covering an offset starts at most this far before it. */
const MAX_NAME = 300;

function sorted(mentions: readonly Mention[]): readonly Mention[] {
  let s = sortedCache.get(mentions);
  if (s === undefined) {
    let ok = true;
    for (let i = 1; i < mentions.length && ok; i++) ok = mentions[i - 1].start <= mentions[i].start;
    s = ok ? mentions : [...mentions].sort((a, b) => a.start - b.start);
    sortedCache.set(mentions, s);
  }
  return s;
}

/** Index of the first mention whose start is >= `offset`. */
function lowerBound(list: readonly Mention[], offset: number): number {
  return partitionPoint(list.length, (i) => list[i].start < offset);
}

/** Mentions lying wholly inside [start, end), in document order. */
export function mentionsWithin(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const list = sorted(mentions);
  const out: Mention[] = [];
  for (let i = lowerBound(list, start); i < list.length && list[i].start < end; i++) {
    if (list[i].end <= end) out.push(list[i]);
  }
  return out;
}

/** Every mention that covers [start, end). */
export function mentionsCovering(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const list = sorted(mentions);
  const out: Mention[] = [];
  for (let i = lowerBound(list, Math.max(0, start - MAX_NAME)); i < list.length && list[i].start <= start; i++) {
    if (list[i].end >= end) out.push(list[i]);
  }
  return out;
}

/** The first mention (document order) that covers [start, end), if any. */
export function mentionCovering(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  return mentionsCovering(mentions, start, end)[0];
}

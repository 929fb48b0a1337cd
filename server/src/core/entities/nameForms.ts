/** Small string helpers for entity names: word counts, the fullest form, id slugs. */
import { isSpace } from './chars';
import type { Mention } from '../article';
import { StringMemo } from '../memo';
import { bareName } from './titles';

/** The fullest form: most words, then longest; among equals the most frequent, then the first. */
export function fullest(names: string[]): string {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  let best = names[0];
  for (const n of count.keys()) {
    const d = words(n) - words(best) || n.length - best.length || (count.get(n) ?? 0) - (count.get(best) ?? 0);
    if (d > 0) best = n;
  }
  return best;
}

/** `s.split(/\s+/).length`, without the array: one more than the runs of spaces. */
export function words(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) n++;
  }
  return n;
}

const slugs = new StringMemo(
  (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'entity',
);

/** An entity id's name part; memoized (canonical names repeat from one analysis to the next). */
export function slug(s: string): string {
  return slugs.get(s);
}

const names = [new StringMemo((text) => bareName(text, false).replace(/\s+/g, ' ')), new StringMemo((text) => bareName(text, true).replace(/\s+/g, ' '))];

/**
 * The name part of a mention: no title, no possessive, no leading `the`, spaces collapsed.
 * Memoized by text (and whether it is a person's): clustering asks for it many times per mention.
 */
export function nameOf(m: Pick<Mention, 'text' | 'type'>): string {
  return names[m.type === 'person' ? 1 : 0].get(m.text);
}

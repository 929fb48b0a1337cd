import type { Article, Entity, Mention, NumberMention, Span } from '../core/model';
import { splitTitle, stripPossessive } from '../core/entities/titles';
import { partitionPoint } from '../core/search';

/**
 * Lookup structures the navigation features share, built once per analyzed article (the
 * cache hands out one Article object per document version, so a WeakMap keyed by it is a
 * per-version cache): mention starts sorted for binary search, and each entity's defining mention.
 * No LSP types here: offsets in, offsets out.
 */
interface Lookup {
  /** Mention indexes sorted by start. */
  order: Int32Array;
  starts: Int32Array;
  numberStarts: Int32Array;
  /** Per entity, the index of its defining mention (see definitionMention). */
  definitions: Int32Array;
}

const lookups = new WeakMap<Article, Lookup>();

function lookupFor(article: Article): Lookup {
  let l = lookups.get(article);
  if (l) return l;
  const order = Int32Array.from(article.mentions.keys()).sort((a, b) => article.mentions[a].start - article.mentions[b].start);
  const starts = order.map((i) => article.mentions[i].start);
  const numberStarts = Int32Array.from(article.numbers, (n) => n.start);
  const definitions = Int32Array.from(article.entities, (e) => findDefinition(article, e));
  l = { order, starts, numberStarts, definitions };
  lookups.set(article, l);
  return l;
}

/** Index of the last element of a sorted array that is <= value, or -1. */
function lastAtOrBefore(sorted: Int32Array, value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] <= value) - 1;
}

/**
 * The mention under a cursor at `offset` (a cursor right after the last letter counts, as in
 * VS Code's word-at-position). The innermost mention wins when spans touch or nest.
 */
export function mentionIndexAt(article: Article, offset: number): number {
  const { order, starts } = lookupFor(article);
  let best = -1;
  // Walk back over the few mentions that start at or before the offset and may still contain it.
  const last = lastAtOrBefore(starts, offset);
  for (let k = last; k >= 0 && k >= last - 8; k--) {
    const m = article.mentions[order[k]];
    if (offset <= m.end && (best < 0 || m.end - m.start < article.mentions[best].end - article.mentions[best].start)) best = order[k];
  }
  return best;
}

/** The entity mention under the cursor, with its entity; undefined on plain text or an unclustered mention. */
export function entityAt(article: Article, offset: number): { mention: Mention; index: number; entity: Entity; entityIndex: number } | undefined {
  const index = mentionIndexAt(article, offset);
  if (index < 0) return undefined;
  const mention = article.mentions[index];
  const entity = article.entities[mention.entity];
  return entity ? { mention, index, entity, entityIndex: mention.entity } : undefined;
}

export function numberAt(article: Article, offset: number): NumberMention | undefined {
  const { numberStarts } = lookupFor(article);
  const k = lastAtOrBefore(numberStarts, offset);
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    const n = article.numbers[j];
    if (offset <= n.end) return n;
  }
  return undefined;
}

/** A pronoun standing for a person (`He`, `she`): navigable, never renamed or coloured. */
export function isPronoun(mention: Mention): boolean {
  return /^(?:he|she|him|her|his|they|them)$/i.test(mention.text.trim());
}

/**
 * The entity's definition: its first full mention, i.e. the first whose name is the canonical
 * name (`Volodymyr Zelenskiy`, even after a headline `Zelenskiy`), else its first mention.
 */
export function definitionMention(article: Article, entityIndex: number): number {
  return lookupFor(article).definitions[entityIndex] ?? -1;
}

function findDefinition(article: Article, entity: Entity): number {
  for (const i of entity.mentions) {
    const m = article.mentions[i];
    const span = nameSpan(article, m);
    if (article.text.slice(span.start, span.end).replace(/\s+/g, ' ') === entity.name) return i;
  }
  return entity.mentions[0] ?? -1;
}

/**
 * The name inside a mention: no leading `the`, no title (`General`, `US President-elect`) on a
 * person, no possessive `'s` / `’`. This is the range rename replaces.
 */
export function nameSpan(article: Article, mention: Mention): Span {
  const text = article.text.slice(mention.start, mention.end);
  let start = mention.start;
  let end = mention.end;
  const the = /^the\s+/i.exec(text);
  if (the && text.length > the[0].length) start += the[0].length;
  if (mention.type === 'person') start += splitTitle(article.text.slice(start, end)).offset;
  const bare = stripPossessive(article.text.slice(start, end));
  end = start + bare.length;
  return end > start ? { start, end } : { start: mention.start, end: mention.end };
}

/** The spelling of a mention as rename and the workspace index see it (name span, spaces folded). */
export function spellingOf(article: Article, mention: Mention): string {
  const s = nameSpan(article, mention);
  return article.text.slice(s.start, s.end).replace(/\s+/g, ' ');
}

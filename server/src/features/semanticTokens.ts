import type { Article, EntityType, NumberType } from '../core/article';
import { definitionMention, isPronoun } from './entityLookup';

/**
 * Semantic tokens: entity mentions coloured by type, numbers by kind, on top of the TextMate
 * grammar. The token types are contributed in package.json (`semanticTokenTypes`, with a
 * TextMate scope fallback and default colours), so they must stay in step with this legend
 * (tests/unit/invariants.test.ts checks it).
 */
export const ENTITY_TOKEN: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  group: 'group',
  other: 'otherName',
};

export const NUMBER_TOKEN: Record<NumberType, string> = {
  cardinal: 'cardinal',
  money: 'money',
  percent: 'percent',
  quantity: 'quantity',
  date: 'date',
  time: 'time',
  duration: 'duration',
  ordinal: 'ordinal',
  age: 'age',
};

export const TOKEN_TYPES = [...new Set([...Object.values(ENTITY_TOKEN), ...Object.values(NUMBER_TOKEN)])];
/** `declaration` marks an entity's defining mention (its first full mention). */
export const TOKEN_MODIFIERS = ['declaration'];

const TYPE_INDEX = new Map(TOKEN_TYPES.map((t, i) => [t, i]));

/** A token in string offsets: `type` indexes TOKEN_TYPES, `modifiers` is a bit set over TOKEN_MODIFIERS. */
export interface SemanticToken {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** Tokens by analyzed article (one per document version), sorted, non-overlapping. */
const tokenCache = new WeakMap<Article, SemanticToken[]>();

/** Entities and numbers as tokens. Where a number and a name overlap the number wins; pronouns are not coloured. */
export function articleTokens(article: Article): SemanticToken[] {
  const cached = tokenCache.get(article);
  if (cached) return cached;
  const all: (SemanticToken & { rank: number })[] = [];
  for (const n of article.numbers) all.push({ start: n.start, end: n.end, type: TYPE_INDEX.get(NUMBER_TOKEN[n.type]) ?? 0, modifiers: 0, rank: 0 });
  const definitions = new Set(article.entities.map((_, i) => definitionMention(article, i)));
  article.mentions.forEach((m, i) => {
    if (m.entity < 0 || isPronoun(m)) return;
    all.push({ start: m.start, end: m.end, type: TYPE_INDEX.get(ENTITY_TOKEN[m.type]) ?? 0, modifiers: definitions.has(i) ? 1 : 0, rank: 1 });
  });
  all.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end);
  const tokens: SemanticToken[] = [];
  for (const t of all) {
    if (t.end <= t.start) continue;
    const prev = tokens[tokens.length - 1];
    // Overlap: the earlier token stays; at the same start the number sorts first and stays.
    if (prev && t.start < prev.end) continue;
    tokens.push({ start: t.start, end: t.end, type: t.type, modifiers: t.modifiers });
  }
  tokenCache.set(article, tokens);
  return tokens;
}

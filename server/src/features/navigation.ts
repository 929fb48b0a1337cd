import type { Article, Span } from '../core/article';
import { definitionMention, entityAt } from './entityLookup';

/**
 * Go to definition, find references and document highlights over the entities of one article:
 * offsets in, mention spans out. An entity's definition is its first full mention
 * (entityLookup.ts, `definitionMention`).
 */

/** From the mention under the cursor (`origin`) to its entity's defining mention (`target`). */
export function definitionAt(article: Article, offset: number): { origin: Span; target: Span } | undefined {
  const at = entityAt(article, offset);
  if (!at) return undefined;
  const def = article.mentions[definitionMention(article, at.entityIndex)];
  if (!def) return undefined;
  return { origin: { start: at.mention.start, end: at.mention.end }, target: { start: def.start, end: def.end } };
}

/** Every mention of the entity under the cursor, in document order; without the defining one unless `includeDeclaration`. */
export function referencesAt(article: Article, offset: number, includeDeclaration: boolean): Span[] {
  const at = entityAt(article, offset);
  if (!at) return [];
  const def = definitionMention(article, at.entityIndex);
  return at.entity.mentions
    .filter((i) => includeDeclaration || i !== def)
    .map((i) => article.mentions[i])
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ start: m.start, end: m.end }));
}

/** Every mention of the entity under the cursor (entity order); the defining mention is marked. */
export function highlightsAt(article: Article, offset: number): (Span & { isDefinition: boolean })[] {
  const at = entityAt(article, offset);
  if (!at) return [];
  const def = definitionMention(article, at.entityIndex);
  return at.entity.mentions.map((i) => {
    const m = article.mentions[i];
    return { start: m.start, end: m.end, isDefinition: i === def };
  });
}

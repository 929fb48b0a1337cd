import type { Article, Entity, Mention, NumberMention } from './model';
import { describeQuotation } from './claims/describe';
import { describeNumberInArticle } from './numbers/hover';

/**
 * What Newsmark says about the thing at an offset: an entity mention, a number or a
 * quotation. Markdown lines, shared by the hover and the article report.
 */
export interface Description {
  start: number;
  end: number;
  lines: string[];
}

const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  group: 'Group (nationality)',
  other: 'Name',
};

export function describeAt(article: Article, offset: number, lineOf: (offset: number) => number): Description | undefined {
  const mention = findAt(article.mentions, offset);
  if (mention) return { start: mention.start, end: mention.end, lines: describeEntity(article, mention, lineOf) };
  const number = findAt(article.numbers, offset);
  if (number) return { start: number.start, end: number.end, lines: describeNumberInArticle(article, number) };
  const quote = findAt(article.quotations, offset);
  if (quote) return { start: quote.start, end: quote.end, lines: describeQuotation(article, quote) };
  return undefined;
}

function findAt<T extends { start: number; end: number }>(items: T[], offset: number): T | undefined {
  // Items are sorted by start; the innermost match wins for nested spans.
  let best: T | undefined;
  for (const item of items) {
    if (item.start > offset) break;
    if (offset <= item.end && (!best || item.end - item.start <= best.end - best.start)) best = item;
  }
  return best;
}

export function describeEntity(article: Article, mention: Mention, lineOf: (offset: number) => number): string[] {
  const entity = article.entities[mention.entity];
  if (!entity) return [`**${mention.text}** · ${TYPE_LABEL[mention.type]}`];
  const lines = [`**${entity.name}** · ${TYPE_LABEL[entity.type]}`];
  if (entity.roles.length) lines.push(`Roles: ${entity.roles.join('; ')}`);
  if (entity.facts.length) lines.push(`Facts: ${entity.facts.join('; ')}`);
  const first = article.mentions[entity.mentions[0]];
  const counts = [`${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`];
  if (entity.quoteCount) counts.push(`quoted ${entity.quoteCount} time${entity.quoteCount === 1 ? '' : 's'}`);
  if (entity.attributionCount)
    counts.push(`source of ${entity.attributionCount} attribution${entity.attributionCount === 1 ? '' : 's'}`);
  lines.push(`${counts.join(' · ')} · first mention: line ${lineOf(first.start)}`);
  return lines;
}

export function describeNumberMention(n: NumberMention): string[] {
  const lines = [`**${n.text}** · ${n.type}`, `Value: ${n.value.display}`];
  if (n.counted) lines.push(`Counts: ${n.counted.text}`);
  return lines;
}

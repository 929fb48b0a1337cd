import type { Article, NumberMention } from '../core/article';
import { describeEntity } from './entityHover';
import { describeQuotation } from './quotationHover';
import { describeNumberInArticle } from './numberHover';
import { partitionPoint } from '../core/search';

/**
 * What Newsmark says about the thing at an offset: an entity mention, a number or a
 * quotation. Markdown lines, shared by the hover and the article report.
 */
export interface Description {
  start: number;
  end: number;
  lines: string[];
}

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
  // Items are sorted by start: binary search for the last one starting at or before the offset,
  // then look back over the few that may still contain it. The innermost match wins for nested spans.
  const lo = partitionPoint(items.length, (i) => items[i].start <= offset);
  let best: T | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) {
    const item = items[i];
    if (offset <= item.end && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}

export { describeEntity } from './entityHover';

export function describeNumberMention(n: NumberMention): string[] {
  const lines = [`**${n.text}** · ${n.type}`, `Value: ${n.value.display}`];
  if (n.counted) lines.push(`Counts: ${n.counted.text}`);
  return lines;
}

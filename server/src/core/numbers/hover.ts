/**
 * The hover on a number in an article: `describeNumber` (type, normalized value, conversion,
 * resolved date, counted thing) plus what only the whole article knows: the article date a
 * relative date was resolved against, and whether the sentence holding the number is sourced
 * and by whom (from the claims layer: Article.claims and Article.attributions).
 */
import type { Article, Attribution, NumberMention } from '../model';
import { describeNumber } from './describe';

const ORIGIN: Record<NonNullable<Article['articleDate']>['origin'], string> = {
  setting: 'the newsmark.articleDate setting',
  'front-matter': 'front matter `date:`',
  dateline: 'the dateline',
};

export function describeNumberInArticle(article: Article, n: NumberMention): string[] {
  const lines = describeNumber(n);
  if (n.type === 'date' || (n.type === 'time' && n.value.date)) {
    const ad = article.articleDate;
    if (ad && !/\b\d{4}\b/.test(n.text)) {
      lines.push(`Article date: ${ad.date} (from ${ORIGIN[ad.origin]}${ad.yearInferred ? ', year inferred' : ''})`);
    }
  }
  lines.push(sourcingLine(article, n));
  return lines;
}

/** `Sourced: Ukraine's military (said)`, `Unsourced statistic: ...`, or the sentence's own sourcing. */
export function sourcingLine(article: Article, n: NumberMention): string {
  const claim = article.claims.find((c) => c.kind === 'statistic' && c.start <= n.start && n.end <= c.end);
  if (claim) {
    const a = claim.attribution >= 0 ? article.attributions[claim.attribution] : undefined;
    return a ? `Sourced: ${who(article, a)}` : 'Sourced: no (an unsourced statistic: nobody in the text is credited with it)';
  }
  const quote = article.quotations.find((q) => q.start <= n.start && n.end <= q.end);
  if (quote) {
    const a = quote.attribution >= 0 ? article.attributions[quote.attribution] : undefined;
    return a ? `Sourced: inside a quotation from ${who(article, a)}` : 'Sourced: no (inside a quotation nobody is credited with)';
  }
  const own = article.attributions.find((a) => a.sentence === n.sentence);
  if (own) return `Sourced: the sentence credits ${who(article, own)}`;
  return 'Sourced: the sentence names no source';
}

/** The source as a hover shows it: canonical entity name or the source phrase, verb, and vague sources flagged. */
function who(article: Article, a: Attribution): string {
  const entity = a.entity >= 0 ? article.entities[a.entity] : undefined;
  const name = (entity ? entity.name : a.source.text).replace(/\s+/g, ' ').trim();
  const verb = a.verb.text.replace(/\s+/g, ' ').trim();
  const via = a.via === 'carry-over' ? ', carried over from an earlier sentence' : a.via === 'pronoun' ? `, "${a.source.text}"` : '';
  return `${name}${verb && a.via !== 'citation' ? ` (${verb}${via})` : via ? ` (${via.slice(2)})` : ''}${a.quality === 'vague' ? ' · vague source' : ''}`;
}

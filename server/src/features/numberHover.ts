/**
 * The hover on a number in an article: `describeNumber` (type, normalized value, conversion,
 * resolved date, counted thing) plus what only the whole article knows: the article date a
 * relative date was resolved against, and whether the sentence holding the number is sourced
 * and by whom (from the claims layer: Article.claims and Article.attributions).
 */
import type { Article, Attribution, NumberMention, NumberType, NumberValue } from '../core/article';
import { roundForDisplay } from '../core/numbers/describe';
import { convert, unitBySymbol } from '../core/numbers/units';
import { MONTH_NAMES, WEEKDAY_NAMES, parseIso, weekday } from '../core/numbers/dates';

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

const QUALIFIER_WORDS: Record<NonNullable<NumberValue['qualifier']>, string> = {
  '>': 'more than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'up to',
  '~': 'approximately',
  '<~': 'nearly',
};

const TYPE_LABEL: Record<NumberType, string> = {
  cardinal: 'Cardinal number',
  percent: 'Percentage',
  money: 'Money',
  quantity: 'Quantity',
  date: 'Date',
  time: 'Time',
  duration: 'Duration',
  ordinal: 'Ordinal',
  age: 'Age',
};

/** A date value in words: `Saturday 23 November 2024`, `February 2022`. */
function dateInWords(iso: string): string | undefined {
  const day = parseIso(iso);
  if (day) return `${WEEKDAY_NAMES[weekday(day)]} ${day.d} ${MONTH_NAMES[day.m]} ${day.y}`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return `${MONTH_NAMES[Number(month[2])]} ${month[1]}`;
  return undefined;
}

/** Markdown lines for the hover on a number. The sourcing line is added by the caller. */
export function describeNumber(n: NumberMention): string[] {
  const v = n.value;
  const lines: string[] = [];
  const kind = n.type === 'cardinal' && n.counted ? 'Cardinal number (count)' : TYPE_LABEL[n.type];
  lines.push(`**${kind}**${v.vague ? ' (vague)' : ''}: \`${n.text}\``);
  lines.push(`Value: ${v.display}`);
  if (v.qualifier) lines.push(`Qualifier: ${QUALIFIER_WORDS[v.qualifier]} (kept in the value)`);
  if (n.type === 'money' && v.currency) lines.push(`Currency: ${v.currency} (ISO 4217)`);
  if (n.type === 'quantity' && v.unit) {
    const def = unitBySymbol(v.unit);
    const conv = def && v.value !== undefined ? convert(v.value, def) : undefined;
    if (conv) lines.push(`Conversion: ≈ ${roundForDisplay(conv.value)}${conv.def.symbol.startsWith('°') ? '' : ' '}${conv.def.symbol}`);
  }
  if (n.type === 'date') {
    if (v.date) {
      const parts = v.date.split('/');
      const words = parts.map((p) => dateInWords(p) ?? p);
      lines.push(`Resolved date: ${v.date}${words.some((w, i) => w !== parts[i]) ? ` (${words.join(' to ')})` : ''}`);
    } else {
      lines.push('Resolved date: unresolved: no article date (add front matter `date:`, a dated dateline, or the newsmark.articleDate setting)');
    }
  }
  if (v.time) lines.push(`Time of day: ${v.time}`);
  if (n.counted) lines.push(`Counts: ${n.counted.text}`);
  return lines;
}

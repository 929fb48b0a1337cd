/**
 * The structured value of a number for machine output (`newsmark entities --format json`):
 * an exact number or an interval `{min, max}`, the qualifier, unit, currency, ISO date or time,
 * and who the sentence credits. Pure: positions are added by the caller.
 */
import type { Article, NumberMention, NumberValue } from '../article';

export interface StructuredValue {
  /** The exact value (for a qualified value, the number the qualifier applies to). */
  number?: number;
  /** A range (`10 to 12`, `between 8,000 and 9,000`, `3% to 5%`). */
  interval?: { min: number; max: number };
  /** `>`, `>=`, `<`, `<=`, `~` (about), `<~` (nearly). */
  qualifier?: NonNullable<NumberValue['qualifier']>;
  /** A vague magnitude (`hundreds`, `for months`). */
  vague?: boolean;
  unit?: string;
  /** ISO 4217. */
  currency?: string;
  /** ISO 8601 day, month, year or interval `from/to`; absent when unresolved. */
  date?: string;
  /** `HH:MM`, optionally with a zone. */
  time?: string;
  /** Relative date that needs an article date to resolve. */
  unresolved?: boolean;
  display: string;
}

export interface NumberSource {
  /** The speaker's canonical name, or the source phrase. */
  name: string;
  verb: string;
  quality: 'named' | 'vague';
  /** `statistic` when the claims layer linked this number's statistic to the source; `sentence` otherwise. */
  link: 'statistic' | 'quotation' | 'sentence';
}

export function structuredValue(n: NumberMention): StructuredValue {
  const v = n.value;
  const out: StructuredValue = { display: v.display };
  if (v.value !== undefined && v.high !== undefined) out.interval = { min: v.value, max: v.high };
  else if (v.value !== undefined) out.number = v.value;
  if (v.qualifier) out.qualifier = v.qualifier;
  if (v.vague) out.vague = true;
  if (v.unit) out.unit = v.unit;
  if (v.currency) out.currency = v.currency;
  if (v.date) out.date = v.date;
  if (v.time) out.time = v.time;
  if (n.type === 'date' && !v.date) out.unresolved = true;
  return out;
}

/** Who is credited with the number: its statistic's source, the quotation's speaker, or the sentence's source. */
export function numberSource(article: Article, n: NumberMention): NumberSource | null {
  let link: NumberSource['link'] = 'statistic';
  let k = -1;
  const claim = article.claims.find((c) => c.kind === 'statistic' && c.start <= n.start && n.end <= c.end);
  if (claim) k = claim.attribution;
  else {
    const q = article.quotations.find((x) => x.start <= n.start && n.end <= x.end);
    if (q) {
      link = 'quotation';
      k = q.attribution;
    } else {
      link = 'sentence';
      k = article.attributions.findIndex((a) => a.sentence === n.sentence);
    }
  }
  const a = k >= 0 ? article.attributions[k] : undefined;
  if (!a) return null;
  const entity = a.entity >= 0 ? article.entities[a.entity] : undefined;
  const name = (entity ? entity.name : a.source.text).replace(/\s+/g, ' ').trim();
  return { name, verb: a.verb.text.replace(/\s+/g, ' ').trim(), quality: a.quality, link };
}

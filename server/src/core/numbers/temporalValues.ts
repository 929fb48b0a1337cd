/** The values of dates and times (ISO date or interval, display text), and `N units ago`. */
import type { NumberValue } from '../model';
import type { Ctx } from './context';
import { MONTH_NAMES, type Ymd, addDays, addMonths, describeDay, isoDay, isoMonth } from './dates';
import { UNKNOWN_ARTICLE_DATE, qualifierPrefix } from './describe';
import type { Qualifier } from './rules';

type Q = Qualifier | undefined;

export function withQ(v: NumberValue, q: Q): NumberValue {
  if (q) {
    v.qualifier = q;
    v.display = qualifierPrefix(q) + v.display;
  }
  return v;
}

export function dayValue(ymd: Ymd): NumberValue {
  return { date: isoDay(ymd), display: describeDay(ymd) };
}

export function monthValue(y: number, m: number): NumberValue {
  const iso = isoMonth(y, m);
  return { date: iso, display: `${iso} (${MONTH_NAMES[m]} ${y})` };
}

export function intervalValue(from: Ymd, to: Ymd, label: string): NumberValue {
  return { date: `${isoDay(from)}/${isoDay(to)}`, display: `${isoDay(from)}/${isoDay(to)} (${label})` };
}

export function unresolved(text: string): NumberValue {
  return { display: `${text} (${UNKNOWN_ARTICLE_DATE})` };
}

/** `three days ago`, `a year ago`: the unit and count already parsed by the caller. */
export function agoValue(ctx: Ctx, n: number, unit: string, text: string): NumberValue {
  const a = ctx.article;
  if (!a) return unresolved(text);
  if (unit === 'day') return dayValue(addDays(a, -n));
  if (unit === 'week' || unit === 'fortnight') return dayValue(addDays(a, -n * (unit === 'week' ? 7 : 14)));
  if (unit === 'month') { const mm = addMonths(a.y, a.m, -n); return monthValue(mm.y, mm.m); }
  if (unit === 'year') return { date: String(a.y - n), display: String(a.y - n) };
  if (unit === 'decade') return { date: String(a.y - 10 * n), display: `about ${a.y - 10 * n}` };
  return unresolved(text);
}

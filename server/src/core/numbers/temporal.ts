/** Dates and times: absolute, numeric, relative (resolved against the article date), times of day. */
import type { NumberValue } from '../model';
import { Kind } from './lexer';
import { type Ctx, emit, sentenceIsFuture } from './context';
import {
  MONTHS, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS, WEEKDAY_NAMES, SEASONS, type Ymd, addDays, addMonths,
  daysInMonth, describeDay, isoWeek, validDate, weekday,
} from './dates';
import { UNKNOWN_ARTICLE_DATE } from './describe';
import { dayValue, intervalValue, monthValue, unresolved, withQ } from './temporalValues';
import { timeAt, timeValue } from './timesOfDay';
import { centuryAt, decadeAt } from './years';
import { DATE_PREPOSITIONS, type Qualifier, isPluralNoun } from './rules';

type Q = Qualifier | undefined;

// ---------------------------------------------------------------- values

function spanText(ctx: Ctx, a: number, b: number): string {
  return ctx.text.slice(ctx.toks[a]!.s, ctx.toks[b - 1]!.e);
}

/** The year of a month or day written without one: the article's, or the next when the text looks ahead. */
function impliedYear(ctx: Ctx, i: number, m: number, d: number): number | undefined {
  const a = ctx.article;
  if (!a) return undefined;
  if (sentenceIsFuture(ctx, i) && (m < a.m || (m === a.m && d < a.d))) return a.y + 1;
  return a.y;
}

/** The year, nearest the implied one (at most six away), in which m/d falls on weekday `wd`. */
function yearForWeekday(ctx: Ctx, i: number, m: number, d: number, wd: number): number | undefined {
  const base = impliedYear(ctx, i, m, d);
  if (base === undefined) return undefined;
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    const y = base + delta;
    if (validDate(y, m, d) && weekday({ y, m, d }) === wd) return y;
  }
  return base;
}

/** `Oct. 7-10`, `7-10 October`: a run of days in one month. */
function dayRangeValue(ctx: Ctx, i: number, y: number | undefined, m: number, d1: number, d2: number): NumberValue {
  const year = y ?? impliedYear(ctx, i, m, d1);
  const label = `${d1}–${d2} ${MONTH_NAMES[m]}`;
  if (year === undefined) return { display: `${label}, year not given (${UNKNOWN_ARTICLE_DATE})` };
  return intervalValue({ y: year, m, d: d1 }, { y: year, m, d: d2 }, `${label} ${year}`);
}

/** After a day at `j`: `-10` glued, a later day of the same month. */
function dayRangeEnd(ctx: Ctx, j: number, d1: number, m: number): { d: number; end: number } | undefined {
  const dash = ctx.toks[j]!;
  if ((dash.t !== '-' && dash.t !== '–') || dash.sp || ctx.toks[j + 1]!.sp) return undefined;
  const d2 = isDayToken(ctx, j + 1);
  if (!d2 || d2.d <= d1 || !validDate(2024, m, d2.d)) return undefined;
  return d2;
}

function dateValue(ctx: Ctx, i: number, y: number | undefined, m: number, d: number | undefined, text: string): NumberValue {
  const year = y ?? impliedYear(ctx, i, m, d ?? 32);
  if (year === undefined) {
    const what = d !== undefined ? `${d} ${MONTH_NAMES[m]}` : MONTH_NAMES[m];
    return { display: `${what}, year not given (${UNKNOWN_ARTICLE_DATE})` };
  }
  if (d !== undefined && validDate(year, m, d)) return dayValue({ y: year, m, d });
  void text;
  return monthValue(year, m);
}

// ---------------------------------------------------------------- small parsers

function isDayToken(ctx: Ctx, j: number): { d: number; end: number } | undefined {
  const t = ctx.toks[j]!;
  if (t.k !== Kind.Num || !/^\d{1,2}$/.test(t.t)) return undefined;
  const d = Number(t.t);
  if (d < 1 || d > 31) return undefined;
  let end = j + 1;
  const suf = ctx.toks[end]!;
  if (!suf.sp && (suf.lc === 'st' || suf.lc === 'nd' || suf.lc === 'rd' || suf.lc === 'th')) end++;
  return { d, end };
}

function yearAt(ctx: Ctx, j: number): number | undefined {
  const t = ctx.toks[j]!;
  if (t.k !== Kind.Num || !/^\d{4}$/.test(t.t)) return undefined;
  const y = Number(t.t);
  return y >= 1000 && y <= 2999 ? y : undefined;
}

function monthAt(ctx: Ctx, j: number): { m: number; end: number; abbr: boolean } | undefined {
  const t = ctx.toks[j]!;
  if (t.k !== Kind.Word || !t.cap) return undefined;
  const full = MONTHS.get(t.lc);
  if (full) return { m: full, end: j + 1, abbr: false };
  const ab = MONTH_ABBREVIATIONS.get(t.lc);
  if (!ab) return undefined;
  const dot = ctx.toks[j + 1]!;
  return { m: ab, end: dot.t === '.' && !dot.sp ? j + 2 : j + 1, abbr: true };
}

/** `Nov. 17, 2024`, `March 2023`, `August`, `June 30`: from the month token at `i`. */
function monthDate(ctx: Ctx, i: number): { end: number; y?: number; m: number; d?: number; d2?: number } | undefined {
  const mo = monthAt(ctx, i);
  if (!mo) return undefined;
  let j = mo.end;
  let d: number | undefined;
  let y: number | undefined;
  const day = isDayToken(ctx, j);
  let d2: number | undefined;
  if (day && !(ctx.toks[day.end]!.k === Kind.Word && isPluralNoun(ctx.toks[day.end]!.lc))) {
    d = day.d;
    j = day.end;
    const r = dayRangeEnd(ctx, j, d, mo.m);
    if (r) {
      d2 = r.d;
      j = r.end;
    }
    const comma = ctx.toks[j]!.t === ',' ? 1 : 0;
    const yr = yearAt(ctx, j + comma);
    if (yr !== undefined) {
      y = yr;
      j = j + comma + 1;
    }
  } else {
    const yr = yearAt(ctx, j);
    if (yr !== undefined) {
      y = yr;
      j++;
    }
  }
  const prev = ctx.toks[i - 1];
  const prevLc = prev ? prev.lc : '';
  if (d === undefined && y === undefined) {
    if (mo.abbr) return undefined;
    if (mo.m === 5 || mo.m === 3) {
      // `may` the verb, `the March for Life`: only after a date preposition.
      if (!DATE_PREPOSITIONS.has(prevLc) || prevLc === 'to' || prevLc === 'and') return undefined;
    }
    const next = ctx.toks[j]!;
    if (next.k === Kind.Word && next.cap && !DATE_PREPOSITIONS.has(prevLc) && !MONTHS.has(next.lc) && !WEEKDAYS.has(next.lc)) {
      return undefined; // `June Carter`, `August Strindberg`
    }
  }
  if (d !== undefined && !validDate(y ?? 2024, mo.m, d)) return undefined;
  return d2 !== undefined ? { end: j, y, m: mo.m, d, d2 } : { end: j, y, m: mo.m, d };
}

/** `23 November 2024`, `1 July`. */
function dayMonth(ctx: Ctx, i: number): { end: number; y?: number; m: number; d: number; d2?: number } | undefined {
  const day = isDayToken(ctx, i);
  if (!day) return undefined;
  let j = day.end;
  // `7-10 October`
  const dash = ctx.toks[j]!;
  let d2: number | undefined;
  if ((dash.t === '-' || dash.t === '–') && !dash.sp && !ctx.toks[j + 1]!.sp) {
    const r = isDayToken(ctx, j + 1);
    if (r && r.d > day.d && monthAt(ctx, r.end)) {
      d2 = r.d;
      j = r.end;
    }
  }
  if (ctx.toks[j]!.lc === 'of') j++;
  const mo = monthAt(ctx, j);
  if (!mo) return undefined;
  j = mo.end;
  const yr = yearAt(ctx, j);
  if (yr !== undefined) j++;
  if (!validDate(yr ?? 2024, mo.m, day.d) || (d2 !== undefined && !validDate(yr ?? 2024, mo.m, d2))) return undefined;
  return d2 !== undefined ? { end: j, y: yr, m: mo.m, d: day.d, d2 } : { end: j, y: yr, m: mo.m, d: day.d };
}

// ---------------------------------------------------------------- relative resolution

function resolveWeekday(ctx: Ctx, i: number, wd: number, mod: string): Ymd | undefined {
  const a = ctx.article;
  if (!a) return undefined;
  const today = weekday(a);
  const back = (today - wd + 7) % 7; // days since the most recent such weekday (0 = today)
  const ahead = (wd - today + 7) % 7;
  if (mod === 'last') return addDays(a, -(back === 0 ? 7 : back));
  if (mod === 'next') return addDays(a, ahead === 0 ? 7 : ahead);
  if (mod === 'this' || (!pastVerbBefore(ctx, i) && sentenceIsFuture(ctx, i))) return addDays(a, ahead);
  return addDays(a, -back);
}

const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'told', 'was', 'were', 'had', 'met', 'made', 'took', 'gave', 'went', 'came', 'left', 'held', 'won', 'lost',
  'began', 'fell', 'rose', 'struck', 'hit', 'shot', 'found', 'saw', 'sent', 'spoke', 'wrote', 'broke', 'ran', 'flew',
  'led', 'paid', 'sold', 'brought', 'caught', 'fought', 'kept', 'put', 'set', 'quit', 'resigned', 'died',
]);

/**
 * `said on Saturday that talks will resume`: a past verb right before `on <weekday>` makes the
 * weekday a past one even when the rest of the sentence speaks of the future.
 */
function pastVerbBefore(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  if (ctx.toks[k]?.lc !== 'on') return false;
  k--;
  if (ctx.toks[k]?.lc === 'late' || ctx.toks[k]?.lc === 'early') k--;
  const w = ctx.toks[k];
  if (!w || w.k !== Kind.Word) return false;
  const past = IRREGULAR_PAST.has(w.lc) || (w.lc.length > 4 && w.lc.endsWith('ed'));
  const aux = ctx.toks[k - 1]?.lc;
  return past && aux !== 'be' && aux !== 'will' && aux !== 'to';
}

const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** `last month`, `next week`, `this year`, `last Saturday`, `last summer`, `last night`: the word after `mod` at `i + 1`. */
function relative(ctx: Ctx, i: number, start: number, q: Q): number {
  const mod = ctx.toks[i]!.lc;
  const w = ctx.toks[i + 1]!;
  if (w.k !== Kind.Word) return -1;
  const unit = w.lc.replace(/['’]s$/, '');
  const end = i + 2;
  const a = ctx.article;
  const text = spanText(ctx, start, end);
  const off = mod === 'last' ? -1 : mod === 'next' ? 1 : 0;
  let v: NumberValue | undefined;
  if (unit === 'week' || unit === 'weekend') {
    if (!a) v = unresolved(text);
    else {
      const wk = isoWeek(a, off);
      v = unit === 'week'
        ? intervalValue(wk.from, wk.to, `week of ${describeDay(wk.from)}`)
        : intervalValue(addDays(wk.from, 5), wk.to, `weekend of ${describeDay(addDays(wk.from, 5))}`);
    }
  } else if (unit === 'month') {
    if (!a) v = unresolved(text);
    else { const mm = addMonths(a.y, a.m, off); v = monthValue(mm.y, mm.m); }
  } else if (unit === 'year') {
    v = a ? { date: String(a.y + off), display: String(a.y + off) } : unresolved(text);
  } else if (unit === 'night' && mod === 'last') {
    v = a ? dayValue(addDays(a, -1)) : unresolved(text);
  } else if ((unit === 'morning' || unit === 'afternoon' || unit === 'evening') && mod === 'this') {
    v = a ? dayValue(a) : unresolved(text);
  } else if (WEEKDAYS.has(unit) && w.cap) {
    const day = resolveWeekday(ctx, i, WEEKDAYS.get(unit)!, mod);
    v = day ? dayValue(day) : unresolved(text);
  } else if (MONTHS.has(unit) && w.cap) {
    const m = MONTHS.get(unit)!;
    if (!a) v = unresolved(text);
    else {
      const y = off < 0 ? (m < a.m ? a.y : a.y - 1) : off > 0 ? (m > a.m ? a.y : a.y + 1) : a.y;
      v = monthValue(y, m);
    }
  } else if (SEASONS.has(unit)) {
    if (!a) v = unresolved(text);
    else {
      const first = SEASON_MONTHS[unit]!;
      let y = a.y;
      if (off < 0) y = a.m > first + 2 ? a.y : a.y - 1;
      if (off > 0) y = a.m < first ? a.y : a.y + 1;
      const from = { y, m: first, d: 1 };
      const last = addMonths(y, first, 2);
      const to = { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) };
      v = intervalValue(from, to, `${unit} ${y}`);
    }
  }
  if (unit === 'season') v = { display: `${text} (a sports or farming season; not resolved to dates)` };
  if (!v) return -1;
  return emit(ctx, start, end, 'date', withQ(v, q));
}

const SIMPLE_RELATIVE: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };

// ---------------------------------------------------------------- entry points

/** Numeric dates: `17/11/2024`, `2024-11-23`, `17.11.2024`. */
function numericDate(ctx: Ctx, i: number, start: number): number {
  const t = ctx.toks[i]!;
  let parts: number[] | undefined;
  let end = i + 1;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.t);
  if (dotted) parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (/^\d{1,4}$/.test(t.t)) {
    const s1 = ctx.toks[i + 1]!;
    const p2 = ctx.toks[i + 2]!;
    const s2 = ctx.toks[i + 3]!;
    const p3 = ctx.toks[i + 4]!;
    const glued = !s1.sp && !p2.sp && !s2.sp && !p3.sp;
    if (glued && s1.t === s2.t && (s1.t === '/' || s1.t === '-') && p2.k === Kind.Num && p3.k === Kind.Num) {
      parts = [Number(t.t), Number(p2.t), Number(p3.t)];
      end = i + 5;
      if (t.t.length === 4 && s1.t === '-') {
        const [y, m, d] = parts as [number, number, number];
        if (!validDate(y, m, d)) return -1;
        return emit(ctx, start, end, 'date', dayValue({ y, m, d }));
      }
      if (p3.t.length !== 4) return -1;
    }
  }
  if (!parts) return -1;
  const [a, b, y] = parts as [number, number, number];
  let d = ctx.dayFirst ? a : b;
  let m = ctx.dayFirst ? b : a;
  if (m > 12 && d <= 12) [d, m] = [m, d];
  if (!validDate(y, m, d)) return -1;
  return emit(ctx, start, end, 'date', dayValue({ y, m, d }));
}

/** Dates and times that start with a number token at `i`. */
export function matchTemporalNumber(ctx: Ctx, i: number, start: number, q: Q): number {
  let r = numericDate(ctx, i, start);
  if (r >= 0) return r;
  r = timeAt(ctx, i, start, q);
  if (r >= 0) return r;
  const dm = dayMonth(ctx, i);
  if (dm && dm.d2 !== undefined) return emit(ctx, start, dm.end, 'date', withQ(dayRangeValue(ctx, i, dm.y, dm.m, dm.d, dm.d2), q));
  if (dm) return emit(ctx, start, dm.end, 'date', withQ(dateValue(ctx, i, dm.y, dm.m, dm.d, ''), q));
  return -1;
}

/** Dates that start with a word at `i` (month, weekday, relative word, modifier); times `noon`, `midnight`. */
export function matchTemporalWord(ctx: Ctx, i: number, start: number, q: Q): number {
  const t = ctx.toks[i]!;
  const lc = t.lc;
  if (t.cap && (MONTHS.has(lc) || MONTH_ABBREVIATIONS.has(lc))) {
    const md = monthDate(ctx, i);
    if (!md) return -1;
    if (md.d !== undefined && md.d2 !== undefined) return emit(ctx, start, md.end, 'date', withQ(dayRangeValue(ctx, i, md.y, md.m, md.d, md.d2), q));
    return emit(ctx, start, md.end, 'date', withQ(dateValue(ctx, i, md.y, md.m, md.d, ''), q));
  }
  if (t.cap && WEEKDAYS.has(lc)) {
    // `Saturday, March 8`, `Saturday 23 November`: one date.
    let j = i + 1;
    if (ctx.toks[j]!.t === ',') j++;
    const md = monthDate(ctx, j);
    const dm = md ? undefined : dayMonth(ctx, j);
    const full = md && md.d !== undefined ? md : dm;
    if (full && full.d !== undefined) {
      // `Monday, 6 February` with no year: the year nearest the article's in which 6 February is a Monday.
      const y = full.y ?? yearForWeekday(ctx, j, full.m, full.d, WEEKDAYS.get(lc)!);
      return emit(ctx, start, full.end, 'date', withQ(dateValue(ctx, j, y, full.m, full.d, ''), q));
    }
    const day = resolveWeekday(ctx, i, WEEKDAYS.get(lc)!, '');
    return emit(ctx, start, i + 1, 'date', withQ(day ? dayValue(day) : unresolved(WEEKDAY_NAMES[WEEKDAYS.get(lc)!]!), q));
  }
  if (lc === 'last' || lc === 'next' || lc === 'this') {
    if (ctx.toks[i - 1]?.lc === 'the') return -1;
    return relative(ctx, i, start, q);
  }
  // A sentence-opening `Today` usually means "nowadays" (`Today there are ...`), not the article's day.
  const possessive = ctx.toks[i + 1]!.t === "'s" || ctx.toks[i + 1]!.t === '’s';
  if (lc in SIMPLE_RELATIVE && !(lc === 'today' && t.first && !possessive)) {
    const a = ctx.article;
    return emit(ctx, start, i + 1, 'date', withQ(a ? dayValue(addDays(a, SIMPLE_RELATIVE[lc]!)) : unresolved(t.t), q));
  }
  if (lc === 'noon' || lc === 'midnight') {
    return emit(ctx, start, i + 1, 'time', withQ(timeValue(lc === 'noon' ? 12 : 0, 0, undefined), q));
  }
  if (lc === 'early' || lc === 'late' || lc === 'mid') {
    let j = i + 1;
    if (lc === 'mid') {
      if (ctx.toks[j]!.t !== '-' || ctx.toks[j]!.sp) return -1;
      j++;
    }
    const before = ctx.out.length;
    const r = matchModifiedDate(ctx, j, start, q);
    if (r >= 0 && ctx.out.length > before) {
      const v = ctx.out[ctx.out.length - 1]!.value;
      v.display = `${lc === 'mid' ? 'mid-' : lc + ' '}${v.display}`;
    }
    return r;
  }
  if (SEASONS.has(lc)) {
    const y = yearAt(ctx, i + 1);
    if (y === undefined || ctx.toks[i + 1]!.t.length !== 4) return -1;
    const first = SEASON_MONTHS[lc]!;
    const last = addMonths(y, first, 2);
    return emit(ctx, start, i + 2, 'date', withQ(intervalValue({ y, m: first, d: 1 }, { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) }, `${lc} ${y}`), q));
  }
  return -1;
}

/** After `early`/`late`/`mid-`: a month, a year, `last year`. */
function matchModifiedDate(ctx: Ctx, j: number, start: number, q: Q): number {
  const t = ctx.toks[j]!;
  if (t.k === Kind.Word && (MONTHS.has(t.lc) || t.lc === 'last' || t.lc === 'next' || t.lc === 'this' || SEASONS.has(t.lc))) {
    if (t.lc === 'last' || t.lc === 'next' || t.lc === 'this') return relative(ctx, j, start, q);
    return matchTemporalWord(ctx, j, start, q);
  }
  const y = yearAt(ctx, j);
  if (y !== undefined && y >= 1800 && y <= 2100) {
    return emit(ctx, start, j + 1, 'date', withQ({ date: String(y), display: String(y) }, q));
  }
  const dec = decadeAt(ctx, j);
  if (dec) return emit(ctx, start, dec.end, 'date', withQ(dec.v, q));
  const c = centuryAt(ctx, j);
  if (c) return emit(ctx, start, c.end, 'date', withQ(c.v, q));
  return -1;
}

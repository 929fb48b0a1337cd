/**
 * The number recognizer: one pass of the lexer, then a left-to-right scan over the tokens where
 * each position tries the matchers in order and the first match consumes its tokens.
 */
import type { NumberMention, NumberType, NumberValue } from '../article';
import { Kind, lex, SENTINELS, type Tok } from './lexer';
import { type Ctx, emit } from './context';
import { parseIso, MONTHS, WEEKDAYS, MONTH_ABBREVIATIONS, SEASONS } from './dates';
import { matchCurrencyPrefix, matchCurrencySuffix, type CurrencyMatch } from './currency';
import { matchUnit } from './units';
import { type Num, parseNum, parseNumRange } from './parse';
import {
  type Qualifier, QUALIFIER_FIRST_WORDS, TIME_UNITS, PLURAL_TIME_UNITS, countedPhrase, isHouseNumber,
  isListMarker, isNamePrefix, matchQualifier, oneIsCount, isPluralNoun, CHANGE_WORDS, CHANGE_LEVEL_RATIO, TIME_COMPARISON_PREV,
  ORDINAL_NAME_HEADS, PHONE_VERBS, LABEL_WORDS,
} from './rules';
import { PERSON_NOUNS, THING_NOUNS } from './people';
import { agoValue, centuryAt, decadeAt, matchTemporalNumber, matchTemporalWord, matchYear, raceTimeAt } from './temporal';
import { UNITS_WORDS, TENS_WORDS, VAGUE_MAGNITUDES, ordinalWord, ordinalSuffixOk, foldWord, SCALE_WORDS } from './words';
import { amountText, moneyDisplay, ordinalText, percentDisplay, plainDisplay, qualifierPrefix, quantityDisplay } from './describe';

type Q = Qualifier | undefined;

export interface RecognizeOptions {
  articleDate?: string;
  dayFirst?: boolean;
}

const TRIGGERS: ReadonlySet<string> = new Set([
  ...QUALIFIER_FIRST_WORDS, ...UNITS_WORDS.keys(), ...TENS_WORDS.keys(), ...VAGUE_MAGNITUDES.keys(),
  ...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS.keys(), ...SEASONS,
  'a', 'an', 'half', 'tens', 'last', 'next', 'this', 'yesterday', 'today', 'tomorrow', 'tonight', 'noon',
  'midnight', 'early', 'late', 'mid', 'the', 'for', 'within', 'aged', 'turns', 'turned', 'turning', 'turn',
  'in', 'between', 'minus', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
  'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'hundredth',
  'rs', 'magnitude',
]);

/** Words before `a year`, `an hour` that make it a duration (`for a week`, `in a month`). */
const A_DURATION_PREV: ReadonlySet<string> = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'half']);

/** `m` glued to a number is metres before these words (`100m hurdles`), million otherwise before a plural. */
const METRE_NEXT: ReadonlySet<string> = new Set(['hurdles', 'freestyle', 'relay', 'sprint', 'final', 'race', 'dash']);

export function recognizeNumbers(
  text: string,
  sentences: { index: number; start: number; end: number }[],
  options: RecognizeOptions,
): NumberMention[] {
  const out: NumberMention[] = [];
  const article = parseIso(options.articleDate);
  const dayFirst = options.dayFirst ?? true;
  // A long article is read in chunks of whole sentences: the tokens of one chunk are short-lived,
  // which keeps memory flat and the garbage collector cheap (npm run bench:numbers).
  let from = 0;
  let first = 0;
  while (first < sentences.length || (sentences.length === 0 && from === 0)) {
    let last = first;
    while (last < sentences.length - 1 && sentences[last]!.end - sentences[first]!.start < CHUNK_CHARS) last++;
    const to = last >= sentences.length - 1 ? text.length : sentences[last + 1]!.start;
    const chunk = sentences.slice(first, last + 1);
    const toks = lex(text, chunk, from, to);
    const ctx: Ctx = { text, toks, n: toks.length - SENTINELS, sentences: chunk, article, dayFirst, out, future: new Map() };
    for (let i = 0; i < ctx.n;) {
      const r = matchAt(ctx, i);
      i = r > i ? r : i + 1;
    }
    if (sentences.length === 0) break;
    from = to;
    first = last + 1;
  }
  return out;
}

/** Characters of sentences lexed and matched at once. */
const CHUNK_CHARS = 16_000;

function matchAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i]!;
  if (t.k === Kind.Num) return numberAt(ctx, i, i, undefined, false);
  if (t.k === Kind.Punct) {
    if (t.t === '-' && t.sp && ctx.toks[i + 1]!.k === Kind.Num && !ctx.toks[i + 1]!.sp) return numberAt(ctx, i, i, undefined, false);
    return matchCurrencyPrefix(ctx.toks, i) ? numberAt(ctx, i, i, undefined, false) : -1;
  }
  if (t.k !== Kind.Word) return -1;
  const lc = t.lc;
  if (!TRIGGERS.has(lc) && foldWord(lc) === undefined) {
    return matchCurrencyPrefix(ctx.toks, i) ? numberAt(ctx, i, i, undefined, false) : -1;
  }
  // `6-under 65` (golf): a word glued after a hyphen is not a qualifier.
  const glued = ctx.toks[i - 1]?.t === '-' && !t.sp;
  const q = glued ? undefined : matchQualifier(ctx.toks, i);
  // `under-21 team`, `over-50s`: an age group, a label.
  if (q && q.end === i + 1 && ctx.toks[i + 1]!.t === '-' && !ctx.toks[i + 1]!.sp && ctx.toks[i + 2]!.k === Kind.Num && !ctx.toks[i + 2]!.sp) {
    return ctx.toks[i + 3]!.t === 's' && !ctx.toks[i + 3]!.sp ? i + 4 : i + 3;
  }
  if (q) {
    const r = afterQualifier(ctx, q.end, i, q.q, q.words[0]!);
    if (r >= 0) return r;
  }
  let r = matchTemporalWord(ctx, i, i, undefined);
  if (r >= 0) return r;
  switch (lc) {
    case 'the': return theDuration(ctx, i);
    case 'for': case 'within': return vagueDuration(ctx, i);
    case 'aged': return aged(ctx, i);
    case 'turns': case 'turned': case 'turning': case 'turn': return turnsAge(ctx, i);
    case 'in': return decadeOfLife(ctx, i);
    case 'between': return numberAt(ctx, i + 1, i, undefined, true);
    case 'magnitude': return magnitudeAt(ctx, i);
  }
  r = ordinalWordAt(ctx, i);
  if (r >= 0) return r;
  return numberAt(ctx, i, i, undefined, false);
}

function afterQualifier(ctx: Ctx, j: number, start: number, q: Qualifier, qWord: string): number {
  const t = ctx.toks[j]!;
  const timeWord = t.lc === 'noon' || t.lc === 'midnight';
  if (timeWord) return matchTemporalWord(ctx, j, start, q);
  // `over three years`, `under a week`: a span of time, not a comparison.
  if ((qWord === 'over' || qWord === 'under') && !TIME_COMPARISON_PREV.has(ctx.toks[start - 1]?.lc ?? '')) {
    if (t.lc === 'a' || t.lc === 'an' || t.lc === 'the') return -1;
    const n = parseNumRange(ctx.toks, j, false, false);
    if (n && TIME_UNITS.has(ctx.toks[n.end]!.lc)) return -1;
  }
  if (qWord === 'some' && t.k !== Kind.Num && !UNITS_WORDS.has(t.lc) && !TENS_WORDS.has(t.lc) && t.lc !== 'half') return -1;
  return numberAt(ctx, j, start, q, false);
}

/** Is the digit token at `i` part of a name (`G7`, `F-16`, `Route 66`, `3M`, `10 Downing Street`)? */
function inName(ctx: Ctx, i: number, start: number): boolean {
  const toks = ctx.toks;
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (prev && !t.sp && prev.k === Kind.Word) return true;
  if (prev && !t.sp && prev.t === '-' && !prev.sp) {
    const w = toks[i - 2];
    if (w && w.k === Kind.Word && (w.cap || w.t === w.t.toUpperCase())) return true;
  }
  const next = toks[i + 1]!;
  // `7-Eleven`: a number hyphened to a capitalized word that is not a unit (`54-Year-Old` in a headline is an age).
  const w2 = toks[i + 2]!;
  if (next.t === '-' && !next.sp && w2.k === Kind.Word && !w2.sp && w2.cap && !TIME_UNITS.has(w2.lc) && !matchUnit(toks, i + 2, false) &&
    w2.lc !== 'magnitude') return true;
  if (next.k === Kind.Word && !next.sp) {
    const lc = next.lc;
    const known = matchUnit(toks, i + 1, true) || lc === 'am' || lc === 'pm' || lc === 's' || lc === 'p' || next.t === 'pc' ||
      lc === 'st' || lc === 'nd' || lc === 'rd' || lc === 'th' || (next.t === lc && ['m', 'bn', 'k', 'b', 'mn', 'tn', 'trn'].includes(lc));
    if (!known) return true;
  }
  // `beat Lindqvist 6-4`: a score after a name is still a score.
  const score = (next.t === '-' || next.t === '–') && !next.sp && toks[i + 2]!.k === Kind.Num && !toks[i + 2]!.sp;
  if (start === i && prev && prev.sp !== undefined && isNamePrefix(prev) && t.sp && !score) return true;
  // `stage 4 cancer`, `type 2 diabetes`, `phase 3 trials`, `junctions 15 and 16`: labels.
  const labelAt = (w: Tok | undefined): boolean => !!w && w.k === Kind.Word && !w.cap && LABEL_WORDS.has(w.lc);
  const secondLabel = !!prev && (prev.lc === 'and' || prev.lc === 'to' || prev.lc === 'or' || prev.t === ',') &&
    toks[i - 2]?.k === Kind.Num && labelAt(toks[i - 3]);
  if (start === i && (labelAt(prev) || secondLabel) && t.sp && !score && /^\d{1,4}$/.test(t.t) &&
    next.t !== '%' && !(next.k === Kind.Word && followedByMeasure(ctx, i + 1))) return true;
  if (/^\d{1,4}$/.test(t.t) && isHouseNumber(toks, i)) return true;
  return false;
}

/** Age in apposition: `Tarnavskiy, 54,` / `her son, 12,`. */
function isApposedAge(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const t = toks[i]!;
  if (!/^\d{1,3}$/.test(t.t)) return false;
  const v = Number(t.t);
  if (v < 1 || v > 119) return false;
  // `The defendant, then 16,` / `Reyes, now 31,`
  const c = toks[i - 1]?.lc === 'then' || toks[i - 1]?.lc === 'now' ? i - 2 : i - 1;
  if (toks[c]?.t !== ',') return false;
  const w = toks[c - 1];
  if (!w || w.k !== Kind.Word) return false;
  const person = w.cap ? !MONTHS.has(w.lc) && !WEEKDAYS.has(w.lc) && !(w.t.length > 1 && w.t === w.t.toUpperCase()) : PERSON_NOUNS.has(w.lc);
  if (!person) return false;
  const next = toks[i + 1]!;
  if (next.t === ',' || next.t === ';' || next.t === ')') return true;
  return next.t === '.' && (toks[i + 2]!.k === Kind.End || toks[i + 2]!.cap || toks[i + 2]!.nl);
}

function numberAt(ctx: Ctx, i: number, start: number, q: Q, between: boolean): number {
  const toks = ctx.toks;
  const cur = matchCurrencyPrefix(toks, i);
  let j = cur ? cur.end : i;
  let neg = false;
  if (toks[j]!.lc === 'minus' || (toks[j]!.t === '-' && toks[j + 1]!.k === Kind.Num && !toks[j + 1]!.sp)) {
    if (toks[j + 1]!.k !== Kind.Num) return -1;
    neg = true;
    j++;
  }
  const t = toks[j]!;
  if (t.k === Kind.Num && !cur && !neg) {
    if (!q && !between && inName(ctx, j, start)) return j + 1;
    if (isListMarker(toks, j)) return j + 1;
    if (!q && !between && isPhoneNumber(ctx, j)) return j + 1;
    const slash = slashPair(ctx, j);
    if (slash >= 0) return slash;
    const decade = /^\d0$/.test(t.t) ? decadeAt(ctx, j) : undefined; // `the '90s`
    if (decade) return emit(ctx, start === j ? j - 1 : start, decade.end, 'date', decade.v); // the span keeps the apostrophe
    const race = raceTimeAt(ctx, j, start, q);
    if (race >= 0) return race;
    const r = matchTemporalNumber(ctx, j, start, q);
    if (r >= 0) return r;
    const century = centuryAt(ctx, j);
    if (century) return emit(ctx, start, century.end, 'date', century.v);
    const ord = toks[j + 1]!;
    if (!ord.sp && /^(st|nd|rd|th)$/.test(ord.lc) && /^\d+$/.test(t.t) && ordinalSuffixOk(Number(t.t), ord.lc)) {
      const after = toks[j + 2]!;
      if (after.k === Kind.Word && after.cap && !MONTHS.has(after.lc) && ordinalInName(ctx, j + 2)) return j + 2; // `51st Street`
      const n = Number(t.t);
      return emit(ctx, start, j + 2, 'ordinal', { value: n, display: ordinalText(n) });
    }
    if (!q && !between && isApposedAge(ctx, j)) {
      return emit(ctx, start, j + 1, 'age', { value: Number(t.t), unit: 'year', display: `${t.t} years` });
    }
    if (/^\d{4}$/.test(t.t) && !followedByMeasure(ctx, j + 1)) {
      if (between) return -1; // `between 2019 and 2023`: two dates, found one by one
      const y = matchYear(ctx, j, start, q);
      if (y >= 0) return y;
    }
  }
  if (t.k === Kind.Word) {
    if ((t.lc === 'a' || t.lc === 'an') && TIME_UNITS.has(toks[j + 1]!.lc)) return aTimeUnit(ctx, j, start, q);
    if (t.cap && !t.first && (UNITS_WORDS.has(t.lc) || TENS_WORDS.has(t.lc))) return j + 1; // `Formula One`, `Big Four`
    if ((UNITS_WORDS.has(t.lc) || TENS_WORDS.has(t.lc)) && toks[j + 1]!.t === ',') {
      const p = toks[j - 1];
      if (t.first || !p || p.t === ';' || p.t === ':') return j + 1; // `One, ...; two, ...`
    }
  }
  // `from 10 to 12`, `rose by 12,000 to 1.49 million`: a change, two numbers.
  const prevLc = toks[start - 1]?.lc ?? '';
  const noTo = prevLc === 'from' || prevLc === 'by';
  let num = parseNumRange(toks, j, between, noTo);
  if (!num) return -1;
  // `rose 12 to 8,210`: a change and the new level.
  if (!noTo && !between && CHANGE_WORDS.has(prevLc) && num.high !== undefined && num.high > CHANGE_LEVEL_RATIO * num.value) {
    const single = parseNumRange(toks, j, false, true);
    if (single && toks[single.end]!.lc === 'to') num = single;
  }
  if (neg) num.value = -num.value;
  return classify(ctx, num, j, start, q, cur, between);
}

/** Would the number before `j` measure something (unit, currency, percent, scale)? Then it is not a year. */
function followedByMeasure(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j]!;
  if (t.t === '%' || t.k !== Kind.Word) return false;
  if (SCALE_WORDS.has(t.lc) || t.lc === 'percent' || t.lc === 'per') return true;
  return !!matchUnit(ctx.toks, j, !t.sp) || !!matchCurrencySuffix(ctx.toks, j, false, !t.sp) || TIME_UNITS.has(t.lc);
}

/** `a year ago`, `almost an hour`, `for a week`. */
function aTimeUnit(ctx: Ctx, j: number, start: number, q: Q): number {
  const unitTok = ctx.toks[j + 1]!;
  const unit = TIME_UNITS.get(unitTok.lc)!;
  if (unit === 'second' && ctx.toks[j + 2]!.k === Kind.Word && ctx.toks[j + 2]!.lc !== 'ago') return -1; // `a second night`
  if (ctx.toks[j + 2]!.lc === 'ago') {
    return emit(ctx, start, j + 3, 'date', agoValue(ctx, 1, unit, ctx.text.slice(ctx.toks[start]!.s, ctx.toks[j + 2]!.e)));
  }
  const prev = ctx.toks[start - 1];
  const after = ctx.toks[j + 2]!.lc;
  // `for a week`, `almost an hour`, `a week later`
  if (!q && !(prev && A_DURATION_PREV.has(prev.lc)) && after !== 'later' && after !== 'earlier') return -1;
  return emit(ctx, start, j + 2, 'duration', { value: 1, unit, qualifier: q, display: `${qualifierPrefix(q)}1 ${unit}` });
}

function durationDisplay(v: NumberValue, unit: string): string {
  const plural = v.high !== undefined || v.value !== 1 ? (unit === 'century' ? 'centuries' : unit + 's') : unit;
  return plainDisplay(v, plural);
}

/** The type of the expression from what follows the number, then the mention. */
function classify(ctx: Ctx, num: Num, numStart: number, start: number, q: Q, cur: CurrencyMatch | undefined, between: boolean): number {
  const toks = ctx.toks;
  let j = num.end;
  const value: NumberValue = { value: num.value, display: '' };
  if (num.high !== undefined) value.high = num.high;
  if (q) value.qualifier = q;
  if (num.vague) value.vague = true;
  let scaled = num.scale > 1;
  if (num.mSuffix) {
    const after = toks[j + 1]!;
    const million = !!cur || after.lc === 'of' || (after.k === Kind.Word && isPluralNoun(after.lc) && !METRE_NEXT.has(after.lc)) ||
      !!matchUnit(toks, j + 1, false) || !!matchCurrencySuffix(toks, j + 1, true, false);
    if (million) {
      value.value = num.value * 1e6;
      if (value.high !== undefined) value.high *= 1e6;
      scaled = true;
      j++;
    }
  }
  let type: NumberType = 'cardinal';
  let counted: [number, number] | undefined;
  const next = toks[j]!;
  const glued = !next.sp;
  if (cur) {
    type = 'money';
    value.currency = cur.currency;
  } else if (next.t === '%' || next.lc === 'percent' || next.lc === 'pct' || next.t === 'pc' || (next.lc === 'per' && toks[j + 1]!.lc === 'cent')) {
    type = 'percent';
    value.unit = '%';
    j += next.lc === 'per' ? 2 : 1;
  } else if (next.lc === 'percentage' && /^points?$/.test(toks[j + 1]!.lc)) {
    type = 'percent';
    value.unit = 'percentage points';
    j += 2;
  } else if (next.lc === 'basis' && /^points?$/.test(toks[j + 1]!.lc)) {
    type = 'percent';
    value.unit = 'basis points';
    j += 2;
  } else if (num.vague && next.lc === 'of' && matchCurrencySuffix(toks, j + 1, true, false)) {
    // `millions of dollars`
    const money = matchCurrencySuffix(toks, j + 1, true, false)!;
    type = 'money';
    value.currency = money.currency;
    j = money.end;
  } else {
    const money = matchCurrencySuffix(toks, j, scaled, glued);
    if (money) {
      type = 'money';
      value.currency = money.currency;
      if (money.factor !== 1) {
        value.value = (value.value ?? 0) * money.factor;
        if (value.high !== undefined) value.high *= money.factor;
      }
      j = money.end;
    } else {
      const idx = ctx.out.length;
      const r = measure(ctx, num, value, j, start, glued);
      // `5cm to 10cm`: a second quantity in the same unit makes a range.
      if (r >= 0 && ctx.out.length === idx + 1 && ctx.out[idx]!.type === 'quantity') return mergeRange(ctx, idx, start, r, 'quantity', between);
      if (r >= 0) return r;
    }
  }
  if (num.halfPending) return -1;
  if (type === 'cardinal') {
    // `one in three adults`
    const inTok = toks[j]!;
    let ratio = false;
    if (inTok.lc === 'in' && num.int && num.high === undefined) {
      const d = parseNum(toks, j + 1);
      if (d && d.int && d.value > num.value && d.value <= 1000 && !/^\d{4}$/.test(toks[j + 1]!.t)) {
        j = d.end;
        ratio = true;
        value.display = `${qualifierPrefix(q)}${amountText(num.value)} in ${amountText(d.value)}`;
      }
    }
    if (num.isOne && !ratio && !oneIsCount(toks, numStart, !!q)) return -1;
    counted = countedPhrase(toks, j, num.value === 1 && num.high === undefined, !!num.vague || !!num.fraction);
    if (!value.display) {
      if (num.score) value.display = `${num.value}–${num.high} (score or vote)`;
      else if (num.fraction) value.display = `${qualifierPrefix(q)}${ctx.text.slice(toks[numStart]!.s, toks[num.end - 1]!.e).toLowerCase()} (${Number(num.value.toFixed(2))})`;
      else if (num.vague) value.display = `${qualifierPrefix(q)}${ctx.text.slice(toks[numStart]!.s, toks[num.end - 1]!.e).toLowerCase()} (vague, order of ${amountText(num.value)})`;
      else value.display = plainDisplay(value);
    }
  } else if (type === 'money') {
    value.display = moneyDisplay(value);
  } else {
    value.display = percentDisplay(value);
  }
  const idx = ctx.out.length;
  const end = emit(ctx, start, j, type, value, counted);
  if (type !== 'cardinal') return mergeRange(ctx, idx, start, end, type, between);
  return end;
}

/** `5% to 7%`, `between 5% and 7%`, `$10-$12`: a second expression of the same type joins the first. */
function mergeRange(ctx: Ctx, idx: number, startTok: number, end: number, type: NumberType, between: boolean): number {
  const toks = ctx.toks;
  const j = toks[end]!;
  const ok = between ? j.lc === 'and' : j.lc === 'to' || ((j.t === '-' || j.t === '–') && !j.sp);
  const before1 = toks[startTok - 1]?.lc;
  // `rose from 5% to 7%`, `by 0.25 percentage point to 5.5%`: a change, two numbers.
  if (!ok || before1 === 'from' || (!between && before1 === 'by')) return end;
  const change = !between && CHANGE_WORDS.has(before1 ?? '');
  const before = ctx.out.length;
  const r = numberAt(ctx, end + 1, end + 1, undefined, false);
  if (r < 0 || ctx.out.length !== before + 1) return r < 0 ? end : r;
  const a = ctx.out[idx]!;
  const b = ctx.out[before]!;
  if (b.type !== type || b.value.unit !== a.value.unit || b.value.currency !== a.value.currency) return r;
  if (b.value.value === undefined || (a.value.value ?? 0) >= b.value.value) return r;
  if (change && b.value.value > CHANGE_LEVEL_RATIO * (a.value.value ?? 0)) return r; // `rose $1.20 to $84.50`
  ctx.out.pop();
  a.value.high = b.value.value;
  a.end = b.end;
  a.text = ctx.text.slice(a.start, a.end);
  a.value.display = type === 'quantity' ? quantityDisplay(a.value) : `${a.value.display} – ${b.value.display}`;
  return r;
}

/** Units of time, age, and measures after the number; returns the end or -1. */
function measure(ctx: Ctx, num: Num, value: NumberValue, j: number, start: number, glued: boolean): number {
  const toks = ctx.toks;
  let k = j;
  let compound = false;
  if ((toks[k]!.t === '-' || toks[k]!.t === '–') && !toks[k]!.sp && toks[k + 1]!.k === Kind.Word && !toks[k + 1]!.sp) {
    k++;
    compound = true;
  }
  const unitTok = toks[k]!;
  const timeUnit = TIME_UNITS.get(unitTok.lc);
  if (timeUnit && (compound || !glued)) {
    let end = k + 1;
    value.unit = timeUnit;
    // `34-month-old war` / `54-year-old general` / `54 years old`
    const old = compound
      ? toks[end]!.t === '-' && !toks[end]!.sp && toks[end + 1]!.lc === 'old' && !toks[end + 1]!.sp
      : toks[end]!.lc === 'old';
    // `about 3.2 million years old` (a fossil): no person is that old, so a duration without `old`.
    if (old && !compound && (num.scale > 1 || num.value > 125)) {
      value.display = durationDisplay(value, timeUnit);
      return emit(ctx, start, end, 'duration', value);
    }
    if (old) {
      end += compound ? 2 : 1;
      const isAge = !compound || headIsPerson(ctx, end, timeUnit);
      value.display = durationDisplay(value, timeUnit);
      return emit(ctx, start, end, isAge ? 'age' : 'duration', value);
    }
    if (!compound && toks[end]!.lc === 'ago') {
      return emit(ctx, start, end + 1, 'date', agoValue(ctx, num.value, timeUnit, ctx.text.slice(toks[start]!.s, toks[end]!.e)));
    }
    value.display = durationDisplay(value, timeUnit);
    // `11 hours and 40 minutes`
    if (!compound && toks[end]!.lc === 'and') {
      const n2 = parseNum(toks, end + 1);
      const u2 = n2 ? TIME_UNITS.get(toks[n2.end]!.lc) : undefined;
      if (n2 && u2) {
        value.display += ` ${n2.value} ${n2.value === 1 ? u2 : u2 + 's'}`;
        end = n2.end + 1;
      }
    }
    return emit(ctx, start, end, 'duration', value);
  }
  // `6.2-magnitude`, `6.2 magnitude`
  if (toks[k]!.lc === 'magnitude' && !num.word && num.value < 11) {
    value.unit = 'magnitude';
    value.display = `magnitude ${amountText(value.value, value.high)}`;
    return emit(ctx, start, k + 1, 'quantity', value);
  }
  const unit = matchUnit(toks, k, !compound && glued);
  if (unit && (!compound || unit.def.symbol !== 'in')) {
    value.unit = unit.def.symbol;
    let end = unit.end;
    // `6ft 4in`, `1lb 2oz`: an imperial measure and its smaller unit are one quantity.
    const pair = IMPERIAL_PAIRS.get(unit.def.symbol);
    const small = pair && value.high === undefined && toks[end]!.k === Kind.Num ? parseNum(toks, end) : undefined;
    const smallTok = small ? toks[small.end]! : undefined;
    const smallEnd = !pair || !small || small.scale !== 1 || !smallTok ? -1
      : pair.small === 'in' && smallTok.lc === 'in' && !smallTok.sp ? small.end + 1 // `4in`: a bare `in` is only an inch when glued
        : matchUnit(toks, small.end, !smallTok.sp)?.def.symbol === pair.small ? matchUnit(toks, small.end, !smallTok.sp)!.end : -1;
    if (pair && small && smallEnd > 0 && small.value < pair.per) {
      value.value = (value.value ?? 0) + small.value / pair.per;
      end = smallEnd;
    }
    value.display = quantityDisplay(value);
    if (pair && end !== unit.end) {
      const si = Math.round((value.value ?? 0) * pair.factor * 100) / 100;
      value.display = `${qualifierPrefix(value.qualifier)}${num.value} ${unit.def.symbol} ${small!.value} ${pair.small} (≈ ${si} ${pair.si})`;
    }
    return emit(ctx, start, end, 'quantity', value);
  }
  return -1;
}

/** After `N-year-old`: is the head noun a person (age) or a thing (duration)? */
function headIsPerson(ctx: Ctx, j: number, unit: string): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = ctx.toks[k]!;
    if (t.k !== Kind.Word) break;
    if (PERSON_NOUNS.has(t.lc)) return true;
    if (THING_NOUNS.has(t.lc)) return false;
    if (!t.cap) break;
  }
  return unit === 'year';
}

function ordinalWordAt(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const t = toks[i]!;
  const century = t.cap && !t.first ? undefined : centuryAt(ctx, i);
  if (century) return emit(ctx, i, century.end, 'date', century.v);
  let n = ordinalWord(t.lc);
  let end = i + 1;
  if (n === undefined) {
    // `twenty-first`
    const tens = TENS_WORDS.get(t.lc);
    if (tens === undefined || toks[i + 1]!.t !== '-' || toks[i + 1]!.sp || toks[i + 2]!.sp) return -1;
    const u = ordinalWord(toks[i + 2]!.lc);
    if (u === undefined || u > 9) return -1;
    n = tens + u;
    end = i + 3;
  }
  const next = toks[end]!;
  if (t.cap && (!t.first || (next.k === Kind.Word && next.cap))) return end; // `Second World War`, `First Lady`
  if (t.first && next.t === ',') return end; // `First, ...`
  if (toks[i - 1]?.lc === 'at' && t.lc === 'first') return end; // `at first`
  if (next.t === '-' && !next.sp && ORDINAL_COMPOUNDS.has(toks[end + 1]!.lc)) return end; // `second-hand`, `first-time buyers`
  return emit(ctx, i, end, 'ordinal', { value: n, display: ordinalText(n) });
}

/** `the last 24 hours`, `the past week`, `the next five years`, `the coming days`. */
function theDuration(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const mod = toks[i + 1]!.lc;
  if (mod !== 'last' && mod !== 'past' && mod !== 'next' && mod !== 'coming' && mod !== 'previous' && mod !== 'following') return -1;
  let k = i + 2;
  const num = toks[k]!.lc === 'few' ? undefined : parseNumRange(toks, k, false, false);
  if (num && !num.vague && !num.halfPending && num.scale === 1) k = num.end;
  else if (num) return -1;
  const unitTok = toks[k]!;
  const unit = TIME_UNITS.get(unitTok.lc);
  if (!unit) return -1;
  const plural = PLURAL_TIME_UNITS.has(unitTok.lc);
  if (!num && !plural && (unit === 'day' || unit === 'hour' || unit === 'minute' || unit === 'second')) return -1;
  if (!num && !plural && (mod === 'following' || mod === 'coming')) return -1;
  const value: NumberValue = { display: '' };
  if (num) {
    value.value = num.value;
    if (num.high !== undefined) value.high = num.high;
  } else if (plural) {
    value.vague = true;
  } else {
    value.value = 1;
  }
  value.unit = unit;
  value.display = value.vague ? `${unitTok.lc} (vague)` : durationDisplay(value, unit);
  return emit(ctx, i, k + 1, 'duration', value);
}

/** `for months`, `within hours`: a vague duration, the span is the unit. */
function vagueDuration(ctx: Ctx, i: number): number {
  const t = ctx.toks[i + 1]!;
  if (!PLURAL_TIME_UNITS.has(t.lc)) return -1;
  return emit(ctx, i + 1, i + 2, 'duration', { vague: true, unit: TIME_UNITS.get(t.lc)!, display: `${t.lc} (vague)` });
}

function ageValue(n: Num): NumberValue {
  const v: NumberValue = { value: n.value, unit: 'year', display: '' };
  if (n.high !== undefined) v.high = n.high;
  v.display = plainDisplay(v, 'years');
  return v;
}

function plausibleAge(n: Num | undefined): n is Num {
  return !!n && n.int && !n.vague && n.value >= 0 && n.value < 125 && n.scale === 1 && (n.high === undefined || n.high < 125);
}

/** `aged 54`, `aged 19 and 21`, `aged 40 to 69`, `aged between 18 and 65`. */
function aged(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const between = toks[i + 1]!.lc === 'between';
  const s = between ? i + 1 : i + 1;
  const n = parseNumRange(toks, between ? i + 2 : i + 1, between, false);
  if (!plausibleAge(n)) return -1;
  let end = emit(ctx, s, n.end, 'age', ageValue(n));
  if (!between && toks[end]!.lc === 'and') {
    const m = parseNum(toks, end + 1);
    // `aged 19 and 21 were charged`, but not `aged 40 and 12 children`.
    const after = toks[m?.end ?? end]!;
    if (plausibleAge(m) && (after.k !== Kind.Word || !(isPluralNoun(after.lc) || TIME_UNITS.has(after.lc)))) end = emit(ctx, end + 1, m.end, 'age', ageValue(m));
  }
  return end;
}

/** `turns 30`, `turned 18`. */
function turnsAge(ctx: Ctx, i: number): number {
  const n = parseNum(ctx.toks, i + 1);
  if (!plausibleAge(n) || n.value < 1) return -1;
  const after = ctx.toks[n.end]!;
  if (after.k === Kind.Word && (TIME_UNITS.has(after.lc) || isPluralNoun(after.lc) || after.lc === 'percent')) return -1;
  if (after.t === '%') return -1;
  return emit(ctx, i + 1, n.end, 'age', ageValue(n));
}

const TENS_PLURAL: ReadonlyMap<string, number> = new Map([
  ['teens', 13], ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60],
  ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);

/** `in her 70s`, `in his early thirties`: a vague age. */
function decadeOfLife(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const pron = toks[i + 1]!.lc;
  if (pron !== 'his' && pron !== 'her' && pron !== 'their' && pron !== 'its') return -1;
  let k = i + 2;
  if (toks[k]!.lc === 'early' || toks[k]!.lc === 'mid' || toks[k]!.lc === 'late') {
    k++;
    if (toks[k]!.t === '-' && !toks[k]!.sp) k++;
  }
  const t = toks[k]!;
  let decade: number | undefined;
  let end = k + 1;
  if (/^\d0$/.test(t.t) && toks[k + 1]!.t === 's' && !toks[k + 1]!.sp) {
    decade = Number(t.t);
    end = k + 2;
  } else decade = TENS_PLURAL.get(t.lc);
  if (decade === undefined) return -1;
  const start = k === i + 2 ? k : i + 2;
  return emit(ctx, start, end, 'age', { value: decade, high: decade + 9, vague: true, unit: 'year', display: `${decade}–${decade + 9} years (vague)` });
}


/** `magnitude 6.2` (earthquakes): a quantity on the magnitude scale. */
function magnitudeAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i + 1]!;
  if (t.k !== Kind.Num) return -1;
  const n = parseNum(ctx.toks, i + 1);
  if (!n || n.scale !== 1 || n.value >= 11) return -1;
  return emit(ctx, i, n.end, 'quantity', { value: n.value, unit: 'magnitude', display: `magnitude ${amountText(n.value)}` });
}

/** `call 999`, `dial 112`: an emergency or phone number, not a count (`call 10 witnesses` still counts). */
function isPhoneNumber(ctx: Ctx, j: number): boolean {
  const prev = ctx.toks[j - 1];
  if (!prev || !PHONE_VERBS.has(prev.lc) || !/^\d{3,}$/.test(ctx.toks[j]!.t)) return false;
  const next = ctx.toks[j + 1]!;
  return !(next.k === Kind.Word && (isPluralNoun(next.lc) || followedByMeasure(ctx, j + 1)));
}

/** `9/11`, `24/7`: two small numbers joined by a slash with no year are a name or idiom, not two numbers. */
function slashPair(ctx: Ctx, j: number): number {
  const toks = ctx.toks;
  const sl = toks[j + 1]!;
  const b = toks[j + 2]!;
  if (sl.t !== '/' || sl.sp || b.sp || b.k !== Kind.Num || !/^\d{1,2}$/.test(toks[j]!.t) || !/^\d{1,2}$/.test(b.t)) return -1;
  if (toks[j + 3]!.t === '/' && !toks[j + 3]!.sp) return -1; // `17/11/2024`
  return j + 3;
}

/** After `51st` + a capitalized word: is it a name (`51st Street`, `82nd Airborne Division`) or a count (`31st Test century`)? */
function ordinalInName(ctx: Ctx, k: number): boolean {
  const w = ctx.toks[k]!;
  if (ORDINAL_NAME_HEADS.has(w.lc)) return true;
  const n = ctx.toks[k + 1]!;
  return n.k === Kind.Word && n.cap && !w.first;
}

/** Imperial units written with their smaller unit (`6ft 4in`, `1lb 2oz`): parts per unit and SI conversion. */
const IMPERIAL_PAIRS: ReadonlyMap<string, { small: string; per: number; factor: number; si: string }> = new Map([
  ['ft', { small: 'in', per: 12, factor: 0.3048, si: 'm' }],
  ['lb', { small: 'oz', per: 16, factor: 0.45359237, si: 'kg' }],
]);

/** Words after `first-`, `second-` that make an adjective, not a position (`first-time buyers`, `third-party`). */
const ORDINAL_COMPOUNDS: ReadonlySet<string> = new Set([
  'hand', 'time', 'timer', 'timers', 'class', 'party', 'rate', 'string', 'degree', 'person', 'guess', 'guessing', 'generation',
]);

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
  type Qualifier, QUALIFIER_FIRST_WORDS, TIME_UNITS, countedPhrase, isHouseNumber,
  isListMarker, isNamePrefix, matchQualifier, oneIsCount, isPluralNoun, CHANGE_WORDS, CHANGE_LEVEL_RATIO, TIME_COMPARISON_PREV,
  ORDINAL_NAME_HEADS, PHONE_VERBS, LABEL_WORDS,
} from './rules';
import { matchTemporalNumber, matchTemporalWord } from './temporal';
import { raceTimeAt } from './timesOfDay';
import { centuryAt, decadeAt, matchYear } from './years';
import { UNITS_WORDS, TENS_WORDS, VAGUE_MAGNITUDES, ordinalWord, ordinalSuffixOk, foldWord, SCALE_WORDS } from './words';
import { amountText, moneyDisplay, ordinalText, percentDisplay, plainDisplay, qualifierPrefix, quantityDisplay } from './describe';
import { aged, decadeOfLife, isApposedAge, turnsAge } from './ages';
import { aTimeUnit, theDuration, vagueDuration } from './durations';
import { magnitudeAt, measure } from './measures';

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

/** `m` glued to a number is metres before these words (`100m hurdles`), million otherwise before a plural. */
const METRE_NEXT: ReadonlySet<string> = new Set(['hurdles', 'freestyle', 'relay', 'sprint', 'final', 'race', 'dash']);

/** A sentence as the recognizer reads it; `paragraph` (the analysis's sentences have it) keeps runs apart. */
export interface NumberSentence {
  index: number;
  start: number;
  end: number;
  paragraph?: number;
}

/**
 * Numbers of `text` sentence by sentence. When the sentences say their paragraph, each
 * paragraph is read on its own: no expression runs on into the next paragraph, and what a
 * paragraph holds depends on its own text alone (and on whether a line break comes before
 * it), which lets an incremental analysis reuse it (core/analysisCache.ts).
 */
export function recognizeNumbers(text: string, sentences: NumberSentence[], options: RecognizeOptions): NumberMention[] {
  const out: NumberMention[] = [];
  const article = parseIso(options.articleDate);
  const dayFirst = options.dayFirst ?? true;
  if (sentences.length === 0 || sentences[0]!.paragraph === undefined) {
    recognizeRun(text, sentences, article, dayFirst, out, 0, text.length);
    return out;
  }
  for (let a = 0; a < sentences.length; ) {
    let b = a + 1;
    while (b < sentences.length && sentences[b]!.paragraph === sentences[a]!.paragraph) b++;
    recognizeRun(text, sentences.slice(a, b), article, dayFirst, out, sentences[a]!.start, sentences[b - 1]!.end);
    a = b;
  }
  return out;
}

/** The numbers of one paragraph's sentences (non-empty, in order), as recognizeNumbers finds them. */
export function recognizeParagraphNumbers(text: string, sentences: NumberSentence[], options: RecognizeOptions): NumberMention[] {
  const out: NumberMention[] = [];
  recognizeRun(text, sentences, parseIso(options.articleDate), options.dayFirst ?? true, out, sentences[0]!.start, sentences[sentences.length - 1]!.end);
  return out;
}

/** Sentences read from `start`; the last chunk ends at `end`. */
function recognizeRun(
  text: string,
  sentences: NumberSentence[],
  article: ReturnType<typeof parseIso>,
  dayFirst: boolean,
  out: NumberMention[],
  start: number,
  end: number,
): void {
  // A long article is read in chunks of whole sentences: the tokens of one chunk are short-lived,
  // which keeps memory flat and the garbage collector cheap (npm run bench:numbers).
  let from = start;
  let first = 0;
  while (first < sentences.length || (sentences.length === 0 && from === start)) {
    let last = first;
    while (last < sentences.length - 1 && sentences[last]!.end - sentences[first]!.start < CHUNK_CHARS) last++;
    const to = last >= sentences.length - 1 ? end : sentences[last + 1]!.start;
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

/** Words after `first-`, `second-` that make an adjective, not a position (`first-time buyers`, `third-party`). */
const ORDINAL_COMPOUNDS: ReadonlySet<string> = new Set([
  'hand', 'time', 'timer', 'timers', 'class', 'party', 'rate', 'string', 'degree', 'person', 'guess', 'guessing', 'generation',
]);

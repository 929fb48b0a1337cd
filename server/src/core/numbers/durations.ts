/** Durations: `a year ago`, `for a week`, `the last 24 hours`, `for months`. */
import type { NumberValue } from '../model';
import { Kind } from './lexer';
import { type Ctx, emit } from './context';
import { parseNumRange } from './parse';
import { type Qualifier, TIME_UNITS, PLURAL_TIME_UNITS } from './rules';
import { agoValue } from './temporalValues';
import { plainDisplay, qualifierPrefix } from './describe';

type Q = Qualifier | undefined;

/** Words before `a year`, `an hour` that make it a duration (`for a week`, `in a month`). */
const A_DURATION_PREV: ReadonlySet<string> = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'half']);

/** `a year ago`, `almost an hour`, `for a week`. */
export function aTimeUnit(ctx: Ctx, j: number, start: number, q: Q): number {
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

export function durationDisplay(v: NumberValue, unit: string): string {
  const plural = v.high !== undefined || v.value !== 1 ? (unit === 'century' ? 'centuries' : unit + 's') : unit;
  return plainDisplay(v, plural);
}

/** `the last 24 hours`, `the past week`, `the next five years`, `the coming days`. */
export function theDuration(ctx: Ctx, i: number): number {
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
export function vagueDuration(ctx: Ctx, i: number): number {
  const t = ctx.toks[i + 1]!;
  if (!PLURAL_TIME_UNITS.has(t.lc)) return -1;
  return emit(ctx, i + 1, i + 2, 'duration', { vague: true, unit: TIME_UNITS.get(t.lc)!, display: `${t.lc} (vague)` });
}

/** What follows a number: units of time (durations, ages, `ago`), magnitudes and measures (`6ft 4in`). */
import type { NumberValue } from '../model';
import { Kind } from './lexer';
import { type Ctx, emit } from './context';
import { matchUnit } from './units';
import { type Num, parseNum } from './parse';
import { TIME_UNITS } from './rules';
import { agoValue } from './temporalValues';
import { amountText, qualifierPrefix, quantityDisplay } from './describe';
import { headIsPerson } from './ages';
import { durationDisplay } from './durations';

/** Units of time, age, and measures after the number; returns the end or -1. */
export function measure(ctx: Ctx, num: Num, value: NumberValue, j: number, start: number, glued: boolean): number {
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

/** `magnitude 6.2` (earthquakes): a quantity on the magnitude scale. */
export function magnitudeAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i + 1]!;
  if (t.k !== Kind.Num) return -1;
  const n = parseNum(ctx.toks, i + 1);
  if (!n || n.scale !== 1 || n.value >= 11) return -1;
  return emit(ctx, i, n.end, 'quantity', { value: n.value, unit: 'magnitude', display: `magnitude ${amountText(n.value)}` });
}

/** Imperial units written with their smaller unit (`6ft 4in`, `1lb 2oz`): parts per unit and SI conversion. */
const IMPERIAL_PAIRS: ReadonlyMap<string, { small: string; per: number; factor: number; si: string }> = new Map([
  ['ft', { small: 'in', per: 12, factor: 0.3048, si: 'm' }],
  ['lb', { small: 'oz', per: 16, factor: 0.45359237, si: 'kg' }],
]);

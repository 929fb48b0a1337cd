/** Ages: `aged 54`, `turns 30`, `in her 70s`, `Tarnavskiy, 54,`, and whether `N-year-old` is a person's age. */
import type { NumberValue } from '../model';
import { Kind } from './lexer';
import { type Ctx, emit } from './context';
import { MONTHS, WEEKDAYS } from './dates';
import { type Num, parseNum, parseNumRange } from './parse';
import { TIME_UNITS, isPluralNoun } from './rules';
import { PERSON_NOUNS, THING_NOUNS } from './people';
import { plainDisplay } from './describe';

/** Age in apposition: `Tarnavskiy, 54,` / `her son, 12,`. */
export function isApposedAge(ctx: Ctx, i: number): boolean {
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

/** After `N-year-old`: is the head noun a person (age) or a thing (duration)? */
export function headIsPerson(ctx: Ctx, j: number, unit: string): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = ctx.toks[k]!;
    if (t.k !== Kind.Word) break;
    if (PERSON_NOUNS.has(t.lc)) return true;
    if (THING_NOUNS.has(t.lc)) return false;
    if (!t.cap) break;
  }
  return unit === 'year';
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
export function aged(ctx: Ctx, i: number): number {
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
export function turnsAge(ctx: Ctx, i: number): number {
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
export function decadeOfLife(ctx: Ctx, i: number): number {
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

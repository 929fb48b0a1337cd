/** Years, seasons of years (`2022-23`), decades (`the 1990s`, `'90s`) and centuries. */
import type { NumberValue } from '../model';
import { Kind } from './lexer';
import { type Ctx, emit } from './context';
import { type Qualifier, isPluralNoun } from './rules';
import { withQ } from './temporalValues';

type Q = Qualifier | undefined;

/** `19th century`, `the nineteenth century`: a date interval of a hundred years. */
export function centuryAt(ctx: Ctx, j: number): { end: number; v: NumberValue } | undefined {
  const toks = ctx.toks;
  const t = toks[j]!;
  let n: number | undefined;
  let k = j + 1;
  if (t.k === Kind.Num && /^\d{1,2}$/.test(t.t) && /^(st|nd|rd|th)$/.test(toks[j + 1]!.lc) && !toks[j + 1]!.sp) {
    n = Number(t.t);
    k = j + 2;
  } else if (t.k === Kind.Word) {
    n = ORDINAL_CENTURY.get(t.lc);
    // `twenty-first century`
    if (t.lc === 'twenty' && toks[j + 1]!.t === '-' && toks[j + 2]!.lc === 'first') { n = 21; k = j + 3; }
  }
  if (n === undefined || n < 1 || n > 22 || toks[k]!.lc !== 'century') return undefined;
  const from = (n - 1) * 100 + 1;
  const to = n * 100;
  const label = ctx.text.slice(t.s, toks[k]!.e);
  return { end: k + 1, v: { date: `${from}/${to}`, display: `${label} (${from}–${to})` } };
}

const ORDINAL_CENTURY: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
]);

/** `1990s` (digits + glued `s`). */
export function decadeAt(ctx: Ctx, j: number): { end: number; v: NumberValue } | undefined {
  const t = ctx.toks[j]!;
  const s = ctx.toks[j + 1]!;
  if (s.t !== 's' || s.sp) return undefined;
  // `'90s`, `’80s`: a two-digit decade after an apostrophe (`'00s` and `'10s` are this century).
  const apos = ctx.toks[j - 1];
  if (/^\d0$/.test(t.t) && apos && (apos.t === "'" || apos.t === '’') && !t.sp) {
    const d = Number(t.t);
    const y = d <= 10 ? 2000 + d : 1900 + d;
    return { end: j + 2, v: { date: `${y}/${y + 9}`, display: `${y}s (${y}–${y + 9})` } };
  }
  if (!/^\d{4}$/.test(t.t) || !t.t.endsWith('0')) return undefined;
  const y = Number(t.t);
  return { end: j + 2, v: { date: `${y}/${y + 9}`, display: `${y}s (${y}–${y + 9})` } };
}

/**
 * A bare four-digit year at `i` (`in 2022`, `the 2024 election`, `2022-23`), or -1 when the number
 * counts something (`2000 troops`).
 */
export function matchYear(ctx: Ctx, i: number, start: number, q: Q): number {
  const t = ctx.toks[i]!;
  if (!/^\d{4}$/.test(t.t)) return -1;
  const y = Number(t.t);
  if (y < 1800 || y > 2100) return -1;
  const dec = decadeAt(ctx, i);
  if (dec) return emit(ctx, start, dec.end, 'date', withQ(dec.v, q));
  const dash = ctx.toks[i + 1]!;
  const second = ctx.toks[i + 2]!;
  if ((dash.t === '-' || dash.t === '–' || dash.t === '/') && !dash.sp && !second.sp && second.k === Kind.Num) {
    if (second.t.length === 2 && Number(second.t) === (y + 1) % 100) {
      return emit(ctx, start, i + 3, 'date', withQ({ date: `${y}/${y + 1}`, display: `${y}–${y + 1} (season)` }, q));
    }
    if (second.t.length === 4 && Number(second.t) > y && Number(second.t) <= 2100) {
      return emit(ctx, start, i + 3, 'date', withQ({ date: `${y}/${second.t}`, display: `${y}–${second.t}` }, q));
    }
  }
  const next = ctx.toks[i + 1]!;
  if (next.k === Kind.Word && !next.sp) return -1; // glued unit or suffix
  if (next.k === Kind.Word && (isPluralNoun(next.lc) || next.lc === 'of')) return -1;
  if (next.t === '%') return -1;
  return emit(ctx, start, i + 1, 'date', withQ({ date: String(y), display: String(y) }, q));
}

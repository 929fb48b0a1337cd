/** Parsing the number itself: digits with scales, number words, vague magnitudes, fractions, ranges. */
import { Kind, type Tok } from './lexer';
import {
  FRACTION_WORDS, SCALE_SUFFIXES, SCALE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_MAGNITUDES, foldWord, parseDigits,
} from './words';

export interface Num {
  /** Token index after the number (and its scale). */
  end: number;
  value: number;
  high?: number;
  vague?: boolean;
  /** Written in words. */
  word: boolean;
  int: boolean;
  /** Multiplier applied by a scale word or suffix (1 when none). */
  scale: number;
  /** A glued `m` that may be metres or million (`100m`, `5m people`). */
  mSuffix?: boolean;
  fraction?: boolean;
  /** `half a` waiting for a unit (`half a kilogram`). */
  halfPending?: boolean;
  /** The bare word `one`. */
  isOne?: boolean;
  /** A sports score or vote (`3-1`, `7-2`). */
  score?: boolean;
}

const MAGNITUDE_OF: ReadonlyMap<string, number> = new Map([
  ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

function scaleAfter(toks: readonly Tok[], j: number): { scale: number; end: number; m?: boolean } {
  const t = toks[j]!;
  if (t.k !== Kind.Word) return { scale: 1, end: j };
  if (!t.sp && t.t === t.lc) {
    if (t.t === 'm') return { scale: 1, end: j, m: true };
    const s = SCALE_SUFFIXES.get(t.t);
    // `5bn` but not `5b` followed by letters of a name; the lexer already cut at letters.
    if (s) return { scale: s, end: j + 1 };
  }
  if (t.sp) {
    const s = SCALE_WORDS.get(t.lc);
    if (s && t.lc !== 'hundred') return { scale: s, end: j + 1 };
  }
  return { scale: 1, end: j };
}

function wordCardinal(toks: readonly Tok[], i: number): Num | undefined {
  let total = 0;
  let cur = 0;
  let any = false;
  let k = i;
  let last: 'unit' | 'tens' | 'scale' | 'none' = 'none';
  let usedScale = 1;
  for (;;) {
    const w = toks[k]!;
    if (w.k !== Kind.Word) break;
    const u = UNITS_WORDS.get(w.lc);
    const tens = TENS_WORDS.get(w.lc);
    if (u !== undefined || tens !== undefined) {
      if (last === 'unit' || (last === 'tens' && tens !== undefined)) break;
      if (last === 'tens' && u !== undefined && u >= 10) break;
      cur += (u ?? tens)!;
      any = true;
      k++;
      last = tens !== undefined ? 'tens' : 'unit';
      // `twenty-five`
      if (tens !== undefined && toks[k]!.t === '-' && !toks[k]!.sp && !toks[k + 1]!.sp) {
        const u2 = UNITS_WORDS.get(toks[k + 1]!.lc);
        if (u2 !== undefined && u2 < 10) { cur += u2; k += 2; last = 'unit'; }
      }
      continue;
    }
    if (!any) break;
    if (w.lc === 'hundred' && last !== 'scale') { cur = (cur || 1) * 100; k++; last = 'scale'; continue; }
    if (w.lc === 'dozen' && last !== 'scale') { cur *= 12; k++; last = 'scale'; continue; }
    const sc = w.lc === 'thousand' ? 1e3 : w.lc === 'million' ? 1e6 : w.lc === 'billion' ? 1e9 : w.lc === 'trillion' ? 1e12 : 0;
    if (sc) { total += cur * sc; cur = 0; k++; last = 'scale'; usedScale = Math.max(usedScale, sc); continue; }
    if (w.lc === 'and' && last === 'scale') {
      const nx = toks[k + 1]!.lc;
      if (UNITS_WORDS.has(nx) || TENS_WORDS.has(nx)) { k++; continue; }
    }
    break;
  }
  if (!any) return undefined;
  const value = total + cur;
  const isOne = k === i + 1 && toks[i]!.lc === 'one';
  return { end: k, value, word: true, int: true, scale: usedScale, isOne };
}

/** Words before `half of` that make it a part of something else (`the second half of the year`). */
const HALF_BLOCK_PREV: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'first', 'second', 'other', 'latter', 'former', 'each', 'this', 'that', 'its', 'their', 'his', 'her',
]);

/** One number at token `i`, with its scale; no range. `seven and a half`, `2 and a half` add one half. */
export function parseNum(toks: readonly Tok[], i: number): Num | undefined {
  const n = parseNumCore(toks, i);
  if (!n || n.vague || n.fraction || n.halfPending || n.mSuffix || !n.int || n.scale !== 1) return n;
  const e = n.end;
  if (toks[e]!.lc !== 'and' || toks[e + 1]!.lc !== 'a' || toks[e + 2]!.lc !== 'half') return n;
  const sc = toks[e + 3]!.sp ? SCALE_WORDS.get(toks[e + 3]!.lc) : undefined;
  const scale = sc && toks[e + 3]!.lc !== 'hundred' ? sc : 1;
  return { ...n, end: e + 3 + (scale > 1 ? 1 : 0), value: (n.value + 0.5) * scale, int: scale > 1, scale, isOne: false };
}

function parseNumCore(toks: readonly Tok[], i: number): Num | undefined {
  const t = toks[i]!;
  if (t.k === Kind.Num) {
    const v = parseDigits(t.t);
    if (Number.isNaN(v)) return undefined;
    const sc = scaleAfter(toks, i + 1);
    return { end: sc.end, value: v * sc.scale, word: false, int: Number.isInteger(v), scale: sc.scale, mSuffix: sc.m };
  }
  if (t.k !== Kind.Word) return undefined;
  const lc = t.lc;
  const n1 = toks[i + 1]!;
  if (lc === 'a' || lc === 'an') {
    if (n1.lc === 'dozen') return { end: i + 2, value: 12, word: true, int: true, scale: 1 };
    const s = SCALE_WORDS.get(n1.lc);
    if (s && n1.lc !== 'mln' && n1.lc !== 'bln') return { end: i + 2, value: s, word: true, int: true, scale: s };
    const den = FRACTION_WORDS.get(n1.lc);
    if (den && den > 2 && !n1.lc.endsWith('s') && (toks[i + 2]!.lc === 'of' || toks[i - 1]?.lc === 'by')) {
      return { end: i + 2, value: 1 / den, word: true, int: false, scale: 1, fraction: true };
    }
    return undefined;
  }
  // `half of its patients`; not `the second half of the season`.
  if (lc === 'half' && n1.lc === 'of' && !HALF_BLOCK_PREV.has(toks[i - 1]?.lc ?? '')) {
    return { end: i + 1, value: 0.5, word: true, int: false, scale: 1, fraction: true };
  }
  if (lc === 'half' && (n1.lc === 'a' || n1.lc === 'an')) {
    const s = SCALE_WORDS.get(toks[i + 2]!.lc);
    if (s) return { end: i + 3, value: 0.5 * s, word: true, int: true, scale: s };
    return { end: i + 2, value: 0.5, word: true, int: false, scale: 1, halfPending: true };
  }
  const mag = VAGUE_MAGNITUDES.get(lc);
  if (mag !== undefined) {
    // `hundreds of thousands`
    const m2 = toks[i + 1]!.lc === 'of' ? MAGNITUDE_OF.get(toks[i + 2]!.lc) : undefined;
    if (m2 && m2 > mag) return { end: i + 3, value: mag * m2, vague: true, word: true, int: true, scale: 1 };
    return { end: i + 1, value: mag, vague: true, word: true, int: true, scale: 1 };
  }
  if (lc === 'tens' && n1.lc === 'of') {
    const m2 = MAGNITUDE_OF.get(toks[i + 2]!.lc);
    if (m2) return { end: i + 3, value: 10 * m2, vague: true, word: true, int: true, scale: 1 };
    return undefined;
  }
  const fold = foldWord(lc);
  if (fold !== undefined) return { end: i + 1, value: fold, word: true, int: true, scale: 1 };
  // `two-thirds`, `one-half`
  const u = UNITS_WORDS.get(lc);
  if (u !== undefined && n1.t === '-' && !n1.sp && !toks[i + 2]!.sp) {
    const den = FRACTION_WORDS.get(toks[i + 2]!.lc);
    if (den) return { end: i + 3, value: u / den, word: true, int: false, scale: 1, fraction: true };
  }
  return wordCardinal(toks, i);
}

/**
 * A number or a range (`10 to 12`, `10-12`, `two or three`, `between 10 and 12` in `between` mode),
 * or a score (`3-1`).
 */
export function parseNumRange(toks: readonly Tok[], i: number, between: boolean, noTo: boolean): Num | undefined {
  const a = parseNum(toks, i);
  if (!a || a.vague || a.halfPending || a.mSuffix) return a;
  const j = a.end;
  const joiner = toks[j]!;
  const dash = (joiner.t === '-' || joiner.t === '–') && !joiner.sp && !toks[j + 1]!.sp;
  let ok = false;
  if (dash) ok = !a.word && toks[j + 1]!.k === Kind.Num;
  else if (between) ok = joiner.lc === 'and';
  else if (joiner.lc === 'to') ok = !noTo;
  else if (joiner.lc === 'or') ok = a.word || a.int;
  if (!ok) return a;
  const b = parseNum(toks, j + 1);
  if (!b || b.vague || b.halfPending || b.fraction) return a;
  if (dash && a.int && b.int && a.scale === 1 && b.scale === 1 && a.value < 1000 && b.value < 1000 && a.value >= b.value) {
    return { ...a, end: b.end, high: b.value, score: true };
  }
  let low = a.value;
  if (a.scale === 1 && b.scale > 1 && low * b.scale <= b.value) low *= b.scale;
  if (b.value <= low) return between ? undefined : a;
  return { ...a, value: low, high: b.value, end: b.end, scale: Math.max(a.scale, b.scale), mSuffix: b.mSuffix, isOne: false };
}

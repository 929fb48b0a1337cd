import type { Token } from './model';

/**
 * Abbreviations that keep their final period (`Corp.`, `Gen.`, `Jan.`). Single letters
 * (`J.`) and words with an inner dot (`U.S.`, `e.g.`) keep it too.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft sen rep gov gen lt col maj capt cmdr sgt adm cpl pvt rev hon pres supt insp ' +
    'corp inc ltd co cos bros plc llc no nos vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd ky calif conn del fla ga ill ind kan ' +
    'la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ariz ark colo mln bln pct'
  ).split(' '),
);

/** Clitics split off as their own token (`Zelenskiy's` -> `Zelenskiy` `'s`). */
const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m))$/iu;
const NEGATION = /^(.+?)(n['’]t)$/iu;

const WORD =
  /[\p{L}\p{N}\p{M}]+(?:(?:[-'’&/.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*(?:\.(?!\.))?|\.{2,}|-{2,}|``|''|\S/gu;

/**
 * Splits `text[start, end)` into CoNLL-2003 style tokens with exact offsets into `text`:
 * punctuation and quotes split off, possessive `'s` and `n't` split, hyphenated words,
 * numbers (`10,000`, `1.5`, `1996-08-22`) and dotted abbreviations (`U.S.`, `Corp.`) kept
 * whole, and a sentence-final period split from an ordinary word.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = end === text.length ? text : text.slice(0, end);
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number): void => {
    if (e > s) tokens.push({ start: s, end: e, text: text.slice(s, e) });
  };
  while ((m = re.exec(slice)) !== null) {
    let s = m.index;
    let w = m[0];
    if (w.length === 1 || !/[\p{L}\p{N}]/u.test(w[0])) {
      push(s, s + w.length);
      continue;
    }
    // A final period: kept on abbreviations, split off ordinary words.
    let period = false;
    if (w.endsWith('.')) {
      const body = w.slice(0, -1);
      const keep =
        body.includes('.') || (body.length === 1 && /\p{L}/u.test(body)) || ABBREVIATIONS.has(body.toLowerCase());
      if (!keep) {
        period = true;
        w = body;
      }
    }
    const neg = NEGATION.exec(w);
    const cl = neg ? null : CLITIC.exec(w);
    const split = neg ?? cl;
    if (split && /[\p{L}\p{N}]$/u.test(split[1])) {
      push(s, s + split[1].length);
      push(s + split[1].length, s + w.length);
    } else {
      push(s, s + w.length);
    }
    s += w.length;
    if (period) push(s, s + 1);
  }
  return tokens;
}

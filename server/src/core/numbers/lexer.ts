/**
 * One-pass lexer for the number recognizer: letters, digit groups and single marks, with offsets.
 * Digit groups keep inner separators (`10,000`, `1.5`, `14:00`, `17.11.2024`) but never a
 * trailing one, so `in 2022.` ends at `2022`. Letters and digits are separate tokens, so
 * `G7`, `2.5bn`, `40C` and `3pm` are two tokens with no space between (`sp` false).
 */
import { isLetter, isSpace, LETTER, lengthIfClass } from '../segment/chars';

export const enum Kind {
  Word = 0,
  Num = 1,
  Punct = 2,
  End = 3,
}

export interface Tok {
  s: number;
  e: number;
  t: string;
  /** Lower-case text. */
  lc: string;
  k: Kind;
  /** Whitespace (or the start of text) before the token. */
  sp: boolean;
  /** A line break before the token (or the start of text): a paragraph in one-line-per-paragraph copy. */
  nl: boolean;
  /** First word or number of its sentence (opening quotes and brackets skipped). */
  first: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Position of the token's sentence in the sentences array (0 when there are none). */
  sent: number;
}

/** Words whose possessive is split off (`Saturday's`, `last year's`, `August's`), so the date is found. */
const POSSESSIVE_DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'year', 'month', 'week', 'weekend', 'day', 'night', 'season', 'decade', 'century', 'quarter',
  'today', 'yesterday', 'tomorrow', 'tonight', 'summer', 'winter', 'spring', 'autumn', 'fall',
]);
/**
 * The tokens, as this pattern finds them; lex scans for them by char code instead (ASCII by code,
 * other characters through the same Unicode classes), which took a third of the recognizer's time.
 */
export const TOKEN_PATTERN = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,:]\d+)*|\S/gu;

/** Code units of the letter at `i` (2 for an astral one), or 0. */
function letterAt(text: string, i: number): number {
  return lengthIfClass(text, i, LETTER);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the token that starts at `s` (a non-space character): letters, digit groups or one mark. */
function tokenEnd(text: string, s: number): number {
  let len = letterAt(text, s);
  if (len > 0) {
    let p = s + len;
    for (;;) {
      while ((len = letterAt(text, p)) > 0) p += len;
      const c = text.charCodeAt(p);
      if ((c === 39 || c === 0x2019) && letterAt(text, p + 1) > 0) p++;
      else return p;
    }
  }
  if (isDigit(text.charCodeAt(s))) {
    let p = s + 1;
    for (;;) {
      while (isDigit(text.charCodeAt(p))) p++;
      const c = text.charCodeAt(p);
      if ((c === 46 || c === 44 || c === 58) && isDigit(text.charCodeAt(p + 1))) p++;
      else return p;
    }
  }
  // Any other character is a token of its own; a surrogate pair is one character.
  const c = text.charCodeAt(s);
  const d = text.charCodeAt(s + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? s + 2 : s + 1;
}

/** Number of sentinel tokens appended at the end, so short look-aheads never run off the array. */
export const SENTINELS = 6;

/**
 * Tokens of `text` from `from` to `to` (the whole text by default). A range starts at a sentence
 * start, so the recognizer can work through a long article chunk by chunk.
 */
export function lex(
  text: string,
  sentences: readonly { index: number; start: number; end: number }[],
  from = 0,
  to = text.length,
): Tok[] {
  const toks: Tok[] = [];
  const length = text.length;
  let pos = from;
  // Like a /u pattern, a start inside a surrogate pair starts at the pair.
  const c0 = text.charCodeAt(pos);
  if (c0 >= 0xdc00 && c0 <= 0xdfff && pos > 0 && text.charCodeAt(pos - 1) >= 0xd800 && text.charCodeAt(pos - 1) <= 0xdbff) pos--;
  // Whitespace before the range counts as space before its first token.
  let prevEnd = from;
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1]!)) prevEnd--;
  let si = 0;
  let sentStartSeen = -1;
  const ns = sentences.length;
  for (;;) {
    while (pos < length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= length) break;
    const s = pos;
    if (s >= to) break;
    const e = tokenEnd(text, s);
    pos = e;
    const t = text.slice(s, e);
    const c = t.charCodeAt(0);
    let k: Kind;
    if (c >= 48 && c <= 57) k = Kind.Num;
    else if (t.length > 1 || isLetter(c)) k = Kind.Word;
    else k = Kind.Punct;
    let sp = s === 0;
    let nl = s === 0;
    for (let p = prevEnd; p < s; p++) {
      const ch = text.charCodeAt(p);
      if (ch === 10 || ch === 13) nl = true;
      sp = true;
    }
    while (si < ns - 1 && s >= sentences[si]!.end) si++;
    let first = false;
    if (k !== Kind.Punct && sentStartSeen !== si) {
      sentStartSeen = si;
      first = true;
    }
    if (nl && k !== Kind.Punct) first = true;
    const lc = k === Kind.Word ? t.toLowerCase() : t;
    const cap = k === Kind.Word && lc !== t && t[0] !== lc[0];
    // `Saturday's rally`, `last year's result`: the date word and its possessive are two tokens.
    const apos = k === Kind.Word && t.length > 3 ? t.charCodeAt(t.length - 2) : 0;
    if ((apos === 39 || apos === 0x2019) && (lc.endsWith("'s") || lc.endsWith('’s')) && POSSESSIVE_DATE_WORDS.has(lc.slice(0, -2))) {
      toks.push({ s, e: e - 2, t: t.slice(0, -2), lc: lc.slice(0, -2), k, sp, nl, first, cap, sent: si });
      toks.push({ s: e - 2, e, t: t.slice(-2), lc: lc.slice(-2), k: Kind.Punct, sp: false, nl: false, first: false, cap: false, sent: si });
    } else {
      toks.push({ s, e, t, lc, k, sp, nl, first, cap, sent: si });
    }
    prevEnd = e;
  }
  const end = to;
  const last = ns > 0 ? ns - 1 : 0;
  for (let i = 0; i < SENTINELS; i++) {
    toks.push({ s: end, e: end, t: '', lc: '', k: Kind.End, sp: true, nl: true, first: false, cap: false, sent: last });
  }
  return toks;
}

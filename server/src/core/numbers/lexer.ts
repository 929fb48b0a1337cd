/**
 * One-pass lexer for the number recognizer: letters, digit groups and single marks, with offsets.
 * Digit groups keep inner separators (`10,000`, `1.5`, `14:00`, `17.11.2024`) but never a
 * trailing one, so `in 2022.` ends at `2022`. Letters and digits are separate tokens, so
 * `G7`, `2.5bn`, `40C` and `3pm` are two tokens with no space between (`sp` false).
 */

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

const LETTER = /\p{L}/u;

/** Words whose possessive is split off (`Saturday's`, `last year's`, `August's`), so the date is found. */
const POSSESSIVE_DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'year', 'month', 'week', 'weekend', 'day', 'night', 'season', 'decade', 'century', 'quarter',
  'today', 'yesterday', 'tomorrow', 'tonight', 'summer', 'winter', 'spring', 'autumn', 'fall',
]);
const TOKEN_RE = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,:]\d+)*|\S/gu;

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
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  // Whitespace before the range counts as space before its first token.
  let prevEnd = from;
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1]!)) prevEnd--;
  let si = 0;
  let sentStartSeen = -1;
  const ns = sentences.length;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    if (s >= to) break;
    const t = m[0];
    const e = s + t.length;
    const c = t.charCodeAt(0);
    let k: Kind;
    if (c >= 48 && c <= 57) k = Kind.Num;
    else if (t.length > 1 || (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(t))) k = Kind.Word;
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

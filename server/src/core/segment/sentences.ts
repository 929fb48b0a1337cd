import type { Span } from '../model';

/**
 * Sentence spans inside one paragraph of plain text.
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) that is
 * followed by white space and a plausible sentence start. It does not end after an
 * abbreviation (`Gen.`, `U.S.`, `Feb.`, `Mr.`, `St.`), an initial (`Raymond H. Hawksley`), or
 * inside a decimal number, and it does not end inside a quotation: a quotation of several
 * sentences stays with the sentence that holds its attribution (spec/claims.md section 1).
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col maj capt cpl sgt adm cmdr brig lt-col rev fr st mt ' +
    'jr sr co corp inc ltd plc bros dept univ assn no nos vol vs etc approx est fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo ft pt ave blvd rd hwy a.m p.m u.s u.k u.n e.u'
  ).split(' '),
);

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);

export function splitSentences(plain: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(plain, paragraph.start, paragraph.end);
  let inStraight = false;
  let curlyDepth = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = plain[i];
    if (c === '"') {
      // A straight quote opens when it follows space or an opening bracket, closes otherwise.
      const prev = i > paragraph.start ? plain[i - 1] : ' ';
      inStraight = /[\s(\[—–-]/.test(prev);
      continue;
    }
    if (OPEN_QUOTES.has(c)) curlyDepth++;
    else if (CLOSE_QUOTES.has(c)) curlyDepth = Math.max(0, curlyDepth - 1);
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Include closing quotes and brackets that follow the terminator.
    let end = i + 1;
    let closesQuote = false;
    while (end < paragraph.end && /["”’')\]»]/.test(plain[end])) {
      if (plain[end] === '"' || CLOSE_QUOTES.has(plain[end])) closesQuote = true;
      end++;
    }
    if (end >= paragraph.end) break;
    if (!/\s/.test(plain[end])) continue;
    const quoted = (inStraight || curlyDepth > 0) && !closesQuote;
    if (quoted) continue;
    if (c === '.' && !endsSentenceAt(plain, paragraph.start, i)) continue;
    const next = skipSpace(plain, end, paragraph.end);
    if (next >= paragraph.end || !/[\p{Lu}\p{N}"“‘'(\[¿¡]/u.test(plain[next])) continue;
    if (closesQuote) {
      inStraight = false;
      curlyDepth = 0;
    }
    spans.push({ start: sentenceStart, end });
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < paragraph.end) spans.push({ start: sentenceStart, end: trimEnd(plain, paragraph.end) });
  return spans.filter((s) => s.end > s.start);
}

/** Is the `.` at `dot` the end of a sentence, judged by the word before it? */
function endsSentenceAt(text: string, min: number, dot: number): boolean {
  let w = dot;
  while (w > min && /[\p{L}\p{N}.'-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  // Decimal: `1.5` never reaches here (no space after the dot), but `No. 5` does.
  if (/^\p{Lu}$/u.test(word)) return false; // initial: `H.`
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // Dotted abbreviation like `U.S.`: ends a sentence only before a new sentence start,
    // which the caller checks; treat as abbreviation when followed by a capitalized name.
    return isSentenceStartAfter(text, dot);
  }
  return !ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
}

function isSentenceStartAfter(text: string, dot: number): boolean {
  const rest = text.slice(dot + 1, dot + 40);
  const m = /^\s+(\S+)/.exec(rest);
  if (!m) return true;
  return /^(?:The|A|An|It|He|She|They|We|I|In|On|But|And|This|That|There|His|Her|Their|"|“)\b/.test(m[1]);
}

function skipSpace(text: string, pos: number, end: number): number {
  while (pos < end && /\s/.test(text[pos])) pos++;
  return pos;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

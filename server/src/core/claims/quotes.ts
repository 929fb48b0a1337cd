import type { ArticleDiagnostic, Paragraph, Quotation } from '../article';
import { StringMemo } from '../memo';
import { COMMON_VERBS } from './words';

/**
 * Quotations in body paragraphs: straight `"..."`, curly `“...”` and ``` ``...'' ``` pairs.
 *
 * A straight mark's shape says whether it opens or closes: it opens after a space, a bracket or a
 * dash and before a word, and closes after a word or punctuation and before a space, punctuation
 * or the paragraph's end. A mark that opens while a quotation is open is a reopening: copy whose
 * paragraph breaks were lost runs a speaker's paragraphs together (`... the money going? "Nobody
 * on the council ...`), and each reopening starts a continuing quotation, as if the lost break
 * were there (docs/rules.md, the decisions of the spec's section 6.1). The quotation before it ends there and is not unbalanced.
 *
 * A quotation still open at the end of its paragraph is unbalanced, unless the next body
 * paragraph opens a quotation too (the multi-paragraph quotation convention).
 */
export function findQuotations(plain: string, paragraphs: Paragraph[]): Quotation[] {
  const quotes: Quotation[] = [];
  const checked = paragraphs.filter((p) => p.role === 'body');
  const re = /``|''|["“”]/g;
  // The first mark at or after the end of the previous paragraph, and where that search began:
  // every position in between holds no mark. A paragraph that starts in that stretch starts its
  // search there, instead of scanning again (and on to the next quotation, paragraphs ahead).
  let ahead: RegExpExecArray | null | undefined;
  let aheadFrom = 0;
  checked.forEach((p, k) => {
    let open: { at: number; len: number; mark: string } | undefined;
    const push = (end: number, innerEnd: number): void => {
      if (!open) return;
      const facts = innerFacts.get(plain.slice(open.at + open.len, innerEnd));
      quotes.push({
        start: open.at,
        end,
        innerStart: open.at + open.len,
        innerEnd,
        words: facts.words,
        isClaim: facts.isClaim,
        attribution: -1,
        paragraph: p.index,
        unbalanced: false,
      });
    };
    let m: RegExpExecArray | null;
    if (ahead !== undefined && aheadFrom <= p.start && (ahead === null || ahead.index >= p.start)) {
      m = ahead;
      if (m !== null) re.lastIndex = m.index + m[0].length;
    } else {
      re.lastIndex = p.start;
      aheadFrom = p.start;
      m = re.exec(plain);
    }
    for (; m !== null && m.index < p.end; aheadFrom = re.lastIndex, m = re.exec(plain)) {
      const mark = m[0];
      const at = m.index;
      const shape = markShape(plain, at, mark, p.start, p.end);
      if (!open) {
        if (shape === 'close') continue;
        open = { at, len: mark.length, mark };
        continue;
      }
      const sameFamily = open.mark === '“' ? mark === '“' || mark === '”' : open.mark === '``' ? mark === '``' || mark === "''" : mark === '"';
      if (!sameFamily) continue;
      if (shape === 'open') {
        // A reopening: the open quotation ends before it (white space trimmed), and a continuing one starts.
        let e = at;
        while (e > open.at + open.len && /\s/.test(plain[e - 1])) e--;
        push(e, e);
        open = { at, len: mark.length, mark };
        continue;
      }
      push(at + mark.length, at);
      open = undefined;
    }
    ahead = m;
    if (open) {
      const next = checked[k + 1];
      const continues = next !== undefined && /^\s*(?:["“]|``)/.test(plain.slice(next.start, next.end));
      push(p.end, p.end);
      quotes[quotes.length - 1].unbalanced = !continues;
    }
  });
  return quotes;
}

/**
 * Whether a quotation mark opens, closes, or could do either. Curly and typographic marks say it
 * themselves; a straight mark by what stands on each side (see findQuotations).
 */
function markShape(plain: string, at: number, mark: string, start: number, end: number): 'open' | 'close' | 'either' {
  if (mark === '“' || mark === '``') return 'open';
  if (mark === '”' || mark === "''") return 'close';
  const before = at > start ? plain[at - 1] : ' ';
  const after = at + 1 < end ? plain[at + 1] : ' ';
  const spaceBefore = /[\s([\[{\u2014\u2013/-]/.test(before);
  const spaceAfter = /\s/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && (spaceAfter || /[.,;:!?)\]\u2014\u2013'’-]/.test(after))) return 'close';
  return 'either';
}

export function unbalancedQuoteDiagnostics(quotes: Quotation[]): ArticleDiagnostic[] {
  return quotes
    .filter((q) => q.unbalanced)
    .map((q) => ({
      code: 'unbalanced-quote' as const,
      severity: 'warning' as const,
      start: q.start,
      end: q.innerStart,
      message: 'Unbalanced quotation mark: this quotation never closes in its paragraph. Add the closing mark, or open the next paragraph with a quotation mark if the quote continues.',
      related: [],
    }));
}

/**
 * A quotation is a claim when it has four or more words, or two or three words with a verb
 * (`"is lacking"`); short verbless phrases, scare quotes and nicknames are not (section 2).
 */
export function isQuotationClaim(inner: string, words: readonly string[] = inner.match(WORD) ?? []): boolean {
  // A title in title case (`"Let It Be"`, `"Return to Sender"`) names a work; it is not a claim.
  if (words.length <= 6 && !/[.!?,;:]\s*$/.test(inner.trim()) && words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && /^(?:a|an|the|of|to|in|on|and|or|for|at|by|with|from)$/.test(w))) && words.length > 1) return false;
  if (words.length >= 4) return true;
  if (words.length < 2) return false;
  return words.some((w, k) => {
    const lower = w.toLowerCase().replace(/’/g, "'");
    if (COMMON_VERBS.has(lower)) return true;
    if (k === 0 && /^(?:i|we|you|he|she|they|it|nobody|everybody|everyone|someone|somebody|nothing|everything|no-one|this|that|these|those|who|what)$/.test(lower)) return true;
    // A verb before an object pronoun (`Build it yourselves`, `Trust us`).
    if (k === 0 && /^(?:it|them|us|me|him|her|yourselves|yourself)$/i.test(words[1] ?? '')) return true;
    // A past tense after a subject (`Nobody asked us`, `Prices soared`).
    if (k === 1 && /^\p{Ll}[\p{Ll}-]{2,}ed$/u.test(w) && !/^(?:the|a|an|this|that|its|his|her|their|our|my|so|very|too|much)$/i.test(words[0] ?? '')) return true;
    const last = k === words.length - 1;
    // `is lacking`, `totally destroyed`; but `exhausting battles` is an adjective before a noun.
    return last && k > 0 && /^\p{Ll}[\p{Ll}-]{2,}(?:ing|ed)$/u.test(w);
  });
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A quotation's word count and whether it is a claim, by its inner text: the same quotations are
 * read again on every keystroke, and in every article that repeats them.
 */
const innerFacts = new StringMemo((inner: string): { words: number; isClaim: boolean } => {
  const words = inner.match(WORD) ?? [];
  return { words: words.length, isClaim: isQuotationClaim(inner, words) };
});

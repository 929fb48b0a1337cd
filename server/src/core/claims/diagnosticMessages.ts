import type { ArticleDiagnostic, Attribution, RelatedInfo, Span } from '../article';

/**
 * Messages and data of the sourcing diagnostics (docs/rules.md, Sourcing decisions). Severities and
 * disable comments are applied later by finalizeDiagnostics.
 */

/** What the quick fixes need to insert an attribution or a footnote (all offsets into the text). */
export interface SourcingFixData extends Record<string, unknown> {
  /** The claim's text. */
  claim: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Offset of the sentence's final `.`/`!`/`?`, or -1 when it has none. */
  terminator: number;
  /** Offset just after a closing quotation mark that follows the terminator, or -1. */
  afterQuote: number;
  /** Where a footnote reference goes: just after the claim. */
  citeAt: number;
  /** The next free numeric footnote id. */
  footnote: number;
}

/**
 * The fields of SourcingFixData that are offsets into the text. The language server leaves them
 * out of the diagnostics it sends (lsp/diagnosticDelivery.ts): its quick fixes are computed from
 * the analysis, not from what a client sends back, and offsets would make every diagnostic after
 * a keystroke differ from the one the client holds.
 */
export const FIX_OFFSETS: readonly (keyof SourcingFixData)[] = ['sentenceStart', 'sentenceEnd', 'terminator', 'afterQuote', 'citeAt'];

export function short(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function unsourcedDiagnostic(
  code: 'unsourced-quote' | 'unsourced-statistic',
  claim: Span & { text: string },
  sentence: Span,
  plain: string,
  footnote: number,
): ArticleDiagnostic {
  const what = code === 'unsourced-quote' ? 'quotation' : 'statistic';
  const example = code === 'unsourced-quote' ? '"..., she said"' : '"..., officials said"';
  const shown = code === 'unsourced-quote' ? short(claim.text.replace(/^(?:``|["“])|(?:''|["”])$/g, '')) : short(claim.text);
  const { terminator, afterQuote } = sentenceEnding(plain, sentence);
  const data: SourcingFixData = {
    claim: claim.text,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    terminator,
    afterQuote,
    citeAt: claim.end,
    footnote,
  };
  return {
    code,
    severity: 'warning',
    start: claim.start,
    end: claim.end,
    message: `Unsourced ${what} "${shown}": add who said it, e.g. ${example}, or cite it with [^${footnote}]`,
    related: [],
    data,
  };
}

/** The final terminator of a sentence and a closing quotation mark after it. */
export function sentenceEnding(plain: string, sentence: Span): { terminator: number; afterQuote: number } {
  let e = sentence.end;
  while (e > sentence.start && /\s/.test(plain[e - 1])) e--;
  let q = e;
  while (q > sentence.start && /["”’')\]]/.test(plain[q - 1])) q--;
  const hasQuote = q < e && /["”]/.test(plain.slice(q, e));
  if (q > sentence.start && /[.!?]/.test(plain[q - 1])) {
    return { terminator: q - 1, afterQuote: hasQuote ? e : -1 };
  }
  return { terminator: -1, afterQuote: hasQuote ? e : -1 };
}

export function vagueSourceDiagnostic(a: Attribution, related: RelatedInfo[], impersonal: boolean): ArticleDiagnostic {
  const message = impersonal
    ? `Vague source "${short(a.source.text)}": impersonal phrasing hides who says this. Name the person or body, or explain why the source cannot be named`
    : `Vague source "${short(a.source.text)}": no one can be identified. Name the person or body, or explain why the source cannot be named`;
  return {
    code: 'vague-source',
    severity: 'information',
    start: a.source.start,
    end: a.source.end,
    message,
    related,
    data: { source: a.source.text, sentence: a.sentence },
  };
}

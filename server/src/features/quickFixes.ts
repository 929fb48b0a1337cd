import type { Article, ArticleDiagnostic, DiagnosticCode, Span } from '../core/article';
import { sentenceEnding } from '../core/claims/diagnosticMessages';

/**
 * Quick fixes for Newsmark diagnostics, computed in the language service: article + diagnostic in,
 * text edits in string offsets out. The LSP layer converts the offsets to UTF-16 positions.
 *
 * Every edit is computed from the current text, not from data cached in the diagnostic,
 * so a fix is right even when the client hands back a diagnostic from an older version.
 */

export interface TextEditSpan extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  /** The fix an editor applies on "auto fix" (one per diagnostic at most). */
  isPreferred: boolean;
  edits: TextEditSpan[];
}

/** The placeholder the attribution and footnote templates leave for the writer to replace. */
export const SOURCE_PLACEHOLDER = '<source>';
/** The placeholder the anonymity template leaves: why the source cannot be named. */
export const REASON_PLACEHOLDER = '<reason>';
/** Every placeholder a fix may leave (the LSP layer selects it after the edit, as a snippet). */
export const PLACEHOLDERS: readonly string[] = [SOURCE_PLACEHOLDER, REASON_PLACEHOLDER];

/** `shown`: the diagnostics the user sees (features/diagnostics.ts), for "Replace all". */
export function fixesFor(article: Article, diagnostic: ArticleDiagnostic, shown: readonly ArticleDiagnostic[] = article.diagnostics): Fix[] {
  const fixes: Fix[] = [];
  switch (diagnostic.code) {
    case 'unsourced-quote':
    case 'unsourced-statistic': {
      const attribution = attributionFix(article, diagnostic);
      if (attribution) fixes.push(attribution);
      const footnote = footnoteFix(article, diagnostic);
      if (footnote) fixes.push(footnote);
      break;
    }
    case 'vague-source': {
      const explained = anonymityFix(article, diagnostic);
      if (explained) fixes.push(explained);
      break;
    }
    case 'name-inconsistency':
      fixes.push(...replacementFixes(shown, diagnostic));
      break;
    case 'surname-before-full-name': {
      const full = fullNameFix(article.text, diagnostic);
      if (full) fixes.push(full);
      break;
    }
    default:
      break;
  }
  fixes.push(disableLineFix(article, diagnostic), disableFileFix(article.text, diagnostic.code));
  return fixes;
}

/** End-of-line sequence the file already uses. */
function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/**
 * The sentence a claim's attribution belongs to: the one holding the claim's last character,
 * so a quotation of several sentences gets its attribution after the closing mark.
 */
function sentenceOf(article: Article, d: Span): Span | undefined {
  const offset = Math.max(d.start, d.end - 1);
  let found: Span | undefined;
  for (const s of article.sentences) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}

interface Ending {
  /** Offset of the final `.`/`!`/`?`, or -1. */
  terminator: number;
  /** Offset just after a closing double quotation mark that ends the sentence, or -1. */
  afterQuote: number;
  /** End of the sentence's last visible character. */
  contentEnd: number;
  /**
   * Where `, <source> said` goes in a sentence that does not end in a quotation: before the final
   * run of punctuation (`...`, `?!`), or before a trailing `:`/`;`/`,`, else at the content end.
   */
  attachAt: number;
}

function endingOf(article: Article, sentence: Span): Ending {
  const plain = article.plain;
  const { terminator, afterQuote } = sentenceEnding(plain, sentence);
  let contentEnd = sentence.end;
  while (contentEnd > sentence.start && /\s/.test(plain[contentEnd - 1])) contentEnd--;
  let attachAt = contentEnd;
  if (terminator >= 0) {
    attachAt = terminator;
    while (attachAt > sentence.start && /[.!?…]/.test(plain[attachAt - 1])) attachAt--;
  } else if (contentEnd > sentence.start && /[:;,]/.test(plain[contentEnd - 1])) {
    attachAt = contentEnd - 1;
  }
  return { terminator, afterQuote, contentEnd, attachAt };
}

/**
 * `, <source> said` before the sentence's final punctuation:
 * `... 20 kilometres away.` -> `... 20 kilometres away, <source> said.`
 * A sentence that ends inside a quotation takes the wire form:
 * `"We will rebuild."` -> `"We will rebuild," <source> said.` (a `?`, `!` or `...` stays inside).
 */
function attributionFix(article: Article, d: ArticleDiagnostic): Fix | undefined {
  const sentence = sentenceOf(article, d);
  if (!sentence) return undefined;
  const { terminator, afterQuote, attachAt } = endingOf(article, sentence);
  const said = `${SOURCE_PLACEHOLDER} said`;
  const text = article.text;
  let edits: TextEditSpan[];
  if (afterQuote >= 0 && terminator >= 0 && terminator < afterQuote) {
    const fullStop = text[terminator] === '.' && text[terminator - 1] !== '.';
    edits = fullStop
      ? [
          { start: terminator, end: terminator + 1, newText: ',' },
          { start: afterQuote, end: afterQuote, newText: ` ${said}.` },
        ]
      : [{ start: afterQuote, end: afterQuote, newText: ` ${said}.` }];
  } else if (afterQuote >= 0) {
    // `... "no terminator"` : `"...", <source> said`
    edits = [{ start: afterQuote, end: afterQuote, newText: `, ${said}` }];
  } else {
    edits = [{ start: attachAt, end: attachAt, newText: `, ${said}` }];
  }
  return { title: 'Add attribution', isPreferred: true, edits };
}

/**
 * `, speaking on condition of anonymity because <reason>` before the sentence's final
 * punctuation: the explanation the vague-source message asks for, which makes an anonymous
 * source acceptable (docs/rules.md, explained anonymity). A sentence ending in a quotation gets it
 * after the closing mark.
 */
function anonymityFix(article: Article, d: ArticleDiagnostic): Fix | undefined {
  const sentence = sentenceOf(article, d);
  if (!sentence) return undefined;
  const { terminator, afterQuote, attachAt } = endingOf(article, sentence);
  const explanation = `, speaking on condition of anonymity because ${REASON_PLACEHOLDER}`;
  const at = afterQuote >= 0 && (terminator < 0 || terminator < afterQuote) ? afterQuote : attachAt;
  return { title: 'Explain why the source is not named', isPreferred: false, edits: [{ start: at, end: at, newText: explanation }] };
}

/** The next free numeric footnote id: one more than the largest `[^n]` used or defined. */
export function nextFootnoteNumber(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d+)\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/**
 * `[^n]` just after the claim's sentence (after its terminator and closing quotation mark),
 * and `[^n]: <source>` at the end of the file: after a blank line, or straight after the
 * footnote definitions the file already ends with.
 */
function footnoteFix(article: Article, d: ArticleDiagnostic): Fix | undefined {
  const sentence = sentenceOf(article, d);
  if (!sentence) return undefined;
  const { terminator, afterQuote, contentEnd } = endingOf(article, sentence);
  const at = afterQuote >= 0 ? afterQuote : terminator >= 0 ? terminator + 1 : contentEnd;
  const n = nextFootnoteNumber(article.text);
  const text = article.text;
  const eol = eolOf(text);
  const definition = `[^${n}]: ${SOURCE_PLACEHOLDER}`;
  const trimmed = text.replace(/\s+$/, '');
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const afterDefinitions = /^\[\^[^\]\s]+\]:/.test(lastLine);
  const trailing = text.slice(trimmed.length);
  const newlines = (trailing.match(/\n/g) ?? []).length;
  let insert: TextEditSpan;
  if (trimmed.length === 0) {
    insert = { start: text.length, end: text.length, newText: definition + eol };
  } else if (afterDefinitions) {
    // Keep the definitions together: replace the trailing whitespace by one line break.
    insert = { start: trimmed.length, end: text.length, newText: `${eol}${definition}${newlines > 0 ? eol : ''}` };
  } else {
    insert = { start: trimmed.length, end: text.length, newText: `${eol}${eol}${definition}${newlines > 0 ? eol : ''}` };
  }
  return {
    title: 'Cite with a footnote',
    isPreferred: false,
    edits: [{ start: at, end: at, newText: `[^${n}]` }, insert],
  };
}

/** How many diagnostics a "Replace all" fix covers, and with what. */
function replacementOf(d: ArticleDiagnostic): string | undefined {
  const r = d.data?.['replacement'];
  return typeof r === 'string' && r.length > 0 ? r : undefined;
}

/**
 * `Replace with <majority>` for this occurrence and `Replace all N with <majority>` for every
 * minority spelling of the same entity (same replacement; same entity when the data names one).
 */
function replacementFixes(shown: readonly ArticleDiagnostic[], d: ArticleDiagnostic): Fix[] {
  const replacement = replacementOf(d);
  if (!replacement) return [];
  const entity = d.data?.['entity'];
  const fixes: Fix[] = [
    { title: `Replace with ${replacement}`, isPreferred: true, edits: [{ start: d.start, end: d.end, newText: replacement }] },
  ];
  const all = shown.filter(
    (o) =>
      o.code === 'name-inconsistency' &&
      replacementOf(o) === replacement &&
      (entity === undefined || o.data?.['entity'] === entity),
  );
  if (all.length > 1) {
    fixes.push({
      title: `Replace all ${all.length} with ${replacement}`,
      isPreferred: false,
      edits: all.map((o) => ({ start: o.start, end: o.end, newText: replacement })),
    });
  }
  return fixes;
}

/**
 * `Use the full name <full name>` at a first mention that is a bare surname: the surname in the
 * diagnostic's range becomes the full name (a title or possessive around it stays).
 */
function fullNameFix(text: string, d: ArticleDiagnostic): Fix | undefined {
  const fullName = d.data?.['fullName'];
  if (typeof fullName !== 'string' || !fullName.includes(' ')) return undefined;
  const surname = fullName.slice(fullName.lastIndexOf(' ') + 1);
  const span = text.slice(d.start, d.end);
  const at = span.lastIndexOf(surname);
  if (at < 0 || span.slice(0, at).endsWith(fullName.slice(0, fullName.length - surname.length))) return undefined;
  const start = d.start + at;
  return { title: `Use the full name ${fullName}`, isPreferred: true, edits: [{ start, end: start + surname.length, newText: fullName }] };
}

const NEXT_LINE_COMMENT = /^([ \t]*(?:>[ \t]?)*)<!--\s*newsmark-disable-next-line\b([^\n]*?)\s*-->[ \t]*\r?$/;
const FILE_COMMENT = /^([ \t]*)<!--\s*newsmark-disable(?!-)\b([^\n]*?)\s*-->[ \t]*\r?$/m;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * `<!-- newsmark-disable-next-line <code> -->` on a line of its own above the diagnostic's line,
 * indented like it; when the line above already holds such a comment, the code is added to it.
 */
function disableLineFix(article: Article, d: ArticleDiagnostic): Fix {
  const text = article.text;
  const title = `Disable ${d.code} for this line`;
  const lineStart = lineStartOf(text, d.start);
  // Indentation, and in Markdown the block-quote markers, so the comment stays inside the quote.
  const lead = article.languageId === 'markdown' ? /^[ \t]*(?:>[ \t]?)*/ : /^[ \t]*/;
  const indent = lead.exec(text.slice(lineStart))?.[0] ?? '';
  if (lineStart > 0) {
    const prevStart = lineStartOf(text, lineStart - 1);
    const prevLine = text.slice(prevStart, lineStart - 1);
    const m = NEXT_LINE_COMMENT.exec(prevLine);
    if (m) {
      const codes = m[2].split(/[\s,]+/).filter((c) => c.length > 0);
      if (!codes.includes(d.code)) {
        const newLine = `${m[1]}<!-- newsmark-disable-next-line ${[...codes, d.code].join(' ')} -->`;
        const end = prevStart + prevLine.replace(/\r$/, '').length;
        return { title, isPreferred: false, edits: [{ start: prevStart, end, newText: newLine }] };
      }
    }
  }
  const eol = eolOf(text);
  return {
    title,
    isPreferred: false,
    edits: [{ start: lineStart, end: lineStart, newText: `${indent}<!-- newsmark-disable-next-line ${d.code} -->${eol}` }],
  };
}

/**
 * `<!-- newsmark-disable <code> -->` at the top of the file, after front matter if any; when the
 * file already has a disable comment that names codes, the code is added to it.
 */
export function disableFileFix(text: string, code: DiagnosticCode): Fix {
  const title = `Disable ${code} for this file`;
  const existing = FILE_COMMENT.exec(text);
  if (existing) {
    const codes = existing[2].split(/[\s,]+/).filter((c) => c.length > 0);
    if (codes.length > 0 && !codes.includes(code)) {
      const start = existing.index;
      const line = existing[0].replace(/\r$/, '');
      const newLine = `${existing[1]}<!-- newsmark-disable ${[...codes, code].join(' ')} -->`;
      return { title, isPreferred: false, edits: [{ start, end: start + line.length, newText: newLine }] };
    }
  }
  const eol = eolOf(text);
  const fm = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  let at = fm ? fm[0].length : text.startsWith('\uFEFF') ? 1 : 0;
  let prefix = '';
  if (fm && !/\n$/.test(fm[0])) prefix = eol; // front matter closes on the last line of the file
  if (at > text.length) at = text.length;
  return { title, isPreferred: false, edits: [{ start: at, end: at, newText: `${prefix}<!-- newsmark-disable ${code} -->${eol}` }] };
}

/** Applies non-overlapping edits to a text (for tests and the CLI). */
export function applyEdits(text: string, edits: TextEditSpan[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

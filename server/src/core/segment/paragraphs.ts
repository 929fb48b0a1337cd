import type { Span } from '../article';
import { isSpace } from './chars';

/**
 * Paragraph spans of the plain text (markup already blanked).
 *
 * Markdown: blocks separated by blank lines, except that headings and list items stand alone.
 * Plain text and `.news`: articles copied from the web put one paragraph on each line, so each
 * non-empty line is a paragraph, unless the block is hard-wrapped prose (a long line that does
 * not end a sentence continues on the next line), in which case wrapped lines are joined.
 */
export function splitParagraphs(plain: string, original: string, languageId: string): Span[] {
  const markdown = languageId === 'markdown';
  const paragraphs: Span[] = [];
  let current: Span | undefined;
  const flush = (): void => {
    if (current) paragraphs.push(trimSpan(plain, current));
    current = undefined;
  };
  // One line at a time, by offsets: a line's text is sliced only when a regex needs it.
  for (let pos = 0; pos <= plain.length; ) {
    let end = plain.indexOf('\n', pos);
    if (end < 0) end = plain.length;
    const start = pos;
    pos = end + 1;
    if (isBlank(plain, start, end)) {
      flush();
      continue;
    }
    const alone = markdown && standsAlone(original.slice(start, end));
    if (current === undefined) {
      current = { start, end };
      if (alone) flush();
      continue;
    }
    const joins = markdown ? !alone : continuesWrappedLine(plain, current, start, end);
    if (joins) {
      current.end = end;
    } else {
      flush();
      current = { start, end };
    }
    if (alone) flush();
  }
  flush();
  return paragraphs.filter((p) => p.end > p.start);
}

/** Markdown headings, list items and footnote definitions are paragraphs of their own. */
function standsAlone(raw: string): boolean {
  return /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|\[\^[^\]]+\]:)/.test(raw);
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Hard-wrapped prose: the previous line (the last of `block`) is long and stops mid-sentence. */
function continuesWrappedLine(plain: string, block: Span, start: number, end: number): boolean {
  const lastNl = plain.lastIndexOf('\n', block.end - 1);
  const prevStart = lastNl >= block.start ? lastNl + 1 : block.start;
  let prevEnd = block.end;
  while (prevEnd > prevStart && isSpace(plain.charCodeAt(prevEnd - 1))) prevEnd--;
  if (prevEnd - prevStart < 40) return false;
  if (endsSentenceOrClause(plain.charCodeAt(prevEnd - 1))) return false;
  return /^\s*[\p{Ll}\p{Lu}\p{N}"“‘'(]/u.test(plain.slice(start, end));
}

/** `[.!?:"”'’)\]]` */
function endsSentenceOrClause(c: number): boolean {
  return '.!?:"”\'’)]'.includes(String.fromCharCode(c));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

import type { Span } from '../model';

/**
 * Paragraph spans of the plain text (markup already blanked).
 *
 * Markdown: blocks separated by blank lines, except that headings and list items stand alone.
 * Plain text and `.news`: articles copied from the web put one paragraph on each line, so each
 * non-empty line is a paragraph, unless the block is hard-wrapped prose (a long line that does
 * not end a sentence continues on the next line), in which case wrapped lines are joined.
 */
export function splitParagraphs(plain: string, original: string, languageId: string): Span[] {
  const lines: Span[] = [];
  let pos = 0;
  while (pos <= plain.length) {
    let nl = plain.indexOf('\n', pos);
    if (nl < 0) nl = plain.length;
    lines.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  const paragraphs: Span[] = [];
  let current: Span | undefined;
  const flush = (): void => {
    if (current) paragraphs.push(trimSpan(plain, current));
    current = undefined;
  };
  for (const line of lines) {
    const content = plain.slice(line.start, line.end);
    if (content.trim() === '') {
      flush();
      continue;
    }
    const raw = original.slice(line.start, line.end);
    if (current === undefined) {
      current = { ...line };
      if (standsAlone(raw, languageId)) flush();
      continue;
    }
    const prev = plain.slice(current.start, current.end);
    const joins =
      languageId === 'markdown' ? !standsAlone(raw, languageId) : continuesWrappedLine(prev, content);
    if (joins) {
      current.end = line.end;
    } else {
      flush();
      current = { ...line };
    }
    if (standsAlone(raw, languageId)) flush();
  }
  flush();
  return paragraphs.filter((p) => p.end > p.start);
}

function standsAlone(raw: string, languageId: string): boolean {
  if (languageId !== 'markdown') return false;
  return /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|\[\^[^\]]+\]:)/.test(raw);
}

/** Hard-wrapped prose: the previous line is long and stops mid-sentence. */
function continuesWrappedLine(prevBlock: string, line: string): boolean {
  const lastNl = prevBlock.lastIndexOf('\n');
  const prevLine = prevBlock.slice(lastNl + 1).trimEnd();
  if (prevLine.length < 40) return false;
  if (/[.!?:"”'’)\]]$/.test(prevLine)) return false;
  return /^\s*[\p{Ll}\p{Lu}\p{N}"“‘'(]/u.test(line);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

import type { Span } from './article';
import { partitionPoint } from './search';

/**
 * The text the analysis reads: the document with each lone `\r` (old Mac files, a paste into a
 * CRLF file) made a `\n`. Editors end a line at a lone `\r` too; without this the whole file was
 * one line and the headline was missed. Same length, so every offset is the document's.
 */
export function analysisText(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * A test of whether a span of the plain view covers any character it does not share with the
 * document (blanked markup: a comment, a footnote marker, a Markdown marker; or a lone `\r`).
 * A mention across one (`Amara<!-- x --> Okafor`) would not be the document's text, and a
 * rename there would overwrite the markup.
 */
export function markupCrossing(text: string, plain: string): (span: Span) => boolean {
  if (plain === text) return () => false;
  // Runs of differing code units, as start/end pairs in document order.
  const runs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (plain.charCodeAt(i) === text.charCodeAt(i)) continue;
    const start = i;
    while (i < text.length && plain.charCodeAt(i) !== text.charCodeAt(i)) i++;
    runs.push(start, i);
  }
  return (span) => {
    // The first run ending after the span's start; the span crosses it when it starts before its end.
    const lo = partitionPoint(runs.length / 2, (i) => runs[2 * i + 1] <= span.start);
    return lo < runs.length / 2 && runs[2 * lo] < span.end;
  };
}

import type { Token } from './model';

/**
 * Splits `text[start, end)` into CoNLL-style tokens with exact offsets into `text`.
 * First version: words (with inner apostrophes, hyphens, dots of abbreviations and
 * digit separators) and single punctuation marks. The NER issue refines it.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*\.?|\S/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

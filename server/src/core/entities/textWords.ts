import type { Sentence, Span } from '../article';

/**
 * What dropCommonWords asks of the whole text (two regexes over the text per word made it
 * quadratic: issue 16). For a word of letters and digits `w`:
 * `/(?<![\p{L}\p{N}])w(?![\p{L}\p{N}])/u` matches the text exactly when `w` is one of its maximal
 * runs of letters and digits (`runs`); and for `w` of letters, `/[\p{Ll},;]\s+w(?![\p{L}\p{N}])/u`
 * when such a run equal to `w` stands after white space after a lower-case letter, a comma or a
 * semicolon (`afterLowerCase`: the white space before a run is all of the space between it and
 * the character before, which the regex's `\s+` must start after).
 *
 * The text is read in pieces (its paragraphs and the white space between them), each piece's
 * words found from the piece alone (`pieceWords`, which the AnalysisCache keeps by paragraph
 * text) and merged here: the merge costs the pieces' distinct words, not the text. Only a
 * piece's first run, when white space alone precedes it in the piece, depends on what comes
 * before the piece; it is decided here. Pieces that do not cut the text at white space (a run
 * or a surrogate pair across a cut) are not used: the text is then read as one piece.
 */
export class TextWords {
  readonly runs = new Set<string>();
  readonly afterLowerCase = new Set<string>();

  /** The words of `plain`, from `pieces` when they cover it, cut at white space. */
  constructor(plain: string, pieces?: readonly Piece[]) {
    const parts = pieces !== undefined && cutsAtSpace(plain, pieces) ? pieces : [{ start: 0, end: plain.length, words: () => pieceWords(plain) }];
    for (const p of parts) {
      const w = p.words();
      for (const r of w.runs) this.runs.add(r);
      for (const r of w.afterLowerCase) this.afterLowerCase.add(r);
      if (w.lead !== undefined && standsAfterLowerCase(plain, p.start + w.leadAt)) this.afterLowerCase.add(w.lead);
    }
  }
}

/** A piece of the text, `start` to `end`, and its words (found from its text alone). */
export interface Piece {
  start: number;
  end: number;
  words: () => PieceWords;
}

/**
 * The words of one piece of text, offsets relative to it: its runs, the runs that stand after
 * white space after a lower-case letter, comma or semicolon of the piece, and its first run when
 * only white space (or nothing) precedes it in the piece (`lead`, at `leadAt`), which the
 * piece alone cannot decide.
 */
export interface PieceWords {
  runs: Set<string>;
  afterLowerCase: Set<string>;
  lead?: string;
  leadAt: number;
}

export function pieceWords(text: string): PieceWords {
  const out: PieceWords = { runs: new Set(), afterLowerCase: new Set(), leadAt: 0 };
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const at = m.index ?? 0;
    out.runs.add(m[0]);
    let q = at;
    while (q > 0 && /\s/.test(text[q - 1])) q--;
    if (q === 0) {
      out.lead = m[0];
      out.leadAt = at;
      continue;
    }
    if (q === at) continue;
    if (lowerCommaOrSemicolonBefore(text, q)) out.afterLowerCase.add(m[0]);
  }
  return out;
}

/** The pieces of `plain` for its paragraphs: each paragraph, and the white space around them. */
export function paragraphPieces(plain: string, paragraphs: readonly Span[], words: (k: number) => PieceWords): Piece[] {
  const pieces: Piece[] = [];
  let end = 0;
  const gap = (start: number, stop: number): void => {
    if (stop > start) pieces.push({ start, end: stop, words: () => pieceWords(plain.slice(start, stop)) });
  };
  paragraphs.forEach((p, k) => {
    gap(end, p.start);
    pieces.push({ start: p.start, end: p.end, words: () => words(k) });
    end = p.end;
  });
  gap(end, plain.length);
  return pieces;
}

/** Do the pieces cover `plain` in order, each cut between two characters of which one is white space? */
function cutsAtSpace(plain: string, pieces: readonly Piece[]): boolean {
  let end = 0;
  for (const p of pieces) {
    if (p.start !== end || p.end < p.start) return false;
    if (end > 0 && end < plain.length && !/\s/.test(plain[end - 1]) && !/\s/.test(plain[end])) return false;
    end = p.end;
  }
  return end === plain.length;
}

/** Does the run at `at` stand after white space after a lower-case letter, a comma or a semicolon? */
function standsAfterLowerCase(plain: string, at: number): boolean {
  let q = at;
  while (q > 0 && /\s/.test(plain[q - 1])) q--;
  return q !== at && q !== 0 && lowerCommaOrSemicolonBefore(plain, q);
}

function lowerCommaOrSemicolonBefore(text: string, q: number): boolean {
  const c = text.codePointAt(q - 1) ?? 0;
  // The character before the space: a low surrogate ends the code point that starts before it.
  const before = c >= 0xdc00 && c <= 0xdfff && q >= 2 ? String.fromCodePoint(text.codePointAt(q - 2) ?? 0) : String.fromCodePoint(c);
  return /^[\p{Ll},;]$/u.test(before);
}

/** A headline in title case (`Harbour Plans Approved After Debate`): most words of three letters or more capitalised. */
export function titleCased(text: string): boolean {
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const upper = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return upper >= 0.8 * words.length;
}

/** What dropCommonWords reads of the text's words: all of them, and whether a sentence is in title case. */
export interface DocumentWords {
  text(): TextWords;
  titleCased(sentence: Sentence): boolean;
}

/**
 * The same per paragraph `k` (what the AnalysisCache keeps by paragraph text): its words, and
 * whether its sentence `j` (counted from its first) is in title case.
 */
export interface ParagraphWords {
  words(k: number): PieceWords;
  titleCased(k: number, j: number): boolean;
}

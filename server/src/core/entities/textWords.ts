import type { Sentence, Span } from '../article';
import { fileable, WordTable, wordHash } from './wordTable';
import { isSpace, onlySpaces } from './chars';

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
 * before the piece; it is decided here. The pieces' words are read as they are, never changed. Pieces that do not cut the text at white space (a run
 * or a surrogate pair across a cut) are not used: the text is then read as one piece.
 */
export class TextWords {
  readonly runs: WordSet;
  readonly afterLowerCase: WordSet;

  /** The words of `plain`, from `pieces` when they cover it, cut at white space. */
  constructor(plain: string, pieces?: readonly Piece[]) {
    const parts = pieces !== undefined && cutsAtSpace(plain, pieces) ? pieces : [{ start: 0, end: plain.length, words: () => pieceWords(plain) }];
    // Leads that stand after a lower-case letter, comma or semicolon before their piece.
    const leads = new Set<string>();
    const groups: Union[] = [];
    const size = groupSize(parts.length);
    let group: PieceWords[] = [];
    for (const p of parts) {
      const w = p.words();
      if (w.lead !== undefined && standsAfterLowerCase(plain, p.start + w.leadAt)) leads.add(w.lead);
      // A piece without runs has nothing else either (its other words are runs).
      if (w.words.length === 0) continue;
      group.push(w);
      if (group.length === size) {
        groups.push(unionOf(group));
        group = [];
      }
    }
    if (group.length > 0) groups.push(unionOf(group));
    // A word is hashed once for all the groups' tables.
    this.runs = {
      has: (word) => {
        if (!fileable(word)) return false;
        const h = wordHash(word);
        return groups.some((u) => u.runs.hasHashed(word, h));
      },
    };
    this.afterLowerCase = {
      has: (word) => {
        if (leads.has(word)) return true;
        if (!fileable(word)) return false;
        const h = wordHash(word);
        return groups.some((u) => u.afterLowerCase.hasHashed(word, h));
      },
    };
  }
}

export interface WordSet {
  has(word: string): boolean;
}

/**
 * Pieces with words are merged by groups of consecutive ones, and each group's union is kept by
 * its members (`unions`, by the first): a keystroke changes one paragraph, so one group is merged
 * again, and a word is then looked up in each group rather than all the text's words merged on
 * every analysis. A union is a function of its members, which are never changed once made (the
 * AnalysisCache's entries, or fresh ones): a group that is not the same members, in order, is
 * merged anew.
 *
 * The group size is about the square root of the number of pieces (a power of two from 4 to 64),
 * which balances the two costs: merging one group per keystroke, and a lookup per group. Groups
 * of 32 made a 20 KB article merge about a third of its words on every keystroke. The size changes
 * only when the count of pieces crosses a power of four, so an edit seldom regroups.
 */
export function groupSize(pieces: number): number {
  let size = 4;
  while (size < 64 && 2 * size * size < pieces) size *= 2;
  return size;
}

interface Union {
  members: PieceWords[];
  runs: WordTable;
  afterLowerCase: WordTable;
}

const unions = new WeakMap<PieceWords, Union>();

function unionOf(members: PieceWords[]): Union {
  const known = unions.get(members[0]);
  if (known !== undefined && known.members.length === members.length && known.members.every((m, k) => m === members[k])) return known;
  const runs = new Set<string>();
  const after = new Set<string>();
  for (const w of members) {
    addWords(w.words, runs, after);
  }
  const union: Union = { members, runs: new WordTable(runs), afterLowerCase: new WordTable(after) };
  unions.set(members[0], union);
  return union;
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
 * piece alone cannot decide. The runs are one string, `words`: each distinct run followed by
 * a line feed, or by AFTER when it is also one of those that stand after a lower-case letter,
 * comma or semicolon (two Sets per paragraph cost a 5 MB document 65 MB).
 */
export interface PieceWords {
  words: string;
  lead?: string;
  leadAt: number;
}

export function pieceWords(text: string): PieceWords {
  const runs = new Set<string>();
  const after = new Set<string>();
  let lead: string | undefined;
  let leadAt = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const at = m.index ?? 0;
    runs.add(m[0]);
    let q = at;
    while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
    if (q === 0) {
      lead = m[0];
      leadAt = at;
      continue;
    }
    if (q === at) continue;
    if (lowerCommaOrSemicolonBefore(text, q)) after.add(m[0]);
  }
  let words = '';
  if (runs.size > 0) {
    const parts: string[] = [];
    for (const r of runs) parts.push(r, after.has(r) ? AFTER : '\n');
    words = parts.join('');
  }
  const out: PieceWords = { words, leadAt };
  // A copy: a run cut from the text would keep the text alive.
  if (lead !== undefined) out.lead = lead.length < 13 ? lead : (' ' + lead).slice(1);
  return out;
}

/** What follows a run in `PieceWords.words` that stands after a lower-case letter, comma or semicolon (never in a run). */
const AFTER = '\u0001';

/** Adds the runs of a `PieceWords.words` string to `runs`, and those followed by AFTER to `after` too. */
function addWords(list: string, runs: Set<string>, after: Set<string>): void {
  for (let at = 0, end = 0; at < list.length; at = end + 1) {
    end = at;
    for (let c = list.charCodeAt(end); c !== 10 && c !== 1; c = list.charCodeAt(++end));
    const w = list.slice(at, end);
    runs.add(w);
    if (list.charCodeAt(end) === 1) after.add(w);
  }
}

/** The pieces of `plain` for its paragraphs: each paragraph, and the white space around them. */
export function paragraphPieces(plain: string, paragraphs: readonly Span[], words: (k: number) => PieceWords): Piece[] {
  const pieces: Piece[] = [];
  let end = 0;
  const gap = (start: number, stop: number): void => {
    if (stop > start) pieces.push({ start, end: stop, words: () => (onlySpaces(plain, start, stop) ? NO_WORDS : pieceWords(plain.slice(start, stop))) });
  };
  paragraphs.forEach((p, k) => {
    gap(end, p.start);
    pieces.push({ start: p.start, end: p.end, words: () => words(k) });
    end = p.end;
  });
  gap(end, plain.length);
  return pieces;
}

/** The words of white space: none (what pieceWords finds there). Never changed. */
const NO_WORDS: PieceWords = { words: '', leadAt: 0 };

/** Do the pieces cover `plain` in order, each cut between two characters of which one is white space? */
function cutsAtSpace(plain: string, pieces: readonly Piece[]): boolean {
  let end = 0;
  for (const p of pieces) {
    if (p.start !== end || p.end < p.start) return false;
    if (end > 0 && end < plain.length && !isSpace(plain.charCodeAt(end - 1)) && !isSpace(plain.charCodeAt(end))) return false;
    end = p.end;
  }
  return end === plain.length;
}

/** Does the run at `at` stand after white space after a lower-case letter, a comma or a semicolon? */
function standsAfterLowerCase(plain: string, at: number): boolean {
  let q = at;
  while (q > 0 && isSpace(plain.charCodeAt(q - 1))) q--;
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
 * The same per paragraph `k` (what the AnalysisCache keeps by paragraph text): its words,
 * whether its sentence `j` (counted from its first) is in title case, and that sentence's
 * capitalized words for propagateNames (propagate.ts, capitalizedWords; offsets relative to the
 * paragraph).
 */
export interface ParagraphWords {
  words(k: number): PieceWords;
  titleCased(k: number, j: number): boolean;
  capitals(k: number, j: number): Int32Array;
}

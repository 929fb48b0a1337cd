/**
 * Word-level view of one sentence for the claim rules: words and punctuation with offsets,
 * read from the sentence text with quotation interiors blanked (so that a reporting verb
 * inside a quotation never attributes anything). Shared lexicons live here too.
 */
import { codePointLength, LETTER, lengthIfClass, NUMBER } from '../segment/chars';

export interface Word {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation (`,`, `;`, `:`, a dash, a bracket) or a quotation mark (`Q`). */
  punct: '' | ',' | ';' | ':' | '-' | '(' | ')' | 'Q';
  /**
   * Part-of-speech tag (Penn Treebank) and chunk tag (IOB2: `B-NP`, `I-VP`, `O`) of the token the
   * word starts with, once SentenceSyntax.tag has run on the sentence's words; '' before.
   */
  pos: string;
  chunk: string;
}

/** Where a word's tags are read from when they are first asked for (claims/wordTags.ts). */
export interface TagSource {
  /** The part-of-speech tag of the sentence's token `k`. */
  posAt(k: number): string;
  /** The chunk tag of the sentence's token `k`. */
  chunkAt(k: number): string;
}

/**
 * A word of `wordsOf`. Its part-of-speech tag, and its chunk tag once a rule asks for chunks, are
 * either set, or left to be read from the sentence's tagging when a rule first reads them
 * (`tagLater`): the sentence is then tagged only as far as the rules read it (claims/wordTags.ts).
 */
class SentenceWord implements Word {
  private posTag = '';
  private chunkTag = '';
  private source: TagSource | undefined = undefined;
  private token = -1;
  /** Which tags are still to be read from `source`: POS_LATER, CHUNK_LATER. */
  private later = 0;

  constructor(
    public text: string,
    public lower: string,
    public start: number,
    public end: number,
    public punct: Word['punct'],
  ) {}

  get pos(): string {
    if ((this.later & POS_LATER) !== 0) {
      this.posTag = (this.source as TagSource).posAt(this.token);
      this.later &= ~POS_LATER;
    }
    return this.posTag;
  }

  set pos(tag: string) {
    this.posTag = tag;
    this.later &= ~POS_LATER;
  }

  get chunk(): string {
    if ((this.later & CHUNK_LATER) !== 0) {
      this.chunkTag = (this.source as TagSource).chunkAt(this.token);
      this.later &= ~CHUNK_LATER;
    }
    return this.chunkTag;
  }

  set chunk(tag: string) {
    this.chunkTag = tag;
    this.later &= ~CHUNK_LATER;
  }

  tagLater(source: TagSource, token: number, chunks: boolean): void {
    this.source = source;
    this.token = token;
    this.later = chunks ? POS_LATER | CHUNK_LATER : POS_LATER | (this.later & CHUNK_LATER);
  }
}

const POS_LATER = 1;
const CHUNK_LATER = 2;

/**
 * Gives `w` the tags of token `k` of `source`, its part-of-speech tag and, with `chunks`, its
 * chunk tag: when first read if `w` is from `wordsOf`, else now.
 */
export function tagLater(w: Word, source: TagSource, k: number, chunks: boolean): void {
  if (w instanceof SentenceWord) w.tagLater(source, k, chunks);
  else {
    w.pos = source.posAt(k);
    if (chunks) w.chunk = source.chunkAt(k);
  }
}

/**
 * The words of the reference pattern below, found by a hand-written scanner: this runs on every
 * body sentence, and the Unicode-class regex with its look-behind (plus a match array per word)
 * cost more than the claim rules that read the words. ASCII is classified by char code; other
 * characters fall back to the same Unicode classes as the pattern. Same words, same offsets:
 *
 *   /[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’.-](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}{3}))*|--|[,;:()—–"“”«»]|``|''/gu
 */
export const WORD_PATTERN = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’.-](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}{3}))*|--|[,;:()—–"“”«»]|``|''/gu;

/** Code units taken by a letter or number code point at `i` (2 for an astral one), or 0. */
function letterOrNumberAt(text: string, i: number): number {
  return lengthIfClass(text, i, LETTER | NUMBER);
}

/** Code units taken by a number code point at `i`, or 0. */
function numberAt(text: string, i: number): number {
  return lengthIfClass(text, i, NUMBER);
}

/** `,` between digits that is followed by three more (`10,000`). `i` is the comma. */
function thousandsCommaAt(text: string, i: number): boolean {
  let p = i + 1;
  for (let k = 0; k < 3; k++) {
    const len = numberAt(text, p);
    if (len === 0) return false;
    p += len;
  }
  return true;
}

/** End of the word that starts with a letter or number at `i` (whose length is `len`). */
function wordEnd(text: string, i: number, len: number): number {
  let p = i + len;
  let lastIsNumber = numberAt(text, i) > 0;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      // ASCII inline: letters, digits, `&`, and `'` `.` `-` before a letter or number.
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) lastIsNumber = false;
      else if (c >= 48 && c <= 57) lastIsNumber = true;
      else if (c === 38 || ((c === 39 || c === 46 || c === 45) && letterOrNumberAt(text, p + 1) > 0)) lastIsNumber = false;
      else if (c === 44 && lastIsNumber && thousandsCommaAt(text, p)) lastIsNumber = false;
      else return p;
      p++;
      continue;
    }
    const ln = letterOrNumberAt(text, p); // 0 past the end
    if (ln > 0) {
      lastIsNumber = numberAt(text, p) > 0;
      p += ln;
    } else if (c === 0x2019 /* ’ */ && letterOrNumberAt(text, p + 1) > 0) {
      lastIsNumber = false;
      p++;
    } else {
      return p;
    }
  }
}

/** The punctuation a single character stands for, or undefined when it is no word of its own. */
function punctOf(c: number): Word['punct'] | undefined {
  switch (c) {
    case 44: return ',';
    case 59: return ';';
    case 58: return ':';
    case 40: return '(';
    case 41: return ')';
    case 0x2014: case 0x2013: return '-'; // — –
    case 34: case 0x201c: case 0x201d: case 0xab: case 0xbb: return 'Q'; // " “ ” « »
    default: return undefined;
  }
}

/** Words of `text[start, end)` (a word running past `end` ends the list, as before). */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let p = start;
  // Like a /u pattern, a start inside a surrogate pair starts at the pair.
  if (isTrailSurrogate(text.charCodeAt(p)) && isLeadSurrogate(text.charCodeAt(p - 1))) p--;
  while (p < n) {
    const c = text.charCodeAt(p);
    let e = -1;
    let punct: Word['punct'] = '';
    const ln = letterOrNumberAt(text, p);
    if (ln > 0) e = wordEnd(text, p, ln);
    else if (c === 45 && text.charCodeAt(p + 1) === 45) {
      e = p + 2;
      punct = '-';
    } else if ((c === 96 || c === 39) && text.charCodeAt(p + 1) === c) {
      e = p + 2; // `` or ''
      punct = 'Q';
    } else {
      const single = punctOf(c);
      if (single !== undefined) {
        e = p + 1;
        punct = single;
      }
    }
    if (e < 0) {
      // No word here: step over the code point (a surrogate pair is one step, as in the pattern).
      p += codePointLength(text, p, text.length);
      continue;
    }
    if (e > end) break;
    const t = text.slice(p, e);
    let lower = t;
    if (punct === '') {
      lower = t.toLowerCase();
      if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
    }
    out.push(new SentenceWord(t, lower, p, e, punct));
    p = e;
  }
  return out;
}

function isLeadSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrailSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Starts with an upper-case letter (ASCII by char code; other letters by `\p{Lu}`). */
export function isCapitalized(w: Word): boolean {
  if (w.punct !== '') return false;
  const c = w.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(w.text);
}

const UPPER_FIRST = /^\p{Lu}/u;

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}

export const DETERMINERS = set('the a an this that these those its his her their our my your some any each every no');

export const PRONOUNS = set('he she they it we i');

/** Words that can sit between a subject and its verb (`have previously said`). */
export const AUX_ADVERBS = set(
  'has have had also previously later earlier again further then would will could did does do not never ' +
  'has_also once repeatedly recently separately subsequently initially originally first last ' +
  'publicly privately told_reporters already just only still often always frequently',
);

/** Time words and phrases that trail a subject (`Police on Tuesday said`) and are not part of it. */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow ' +
  'morning afternoon evening night week month year weekend earlier later recently now ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec last this next on late early',
);

/** Clause-joining words: a subject never spans one. */
export const CLAUSE_WORDS = set(
  'that which who whom whose when while because although though if unless since as so where whereas after before until than but or nor yet whether',
);

/** Common verbs and auxiliaries, for "does this short quotation hold a verb". */
export const COMMON_VERBS = set(
  'is are was were be been being am has have had do does did will would can could shall should may might must ' +
  "isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't shouldn't wouldn't haven't hasn't " +
  "it's that's he's she's they're we're i'm you're there's i've we've they've i'll we'll you'll " +
  'go goes went gone come comes came get gets got make makes made take takes took know knows knew think thinks thought ' +
  'want wants need needs see sees saw look looks feel feels felt love loves hate hates like likes stop stops ' +
  'keep keeps let lets say says said tell tells give gives find finds leave leaves work works win wins lose loses ' +
  'run runs try tries help helps mean means matter matters fail fails happen happens believe believes hope hopes ' +
  'fight fights pay pays live lives die dies kill kills hurt hurts move moves change changes wait stand stands',
);

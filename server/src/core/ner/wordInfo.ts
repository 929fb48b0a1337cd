/**
 * What the NER features know about one word type: its case class and shapes (WordInfo). See
 * features.ts.
 */

/** 0 no letters, 1 lower-initial, 2 Title, 3 ALLCAPS (2+ letters), 4 single capital letter. */
export function caseClass(w: string): number {
  let letters = 0;
  let lower = 0;
  let firstUpper = -1;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let isLower: boolean;
    if (code < 128) {
      if (code >= 97 && code <= 122) isLower = true;
      else if (code >= 65 && code <= 90) isLower = false;
      else continue;
    } else {
      const cp = w.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      const lo = ch.toLowerCase();
      if (lo === ch.toUpperCase()) continue;
      isLower = ch === lo;
    }
    letters++;
    if (isLower) lower++;
    if (firstUpper < 0) firstUpper = isLower ? 0 : 1;
  }
  if (letters === 0) return 0;
  if (firstUpper === 0) return 1;
  if (lower === 0) return letters === 1 ? 4 : 3;
  return 2;
}

const LETTER_OR_NUMBER = /\p{L}|\p{N}/u;

export function shapes(w: string): [string, string] {
  let full = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 48 && code <= 57) c = 'd';
      else if (code >= 97 && code <= 122) c = 'x';
      else if (code >= 65 && code <= 90) c = 'X';
      else c = ch;
    } else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      c = lo === up ? (LETTER_OR_NUMBER.test(ch) ? 'x' : ch) : ch === lo ? 'x' : 'X';
    }
    if (c === last) run++;
    else {
      run = 1;
      short += c;
      last = c;
    }
    if (run <= 4) full += c;
  }
  return [full, short];
}

/** What the tagger knows about one word type in one kind of sentence (normal or all-caps line). */
export interface WordInfo {
  word: string;
  lower: string;
  /** Id of the lower-case form (shared by the normal and the all-caps info of a word). */
  lid: number;
  lowerH: number;
  shortH: number;
  /** Small integer id of the short shape (`shortH`). */
  sid: number;
  /** First halves of the pair keys this word takes part in (see prepDoc, trainingKeys.ts). */
  hBG1: number;
  hBG2: number;
  hSB1: number;
  hSB2: number;
  hST: number;
  hPLS: number;
  hNLS: number;
  caseClass: number;
  /** The lower-case form was seen in lower case in the training text. */
  lcSeen: number;
  caps: boolean;
  /** Longest gazetteer phrase (tokens) starting with this word; 0 when none. */
  gzLen: number;
  /** Gazetteer lists holding this word alone. */
  gzMask: number;
  /** Looks like a score (`3-1`). */
  score: boolean;
  /** Shapes (see `shapes`): the word's full and short shape, and the full shape of its lower-case form (all-caps lines only, else ''). */
  fullShape: string;
  shortShape: string;
  lowerFullShape: string;
  /** The short shape the context features use: `shortShape`, or `C` and the lower-case form's short shape on all-caps lines. */
  ctxShape: string;
  /** The word's class per cluster level (clusters.ts), undefined when the table lacks it or there is none. */
  clusters: number[] | undefined;
  lex?: Uint32Array[];
  /**
   * Where the run-time model's lexical scores of the word start in its vector arena (5 offsets x
   * NT, both passes packed), valid while the arena's generation is `vecGen` (see emissions.ts).
   */
  vecAt: number;
  vecGen: number;
}

/**
 * One copy of each shape string, and of each cluster class list, for all the word infos of a
 * FeatureSet: most words share them (`Xxxxx`), and a copy per word was a tenth of a word info's
 * memory (issue 16).
 */
export class SharedParts {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, number[]>();

  /** Strings and lists held. */
  get size(): number {
    return this.strings.size + this.lists.size;
  }

  string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  classes(cl: number[] | undefined): number[] | undefined {
    if (cl === undefined) return undefined;
    const key = cl.join(',');
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    this.lists.set(key, cl);
    return cl;
  }
}

/** True for all-caps lines (headlines, datelines): no lower-case letter, some upper-case letter. */
export function isCapsLine(words: string[]): boolean {
  let upper = 0;
  for (const w of words) {
    const cc = caseClass(w);
    if (cc === 1 || cc === 2) return false;
    if (cc >= 3) upper++;
  }
  return upper > 0;
}

import { byteOrder, keyBytes, SortedLines } from '../sortedLines';
import { tokenize } from '../tokenize';

/**
 * Phrase lists (countries, cities, names, ...) matched over token sequences, case-insensitively.
 *
 * Two text forms:
 *  - source (scripts/build-ner-gazetteer.ts): `#list NAME` sections, one phrase per line;
 *  - compiled (server/models/ner-gazetteer.txt, what the server loads): `#lists NAME NAME ...`,
 *    then one `tokens in lower case joined by one space<TAB>list bitmask in hex` line per phrase,
 *    sorted by key (UTF-8 byte order).
 * `#` comment lines (sources and licences) are kept when compiling.
 *
 * GazetteerBuilder (build and training time) holds phrases in a Map and compiles them. Gazetteer
 * (run time) keeps the compiled text as it is and looks single words up by binary search over
 * its sorted lines, so loading builds nothing; the multi-word phrases that start with a word go
 * into a trie the first time the word is seen.
 */
export class GazetteerBuilder {
  readonly lists: string[] = [];
  readonly comments: string[] = [];
  /** Lower-cased phrase (tokens joined by one space) -> bitmask of lists. */
  readonly phrases = new Map<string, number>();

  /** Reads either text form. */
  static fromText(text: string): GazetteerBuilder {
    const g = new GazetteerBuilder();
    let list = -1;
    for (const line of text.split('\n')) {
      if (line.length === 0) continue;
      const tab = line.indexOf('\t');
      if (tab > 0) g.addKey(line.slice(0, tab), parseInt(line.slice(tab + 1), 16));
      else if (line.startsWith('#lists ')) g.lists.push(...line.slice(7).trim().split(' '));
      else if (line.startsWith('#list ')) list = g.addList(line.slice(6).trim());
      else if (line.startsWith('#')) g.comments.push(line);
      else if (list >= 0 && line.trim()) g.add(list, line.trim());
    }
    return g;
  }

  /** Adds a list (or finds it) and returns its index. */
  addList(name: string): number {
    let i = this.lists.indexOf(name);
    if (i < 0) {
      if (this.lists.length >= 30) throw new Error('gazetteer: too many lists');
      i = this.lists.push(name) - 1;
    }
    return i;
  }

  private addKey(key: string, mask: number): void {
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | mask);
  }

  /** Adds a phrase given as tokens (any case) to list `list`. */
  addTokens(list: number, toks: string[]): void {
    if (toks.length > 0) this.addKey(toks.join(' ').toLowerCase(), 1 << list);
  }

  /** Adds a phrase of running text, tokenized as article text is. */
  add(list: number, phrase: string): void {
    const toks = phrase.includes(' ') || /[^\p{L}\p{N}]/u.test(phrase) ? tokenize(phrase).map((t) => t.text) : [phrase];
    this.addTokens(list, toks);
  }

  /** The compiled text form (deterministic: keys sorted in UTF-8 byte order, which the run time searches). */
  compile(): string {
    const keys = [...this.phrases.keys()].sort(byteOrder);
    const out = [...this.comments, `#lists ${this.lists.join(' ')}`];
    for (const k of keys) out.push(`${k}\t${this.phrases.get(k)!.toString(16)}`);
    return out.join('\n') + '\n';
  }
}

export class Gazetteer {
  readonly lists: string[] = [];
  readonly comments: string[] = [];
  /** The compiled form's bytes. */
  private readonly lines: SortedLines;
  private phraseCount = -1;
  /**
   * Trie of the multi-word phrases, built lazily one first word at a time: `roots` maps a first
   * word that starts some multi-word phrase to the node after it; `next[node]` maps the
   * following word to the next node; `nodeMask[node]` is the list mask of the phrase ending there.
   */
  private readonly roots = new Map<string, number>();
  private readonly next: (Map<string, number> | undefined)[] = [];
  private readonly nodeMask: number[] = [];
  /** Longest multi-word phrase (in words) per node in `roots`. */
  private readonly rootLen: number[] = [];
  /** The last word `root` searched for, and its one-word list mask (the tagger asks for both in a row). */
  private probedWord: string | undefined;
  private probedSingle = 0;

  /** Reads either text form (the source form is compiled first). */
  static fromText(text: string): Gazetteer {
    return new Gazetteer(Buffer.from(/^#lists /m.test(text) ? text : GazetteerBuilder.fromText(text).compile(), 'utf8'));
  }

  /**
   * `bytes` is the compiled form in UTF-8. Loading reads only the `#` header: one-word keys are
   * found by binary search over the sorted lines when asked, and the phrases that start with a
   * word are read (from the block of lines right after that word) the first time the word is
   * asked about. Loading is on the path of the language server's first diagnostics, so it
   * builds and decodes nothing.
   */
  constructor(bytes: Buffer) {
    this.lines = new SortedLines(bytes);
    const lines = this.lines;
    for (let at = 0; at < lines.from; ) {
      const end = lines.lineEnd(at);
      const line = lines.decode(at, end);
      if (line.startsWith('#lists ')) this.lists.push(...line.slice(7).trim().split(' '));
      else this.comments.push(line);
      at = end + 1;
    }
  }

  /** List mask of a one-word key (binary search over the sorted phrase lines), 0 when absent. */
  private single(key: string): number {
    if (key === this.probedWord) return this.probedSingle;
    const at = this.lines.find(key);
    return at < 0 ? 0 : this.maskAt(this.lines.fieldEnd(at));
  }

  /** The hex list mask after the TAB at `tab` (0 when there is none). */
  private maskAt(tab: number): number {
    const bytes = this.lines.bytes;
    let mask = 0;
    for (let i = tab + 1; i < bytes.length; i++) {
      const c = bytes[i];
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) break;
      mask = mask * 16 + d;
    }
    return mask;
  }

  /**
   * The trie node after the first word `word` of the multi-word phrases that start with it, -1
   * when none does. The first call for a word reads its phrases: in sorted order they are the
   * lines whose key starts with `word` and a space, which follow `word` itself and any key of
   * `word` and a character below the space, and precede every other key starting with `word`.
   */
  root(word: string): number {
    const known = this.roots.get(word);
    if (known !== undefined) return known;
    const lines = this.lines;
    const bytes = lines.bytes;
    const w = keyBytes(word);
    const n = w.length;
    // The phrase lines' extent first, then one decoding for all of them (a word like `the` starts
    // hundreds of phrases, and each decoding call is a trip into the runtime).
    let blockStart = -1;
    let blockEnd = -1;
    // The word's own line comes first, if any: `single` asks for it next (one search for both).
    let single = 0;
    for (let at = lines.lowerBoundBytes(w); at < bytes.length; ) {
      if (!lines.startsWith(at, w)) break;
      const c = at + n < bytes.length ? bytes[at + n] : 10;
      if (c > 32 /* a later word; the TAB after the word itself (9) is below */) break;
      const end = lines.lineEnd(at);
      if (c === 32) {
        if (blockStart < 0) blockStart = at;
        blockEnd = end;
      } else if (c === 9) single = this.maskAt(at + n);
      at = end + 1;
    }
    this.probedWord = word;
    this.probedSingle = single;
    let node = -1;
    if (blockStart >= 0) {
      const prefix = word + ' ';
      for (const line of lines.decode(blockStart, blockEnd).split('\n')) {
        const tab = line.indexOf('\t');
        if (tab < 0 || !line.startsWith(prefix)) continue;
        if (node < 0) node = this.newNode();
        this.addPhrase(node, line.slice(prefix.length, tab).split(' '), parseInt(line.slice(tab + 1), 16));
      }
    }
    // Only words that start phrases are kept: their number is bounded by the gazetteer, while
    // the words asked about are not (the tagger caches its per-word answers itself).
    if (node >= 0) this.roots.set(word, node);
    return node;
  }

  private newNode(): number {
    this.next.push(undefined);
    this.nodeMask.push(0);
    this.rootLen.push(0);
    return this.nodeMask.length - 1;
  }

  /** Adds the words after the first of a phrase below the root node `root`. */
  private addPhrase(root: number, rest: string[], mask: number): void {
    let node = root;
    for (const w of rest) {
      let map = this.next[node];
      if (map === undefined) this.next[node] = map = new Map();
      let child = map.get(w);
      if (child === undefined) {
        child = this.newNode();
        map.set(w, child);
      }
      node = child;
    }
    this.nodeMask[node] |= mask;
    if (this.rootLen[root] < rest.length + 1) this.rootLen[root] = rest.length + 1;
  }

  listIndex(name: string): number {
    return this.lists.indexOf(name);
  }

  /** Number of phrases (counted on first use). */
  get size(): number {
    if (this.phraseCount < 0) {
      let n = 0;
      for (let at = this.lines.from; at < this.lines.bytes.length; ) {
        const end = this.lines.lineEnd(at);
        if (end > at) n++;
        at = end + 1;
      }
      this.phraseCount = n;
    }
    return this.phraseCount;
  }

  /** Bitmask of the lists holding the phrase whose lower-cased tokens joined by one space are `key`. */
  maskOf(key: string): number {
    if (!key.includes(' ')) return this.single(key);
    const words = key.split(' ');
    let node = this.root(words[0]);
    for (let i = 1; i < words.length && node >= 0; i++) node = this.step(node, words[i]);
    return node < 0 ? 0 : this.nodeMask[node];
  }

  /** Longest phrase (in tokens) that starts with the lower-cased token `lower`; 0 when none. */
  firstLen(lower: string): number {
    const node = this.root(lower);
    if (node >= 0) return this.rootLen[node];
    return this.single(lower) !== 0 ? 1 : 0;
  }

  /** Trie step: the node after `node` (from `root`) reads the lower-cased word `word`; -1 when no phrase continues so. */
  step(node: number, word: string): number {
    return this.next[node]?.get(word) ?? -1;
  }

  /** Lists of the multi-word phrase ending at trie node `node` (0 when none ends there). */
  nodeLists(node: number): number {
    return this.nodeMask[node];
  }

  /** Bitmask of the lists holding `phrase` (any case, tokenized as article text), 0 when none. */
  lookup(phrase: string): number {
    return this.maskOf(
      tokenize(phrase)
        .map((t) => t.text)
        .join(' ')
        .toLowerCase(),
    );
  }

  has(list: string, phrase: string): boolean {
    const i = this.listIndex(list);
    return i >= 0 && (this.lookup(phrase) & (1 << i)) !== 0;
  }
}

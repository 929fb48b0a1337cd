import * as fs from 'node:fs';
import { findSortedLine, lineFields } from '../sortedLines';
import { tokenize } from '../tokenize';

/**
 * Phrase lists (countries, cities, names, ...) matched over token sequences, case-insensitively.
 *
 * Two text forms:
 *  - source (scripts/build-ner-gazetteer.ts): `#list NAME` sections, one phrase per line;
 *  - compiled (server/models/ner-gazetteer.txt, what the server loads): `#lists NAME NAME ...`,
 *    then one `tokens in lower case joined by one space<TAB>list bitmask in hex` line per phrase,
 *    sorted by key (UTF-16 code unit order).
 * `#` comment lines (sources and licences) are kept when compiling.
 *
 * GazetteerBuilder (build and training time) holds phrases in a Map and compiles them. Gazetteer
 * (run time) keeps the compiled text as it is and looks single words up by binary search over
 * its sorted lines, so loading neither builds a Map of 70,000 strings nor indexes their lines;
 * only the few thousand multi-word phrases go into a trie over token ids, which the tagger walks
 * with integers.
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

  /** The compiled text form (deterministic: keys sorted). */
  compile(): string {
    const keys = [...this.phrases.keys()].sort();
    const out = [...this.comments, `#lists ${this.lists.join(' ')}`];
    for (const k of keys) out.push(`${k}\t${this.phrases.get(k)!.toString(16)}`);
    return out.join('\n') + '\n';
  }
}

export class Gazetteer {
  readonly lists: string[] = [];
  readonly comments: string[] = [];
  private readonly text: string;
  /** Offset of the first phrase line (after the `#` header lines). */
  private readonly dataStart: number;
  private phraseCount = -1;
  /** First token of a multi-word phrase -> longest such phrase (tokens). */
  private readonly firsts = new Map<string, number>();
  /** Token ids of the words of multi-word phrases (lower case). */
  private readonly tokenIds = new Map<string, number>();
  /**
   * Trie over token ids: `node * mul + tokenId` -> child node; node 0 is the root. `mul` is 2^15
   * while nodes and ids fit (keys stay small integers, which Maps hash fastest; large keys are
   * heap numbers and made loading several times slower), else 2^22.
   */
  private trie = new Map<number, number>();
  private mul = 32768;
  /** List mask of the phrase ending at each trie node (0: none). */
  private readonly nodeMask: number[] = [0];

  /** Reads either text form (the source form is compiled first). */
  static fromText(text: string): Gazetteer {
    return new Gazetteer(/^#lists /m.test(text) ? text : GazetteerBuilder.fromText(text).compile());
  }

  static load(file: string): Gazetteer {
    return Gazetteer.fromText(fs.readFileSync(file, 'utf8'));
  }

  /**
   * `text` is the compiled form. Loading reads the `#` header and the multi-word phrases only (the
   * trie); one-word keys are found by binary search over the sorted lines when asked, so the
   * 70,000 one-word lines cost nothing at load (this is on the path of the server's first
   * diagnostics).
   */
  constructor(text: string) {
    this.text = text;
    const len = text.length;
    let pos = 0;
    while (pos < len && text.charCodeAt(pos) === 35 /* # */) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = len;
      const line = text.slice(pos, end);
      if (line.startsWith('#lists ')) this.lists.push(...line.slice(7).trim().split(' '));
      else this.comments.push(line);
      pos = end + 1;
    }
    this.dataStart = Math.min(pos, len);
    // Multi-word phrases are the lines with a space before the tab: jump from space to space.
    for (;;) {
      const sp = text.indexOf(' ', pos);
      if (sp < 0) break;
      const start = text.lastIndexOf('\n', sp) + 1;
      let end = text.indexOf('\n', sp);
      if (end < 0) end = len;
      const tab = text.indexOf('\t', start);
      if (tab > sp && tab < end) this.addPhrase(text.slice(start, tab), parseInt(text.slice(tab + 1, end), 16));
      pos = end + 1;
    }
  }

  private addPhrase(key: string, mask: number): void {
    const toks = key.split(' ');
    if ((this.firsts.get(toks[0]) ?? 0) < toks.length) this.firsts.set(toks[0], toks.length);
    let node = 0;
    for (const t of toks) {
      let id = this.tokenIds.get(t);
      if (id === undefined) this.tokenIds.set(t, (id = this.tokenIds.size));
      if (this.mul === 32768 && (id >= 32768 || this.nodeMask.length >= 32768)) this.widenTrie();
      const k = node * this.mul + id;
      let child = this.trie.get(k);
      if (child === undefined) {
        child = this.nodeMask.length;
        this.nodeMask.push(0);
        this.trie.set(k, child);
      }
      node = child;
    }
    this.nodeMask[node] |= mask;
  }

  /** Re-keys the trie with room for 2^22 token ids, once nodes or ids outgrow 2^15. */
  private widenTrie(): void {
    const wide = new Map<number, number>();
    for (const [k, child] of this.trie) wide.set(Math.floor(k / 32768) * 4194304 + (k % 32768), child);
    this.trie = wide;
    this.mul = 4194304;
  }

  /** List mask of a one-word key (binary search over the sorted phrase lines), 0 when absent. */
  private single(key: string): number {
    const at = findSortedLine(this.text, this.dataStart, key);
    if (at < 0) return 0;
    const f = lineFields(this.text, at);
    return f.length > 1 ? parseInt(f[1], 16) : 0;
  }

  listIndex(name: string): number {
    return this.lists.indexOf(name);
  }

  /** Number of phrases (counted on first use). */
  get size(): number {
    if (this.phraseCount < 0) {
      let n = 0;
      for (let at = this.dataStart; at < this.text.length; ) {
        let end = this.text.indexOf('\n', at);
        if (end < 0) end = this.text.length;
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
    let node = 0;
    for (const t of key.split(' ')) {
      const id = this.tokenIds.get(t);
      node = id === undefined ? -1 : this.step(node, id);
      if (node < 0) return 0;
    }
    return this.nodeMask[node];
  }

  /** Longest phrase (in tokens) that starts with the lower-cased token `lower`; 0 when none. */
  firstLen(lower: string): number {
    const multi = this.firsts.get(lower);
    if (multi !== undefined) return multi;
    return this.single(lower) !== 0 ? 1 : 0;
  }

  /** Id of a lower-cased token that occurs in some multi-word phrase; -1 otherwise. */
  tokenId(lower: string): number {
    return this.tokenIds.get(lower) ?? -1;
  }

  /** Trie step: the node after `node` reads token `id` (from `tokenId`), -1 when no phrase continues so. */
  step(node: number, id: number): number {
    return this.trie.get(node * this.mul + id) ?? -1;
  }

  /** Lists of the multi-word phrase ending at trie node `node`. */
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

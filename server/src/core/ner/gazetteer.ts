import * as fs from 'node:fs';
import { tokenize } from '../tokenize';

/**
 * Phrase lists (countries, cities, names, ...) matched over token sequences, case-insensitively.
 *
 * Two text forms:
 *  - source (scripts/build-ner-gazetteer.ts): `#list NAME` sections, one phrase per line;
 *  - compiled (server/models/ner-gazetteer.txt, what the server loads): `#lists NAME NAME ...`,
 *    then one `tokens in lower case joined by one space<TAB>list bitmask in hex` line per phrase.
 *    Loading it needs no tokenizing, so it takes a few milliseconds.
 * `#` comment lines (sources and licences) are kept by `compile()`.
 */
export class Gazetteer {
  readonly lists: string[] = [];
  readonly comments: string[] = [];
  /** Lower-cased phrase (tokens joined by one space) -> bitmask of lists. */
  private readonly phrases = new Map<string, number>();
  /** Lower-cased first token -> longest phrase length in tokens starting with it. */
  private readonly firsts = new Map<string, number>();
  /** Token ids of the words of multi-token phrases (lower case), for matching without strings. */
  private readonly tokenIds = new Map<string, number>();
  /** Trie over token ids: `node * 2^22 + tokenId` -> child node; node 0 is the root. */
  private readonly trie = new Map<number, number>();
  /** List mask of the phrase ending at each trie node (0: none). */
  private nodeMask: number[] = [0];

  /** Reads either text form. */
  static fromText(text: string): Gazetteer {
    const g = new Gazetteer();
    let list = -1;
    let start = 0;
    const n = text.length;
    while (start < n) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      const line = text.slice(start, end);
      start = end + 1;
      if (line.length === 0) continue;
      const tab = line.indexOf('\t');
      if (tab > 0) {
        g.addKey(line.slice(0, tab), parseInt(line.slice(tab + 1), 16));
        continue;
      }
      if (line.charCodeAt(0) === 35 /* # */) {
        if (line.startsWith('#lists ')) g.lists.push(...line.slice(7).trim().split(' '));
        else if (line.startsWith('#list ')) {
          g.lists.push(line.slice(6).trim());
          list = g.lists.length - 1;
        } else g.comments.push(line);
        continue;
      }
      const phrase = line.trim();
      if (phrase && list >= 0) g.add(list, phrase);
    }
    return g;
  }

  static load(file: string): Gazetteer {
    return Gazetteer.fromText(fs.readFileSync(file, 'utf8'));
  }

  /** The compiled text form (deterministic: phrases sorted). */
  compile(): string {
    const keys = [...this.phrases.keys()].sort();
    const out = [...this.comments, `#lists ${this.lists.join(' ')}`];
    for (const k of keys) out.push(`${k}\t${this.phrases.get(k)!.toString(16)}`);
    return out.join('\n') + '\n';
  }

  listIndex(name: string): number {
    return this.lists.indexOf(name);
  }

  get size(): number {
    return this.phrases.size;
  }

  private addKey(key: string, mask: number): void {
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | mask);
    const sp = key.indexOf(' ');
    if (sp < 0) {
      if (!this.firsts.has(key)) this.firsts.set(key, 1);
      return;
    }
    const toks = key.split(' ');
    const first = toks[0];
    if ((this.firsts.get(first) ?? 0) < toks.length) this.firsts.set(first, toks.length);
    let node = 0;
    for (const t of toks) {
      let id = this.tokenIds.get(t);
      if (id === undefined) this.tokenIds.set(t, (id = this.tokenIds.size));
      const k = node * 4194304 + id;
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

  /** Id of a lower-cased token that occurs in some multi-token phrase; -1 otherwise. */
  tokenId(lower: string): number {
    return this.tokenIds.get(lower) ?? -1;
  }

  /** Trie step: the node after `node` reads token `id` (from `tokenId`), -1 when no phrase continues so. */
  step(node: number, id: number): number {
    return this.trie.get(node * 4194304 + id) ?? -1;
  }

  /** Lists of the multi-token phrase ending at trie node `node`. */
  nodeLists(node: number): number {
    return this.nodeMask[node];
  }

  private add(list: number, phrase: string): void {
    const toks = phrase.includes(' ') || /[^\p{L}\p{N}]/u.test(phrase) ? tokenize(phrase).map((t) => t.text) : [phrase];
    if (toks.length === 0) return;
    this.addKey(toks.join(' ').toLowerCase(), 1 << list);
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

  /** Adds a phrase given as tokens (any case) to list `list`. */
  addTokens(list: number, toks: string[]): void {
    if (toks.length > 0) this.addKey(toks.join(' ').toLowerCase(), 1 << list);
  }

  /** Bitmask of the lists holding `phrase` (any case), 0 when none. */
  lookup(phrase: string): number {
    const toks = tokenize(phrase).map((t) => t.text);
    return this.phrases.get(toks.join(' ').toLowerCase()) ?? 0;
  }

  /** Bitmask of the lists holding the phrase whose lower-cased tokens joined by one space are `key`. */
  maskOf(key: string): number {
    return this.phrases.get(key) ?? 0;
  }

  /** Longest phrase (in tokens) that starts with the lower-cased token `lower`; 0 when none. */
  firstLen(lower: string): number {
    return this.firsts.get(lower) ?? 0;
  }

  has(list: string, phrase: string): boolean {
    const i = this.listIndex(list);
    return i >= 0 && (this.lookup(phrase) & (1 << i)) !== 0;
  }

  /**
   * All matches over a sentence of tokens (their lower-cased forms): calls `hit(start, end, listMask)` for
   * every phrase found (overlapping matches included).
   */
  match(words: { lower: string }[], hit: (start: number, end: number, mask: number) => void): void {
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const max = this.firsts.get(words[i].lower);
      if (max === undefined) continue;
      let key = words[i].lower;
      for (let len = 1; len <= max && i + len <= n; len++) {
        if (len > 1) key += ' ' + words[i + len - 1].lower;
        const mask = this.phrases.get(key);
        if (mask !== undefined) hit(i, i + len, mask);
      }
    }
  }
}

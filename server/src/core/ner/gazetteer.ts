import * as fs from 'node:fs';
import { tokenize } from '../tokenize';

/**
 * Phrase lists (countries, cities, names, ...) matched over token sequences, case-insensitively.
 * Built by scripts/build-ner-gazetteer.ts into server/models/ner-gazetteer.txt.
 */
export class Gazetteer {
  readonly lists: string[] = [];
  /** Lower-cased phrase (tokens joined by one space) -> bitmask of lists. */
  private readonly phrases = new Map<string, number>();
  /** Lower-cased first token -> longest phrase length in tokens starting with it. */
  private readonly firsts = new Map<string, number>();

  static fromText(text: string): Gazetteer {
    const g = new Gazetteer();
    let list = -1;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('#')) {
        if (line.startsWith('#list ')) {
          g.lists.push(line.slice(6).trim());
          list = g.lists.length - 1;
        }
        continue;
      }
      if (list >= 0) g.add(list, line);
    }
    return g;
  }

  static load(file: string): Gazetteer {
    return Gazetteer.fromText(fs.readFileSync(file, 'utf8'));
  }

  listIndex(name: string): number {
    return this.lists.indexOf(name);
  }

  private add(list: number, phrase: string): void {
    const toks = phrase.includes(' ') || /[^\p{L}\p{N}]/u.test(phrase) ? tokenize(phrase).map((t) => t.text) : [phrase];
    if (toks.length === 0) return;
    const key = toks.join(' ').toLowerCase();
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | (1 << list));
    const first = toks[0].toLowerCase();
    if ((this.firsts.get(first) ?? 0) < toks.length) this.firsts.set(first, toks.length);
  }

  /** Bitmask of the lists holding `phrase` (any case), 0 when none. */
  lookup(phrase: string): number {
    const toks = tokenize(phrase).map((t) => t.text);
    return this.phrases.get(toks.join(' ').toLowerCase()) ?? 0;
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

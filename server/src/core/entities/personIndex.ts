import { partitionPoint } from '../search';
import { foldName, isSpellingVariant } from './spelling';
import { VariantIndex } from './variantIndex';

/** What the index needs of a person being clustered: its name key and its mentions so far. */
export interface PersonGroup {
  /** The person's name, words separated by one space. */
  key: string;
  mentions: readonly { start: number }[];
}

/**
 * The persons found so far, indexed so that a name is compared only with names that could be the
 * same: equal or variant spellings of a name have equal or variant surnames, and a VariantIndex
 * finds those without comparing every pair (variantIndex.ts; scanning every person per mention,
 * or every person with the same initials, made clustering quadratic on long articles: issue 16).
 * Each candidate is tested with the exact comparison, so the answers are those of a full scan.
 * Lookups are memoized per name: persons are only added, and a person's key never changes, so a
 * name's answer is extended with the persons added since it was last asked.
 */
export class PersonIndex<G extends PersonGroup> {
  /** Every person, by the last word of their name; with the order they were added. */
  private readonly byLastWord = new VariantIndex<Added<G>>();
  /** Persons of two or more names, by their surname. */
  private readonly bySurname = new VariantIndex<Added<G>>();
  private added = 0;
  private addedWithSurname = 0;
  private readonly sameNames = new Map<string, { checked: number; found?: G }>();
  private readonly surnames = new Map<string, { checked: number; persons: G[] }>();
  private readonly starts = new Map<G, { count: number; sorted: number[] }>();

  add(g: G): void {
    const w = g.key.split(' ');
    const last = w[w.length - 1];
    this.byLastWord.add(last, { g, order: this.added++, words: w });
    if (w.length >= 2) this.bySurname.add(last, { g, order: this.addedWithSurname++, words: w });
  }

  /** The first person (in the order added) whose name is `name` or a spelling variant of it. */
  withSameName(name: string): G | undefined {
    let e = this.sameNames.get(name);
    if (!e) this.sameNames.set(name, (e = { checked: 0 }));
    if (e.found || e.checked === this.added) return e.found;
    const w = name.split(' ');
    let best: Added<G> | undefined;
    for (const p of this.byLastWord.candidates(w[w.length - 1])) {
      if (p.order < e.checked || (best && p.order > best.order)) continue;
      if (sameName(p.words, w)) best = p;
    }
    e.checked = this.added;
    return (e.found = best?.g);
  }

  /** The person whose surname this is, preferring the nearest full mention before `at`. */
  nearestBySurname(surname: string, at: number): G | undefined {
    let best: G | undefined;
    let bestDistance = Infinity;
    for (const p of this.withSurname(surname)) {
      // Distance back to the nearest mention before `at`; after every mention, rank by the first one.
      const starts = this.mentionStarts(p);
      const before = partitionPoint(starts.length, (i) => starts[i] < at);
      const d = before > 0 ? at - starts[before - 1] : 1e12 + starts[0];
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Persons with two or more names whose surname is `surname` or a variant of it, in the order added. */
  private withSurname(surname: string): G[] {
    let e = this.surnames.get(surname);
    if (!e) this.surnames.set(surname, (e = { checked: 0, persons: [] }));
    if (e.checked === this.addedWithSurname) return e.persons;
    const found: Added<G>[] = [];
    for (const p of this.bySurname.candidates(surname)) {
      if (p.order < e.checked) continue;
      const last = p.words[p.words.length - 1];
      if (foldName(last) === foldName(surname) || isSpellingVariant(last, surname)) found.push(p);
    }
    for (const p of found.sort((a, b) => a.order - b.order)) e.persons.push(p.g);
    e.checked = this.addedWithSurname;
    return e.persons;
  }

  /** The starts of a person's mentions, sorted; mentions are only ever appended while clustering. */
  private mentionStarts(g: G): number[] {
    let s = this.starts.get(g);
    if (!s) this.starts.set(g, (s = { count: 0, sorted: [] }));
    for (; s.count < g.mentions.length; s.count++) insertSorted(s.sorted, g.mentions[s.count].start);
    return s.sorted;
  }
}

/** A person in an index: the order it was added in (in that index) and its name's words. */
interface Added<G> {
  g: G;
  order: number;
  words: string[];
}

function insertSorted(sorted: number[], value: number): void {
  if (sorted.length === 0 || sorted[sorted.length - 1] <= value) sorted.push(value);
  else sorted.splice(partitionPoint(sorted.length, (i) => sorted[i] <= value), 0, value);
}

function sameName(wa: string[], wb: string[]): boolean {
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => foldName(w) === foldName(wb[i]) || isSpellingVariant(w, wb[i]));
}

import { partitionPoint } from '../search';
import { foldName, isFoldedVariant } from './spelling';
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
  /** Every person, by the last word of their name (the surname of those with two or more). */
  private readonly byLastWord = new VariantIndex<Added<G>>();
  private added = 0;
  /** How many of those have two or more names. */
  private addedWithSurname = 0;
  private readonly sameNames = new Map<string, { checked: number; found?: G }>();
  /** Per surname asked for: the persons found, and the counts of persons (all, with a surname) when it was asked. */
  private readonly surnames = new Map<string, { checked: number; checkedWithSurname: number; persons: G[] }>();
  private readonly starts = new Map<G, { count: number; sorted: number[] }>();

  add(g: G): void {
    const w = g.key.split(' ').map(foldName);
    this.byLastWord.addFolded(w[w.length - 1], { g, order: this.added++, words: w });
    if (w.length >= 2) this.addedWithSurname++;
  }

  /** The first person (in the order added) whose name is `name` or a spelling variant of it. */
  withSameName(name: string): G | undefined {
    let e = this.sameNames.get(name);
    if (!e) this.sameNames.set(name, (e = { checked: 0 }));
    if (e.found || e.checked === this.added) return e.found;
    const w = name.split(' ').map(foldName);
    let best: Added<G> | undefined;
    for (const p of this.byLastWord.foldedCandidates(w[w.length - 1])) {
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
    if (!e) this.surnames.set(surname, (e = { checked: 0, checkedWithSurname: 0, persons: [] }));
    if (e.checkedWithSurname === this.addedWithSurname) return e.persons;
    const folded = foldName(surname);
    // Candidates come in the order added.
    for (const p of this.byLastWord.foldedCandidates(folded)) {
      if (p.order >= e.checked && p.words.length >= 2 && isFoldedVariant(p.words[p.words.length - 1], folded)) e.persons.push(p.g);
    }
    e.checked = this.added;
    e.checkedWithSurname = this.addedWithSurname;
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

/** A person in the index: the order it was added in and its name's words, folded. */
interface Added<G> {
  g: G;
  order: number;
  words: string[];
}

function insertSorted(sorted: number[], value: number): void {
  if (sorted.length === 0 || sorted[sorted.length - 1] <= value) sorted.push(value);
  else sorted.splice(partitionPoint(sorted.length, (i) => sorted[i] <= value), 0, value);
}

/**
 * Names of the same words, each equal once folded or a spelling variant, given the folded words
 * (`foldName(a) === foldName(b) || isSpellingVariant(a, b)` is isFoldedVariant of the folded forms).
 */
function sameName(wa: string[], wb: string[]): boolean {
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => isFoldedVariant(w, wb[i]));
}

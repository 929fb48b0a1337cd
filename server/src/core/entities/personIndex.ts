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
  /**
   * Persons in cells of the same folded surname (last word), number of words and first letter of
   * the first word, the cells indexed by surname. A name's variants share its word count and the
   * first letter of each word (isFoldedVariant), so withSameName reads only the cells that can
   * hold one: reading every person of a variant surname grew with the article (persons sharing a
   * surname: issue 16).
   */
  private readonly byLastWord = new VariantIndex<number>();
  private readonly cells: Cell<G>[] = [];
  private readonly cellOf = new Map<string, number>();
  private added = 0;
  /** How many of those have two or more names. */
  private addedWithSurname = 0;
  private readonly sameNames = new Map<string, { checked: number; found?: G }>();
  /** Per surname asked for: the persons found, and the counts of persons (all, with a surname) when it was asked. */
  private readonly surnames = new Map<string, { checked: number; checkedWithSurname: number; persons: G[] }>();
  private readonly starts = new Map<G, { count: number; sorted: number[] }>();
  /** The last name withSameName was asked and its folded words: the name `add` is most often given next. */
  private lastName = '';
  private lastWords: string[] = [];

  add(g: G): void {
    const w = g.key === this.lastName ? this.lastWords : g.key.split(' ').map(foldName);
    const last = w[w.length - 1];
    const cellKey = `${w.length}|${w[0].charAt(0)}|${last}`;
    let c = this.cellOf.get(cellKey);
    if (c === undefined) {
      c = this.cells.length;
      this.cellOf.set(cellKey, c);
      this.cells.push({ words: w.length, initial: w[0].charAt(0), persons: [] });
      this.byLastWord.addFolded(last, c);
    }
    this.cells[c].persons.push({ g, order: this.added++, words: w });
    if (w.length >= 2) this.addedWithSurname++;
  }

  /** The first person (in the order added) whose name is `name` or a spelling variant of it. */
  withSameName(name: string): G | undefined {
    let e = this.sameNames.get(name);
    if (!e) this.sameNames.set(name, (e = { checked: 0 }));
    if (e.found || e.checked === this.added) return e.found;
    const w = name.split(' ').map(foldName);
    this.lastName = name;
    this.lastWords = w;
    const initial = w[0].charAt(0);
    let best: Added<G> | undefined;
    for (const c of this.byLastWord.foldedCandidates(w[w.length - 1])) {
      const cell = this.cells[c];
      if (cell.words !== w.length || cell.initial !== initial) continue;
      // The cell's persons come in the order added: its first match is its earliest.
      const persons = cell.persons;
      for (let k = fromOrder(persons, e.checked); k < persons.length; k++) {
        const p = persons[k];
        if (best && p.order > best.order) break;
        if (sameName(p.words, w)) {
          best = p;
          break;
        }
      }
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
    const found: Added<G>[] = [];
    for (const c of this.byLastWord.foldedCandidates(folded)) {
      const cell = this.cells[c];
      if (cell.words < 2) continue;
      const persons = cell.persons;
      for (let k = fromOrder(persons, e.checked); k < persons.length; k++) {
        const p = persons[k];
        if (isFoldedVariant(p.words[p.words.length - 1], folded)) found.push(p);
      }
    }
    // In the order added, after those found before (all added earlier).
    if (found.length > 1) found.sort((a, b) => a.order - b.order);
    for (const p of found) e.persons.push(p.g);
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

/** Persons of one folded surname, word count and first letter, in the order added. */
interface Cell<G> {
  words: number;
  initial: string;
  persons: Added<G>[];
}

/** The index of the first of `persons` (in the order added) added at or after `order`. */
function fromOrder<G>(persons: Added<G>[], order: number): number {
  if (order === 0 || persons.length === 0 || persons[0].order >= order) return 0;
  return partitionPoint(persons.length, (i) => persons[i].order < order);
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

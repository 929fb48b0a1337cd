import { pushTo } from '../multimap';
import { partitionPoint } from '../search';
import { foldName, isSpellingVariant } from './spelling';

/** What the index needs of a person being clustered: its name key and its mentions so far. */
export interface PersonGroup {
  /** The person's name, words separated by one space. */
  key: string;
  mentions: readonly { start: number }[];
}

/**
 * The persons found so far, bucketed so that a name is compared only with names that could be the
 * same: equal or variant spellings share the folded first letter of every word (see spelling.ts).
 * Scanning every person per mention made clustering quadratic on long articles; so did comparing
 * each mention's name again with the same persons, and scanning a person's every mention for the
 * nearest one. Lookups are memoized per name: the buckets only grow, and a person's key never
 * changes, so a name's answer is extended with the persons added since it was last asked.
 */
export class PersonIndex<G extends PersonGroup> {
  private readonly byShape = new Map<string, G[]>();
  private readonly bySurnameInitial = new Map<string, G[]>();
  private readonly sameNames = new Map<string, { shape: string; checked: number; found?: G }>();
  private readonly surnames = new Map<string, { initial: string; checked: number; persons: G[] }>();
  private readonly starts = new Map<G, { count: number; sorted: number[] }>();

  add(g: G): void {
    pushTo(this.byShape, shapeOf(g.key), g);
    const w = g.key.split(' ');
    if (w.length >= 2) pushTo(this.bySurnameInitial, initialOf(w[w.length - 1]), g);
  }

  /** The first person (in the order added) whose name is `name` or a spelling variant of it. */
  withSameName(name: string): G | undefined {
    let e = this.sameNames.get(name);
    if (!e) this.sameNames.set(name, (e = { shape: shapeOf(name), checked: 0 }));
    if (e.found) return e.found;
    const bucket = this.byShape.get(e.shape) ?? [];
    for (; e.checked < bucket.length; e.checked++) {
      if (sameName(bucket[e.checked].key, name)) return (e.found = bucket[e.checked]);
    }
    return undefined;
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
    if (!e) this.surnames.set(surname, (e = { initial: initialOf(surname), checked: 0, persons: [] }));
    const bucket = this.bySurnameInitial.get(e.initial) ?? [];
    for (; e.checked < bucket.length; e.checked++) {
      const p = bucket[e.checked];
      const w = p.key.split(' ');
      const last = w[w.length - 1];
      if (foldName(last) === foldName(surname) || isSpellingVariant(last, surname)) e.persons.push(p);
    }
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

function insertSorted(sorted: number[], value: number): void {
  if (sorted.length === 0 || sorted[sorted.length - 1] <= value) sorted.push(value);
  else sorted.splice(partitionPoint(sorted.length, (i) => sorted[i] <= value), 0, value);
}

function initialOf(word: string): string {
  return foldName(word).charAt(0);
}

function shapeOf(name: string): string {
  const w = name.split(' ');
  return `${w.length}|${w.map(initialOf).join('')}`;
}

function sameName(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => foldName(w) === foldName(wb[i]) || isSpellingVariant(w, wb[i]));
}


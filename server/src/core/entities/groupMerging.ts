import type { EntityType, Mention } from '../article';
import { expands, initials, isAcronym } from './acronyms';
import { companyShortForm } from './heads';
import { organizationByName } from './knowledge';
import { nameOf } from './nameForms';
import { foldName, isSpellingVariant } from './spelling';
import { VariantIndex } from './variantIndex';
import { pushTo } from '../multimap';
import { StringMemo } from '../memo';

/**
 * Mentions grouped while clustering (cluster.ts), and the merging of groups whose names are
 * spelling variants, acronyms or short forms of each other.
 */
export interface Group {
  key: string;
  /** Position in the list of groups. */
  index: number;
  type?: EntityType;
  country?: string;
  mentions: Mention[];
}

/**
 * Which group each mention is in. While clustering, a mention's `entity` holds its group's index
 * (it is set to the entity's index at the end): a Map from each of tens of thousands of mentions
 * to its group cost more than the rest of the bookkeeping. `clustered` lists the mentions in the
 * order they first joined a group, as a Map's keys would.
 */
export class Membership {
  readonly clustered: Mention[] = [];

  constructor(
    private readonly groups: Group[],
    mentions: Mention[],
  ) {
    for (const m of mentions) m.entity = -1;
  }

  set(m: Mention, g: Group): void {
    if (m.entity < 0) this.clustered.push(m);
    m.entity = g.index;
  }

  get(m: Mention): Group | undefined {
    return m.entity >= 0 ? this.groups[m.entity] : undefined;
  }
}

export function mergeAcronymsAndVariants(groups: Group[], groupOf: Membership): void {
  // Variants and acronyms share a first letter: compare within those buckets only.
  const buckets = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.type === 'person' || g.type === 'group' || g.country) continue;
    const k = `${g.type}|${foldName(nameOf(g.mentions[0])).charAt(0)}`;
    pushTo(buckets, k, g);
  }
  for (const bucket of buckets.values()) mergeWithin(bucket, groupOf);
}

/**
 * Each group in turn, unless merged already, takes in every other group whose name is a spelling
 * variant of its own (or, for organizations, its acronym or short form). Which merges a bucket
 * makes is a function of its groups' names in order and their type alone (mergePlan): it is
 * memoized by them, so a keystroke that changes no name of a bucket merges it from the plan.
 */
function mergeWithin(groups: Group[], groupOf: Membership): void {
  if (groups.length < 2) return;
  const organization = groups[0].type === 'organization';
  const names = groups.map((g) => (g.mentions.length === 0 ? undefined : nameOf(g.mentions[0])));
  // Each name with its length before it, so that no two lists of names give one key.
  const key = (organization ? 'o' : 'x') + names.map((n) => (n === undefined ? '-' : `${n.length}:${n}`)).join('');
  const plan = plans.get(key, () => mergePlan(names, organization));
  for (let p = 0; p < plan.length; p += 2) {
    const into = groups[plan[p]];
    const from = groups[plan[p + 1]];
    for (const m of from.mentions) {
      into.mentions.push(m);
      groupOf.set(m, into);
    }
    from.mentions = [];
  }
}

/** Bucket key (mergeWithin: its type and names) -> its merges. */
const plans = new StringMemo<Int32Array>(undefined);

/**
 * The merges of one bucket as pairs (into, from) of positions, in the order they are made: each
 * name in turn, unless merged already (or absent: a group emptied earlier), takes in every later
 * or earlier name that is its spelling variant (or, for organizations, its acronym or short
 * form). The names that can be are looked up (NameIndex) rather than compared pairwise, which
 * was quadratic in the names of an article (issue 16); each is then tested as before, in order.
 */
export function mergePlan(
  names: readonly (string | undefined)[],
  organization: boolean,
  // A few names are compared pairwise: the index costs more than it saves there (tests: either way).
  indexed = names.length > 16,
): Int32Array {
  const plan: number[] = [];
  const merged = names.map((n) => n === undefined);
  const index = indexed ? new NameIndex(names) : undefined;
  const all = names.map((_, k) => k);
  names.forEach((an, i) => {
    if (an === undefined || merged[i]) return;
    for (const k of index ? index.related(i, an, organization) : all) {
      if (k === i || merged[k]) continue;
      const bn = names[k] as string;
      if ((organization && (expands(bn, an) || shortFormOf(bn, an) || companyShortForm(an) === bn)) || isSpellingVariant(an, bn)) {
        plan.push(i, k);
        merged[k] = true;
      }
    }
  });
  return Int32Array.from(plan);
}

/**
 * The names of a bucket, for mergePlan: `related(i, an, organization)` lists, in the
 * bucket's order and without `i`, every name `bn` that may satisfy the merge test with
 * `an`, and perhaps a few more. Spelling variants: a VariantIndex (variantIndex.ts says why none
 * is missed). `expands(bn, an)`: `bn` is an acronym spelling `an`'s initials (filed under its
 * letters), or the hand list names `bn` with the full name `an` (filed under that name in lower
 * case). `shortFormOf(bn, an)`: `bn` is `an` cut before one of its spaces; `companyShortForm(an)
 * === bn`: one name. Both are found by exact name.
 */
class NameIndex {
  private readonly variants = new VariantIndex<number>();
  private readonly byKey = new Map<string, number[]>();

  constructor(names: readonly (string | undefined)[]) {
    names.forEach((name, i) => {
      if (name === undefined) return;
      this.variants.add(name, i);
      pushTo(this.byKey, `=${name}`, i);
      if (isAcronym(name)) {
        pushTo(this.byKey, `A${name.replace(/\./g, '')}`, i);
        const known = organizationByName(name);
        if (known) pushTo(this.byKey, `K${known.name.toLowerCase()}`, i);
      }
    });
  }

  related(self: number, an: string, organization: boolean): number[] {
    const out = new Set<number>(this.variants.candidates(an));
    if (organization) {
      const keys = [`A${initials(an)}`, `K${an.toLowerCase()}`];
      const short = companyShortForm(an);
      if (short !== undefined) keys.push(`=${short}`);
      for (let at = an.indexOf(' '); at >= 0; at = an.indexOf(' ', at + 1)) keys.push(`=${an.slice(0, at)}`);
      for (const k of keys) for (const i of this.byKey.get(k) ?? []) out.add(i);
    }
    out.delete(self);
    return [...out].sort((x, y) => x - y);
  }
}

/** Words that end an organization's full name and are dropped in its short form (`Thornbury Town` / `Thornbury`). */
const ORG_SUFFIX = /^(?:Town|City|United|Rovers|Wanderers|Athletic|Albion|County|FC|AFC|CF|SC|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Plc|Group|Holdings|Co\.?|Company|AG|SA|NV|LLC|GmbH)$/;

/** True when `short` is `long` without its generic suffix words (`Thornbury`, `Thornbury Town FC`). */
function shortFormOf(short: string, long: string): boolean {
  if (!long.startsWith(`${short} `)) return false;
  const rest = long.slice(short.length + 1).split(/\s+/);
  return rest.length > 0 && rest.every((w) => ORG_SUFFIX.test(w));
}

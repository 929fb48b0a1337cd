import type { Entity, EntityType, Mention, Paragraph, Sentence } from '../article';
import { expands, initials, isAcronym } from './acronyms';
import { mentionFacts } from './facts';
import { countryByCapital, countryByDemonym, countryByName, firstNameGender, organizationByName } from './knowledge';
import { VariantIndex } from './variantIndex';
import { antecedent, findPronouns, isHeOrShe, personsBySentence, titleGender } from './pronouns';
import { foldName, isSpellingVariant } from './spelling';
import { normalizeSpans } from './spans';
import { typeParties } from './parties';
import { companyShortForm, dropCommonWords, findBodies, includeTitleThe, joinEvents, typeByHeads } from './heads';
import { paragraphPieces, pieceWords, TextWords, titleCased, type DocumentWords, type ParagraphWords } from './textWords';
import { typeLineUps, typeTeams } from './teams';
import { unifySenses } from './senses';
import { capitalizedWords, propagateNames, type SentenceCapitals } from './propagate';
import { bareName } from './titles';
import { pushTo } from '../multimap';
import { partitionPoint } from '../search';
import { PersonIndex } from './personIndex';
import { fullest, slug, words } from './nameForms';
import { mergeByStart } from './order';
import { StringMemo } from '../memo';

/**
 * Mentions -> entities. One real-world thing, one entity:
 * - a person's full name, surname and titled forms (`General Oleksandr Lutsenko`, `Lutsenko`);
 * - a later sentence-initial `He`/`She` (added as a person mention);
 * - an acronym and its expansion (`EU` / `European Union`);
 * - a country and its capital standing for its government (`Kyiv`, when Ukraine is named too);
 * - a nationality word and its plural (`North Korean`, `North Koreans`): a group entity of its own,
 *   linked to its country by name (knowledge.ts countryByDemonym);
 * - `Donetsk region` and `Donetsk`; spelling variants (`Zelenskiy` / `Zelensky`).
 * The canonical name is the fullest form. Roles and facts come from facts.ts.
 */
export interface EntityInput {
  plain: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  /**
   * What dropCommonWords reads of each paragraph's words (textWords.ts), which the AnalysisCache
   * keeps by paragraph text; without it, found from the paragraph's text here.
   */
  paragraphWords?: ParagraphWords;
}

/** How a mention names its entity; the hover and the consistency checks read it. */
export type MentionForm = 'name' | 'surname' | 'acronym' | 'capital' | 'nationality' | 'pronoun';

interface Group {
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
class Membership {
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

const REGION_WORD = / (?:region|province|oblast|district|county|governorate|prefecture)$/;

const names = [new StringMemo((text) => bareName(text, false).replace(/\s+/g, ' ')), new StringMemo((text) => bareName(text, true).replace(/\s+/g, ' '))];

/**
 * The name part of a mention: no title, no possessive, no leading `the`, spaces collapsed.
 * Memoized by text (and whether it is a person's): clustering asks for it many times per mention.
 */
export function nameOf(m: Pick<Mention, 'text' | 'type'>): string {
  return names[m.type === 'person' ? 1 : 0].get(m.text);
}

export function formOf(m: Mention, entity: Entity | undefined): MentionForm {
  const name = nameOf(m);
  if (isHeOrShe(name)) return 'pronoun';
  if (m.type === 'group' && entity?.type === 'place') return 'nationality';
  if (entity?.type === 'place' && countryByCapital(name) && !countryByName(name)) {
    const country = countryByName(entity.name);
    if (country && country.capital.some((c) => foldName(c) === foldName(name))) return 'capital';
  }
  if (entity && isAcronym(name) && name !== entity.name) return 'acronym';
  if (entity?.type === 'person' && !name.includes(' ') && entity.name.includes(' ')) return 'surname';
  return 'name';
}

/** The group a mention of that type and name goes to (persons aside), and what a new group starts with. */
interface Placement {
  key: string;
  init: Partial<Group>;
}

/** `named`: the countries the article names, which their capitals stand for. */
function placementOf(type: EntityType, name: string, named: Set<string>): Placement {
  if (type === 'group') {
    // A nationality word is a group of its own (`Ukrainian`, `Ukrainians`), linked to its country,
    // not merged into it (spec, "Entity types": group covers demonyms; the hover finds the country
    // from the group's name).
    const c = demonymCountry(name);
    return { key: c ? `group:${c.cca2}` : `group:${foldName(name)}`, init: { type: 'group' } };
  }
  if (type === 'place') {
    const c = countryByName(name);
    const capitalOf = countryByCapital(name);
    if (c) return { key: `country:${c.cca2}`, init: { type: 'place', country: c.cca2 } };
    if (capitalOf && named.has(capitalOf.cca2)) return { key: `country:${capitalOf.cca2}`, init: { type: 'place', country: capitalOf.cca2 } };
    return { key: `place:${foldName(name.replace(REGION_WORD, ''))}`, init: { type: 'place' } };
  }
  if (type === 'organization') {
    const known = organizationByName(name);
    return { key: `organization:${known ? foldName(known.name) : foldName(name)}`, init: { type: 'organization' } };
  }
  return { key: `${type}:${foldName(name)}`, init: { type } };
}

function demonymCountry(name: string) {
  return countryByDemonym(name) ?? (name.endsWith('s') ? countryByDemonym(name.slice(0, -1)) : undefined);
}

export function buildEntities(input: EntityInput): { mentions: Mention[]; entities: Entity[] } {
  const { plain, sentences } = input;
  const normalized = normalizeSpans(plain, input.mentions);
  typeByHeads(plain, normalized);
  const { paragraphs } = input;
  const byParagraph: ParagraphWords = input.paragraphWords ?? {
    words: (k) => pieceWords(plain.slice(paragraphs[k].start, paragraphs[k].end)),
    titleCased: (k, j) => {
      const s = sentences[paragraphs[k].sentences[j]];
      return titleCased(plain.slice(s.start, s.end));
    },
    capitals: (k, j) => {
      const s = sentences[paragraphs[k].sentences[j]];
      return capitalizedWords(plain, s.start, s.end, paragraphs[k].start);
    },
  };
  const words: DocumentWords = {
    text: () => new TextWords(plain, paragraphPieces(plain, paragraphs, (k) => byParagraph.words(k))),
    titleCased: (s) => byParagraph.titleCased(s.paragraph, s.index - paragraphs[s.paragraph].sentences[0]),
  };
  const spans = findBodies(plain, sentences, dropCommonWords(plain, sentences, joinEvents(plain, normalized), words));
  includeTitleThe(plain, spans);
  typeParties(plain, spans);
  typeTeams(plain, spans);
  typeLineUps(plain, spans);
  unifySenses(spans, plain);
  // A pronoun the tagger took for a name (`HE, 54, was appointed`) is no name: pronouns join their
  // person below, or nothing (issue 17: an entity of pronouns alone had no canonical name).
  const capitals = (s: Sentence): SentenceCapitals => {
    const p = paragraphs[s.paragraph];
    return { words: byParagraph.capitals(s.paragraph, s.index - p.sentences[0]), base: p.start };
  };
  const tagged = propagateNames(plain, sentences, spans, capitals).filter((m) => !isHeOrShe(nameOf(m)));
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOf = new Membership(groups, tagged);
  const add = (key: string, m: Mention, init: Partial<Group> = {}): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { key, index: groups.length, mentions: [], ...init };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    groupOf.set(m, g);
    return g;
  };

  // Countries named in the article, so that a capital joins its country only when both appear.
  const named = new Set<string>();
  for (const m of tagged) {
    if (m.type !== 'place') continue;
    const c = countryByName(nameOf(m));
    if (c) named.add(c.cca2);
  }

  // Persons: full names first, so that a surname finds the full name it ends.
  const persons = new PersonIndex<Group>();
  // Full names by first name, so that a first name alone (`Sir Edward`, `Kylie`) finds the one
  // person it starts, when it is a known given name and nobody's surname.
  const byFirstName = new Map<string, Group[]>();
  for (const { m, name, words } of personsFullestFirst(tagged)) {
    let g = persons.withSameName(name);
    if (!g && words === 1) g = persons.nearestBySurname(name, m.start);
    if (!g && words === 1) {
      const same = byFirstName.get(foldName(name));
      if (same && same.length === 1 && firstNameGender(name)) g = same[0];
    }
    if (g) {
      g.mentions.push(m);
      groupOf.set(m, g);
    } else {
      g = add(`person:${foldName(name)}`, m, { type: 'person' });
      g.key = name;
      persons.add(g);
      if (words >= 2) pushTo(byFirstName, foldName(name.slice(0, name.indexOf(' '))), g);
    }
  }

  // Names repeat: what the gazetteers say of each, and the group it goes to, are looked up once.
  const countryOrCapital = new Map<string, boolean>();
  const isCountryOrCapital = (name: string): boolean => {
    let known = countryOrCapital.get(name);
    if (known === undefined) countryOrCapital.set(name, (known = !!(countryByName(name) || countryByCapital(name))));
    return known;
  };
  const placements = new Map<EntityType, Map<string, Placement>>();
  for (const m of tagged) {
    if (m.type === 'person') continue;
    const name = nameOf(m);
    // A full name or surname typed otherwise by the tagger joins the person it names.
    if (m.type !== 'group' && !isCountryOrCapital(name)) {
      const p = name.includes(' ') ? persons.withSameName(name) : persons.nearestBySurname(name, m.start);
      if (p) {
        m.type = 'person';
        m.label = 'PER';
        p.mentions.push(m);
        groupOf.set(m, p);
        continue;
      }
    }
    let byName = placements.get(m.type);
    if (!byName) placements.set(m.type, (byName = new Map()));
    let placement = byName.get(name);
    if (!placement) byName.set(name, (placement = placementOf(m.type, name, named)));
    add(placement.key, m, placement.init);
  }

  mergeAcronymsAndVariants(groups, groupOf);

  // Pronouns, resolved against the clustered persons.
  const all = sortedByStart(tagged, () => [...groupOf.clustered]);
  const bySentence = personsBySentence(all);
  const roleText = (m: Mention): string => plain.slice(Math.max(0, m.start - 30), m.end);
  // A person's gender, when the first name of the full name or a title says it.
  const titleGenderOf = (x: Mention) => titleGender(plain.slice(Math.max(0, x.start - 20), x.start));
  const genders = new Map<Group, GenderScan>();
  const genderOf = (m: Mention): 'F' | 'M' | undefined => {
    const g = groupOf.get(m);
    if (!g) return titleGenderOf(m);
    let scan = genders.get(g);
    if (!scan) genders.set(g, (scan = { byName: firstNameGenderOf(g), scanned: 0 }));
    if (scan.byName) return scan.byName;
    // The first of the group's mentions with a gendered title decides. Pronouns are appended to
    // the group as they resolve, so the scan resumes where it stopped instead of starting over.
    while (!scan.byTitle && scan.scanned < g.mentions.length) scan.byTitle = titleGenderOf(g.mentions[scan.scanned++]);
    return scan.byTitle;
  };
  const pronouns: Mention[] = [];
  for (const site of findPronouns(plain, sentences)) {
    if (covered(all, site.start)) continue;
    const target = antecedent(bySentence, site.sentence, site.start, site.text, roleText, genderOf);
    const g = target && groupOf.get(target);
    if (!g) continue;
    const p: Mention = { start: site.start, end: site.end, text: site.text, type: 'person', label: 'PER', entity: -1, sentence: site.sentence };
    g.mentions.push(p);
    groupOf.set(p, g);
    pronouns.push(p);
  }

  const live = groups.filter((g) => g.mentions.length > 0);
  for (const g of live) g.mentions.sort((a, b) => a.start - b.start);
  live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const mentions = sortedByStart(pronouns.length > 0 ? mergeByStart(all, pronouns) : all, () => [...groupOf.clustered]);
  live.forEach((g, e) => {
    for (const m of g.mentions) m.entity = e;
  });
  const mentionIndexes = indexesByEntity(mentions, live.length);
  const used = new Set<string>();
  const entities: Entity[] = live.map((g, e) => {
    const type = g.type ?? g.mentions[0].type;
    const name = canonicalName(g, type);
    let id = `${type}:${slug(name)}`;
    for (let n = 2; used.has(id); n++) id = `${type}:${slug(name)}-${n}`;
    used.add(id);
    const roles: string[] = [];
    const facts: string[] = [];
    for (const m of g.mentions) {
      if (isHeOrShe(m.text)) continue;
      const f = mentionFacts(plain, sentences[m.sentence], m, m.text, type);
      for (const r of f.roles) if (!roles.includes(r)) roles.push(r);
      for (const x of f.facts) if (!facts.includes(x)) facts.push(x);
    }
    return { id, type, name, mentions: mentionIndexes[e], roles, facts, quoteCount: 0, attributionCount: 0 };
  });
  return { mentions, entities };
}

/** What a person's names say of their gender, and how far the search through their titles got. */
interface GenderScan {
  byName: 'F' | 'M' | undefined;
  scanned: number;
  byTitle?: 'F' | 'M';
}

/** The gender of the first name of a person's full name, when the name lists agree on one. */
function firstNameGenderOf(g: Group): 'F' | 'M' | undefined {
  const first = g.type === 'person' && g.key.includes(' ') ? g.key.split(' ')[0] : '';
  return first ? firstNameGender(first) : undefined;
}

/**
 * `list` when its starts strictly increase, which is the rule (spans.ts keeps no overlapping
 * mentions; propagated names and pronouns are added only where none is): then it is the one order
 * by start, and no sort is needed. Otherwise `all()`'s mentions, sorted by start.
 */
function sortedByStart(list: Mention[], all: () => Mention[]): Mention[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1].start >= list[i].start) return all().sort((a, b) => a.start - b.start);
  return list;
}

/**
 * Each entity's mentions as indexes into `mentions` (sorted by start), in document order: one pass,
 * since each mention belongs to one entity and already carries its index.
 */
function indexesByEntity(mentions: Mention[], entities: number): number[][] {
  const out: number[][] = Array.from({ length: entities }, () => []);
  mentions.forEach((m, i) => out[m.entity].push(i));
  return out;
}

/** True when a mention of `sorted` (by start) covers `offset`. */
function covered(sorted: Mention[], offset: number): boolean {
  const lo = partitionPoint(sorted.length, (i) => sorted[i].start <= offset);
  return lo > 0 && offset < sorted[lo - 1].end;
}

function mergeAcronymsAndVariants(groups: Group[], groupOf: Membership): void {
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
 * variant of its own (or, for organizations, its acronym or short form). The groups that can be
 * are looked up by name (NameIndex) rather than compared pairwise, which was quadratic in the
 * names of an article (issue 16); each is then tested as before, in the bucket's order.
 */
function mergeWithin(groups: Group[], groupOf: Membership): void {
  const merge = (into: Group, from: Group): void => {
    for (const m of from.mentions) {
      into.mentions.push(m);
      groupOf.set(m, into);
    }
    from.mentions = [];
  };
  if (groups.length < 2) return;
  // A few groups are compared pairwise: the index costs more than it saves there.
  const index = groups.length > 16 ? new NameIndex(groups) : undefined;
  const all = groups.map((_, k) => k);
  groups.forEach((a, i) => {
    if (a.mentions.length === 0) return;
    const an = nameOf(a.mentions[0]);
    for (const k of index ? index.related(i, an, a.type === 'organization') : all) {
      if (k === i) continue;
      const b = groups[k];
      if (b.mentions.length === 0) continue;
      const bn = nameOf(b.mentions[0]);
      if ((a.type === 'organization' && (expands(bn, an) || shortFormOf(bn, an) || companyShortForm(an) === bn)) || isSpellingVariant(an, bn)) merge(a, b);
    }
  });
}

/**
 * The groups of a bucket by name, for mergeWithin: `related(i, an, organization)` lists, in the
 * bucket's order and without `i`, every group whose name `bn` may satisfy the merge test with
 * `an`, and perhaps a few more. Spelling variants: a VariantIndex (variantIndex.ts says why none
 * is missed). `expands(bn, an)`: `bn` is an acronym spelling `an`'s initials (filed under its
 * letters), or the hand list names `bn` with the full name `an` (filed under that name in lower
 * case). `shortFormOf(bn, an)`: `bn` is `an` cut before one of its spaces; `companyShortForm(an)
 * === bn`: one name. Both are found by exact name.
 */
class NameIndex {
  private readonly variants = new VariantIndex<number>();
  private readonly byKey = new Map<string, number[]>();

  constructor(groups: Group[]) {
    groups.forEach((g, i) => {
      if (g.mentions.length === 0) return;
      const name = nameOf(g.mentions[0]);
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

function canonicalName(g: Group, type: EntityType): string {
  if (g.country) {
    const own = g.mentions.filter((m) => m.type === 'place' && countryByName(nameOf(m))?.cca2 === g.country).map(nameOf);
    if (own.length > 0) return fullest(own);
    const c = countryByCapital(nameOf(g.mentions[0])) ?? demonymCountry(nameOf(g.mentions[0]));
    return c?.name ?? nameOf(g.mentions[0]);
  }
  // Resolved pronouns join a group that has a name, so they are left out of it; but the tagger
  // may find a name spelled like a pronoun (`HE, 54,`, the `He` of `RterHe`), whose group then
  // has nothing else to be named by.
  const named = g.mentions.filter((m) => !isHeOrShe(m.text));
  const names = (named.length > 0 ? named : g.mentions).map(nameOf);
  if (type === 'group') {
    // The adjective the country data knows (`Russian`, not `Russians`), when the article has it.
    const adjective = names.find((n) => countryByDemonym(n));
    if (adjective) return adjective;
  }
  if (type === 'organization') {
    const long = names.filter((n) => !isAcronym(n));
    if (long.length > 0 && long.length < names.length) return fullest(long);
  }
  return fullest(names);
}

/** The person mentions with their names, most words first, then in document order. */
function personsFullestFirst(tagged: Mention[]): { m: Mention; name: string; words: number }[] {
  const list: { m: Mention; name: string; words: number }[] = [];
  for (const m of tagged) {
    if (m.type !== 'person') continue;
    const name = nameOf(m);
    list.push({ m, name, words: words(name) });
  }
  return list.sort((a, b) => b.words - a.words || a.m.start - b.m.start);
}

import type { Entity, EntityType, Mention, Paragraph, Sentence } from '../article';
import { isAcronym } from './acronyms';
import { mentionFacts } from './facts';
import { countryByCapital, countryByDemonym, countryByName, firstNameGender, organizationByName } from './knowledge';
import { antecedent, findPronouns, isHeOrShe, personsBySentence, titleGender } from './pronouns';
import { foldName } from './spelling';
import { normalizeSpans } from './spans';
import { typeParties } from './parties';
import { dropCommonWords, findBodies, includeTitleThe, joinEvents, typeByHeads } from './heads';
import { paragraphPieces, pieceWords, TextWords, titleCased, type DocumentWords, type ParagraphWords } from './textWords';
import { typeLineUps, typeTeams } from './teams';
import { unifySenses } from './senses';
import { capitalizedWords, propagateNames, type SentenceCapitals } from './propagate';
import { pushTo } from '../multimap';
import { partitionPoint } from '../search';
import { PersonIndex } from './personIndex';
import { fullest, nameOf, slug, words } from './nameForms';
import { mergeAcronymsAndVariants, Membership, type Group } from './groupMerging';
import { mergeByStart } from './order';

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

const REGION_WORD = / (?:region|province|oblast|district|county|governorate|prefecture)$/;

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

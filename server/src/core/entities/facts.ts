import type { EntityType, Span } from '../model';
import { countryByDemonym, countryByName } from './knowledge';
import { isTitleModifier, isTitleWord, lowerRoleBefore, splitTitle, stripPossessive } from './titles';

/**
 * What the article itself says about one mention: the roles and titles written before it
 * (`Ukraine's President`, `US President-elect`, `General`), an age in apposition (`, 54,`),
 * an appositive description (`Pokrovsk, a key logistic hub for ...,`), a relative clause
 * (`which borders Ukraine`) and a few predicates news copy uses about people
 * (`was appointed to head ...`, `replacing X`).
 */
export interface MentionFacts {
  roles: string[];
  facts: string[];
  /** Start of the role phrase before the mention, when there is one. */
  roleStart?: number;
}

const PREDICATES =
  /^\s+(?:was|were|has been|had been|is|will be)\s+((?:appointed|elected|named|replaced|dismissed|fired|sacked|arrested|charged|killed|wounded|injured|sentenced|nominated|promoted|detained|released|acquitted|convicted)\b[^,.;:"“”]*)/;
const OBJECT_OF = /\b(replacing|replaced|succeeding|succeeded|dismissed|fired|sacked)\s+$/;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, base: number): Word[] {
  return [...text.matchAll(/[^\s,;:()"“”]+/g)].map((m) => ({ text: m[0], start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length }));
}

function limitWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ');
}

export function mentionFacts(plain: string, sentence: Span, mention: Span, text: string, type: EntityType): MentionFacts {
  const roles: string[] = [];
  const facts: string[] = [];
  let roleStart: number | undefined;
  const before = plain.slice(sentence.start, mention.start);
  const after = plain.slice(mention.end, sentence.end);

  if (type === 'person') {
    const own = splitTitle(text);
    // Titles written before the name: walk back over title words, then one possessive,
    // nationality or country that qualifies them.
    const words = wordsOf(before, sentence.start);
    let k = words.length;
    while (k > 0 && /^\s*$/.test(plain.slice(words[k - 1].end, k < words.length ? words[k].start : mention.start)) && (isTitleWord(words[k - 1].text) || isTitleModifier(words[k - 1].text))) k--;
    if (k < words.length && words.slice(k).some((w) => isTitleWord(w.text))) {
      let start = words[k].start;
      const prev = words[k - 1];
      const prev2 = words[k - 2];
      if (prev && /^\p{Lu}/u.test(prev.text)) {
        if (prev2 && /^\p{Lu}/u.test(prev2.text) && countryByDemonym(`${prev2.text} ${prev.text}`)) start = prev2.start;
        else if (/['’]s$/.test(prev.text) || countryByDemonym(prev.text) || countryByName(prev.text)) start = prev.start;
      }
      roleStart = start;
      const phrase = plain.slice(start, own.title ? mention.start + own.title.length : mention.start).replace(/\s+/g, ' ').trim();
      roles.push(phrase);
      const qualifier = stripPossessive(plain.slice(start, words[k].start).trim());
      const country = qualifier ? (countryByName(qualifier) ?? countryByDemonym(qualifier)) : undefined;
      if (country) facts.push(`affiliation: ${country.name}`);
    } else if (own.title) {
      // An honorific alone (`Mr`, `Ms`) is a form of address, not a role.
      if (!/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|M)\.?$/.test(own.title)) roles.push(own.title);
    } else {
      const lower = lowerRoleBefore(before);
      if (lower) roles.push(lower);
    }
    const age = /^,\s*(\d{1,3}),/.exec(after);
    if (age && Number(age[1]) > 0 && Number(age[1]) < 120) facts.push(`age ${age[1]}`);
    const rest = age ? after.slice(age[0].length - 1) : after;
    const appo = /^,\s*((?:the|a|an)\s+[^,;.:"“”]*?),/.exec(rest);
    if (appo) roles.push(limitWords(appo[1].replace(/\s+/g, ' '), 10));
    const who = appo ? undefined : /^,\s*who\s+((?:is|was|chairs|leads|heads|runs|owns|founded|represents|serves|served|became|coaches|manages)\b[^,;.:"“”]*?),/.exec(rest);
    if (who) roles.push(limitWords(who[1], 10));
    const pred = PREDICATES.exec(appo ? rest.slice(appo[0].length - 1).replace(/^,/, '') : rest.replace(/^,/, ''));
    if (pred) facts.push(limitWords(pred[1], 10));
    const obj = OBJECT_OF.exec(roleStart !== undefined ? plain.slice(sentence.start, roleStart) : before);
    if (obj) facts.push(obj[1].startsWith('replac') || obj[1].startsWith('succeed') ? 'replaced' : obj[1]);
    // An honorific (`Mr`, `Ms`) is a form of address, not a role.
    const kept = roles.filter((r) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|M)\.?$/.test(r));
    return { roles: dedupe(kept), facts: dedupe(facts), roleStart };
  }

  // Nationalities and other names: what surrounds an adjective is not about the group.
  if (type !== 'place' && type !== 'organization') return { roles, facts };
  // Places, organizations: `Russia's Kursk region` -> in Russia; appositions; relative clauses.
  const poss = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u.exec(before);
  if (poss) {
    const owner = countryByName(poss[1]);
    if (owner) facts.push(type === 'place' ? `in ${owner.name}` : `of ${owner.name}`);
  }
  const appo = /^,\s*((?:the|a|an)\s+[a-z][^,;.:"“”]*?),/.exec(after);
  if (appo) facts.push(limitWords(appo[1].replace(/^(?:a|an|the)\s+/, ''), 10));
  const rel = /^,?\s*(?:which|that)\s+((?:borders?|lies|is|was|has)\b[^,;.:"“”]*?)(?:,| and |\.|$)/.exec(after);
  if (rel) facts.push(limitWords(rel[1], 8));
  return { roles, facts: dedupe(facts) };
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.length > 0))];
}

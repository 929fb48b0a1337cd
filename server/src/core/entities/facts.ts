import type { EntityType, Span } from '../article';
import { countryByDemonym, countryByName } from './knowledge';
import { isTitleModifier, isTitleWord, lowerRoleBefore, splitTitle, stripPossessive } from './titles';
import { isSpace, lastRunsStart, onlySpaces } from './chars';

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

/** Word separators: `\s` and `,;:()"“”`. */
function isSeparator(c: number): boolean {
  return isSpace(c) || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
}

/**
 * The words (runs of non-separators) of plain[lo, hi), read backwards on demand: `at(0)` is the
 * last. Only the few words before a name matter, so the rest of the sentence is never read.
 */
class WordsBefore {
  private readonly found: Word[] = [];
  private at_: number;

  constructor(
    private readonly plain: string,
    private readonly lo: number,
    hi: number,
  ) {
    this.at_ = hi;
  }

  at(j: number): Word | undefined {
    while (this.found.length <= j) {
      let end = this.at_;
      while (end > this.lo && isSeparator(this.plain.charCodeAt(end - 1))) end--;
      if (end === this.lo) return undefined;
      let start = end;
      while (start > this.lo && !isSeparator(this.plain.charCodeAt(start - 1))) start--;
      this.found.push({ text: this.plain.slice(start, end), start, end });
      this.at_ = start;
    }
    return this.found[j];
  }
}

function limitWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ');
}

export function mentionFacts(plain: string, sentence: Span, mention: Span, text: string, type: EntityType): MentionFacts {
  const roles: string[] = [];
  const facts: string[] = [];
  let roleStart: number | undefined;
  // Patterns anchored at the end of the text before the mention span a few words at most: they
  // are searched in those words only (see lastRunsStart), not across the whole sentence.
  const after = plain.slice(mention.end, sentence.end);

  if (type === 'person') {
    const own = splitTitle(text);
    // Titles written before the name: walk back over title words, then one possessive,
    // nationality or country that qualifies them. `words.at(n)` is the nth word back.
    const words = new WordsBefore(plain, sentence.start, mention.start);
    let n = 0;
    for (let w = words.at(0); w; w = words.at(n)) {
      if (!onlySpaces(plain, w.end, n > 0 ? (words.at(n - 1) as Word).start : mention.start)) break;
      if (!isTitleWord(w.text) && !isTitleModifier(w.text)) break;
      n++;
    }
    if (n > 0 && titleAmong(words, n)) {
      const first = words.at(n - 1) as Word;
      let start = first.start;
      const prev = words.at(n);
      const prev2 = words.at(n + 1);
      if (prev && /^\p{Lu}/u.test(prev.text)) {
        if (prev2 && /^\p{Lu}/u.test(prev2.text) && countryByDemonym(`${prev2.text} ${prev.text}`)) start = prev2.start;
        else if (/['’]s$/.test(prev.text) || countryByDemonym(prev.text) || countryByName(prev.text)) start = prev.start;
      }
      roleStart = start;
      const phrase = plain.slice(start, own.title ? mention.start + own.title.length : mention.start).replace(/\s+/g, ' ').trim();
      roles.push(phrase);
      const qualifier = stripPossessive(plain.slice(start, first.start).trim());
      const country = qualifier ? (countryByName(qualifier) ?? countryByDemonym(qualifier)) : undefined;
      if (country) facts.push(`affiliation: ${country.name}`);
    } else if (own.title) {
      // An honorific alone (`Mr`, `Ms`) is a form of address, not a role.
      if (!/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|M)\.?$/.test(own.title)) roles.push(own.title);
    } else {
      const lower = lowerRoleBefore(plain.slice(sentence.start, mention.start));
      if (lower) roles.push(lower);
    }
    // The patterns after the name start with a comma (age, apposition, `who`) or, after an
    // optional comma, a space (predicates): the first characters rule most of them out.
    const age = startsWithComma(after) ? /^,\s*(\d{1,3}),/.exec(after) : null;
    if (age && Number(age[1]) > 0 && Number(age[1]) < 120) facts.push(`age ${age[1]}`);
    const rest = age ? after.slice(age[0].length - 1) : after;
    const appo = startsWithComma(rest) ? /^,\s*((?:the|a|an)\s+[^,;.:"“”]*?),/.exec(rest) : null;
    if (appo) roles.push(limitWords(appo[1].replace(/\s+/g, ' '), 10));
    const who = appo || !startsWithComma(rest) ? undefined : /^,\s*who\s+((?:is|was|chairs|leads|heads|runs|owns|founded|represents|serves|served|became|coaches|manages)\b[^,;.:"“”]*?),/.exec(rest);
    if (who) roles.push(limitWords(who[1], 10));
    const predicate = appo ? rest.slice(appo[0].length - 1) : rest;
    const comma = startsWithComma(predicate) ? 1 : 0;
    const pred = isSpace(predicate.charCodeAt(comma)) ? PREDICATES.exec(comma ? predicate.slice(1) : predicate) : null;
    if (pred) facts.push(limitWords(pred[1], 10));
    const objectEnd = roleStart ?? mention.start;
    // OBJECT_OF ends in `g` or `d` and spaces: most texts fail that before any search.
    const lastLetter = plain.charCodeAt(lastBeforeSpaces(plain, sentence.start, objectEnd));
    const obj = lastLetter === 103 || lastLetter === 100 ? OBJECT_OF.exec(plain.slice(lastRunsStart(plain, sentence.start, objectEnd, 1), objectEnd)) : null;
    if (obj) facts.push(obj[1].startsWith('replac') || obj[1].startsWith('succeed') ? 'replaced' : obj[1]);
    // An honorific (`Mr`, `Ms`) is a form of address, not a role.
    const kept = roles.filter((r) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|M)\.?$/.test(r));
    if (kept.length === 0 && facts.length === 0 && roleStart === undefined) return NO_FACTS;
    return { roles: dedupe(kept), facts: dedupe(facts), roleStart };
  }

  // Nationalities and other names: what surrounds an adjective is not about the group.
  if (type !== 'place' && type !== 'organization') return NO_FACTS;
  // Places, organizations: `Russia's Kursk region` -> in Russia; appositions; relative clauses.
  const poss = endsWithPossessive(plain, sentence.start, mention.start)
    ? /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u.exec(plain.slice(lastRunsStart(plain, sentence.start, mention.start, 2), mention.start))
    : null;
  if (poss) {
    const owner = countryByName(poss[1]);
    if (owner) facts.push(type === 'place' ? `in ${owner.name}` : `of ${owner.name}`);
  }
  const appo = startsWithComma(after) ? /^,\s*((?:the|a|an)\s+[a-z][^,;.:"“”]*?),/.exec(after) : null;
  if (appo) facts.push(limitWords(appo[1].replace(/^(?:a|an|the)\s+/, ''), 10));
  const first = after.charCodeAt(0);
  const rel = first === 44 || first === 119 || first === 116 || isSpace(first) ? /^,?\s*(?:which|that)\s+((?:borders?|lies|is|was|has)\b[^,;.:"“”]*?)(?:,| and |\.|$)/.exec(after) : null;
  if (rel) facts.push(limitWords(rel[1], 8));
  return facts.length === 0 ? NO_FACTS : { roles, facts: dedupe(facts) };
}

function startsWithComma(text: string): boolean {
  return text.charCodeAt(0) === 44;
}

/** Index of the last character of text[lo, hi) before its trailing `\s` run; -1 when there is no such run or character. */
function lastBeforeSpaces(text: string, lo: number, hi: number): number {
  let i = hi;
  while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
  return i === hi || i === lo ? -1 : i - 1;
}

/** text[lo, hi) ends in `'s` or `’s` and spaces: needed for the owner pattern (`Russia's `) to match. */
function endsWithPossessive(text: string, lo: number, hi: number): boolean {
  const s = lastBeforeSpaces(text, lo, hi);
  if (s - 1 < lo || text.charCodeAt(s) !== 115) return false;
  const apostrophe = text.charCodeAt(s - 1);
  return apostrophe === 39 || apostrophe === 0x2019;
}

/** True when one of the last `n` words is a title (not only modifiers: `Former` alone is none). */
function titleAmong(words: WordsBefore, n: number): boolean {
  for (let j = 0; j < n; j++) if (isTitleWord((words.at(j) as Word).text)) return true;
  return false;
}

/** Shared by every mention that has none; nothing mutates the lists (the caller copies from them). */
const NO_FACTS: MentionFacts = Object.freeze({ roles: Object.freeze([]) as unknown as string[], facts: Object.freeze([]) as unknown as string[] });

function dedupe(list: string[]): string[] {
  // Most mentions have no role or fact, or one: no set for those.
  if (list.length === 0) return list;
  if (list.length === 1) return list[0].length > 0 ? list : [];
  return [...new Set(list.filter((s) => s.length > 0))];
}

import type { Mention } from '../article';
import { isTitleWord, lowerRoleBefore, splitTitle } from './titles';
import { countryByName, firstNameGender } from './knowledge';
import { isPartyWord } from './parties';
import { lastRunsStart } from './chars';

/**
 * Brings tagged mention spans to the names the article means: `Kursk` + ` region` is the place
 * `Kursk region`; `Khortytsiya` + ` military command` is an organization; `the operational and
 * tactical group Donetsk` is a military unit, not the place Donetsk; `General` + `Staff` is the
 * organization `General Staff` (a title word that starts an organization's name stays in it).
 * Mentions swallowed by an extended neighbour are dropped. Works in place, returns the kept list.
 */
const PLACE_HEAD = /^ (?:region|province|oblast|district|county|governorate|prefecture)\b/;
const ORG_HEAD =
  /^ (?:(?:military|naval|air|regional|operational|southern|northern|eastern|western|central|joint|special) )?(?:command|ministry|army|brigade|council|committee|agency|party|court|parliament|government|police|university|corporation|company|group)\b/;
const UNIT_BEFORE = /\bthe ((?:[a-z-]+ ){0,4}(?:group|brigade|battalion|regiment|division|corps|unit|task force)) $/;
/** UNIT_BEFORE's last words, each with its space: the pattern is searched only when the text ends with one. */
const UNIT_ENDINGS = ['group ', 'brigade ', 'battalion ', 'regiment ', 'division ', 'corps ', 'unit ', 'task force '];

/** Last words of street and road names (`Larch Avenue`, `Denton Road`): places, whatever the tagger says. */
const STREET = /\s(?:Avenue|Ave\.?|Road|Rd\.?|Street|St\.|Lane|Drive|Crescent|Boulevard|Terrace|Close|Gardens|Parade|Highway|Motorway)$/;
/** Portfolio and beat words that start a role (`Health minister`, `Health Reporter`), not names. */
const PORTFOLIO = new Set(
  'Health Finance Education Defence Defense Interior Foreign Justice Transport Environment Energy Trade Business Culture Sport Sports Home Economics Economy Science Technology Crime Security Agriculture Housing Employment Immigration Politics Political Diplomatic Legal Arts Travel Weather'.split(
    ' ',
  ),
);
const ROLE_AFTER = /^\s+(?:[Mm]inister|[Ss]ecretary|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Ss]pokes(?:man|woman|person)|[Cc]ommissioner|[Cc]ommittee|[Dd]esk|[Cc]zar|[Cc]hief)\b/;

/**
 * A person's mention is the name without its titles (`Mr Okoro` -> `Okoro`, `General Anna Berg` ->
 * `Anna Berg`): spec, "Entity types" (the title is not part of the name). facts.ts reads the titles
 * before the name as roles. A mention that is only a title stays whole.
 */
function untitle(plain: string, m: Mention): void {
  const t = splitTitle(m.text);
  if (!t.title || t.name.trim() === '') return;
  m.start += t.offset;
  m.text = plain.slice(m.start, m.end);
}

/** True when a stable sort by `order` would leave `list` as it is. */
function inOrder(list: Mention[], order: (a: Mention, b: Mention) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1], list[i]) > 0) return false;
  return true;
}

export function normalizeSpans(plain: string, mentions: Mention[]): Mention[] {
  const dropped = new Set<Mention>();
  for (const m of mentions) {
    if (PORTFOLIO.has(m.text) && ROLE_AFTER.test(plain.slice(m.end, m.end + 20))) {
      dropped.add(m);
      continue;
    }
    if (m.type !== 'group' && STREET.test(m.text)) {
      m.type = 'place';
      m.label = 'LOC';
      continue;
    }
    if (m.type === 'person') {
      untitle(plain, m);
      continue;
    }
    // `Councillor Linda Vance` tagged as an organization: a title, then a known first name and more, is a person.
    const titled = splitTitle(m.text);
    const words = titled.name.split(/\s+/);
    // So is a name of two to four words right after a role noun (`union leader Femke de Vries`).
    const roleBefore = m.type !== 'group' && words.length >= 2 && words.length <= 4 && lowerRoleBefore(plain.slice(Math.max(0, m.start - 60), m.start));
    // An honorific always comes before a person (`Mr Okoro` tagged as an organization).
    const honorific = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/.test(titled.title) && /^\p{Lu}/u.test(titled.name);
    if ((titled.title && words.length >= 2 && firstNameGender(words[0])) || roleBefore || honorific) {
      m.type = 'person';
      m.label = 'PER';
      untitle(plain, m);
      continue;
    }
    const after = plain.slice(m.end, m.end + 40);
    const before = plain.slice(Math.max(0, m.start - 60), m.start);
    const place = PLACE_HEAD.exec(after);
    const org = ORG_HEAD.exec(after);
    const unit = UNIT_ENDINGS.some((w) => before.endsWith(w)) ? UNIT_BEFORE.exec(before) : null;
    if (m.type === 'place' && place && !/s$/.test(place[0])) {
      m.end += place[0].length;
    } else if (org && m.type !== 'group' && !isPartyWord(m.text) && !countryByName(m.text)) {
      // Not after a party or a country: `the Labour party`, `a US court` name the party and the country.
      m.end += org[0].length;
      m.type = 'organization';
      m.label = 'ORG';
    } else if (unit) {
      m.start -= unit[1].length + 1;
      m.type = 'organization';
      m.label = 'ORG';
    } else if (m.type === 'organization') {
      // One word and a space: searched in the last word only (chars.ts lastRunsStart).
      const title = /(\p{Lu}[\p{L}.]*) $/u.exec(before.slice(lastRunsStart(before, 0, before.length, 1)));
      if (title && isTitleWord(title[1])) m.start -= title[0].length;
    }
    m.text = plain.slice(m.start, m.end);
  }
  // Usually in this order already: checked in one pass rather than sorted with a call per comparison.
  const order = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
  if (!inOrder(mentions, order)) mentions.sort(order);
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (dropped.has(m)) continue;
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

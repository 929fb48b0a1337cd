import type { Mention } from '../article';
import { countryByName, firstNameGender, placeByName } from './knowledge';
import { foldName } from './spelling';
import { stripPossessive } from './titles';

/**
 * Clubs, companies and other bodies the tagger typed as persons or places (spec, "Entity types":
 * clubs and companies are organizations; a national team named by its country stays the place).
 * The evidence is what the article says around the name:
 * - a word for one of the body's people or parts after it (`Harwick boss`, `Harwick striker`,
 *   `Harwick fans`, `Harwick shares`);
 * - a word for a kind of company before it (`the distributor Harwick`, `retailer Harwick`);
 * - line-ups: players listed with their club in brackets (`Ana Lopes (Harwick), Tom Reed (Eastfield)`).
 * One sense per article: every mention of a name with such evidence is retyped, unless the name is
 * a person's surname in the article (`Mensah` of `Kofi Mensah`) or a country.
 */
/** A team's or company's people: evidence for a name typed as a person or a place. */
const TEAM_AFTER =
  /^['’]?s?\s+(?:boss|bosses|manager|head coach|coach|striker|midfielder|defender|goalkeeper|keeper|winger|forward|lock|prop|flanker|hooker|fly-half|scrum-half|full-back|skipper|squad|chairman|chairwoman|chief executive)\b/;
/** A body's people and parts: evidence for a name typed as a person only (`London workers` are in London). */
const BODY_AFTER = /^['’]?s?\s+(?:fans|supporters|shares|shareholders|stock|executives|staff|employees|workers|board|spokes(?:man|woman|person))\b/;

const KIND_BEFORE =
  /\b(?:firm|company|group|bank|carrier|airline|retailer|distributor|broadcaster|publisher|maker|manufacturer|giant|operator|chain|insurer|lender|supermarket|network|club|clubs|studio|provider|conglomerate|subsidiary)\s+$/;

/** `Ana Lopes (Harwick),`: a name in brackets right after a person mention, then a list separator or the end. */
const BRACKETED = /^\s*\((\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\)\s*(?:[,;.]|and\b|$)/u;

export function typeTeams(plain: string, mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const w = m.text.trim().split(/\s+/);
    if (w.length > 1) surnames.add(foldName(stripPossessive(w[w.length - 1])));
  }
  const keyOf = (m: Mention): string => foldName(stripPossessive(m.text.replace(/^the\s+/i, '')));
  const teams = new Set<string>();
  const consider = (m: Mention): void => {
    if (m.type === 'group' || m.type === 'other') return;
    const key = keyOf(m);
    if (surnames.has(key) || countryByName(stripPossessive(m.text))) return;
    // A full name that starts with a known first name is a person's (`nightclub chain owner Ann Lee`).
    const first = /^(\S+)\s/.exec(m.text);
    if (m.type === 'person' && first && firstNameGender(first[1])) return;
    teams.add(key);
  };
  // Line-ups: a bracketed name after a person, twice or more in the paragraph's list.
  const bracketed: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const after = plain.slice(m.end, m.end + 24);
    if (TEAM_AFTER.test(after) || (m.type === 'person' && BODY_AFTER.test(after))) consider(m);
    else if (KIND_BEFORE.test(plain.slice(Math.max(0, m.start - 24), m.start))) consider(m);
    const next = mentions[i + 1];
    if (m.type === 'person' && next && plain.charCodeAt(next.start - 1) === 40 && BRACKETED.test(plain.slice(m.end, next.end + 4))) bracketed.push(next);
  }
  if (bracketed.length >= 2) for (const m of bracketed) consider(m);
  if (teams.size === 0) return;
  for (const m of mentions) {
    if ((m.type === 'person' || m.type === 'place') && teams.has(keyOf(m))) {
      m.type = 'organization';
      m.label = 'ORG';
    }
  }
}

/** Between two items of a list: a comma or semicolon, or `and`. */
const LIST_GAP = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+)$/;

/**
 * Line-ups of bare surnames (`Harwick: Okafor, Lindqvist, Mensah, Brandt, ...`) are persons, not
 * places: a list of four or more one-word names in one sentence, after a colon or with half of its
 * names already typed as persons, gives its names the person type, except known places.
 */
export function typeLineUps(plain: string, mentions: Mention[]): void {
  let i = 0;
  while (i < mentions.length) {
    let j = i + 1;
    while (
      j < mentions.length &&
      mentions[j].sentence === mentions[i].sentence &&
      !/\s/.test(mentions[j - 1].text) &&
      LIST_GAP.test(plain.slice(mentions[j - 1].end, mentions[j].start))
    )
      j++;
    const run = mentions.slice(i, j).filter((m) => !/\s/.test(m.text));
    if (run.length >= 4) {
      const colon = /:\s*$/.test(plain.slice(Math.max(0, run[0].start - 3), run[0].start));
      const persons = run.filter((m) => m.type === 'person').length;
      if (colon || persons * 2 >= run.length) {
        for (const m of run) {
          if (m.type === 'person' || m.type === 'group' || countryByName(m.text) || placeByName(m.text)) continue;
          m.type = 'person';
          m.label = 'PER';
        }
      }
    }
    i = j;
  }
}

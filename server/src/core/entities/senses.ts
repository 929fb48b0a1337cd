import type { EntityType, Mention, NerLabel } from '../article';
import { countryByCapital, countryByName, organizationByName, placeByName } from './knowledge';
import { foldName } from './spelling';
import { stripPossessive } from './titles';
import { pushTo } from '../multimap';
import { StringMemo } from '../memo';

/**
 * One sense per article: a name the tagger typed as a place in one sentence and as an
 * organization in another (`Pokrovsk`) names one thing. The gazetteers decide first (a known
 * place tagged as a place at least once is a place; a known organization likewise), then the
 * majority, then the first mention. Persons and groups keep their own logic (surnames,
 * demonyms) and are not touched. Works in place.
 */
const LABEL: Record<EntityType, NerLabel> = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'MISC', other: 'MISC' };
const VOTERS = new Set<EntityType>(['place', 'organization', 'other']);

export function unifySenses(mentions: Mention[], plain = ''): void {
  // A one-word person that is nobody's surname (`Harwick` tagged as a person once, a place three
  // times) votes too; surnames keep their person.
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const surname = surnameKeyOf(m.text);
    if (surname !== undefined) surnames.add(surname);
  }
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    const loner = m.type === 'person' && !/\s/.test(m.text.trim()) && !surnames.has(foldName(stripPossessive(m.text)));
    if (!VOTERS.has(m.type) && !loner) continue;
    pushTo(byName, senseKeyOf(m.text), m);
  }
  for (const list of byName.values()) {
    const types = new Set(list.map((m) => m.type));
    if (types.size < 2) continue;
    const type = decide(list, types, plain);
    for (const m of list) {
      m.type = type;
      m.label = LABEL[type];
    }
  }
}

/** The folded last word of a name of two words or more (undefined for one word). Memoized: names repeat. */
const surnameKeys = new StringMemo((text: string): string | undefined => {
  const w = text.trim().split(/\s+/);
  return w.length > 1 ? foldName(stripPossessive(w[w.length - 1])) : undefined;
});
function surnameKeyOf(text: string): string | undefined {
  return surnameKeys.get(text);
}

/** The key under which a name's senses are compared: folded, no `the`, no possessive. Memoized. */
const senseKeys = new StringMemo((text: string) => foldName(stripPossessive(text.replace(/^the\s+/i, ''))));
function senseKeyOf(text: string): string {
  return senseKeys.get(text);
}

/** A locative preposition right before a name (`in Harwick`, `near Pokrovsk`) is a vote for a place. */
const LOCATIVE = /\b(?:in|at|near|from|outside|across|around|into|towards?)\s+$/;

function decide(list: Mention[], types: Set<EntityType>, plain: string): EntityType {
  const name = stripPossessive(list[0].text.replace(/^the\s+/i, ''));
  if (types.has('place') && (countryByName(name) || countryByCapital(name) || placeByName(name))) return 'place';
  if (types.has('organization') && organizationByName(name)) return 'organization';
  const votes = new Map<EntityType, number>();
  for (const m of list) {
    const t = plain && LOCATIVE.test(plain.slice(Math.max(0, m.start - 12), m.start)) ? 'place' : m.type;
    votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  // On a tie a person stays a person (the tagger saw a name); otherwise the first mention's type.
  let best: EntityType = types.has('person') ? 'person' : list[0].type;
  for (const [t, n] of votes) if (n > (votes.get(best) ?? 0)) best = t;
  return best;
}

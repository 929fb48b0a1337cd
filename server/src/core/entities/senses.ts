import type { EntityType, Mention, NerLabel } from '../model';
import { countryByCapital, countryByName, organizationByName, placeByName } from './knowledge';
import { foldName } from './spelling';
import { stripPossessive } from './titles';

/**
 * One sense per article: a name the tagger typed as a place in one sentence and as an
 * organization in another (`Pokrovsk`) names one thing. The gazetteers decide first (a known
 * place tagged as a place at least once is a place; a known organization likewise), then the
 * majority, then the first mention. Persons and groups keep their own logic (surnames,
 * demonyms) and are not touched. Works in place.
 */
const LABEL: Record<EntityType, NerLabel> = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'MISC', other: 'MISC' };
const VOTERS = new Set<EntityType>(['place', 'organization', 'other']);

export function unifySenses(mentions: Mention[]): void {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!VOTERS.has(m.type)) continue;
    const k = foldName(stripPossessive(m.text.replace(/^the\s+/i, '')));
    const list = byName.get(k);
    if (list) list.push(m);
    else byName.set(k, [m]);
  }
  for (const list of byName.values()) {
    const types = new Set(list.map((m) => m.type));
    if (types.size < 2) continue;
    const type = decide(list, types);
    for (const m of list) {
      m.type = type;
      m.label = LABEL[type];
    }
  }
}

function decide(list: Mention[], types: Set<EntityType>): EntityType {
  const name = stripPossessive(list[0].text.replace(/^the\s+/i, ''));
  if (types.has('place') && (countryByName(name) || countryByCapital(name) || placeByName(name))) return 'place';
  if (types.has('organization') && organizationByName(name)) return 'organization';
  const votes = new Map<EntityType, number>();
  for (const m of list) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  let best = list[0].type;
  for (const [t, n] of votes) if (n > (votes.get(best) ?? 0)) best = t;
  return best;
}

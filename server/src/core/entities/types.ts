import type { EntityType, NerLabel } from '../article';
import { countryByDemonym, countryByName } from './knowledge';

/** Nationality and demonym forms: the `group` half of CoNLL's MISC. */
const DEMONYM = /(?:ans?|ians?|ese|ish|i|ic|ch|ers?|ites?|ists?)$/;

/** Political, religious and cultural groups, and the peoples of nations that are not countries in the country data (`Welsh`). */
const GROUP_WORDS = new Set(
  'Western Westerners Eastern Arab Arabs Kurd Kurds Muslim Muslims Christian Christians Jewish Jew Jews Sunni Sunnis Shia Shiite Shiites Catholic Catholics Protestant Protestants Hindu Hindus Buddhist Buddhists Sikh Sikhs Democrat Democrats Republican Republicans Latino Latinos Latina Roma Slav Slavs Bedouin English Englishman Englishmen Welsh Welshman Welshmen Scottish Scots Scot Scotsman Scotsmen Cornish Basque Basques Catalan Catalans Flemish Kurdish Tibetan Tibetans Palestinian Palestinians'.split(
    ' ',
  ),
);

/** Maps a CoNLL label to the product's entity type (docs/rules.md). */
export function entityTypeOf(label: NerLabel, text: string): EntityType {
  // A nationality or group word is a group whatever the tagger's label (`Dutch` tagged LOC,
  // `Irishman` tagged ORG): spec, "Entity types".
  if (label !== 'MISC' && isGroupWord(text)) return 'group';
  switch (label) {
    case 'PER':
      return 'person';
    case 'ORG':
      return 'organization';
    case 'LOC':
      return 'place';
    case 'MISC': {
      const words = text.split(/\s+/);
      const last = words[words.length - 1];
      if (GROUP_WORDS.has(last) && words.length <= 2) return 'group';
      return words.length <= 3 && DEMONYM.test(last) && /^\p{Lu}/u.test(last) ? 'group' : 'other';
    }
  }
}

/** A demonym (`Dutch`, `South African`), its plural (`Italians`) or person form (`Irishman`), or a group word (`Muslims`). */
export function isGroupWord(text: string): boolean {
  if (GROUP_WORDS.has(text)) return true;
  if (text.length < 4 || !/^\p{Lu}/u.test(text) || countryByName(text)) return false;
  if (countryByDemonym(text)) return true;
  if (text.endsWith('s') && countryByDemonym(text.slice(0, -1))) return true;
  const person = /^(.+?)(?:man|woman|men|women)$/.exec(text);
  return person !== null && countryByDemonym(person[1]) !== undefined;
}

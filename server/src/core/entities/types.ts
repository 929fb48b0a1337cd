import type { EntityType, NerLabel } from '../article';

/** Nationality and demonym forms: the `group` half of CoNLL's MISC. */
const DEMONYM = /(?:ans?|ians?|ese|ish|i|ic|ch|ers?|ites?|ists?)$/;

/** Political, religious and cultural groups a demonym test misses. */
const GROUP_WORDS = new Set(
  'Western Westerners Eastern Arab Arabs Kurd Kurds Muslim Muslims Christian Christians Jewish Jew Jews Sunni Sunnis Shia Shiite Shiites Catholic Catholics Protestant Protestants Hindu Hindus Buddhist Buddhists Sikh Sikhs Democrat Democrats Republican Republicans Latino Latinos Latina Roma Slav Slavs Bedouin'.split(
    ' ',
  ),
);

/** Maps a CoNLL label to the product's entity type (docs/rules.md). */
export function entityTypeOf(label: NerLabel, text: string): EntityType {
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

import type { EntityType, NerLabel } from '../model';

/** Nationality and demonym forms: the `group` half of CoNLL's MISC. */
const DEMONYM = /(?:ans?|ians?|ese|ish|i|ic|ch|ese|ers?|ites?|ists?)$/;

/** Maps a CoNLL label to the product's entity type (spec/entities-and-numbers.md). */
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
      return words.length <= 3 && DEMONYM.test(last) && /^\p{Lu}/u.test(last) ? 'group' : 'other';
    }
  }
}

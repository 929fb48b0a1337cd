import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * Issue 17: a name the tagger finds spelled like a pronoun (`HE,` in capitals, the `He` glued to
 * a word) made a group with no name left once pronouns were set aside, and analysis threw.
 */
describe('names spelled like pronouns', () => {
  const texts = [
    'Headline\n\nThe mayor spoke. HE, 54, was appointed on Monday.\n',
    'Headline\n\nThe reporter RterHe said it.\n',
    'Storm warning\n\nThe council met. SHE, 61, chaired it. HE said nothing.\n',
    'Budget\n\nHE HE HE. She She. he, she, SHE.\n',
  ];
  for (const text of texts) {
    it(`analyzes ${JSON.stringify(text.slice(10, 40))} and names every entity`, () => {
      const a = analyzeArticle(text, { languageId: 'news' });
      for (const e of a.entities) {
        expect(typeof e.name).toBe('string');
        expect(e.name.length).toBeGreaterThan(0);
        expect(e.id).toMatch(/^[a-z]+:.+/);
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import type { Entity } from '../../server/src/core/article';
import { surnameEntity } from '../../server/src/core/claims/sources';
import { isQuotationClaim } from '../../server/src/core/claims/quotes';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * The claim rules' lookups made cheap for long articles must answer exactly as the plain forms
 * they replace: a person's name by its ending (an index instead of a scan of every entity), and
 * a quotation's facts by its inner text (a memo).
 */

/** The scan surnameEntity replaced: the first person whose name ends in ` word`. */
function scan(word: string, entities: Entity[]): number {
  const w = word.replace(/['’]s$/, '');
  return entities.findIndex((e) => e.type === 'person' && e.name !== w && e.name.endsWith(` ${w}`));
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('surnameEntity', () => {
  it('answers as a scan of every entity, on random names, words and types', () => {
    const r = rng(11);
    const parts = ['Ada', 'Okoro', 'Van', 'Dyke', 'de', 'la', 'Cruz', 'Lee', "O'Neil", 'Okoro’s', '', 'Mary-Jane'];
    const pick = (): string => parts[Math.floor(r() * parts.length)];
    const types: Entity['type'][] = ['person', 'person', 'organization', 'place'];
    for (let round = 0; round < 300; round++) {
      const entities = Array.from({ length: Math.floor(r() * 12) }, () => {
        const words = Array.from({ length: 1 + Math.floor(r() * 4) }, pick);
        return { name: words.join(' '), type: types[Math.floor(r() * types.length)] } as Entity;
      });
      for (let k = 0; k < 10; k++) {
        const word = Array.from({ length: 1 + Math.floor(r() * 2) }, pick).join(' ') + (r() < 0.2 ? "'s" : '');
        expect(surnameEntity(word, entities), `${word} in ${entities.map((e) => `${e.type}:${e.name}`).join(', ')}`).toBe(scan(word, entities));
      }
    }
  });

  it('finds the full name an attribution gives by surname', () => {
    const text = 'Minister says port will reopen\n\nThe port will reopen on Monday, Transport Minister Dana Okoro said.\n\n"We are ready," Okoro said.\n';
    const article = analyzeArticle(text);
    const okoro = article.entities.findIndex((e) => e.name === 'Dana Okoro');
    expect(okoro).toBeGreaterThanOrEqual(0);
    expect(surnameEntity('Okoro', article.entities)).toBe(okoro);
    expect(surnameEntity('Okoro’s', article.entities)).toBe(okoro);
    expect(surnameEntity('Dana Okoro', article.entities)).toBe(-1);
  });
});

describe('quotation facts', () => {
  it('are the same on the first reading and the next (memo) as from the words', () => {
    const text = 'Council backs plan\n\nThe council leader said: "We will build the bridge this year." Critics called it "wasteful spending".\n';
    for (let k = 0; k < 2; k++) {
      const quotes = analyzeArticle(text).quotations;
      expect(quotes.map((q) => [text.slice(q.innerStart, q.innerEnd), q.words])).toEqual([
        ['We will build the bridge this year.', 7],
        ['wasteful spending', 2],
      ]);
      expect(quotes[0].isClaim).toBe(true);
      expect(isQuotationClaim(text.slice(quotes[0].innerStart, quotes[0].innerEnd))).toBe(true);
      expect(isQuotationClaim('Let It Be')).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Paragraph, Sentence } from '../../server/src/core/article';
import { sentenceAt } from '../../server/src/core/claims/analyzeClaims';
import { lowerRoleBefore } from '../../server/src/core/entities/titles';

/**
 * Shortcuts taken for long texts (issue 16), each checked against the plain form it replaced on
 * generated texts of our own writing.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['The mayor said', '"We will build it."', 'Dr. Vale disagreed.', 'Costs rose 4.5% in 2023!', 'Why?', '“No,” she said.', 'Mr Orrin Tess met Kalo Renvorbel on 3 May.', 'It is done...', 'U.S. officials agreed', ';', '\n'];

function randomArticle(r: () => number): string {
  const paragraphs: string[] = ['Headline of the day'];
  for (let p = 0; p < 6; p++) {
    const parts: string[] = [];
    for (let k = 0, n = 1 + Math.floor(r() * 25); k < n; k++) parts.push(PIECES[Math.floor(r() * PIECES.length)]);
    paragraphs.push(parts.join(r() < 0.8 ? ' ' : ''));
  }
  return paragraphs.join(r() < 0.3 ? ' ' : '\n\n');
}

describe('claims: the sentence of an offset, by binary search', () => {
  /** The scan it replaced: the first sentence of the paragraph holding the offset, else its last. */
  function scan(sentences: Sentence[], p: Paragraph | undefined, offset: number): number {
    if (!p) return -1;
    for (const si of p.sentences) {
      const s = sentences[si];
      if (offset >= s.start && offset < s.end) return si;
    }
    return p.sentences[p.sentences.length - 1] ?? -1;
  }

  it('answers as the scan for every offset of generated articles', () => {
    const r = rng(3);
    let inside = 0;
    const wrong: string[] = [];
    for (let t = 0; t < 40; t++) {
      const text = randomArticle(r);
      const a = analyzeArticle(text, { languageId: 'news' });
      for (const p of [...a.paragraphs, undefined]) {
        for (let offset = -1; offset <= text.length + 1; offset++) {
          const expected = scan(a.sentences, p, offset);
          if (sentenceAt(a.sentences, p, offset) !== expected) wrong.push(`${JSON.stringify(text)} at ${offset}`);
          if (p && expected >= 0 && a.sentences[expected].start <= offset && offset < a.sentences[expected].end) inside++;
        }
      }
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(inside).toBeGreaterThan(5000);
  });
});

describe('entities: the role before a name, ruled out without the regex when the text does not end in a role noun', () => {
  it('answers as the regex on generated texts', () => {
    const r = rng(8);
    const PARTS = ['treasurer', 'minister', 'prime', 'former', 'United', 'IMF', 'The', 'said', 'by', 'étreasurer', 'x-treasurer', '.treasurer', 'Treasurer', 'treasurers', 'chair', 'coach', 'mayor', ',', ' ', '  ', '\u00a0', '\u3000', '\t', '\n', '.', '-', 'é', 'An'];
    let roles = 0;
    for (let t = 0; t < 20000; t++) {
      let text = '';
      for (let k = Math.floor(r() * 9); k > 0; k--) text += PARTS[Math.floor(r() * PARTS.length)] + (r() < 0.6 ? ' ' : '');
      const expected = lowerRoleBefore(text, false);
      if (lowerRoleBefore(text) !== expected) throw new Error(`${JSON.stringify(text)}: ${lowerRoleBefore(text)} instead of ${expected}`);
      if (expected !== undefined) roles++;
    }
    expect(roles).toBeGreaterThan(1000);
  });
});

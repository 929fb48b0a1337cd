import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

/** Editors on Windows save UTF-8 with a byte-order mark; the analysis must keep exact offsets. */
describe('a text that starts with a byte-order mark', () => {
  const body = 'Flood defences fail in Carlisle\n\nThe Environment Agency said 40 homes were flooded in Carlisle on Tuesday.\n';

  for (const languageId of ['news', 'markdown', 'plaintext']) {
    it(`keeps every offset exact (${languageId})`, () => {
      const plain = analyzeArticle(body, { languageId });
      const bom = analyzeArticle(`\uFEFF${body}`, { languageId });
      expect(plain.mentions.length).toBeGreaterThan(1);
      expect(plain.numbers.length).toBeGreaterThan(0);
      expect(bom.plain.length).toBe(bom.text.length);
      expect(bom.plain.charCodeAt(0)).toBe(32);
      // Same findings, shifted by the one code unit of the mark, and each offset names its text.
      expect(bom.mentions.map((m) => [m.text, m.start - 1])).toEqual(plain.mentions.map((m) => [m.text, m.start]));
      for (const m of bom.mentions) expect(bom.text.slice(m.start, m.end)).toBe(m.text);
      expect(bom.numbers.map((n) => [n.text, n.start - 1])).toEqual(plain.numbers.map((n) => [n.text, n.start]));
      for (const n of bom.numbers) expect(bom.text.slice(n.start, n.end)).toBe(n.text);
      expect(bom.paragraphs[0].role).toBe(plain.paragraphs[0].role);
      expect(bom.diagnostics.map((d) => d.code)).toEqual(plain.diagnostics.map((d) => d.code));
    });
  }

  it('still reads front matter after the mark', () => {
    const a = analyzeArticle('\uFEFF---\ndate: 2026-03-04\n---\nHeadline here\n\nThe mayor, Ann Lee, said so.\n');
    expect(a.articleDate).toEqual({ date: '2026-03-04', origin: 'front-matter' });
    expect(a.plain.length).toBe(a.text.length);
  });
});

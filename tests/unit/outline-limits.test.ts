import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { documentSymbols, OUTLINE_LIMITS, type OutlineSymbol } from '../../server/src/features/documentSymbols';

/**
 * The Outline of a long document lists runs of body paragraphs, the most-mentioned entities and a
 * capped number of mentions (docs/rules.md, "The Outline of a long document"); an article under
 * the limits is listed in full. The limits are passed small here so that a short article of our
 * own writing exercises them.
 */

const TEXT =
  'Ferry strike enters third week\n\n' +
  'By Tomasz Wren\n\n' +
  'Harbour workers at Port Elstow walked out again on Monday. Dana Okoro, who leads the dockers, said the strike would go on. Okoro met Ines Carvalho on Friday.\n\n' +
  'Carvalho, the port director, said the offer was final. Okoro disagreed. Okoro said members would vote again.\n\n' +
  'The Elstow Ferry Company said sailings to Brannock were cancelled. Brannock traders said they were losing money.\n\n' +
  'Talks\n\n' +
  'Okoro and Carvalho will meet in Brannock on Thursday. Okoro said she was hopeful.\n';

const lineOf = (text: string) => (o: number) => text.slice(0, o).split('\n').length;

function outline(limits = OUTLINE_LIMITS): OutlineSymbol[] {
  return documentSymbols(analyzeArticle(TEXT, { languageId: 'news' }), lineOf(TEXT), limits);
}

function walk(s: OutlineSymbol, visit: (s: OutlineSymbol, parent?: OutlineSymbol) => void, parent?: OutlineSymbol): void {
  visit(s, parent);
  for (const c of s.children ?? []) walk(c, visit, s);
}

describe('Outline limits', () => {
  it('lists an article under the limits in full', () => {
    const none = { paragraphs: Infinity, entities: Infinity, mentions: Infinity };
    expect(outline()).toEqual(outline(none));
    const all = outline();
    expect(all.filter((s) => s.kind === 'paragraph:body')).toHaveLength(4);
    const names = JSON.stringify(all);
    expect(names).not.toContain('more');
    // An entity named once is its own mention: no child repeats it; its detail says where it is.
    const entities = (all.find((s) => s.kind === 'entities')?.children ?? []).flatMap((g) => g.children ?? []);
    const once = entities.filter((e) => e.detail.startsWith('1 mention'));
    expect(once.length).toBeGreaterThan(0);
    for (const e of once) {
      expect(e.children).toBeUndefined();
      expect(e.detail).toBe(`1 mention, line ${lineOf(TEXT)(e.start)}`);
    }
    for (const e of entities.filter((x) => !x.detail.startsWith('1 mention'))) expect(e.children?.length).toBe(Number(e.detail.split(' ')[0]));
  });

  it('over the limits: runs of body paragraphs, the most-mentioned entities, capped mentions with "… N more"; every range holds its children', () => {
    const symbols = outline({ paragraphs: 2, entities: 2, mentions: 4 });
    // Four body paragraphs, a limit of two: runs of two, which stop at the heading `Talks`.
    const paragraphs = symbols.filter((s) => s.kind.startsWith('paragraph:'));
    expect(paragraphs.map((s) => [s.kind, s.detail])).toEqual([
      ['paragraph:headline', 'Headline'],
      ['paragraph:byline', 'Byline'],
      ['paragraph:body', '2 paragraphs'],
      ['paragraph:body', 'Paragraph'],
      ['paragraph:heading', 'Heading'],
      ['paragraph:body', 'Paragraph'],
    ]);
    expect(paragraphs[2].name).toBe('Harbour workers at Port Elstow walked');
    expect(TEXT.slice(paragraphs[2].start, paragraphs[2].end)).toMatch(/^Harbour workers[\s\S]*vote again\.$/);

    const entities = symbols.find((s) => s.kind === 'entities');
    const people = entities?.children?.find((g) => g.name === 'People');
    // Okoro (6 mentions) and Carvalho (3, as many as `Brannock`, which the tagger takes for a
    // person, but earlier) are listed; the two other people are one item.
    const listed = (entities?.children ?? []).flatMap((g) => (g.children ?? []).filter((e) => !e.name.startsWith('…')));
    expect(listed.map((e) => e.name)).toEqual(['Dana Okoro', 'Ines Carvalho']);
    expect(people?.children?.map((e) => e.name)).toEqual(['Dana Okoro', 'Ines Carvalho', '… 2 more']);
    // Four mentions in all: two each (2 + 2), then the rest of Okoro's as one item.
    const okoro = people?.children?.[0];
    expect(okoro?.detail).toBe('6 mentions');
    expect(okoro?.children?.map((m) => m.name)).toEqual(['Dana Okoro', 'Okoro', '… 4 more']);
    const more = okoro?.children?.[2];
    expect(TEXT.slice(more?.start, more?.selectionEnd)).toBe('Okoro');
    expect(more?.end).toBe(okoro?.end);

    walk({ name: '', detail: '', kind: 'entities', start: 0, end: TEXT.length, selectionStart: 0, selectionEnd: 0, children: symbols }, (s, parent) => {
      expect(s.selectionStart).toBeGreaterThanOrEqual(s.start);
      expect(s.selectionEnd).toBeLessThanOrEqual(s.end);
      if (parent) {
        expect(s.start).toBeGreaterThanOrEqual(parent.start);
        expect(s.end).toBeLessThanOrEqual(parent.end);
      }
    });
  });
});

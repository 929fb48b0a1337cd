import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { workspaceSpellings, type SpellingLookup } from '../../server/src/core/entities/workspaceConsistency';
import { presentDiagnostics } from '../../server/src/features/diagnostics';
import { isSpellingVariant } from '../../server/src/core/entities/spelling';
import type { EntityType } from '../../server/src/core/article';

/**
 * The workspace spelling check on an invented article, against workspace counts (files per
 * spelling) of the shape the LSP workspace index keeps. The lookup groups spellings the way the
 * index does: by type and spelling variant.
 */
function lookupFrom(files: Record<string, number>, type: EntityType = 'person'): SpellingLookup {
  return (t, spelling) => {
    if (t !== type) return undefined;
    const group = new Map(Object.entries(files).filter(([s]) => s === spelling || isSpellingVariant(s, spelling)));
    return group.size > 0 ? group : undefined;
  };
}

const ARTICLE =
  'Zelensky visits front\n\n' +
  "Ukraine's President Volodymyr Zelensky visited troops near the front on Friday, his office said.\n\n" +
  'Zelensky told soldiers that more air defence systems were on their way.\n';

describe('workspace name consistency', () => {
  it('flags a spelling most articles of the workspace spell otherwise, each occurrence, with the replacement', () => {
    const article = analyzeArticle(ARTICLE);
    const lookup = lookupFrom({ Zelenskiy: 40, Zelensky: 1, 'Volodymyr Zelenskiy': 38, 'Volodymyr Zelensky': 1 });
    const found = workspaceSpellings(article, lookup);
    expect(found.map((d) => [article.text.slice(d.start, d.end), d.data?.['replacement']])).toEqual([
      ['Zelensky', 'Zelenskiy'],
      ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
      ['Zelensky', 'Zelenskiy'],
    ]);
    expect(found[0].code).toBe('name-inconsistency');
    expect(found[0].message).toBe('"Zelensky" is spelled "Zelenskiy" in 40 of 41 articles in this workspace ("Zelensky" in 1): use the workspace spelling');
    expect(found[0].data?.['scope']).toBe('workspace');
  });

  it('stays quiet when the workspace is split, too small, or agrees with the article', () => {
    const article = analyzeArticle(ARTICLE);
    expect(workspaceSpellings(article, lookupFrom({ Zelenskiy: 5, Zelensky: 5 }))).toEqual([]);
    expect(workspaceSpellings(article, lookupFrom({ Zelenskiy: 2, Zelensky: 1 }))).toEqual([]);
    expect(workspaceSpellings(article, lookupFrom({ Zelensky: 30, Zelenskiy: 2 }))).toEqual([]);
    expect(workspaceSpellings(article, lookupFrom({}))).toEqual([]);
    expect(workspaceSpellings(article, lookupFrom({ Zelenskiy: 2 }), { minFiles: 2 }).length).toBeGreaterThan(0);
  });

  it('leaves mentions the in-article check already flags to it', () => {
    const mixed = analyzeArticle(ARTICLE + '\nZelenskiy later met commanders. Zelenskiy said the line held.\n');
    const inArticle = mixed.diagnostics.filter((d) => d.code === 'name-inconsistency').map((d) => d.start);
    expect(inArticle.length).toBeGreaterThan(0);
    const found = workspaceSpellings(mixed, lookupFrom({ Zelenskiy: 40, Zelensky: 1 }));
    for (const d of found) expect(inArticle).not.toContain(d.start);
  });

  it('applies severities and disable comments', () => {
    const text = ARTICLE.replace('Zelensky told', '<!-- newsmark-disable-next-line name-inconsistency -->\nZelensky told');
    const article = analyzeArticle(text);
    const lookup = lookupFrom({ Zelenskiy: 40, Zelensky: 1 });
    const workspaceOnes = (severities = {}) => presentDiagnostics(article, severities, lookup).filter((d) => d.data?.['scope'] === 'workspace');
    expect(workspaceSpellings(article, lookup).length).toBeGreaterThan(1);
    expect(workspaceOnes().map((d) => article.text.slice(d.start, d.end))).toEqual(['Zelensky']);
    expect(workspaceOnes({ 'name-inconsistency': 'off' })).toEqual([]);
    expect(workspaceOnes({ 'name-inconsistency': 'error' })[0].severity).toBe('error');
  });
});

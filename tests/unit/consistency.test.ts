import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { articleDiagnostics } from '../../server/src/features/diagnostics';
import type { Article, ArticleDiagnostic, Entity, Mention } from '../../server/src/core/article';
import { consistencyDiagnostics, type ConsistencyInput } from '../../server/src/core/entities/consistency';

/** `name-inconsistency` and `surname-before-full-name` (spec/claims.md section 5) on invented articles. */

function analyze(text: string, languageId = 'news'): Article {
  return analyzeArticle(text, { languageId });
}

function of(article: Article, code: ArticleDiagnostic['code']): { text: string; d: ArticleDiagnostic }[] {
  return article.diagnostics.filter((d) => d.code === code).map((d) => ({ text: article.text.slice(d.start, d.end), d }));
}

const MIXED =
  'Zelenskiy visits front\n\n' +
  "Ukraine's President Volodymyr Zelenskiy visited troops near the front on Friday, his office said.\n\n" +
  'Zelensky told soldiers that more air defence systems were on their way.\n\n' +
  'Zelenskiy later met commanders in Kharkiv, where he said the situation was difficult but under control.\n';

describe('name-inconsistency', () => {
  it('flags each minority spelling of one entity, with the majority spelling as replacement and related information', () => {
    const a = analyze(MIXED);
    const found = of(a, 'name-inconsistency');
    expect(found.map((f) => f.text)).toEqual(['Zelensky']);
    const d = found[0].d;
    expect(d.severity).toBe('warning');
    expect(d.data?.['replacement']).toBe('Zelenskiy');
    expect(d.message).toContain('"Zelensky"');
    expect(d.message).toContain('"Zelenskiy"');
    expect(d.related).toHaveLength(1);
    expect(a.text.slice(d.related[0].start, d.related[0].end)).toBe('Zelenskiy');
    // Both spellings are one entity.
    const e = a.entities.find((x) => x.name === 'Volodymyr Zelenskiy');
    expect(e?.mentions.map((i) => a.mentions[i].text)).toContain('Zelensky');
  });

  it('compares the first name and the surname separately, inside full names too', () => {
    const a = analyze(
      'Minister resigns\n\n' +
        'Finance minister Katarzyna Wisniewska resigned on Monday. Wisniewska said she was proud of her record.\n\n' +
        'Katarzyna Wiśniewska will stay in parliament, Wisniewska told reporters.\n',
    );
    const found = of(a, 'name-inconsistency');
    expect(found.map((f) => f.text)).toEqual(['Wiśniewska']);
    expect(found[0].d.data?.['replacement']).toBe('Wisniewska');
  });

  it('does not flag a consistent article, case differences in an all-caps headline, or capitals and adjectives of a country', () => {
    const a = analyze(
      'ZELENSKIY VISITS FRONT\n\n' +
        "Ukraine's President Volodymyr Zelenskiy visited troops on Friday, his office said. Zelenskiy met commanders. " +
        'Kyiv wants more air defence, Ukrainian officials said.\n',
    );
    expect(of(a, 'name-inconsistency')).toEqual([]);
  });

  it('can be switched off and silenced for a line', () => {
    const mixed = analyzeArticle(MIXED);
    expect(of(mixed, 'name-inconsistency')).not.toEqual([]);
    expect(articleDiagnostics(mixed, { 'name-inconsistency': 'off' }).filter((d) => d.code === 'name-inconsistency')).toEqual([]);
    const silenced = analyze(MIXED.replace('Zelensky told', '<!-- newsmark-disable-next-line name-inconsistency -->\nZelensky told'));
    expect(articleDiagnostics(silenced).filter((d) => d.code === 'name-inconsistency')).toEqual([]);
  });
});

describe('surname-before-full-name', () => {
  it('flags a bare surname that comes before the full name in the body, pointing at the full name', () => {
    const a = analyze(
      'Council approves budget\n\n' +
        'Vance said the budget was balanced and would be published on Friday.\n\n' +
        'Councillor Maria Vance, who chairs the finance committee, said the vote was close.\n',
    );
    const found = of(a, 'surname-before-full-name');
    expect(found.map((f) => f.text)).toEqual(['Vance']);
    const d = found[0].d;
    expect(d.severity).toBe('information');
    expect(d.data?.['fullName']).toBe('Maria Vance');
    expect(a.text.slice(d.related[0].start, d.related[0].end)).toBe('Maria Vance');
    expect(d.start).toBe(a.text.indexOf('Vance said'));
  });

  it('exempts headlines and captions, and is quiet when the full name comes first in the body', () => {
    const a = analyze(
      'Vance wins budget vote\n\n' +
        'Councillor Maria Vance said on Tuesday that the budget was balanced. Vance chairs the finance committee.\n',
    );
    expect(of(a, 'surname-before-full-name')).toEqual([]);
  });

  it('is quiet when the full name never appears (nothing to move up)', () => {
    const a = analyze('Budget passes\n\nVance said the budget was balanced. Vance chairs the finance committee.\n');
    expect(of(a, 'surname-before-full-name')).toEqual([]);
  });
});

describe('name-inconsistency, entities named many ways', () => {
  /** Invented words far apart from each other: random letters, eight of them. */
  function words(count: number, seed: number): string[] {
    let s = seed;
    const next = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    return Array.from({ length: count }, () => {
      const w = Array.from({ length: 8 }, () => 'bcdfghklmnprstvz'[Math.floor(next() * 16)]).join('');
      return w[0].toUpperCase() + w.slice(1);
    });
  }

  /** One organization mentioned once by each name in `names`, through consistencyDiagnostics itself. */
  function check(names: string[]): string[] {
    let text = '';
    const mentions: Mention[] = names.map((name) => {
      const start = text.length;
      text += `${name}. `;
      return { start, end: start + name.length, text: name, type: 'organization', label: 'ORG', entity: 0, sentence: 0 };
    });
    const entity: Entity = { id: 'organization:x', type: 'organization', name: names[0], mentions: mentions.map((_, i) => i), roles: [], facts: [], quoteCount: 0, attributionCount: 0 };
    const input = { text, paragraphs: [], sentences: [], mentions, entities: [entity] };
    return consistencyDiagnostics(input as unknown as ConsistencyInput).map((d) => text.slice(d.start, d.end));
  }

  it('still compares every spelling when there are too many to list (more than 32)', () => {
    // The quick test for an entity spelled one way gives up past 32 spellings; the pair after
    // them must still be found.
    const many = words(40, 7);
    expect(check([...many, 'Vanderhoeven', 'Vanderhoven'])).toEqual(['Vanderhoven']);
    expect(check([...many.slice(0, 5), 'Vanderhoeven', 'Vanderhoven'])).toEqual(['Vanderhoven']);
    expect(check(many)).toEqual([]);
  });
});

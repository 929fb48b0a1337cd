import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { describeAt } from '../../server/src/features/hover';

/** The entity hover through the core, on an invented article. */
const TEXT =
  'Ports strike spreads\n\n' +
  'Dockers in Rotterdam walked out on Monday, the Netherlands port authority said. ' +
  'The Hague said talks would resume, and Dutch unions agreed. Union leader Femke de Vries, 52, said the strike would last a week.\n\n' +
  'The International Labour Organization said it was watching. NATO was not involved, and WHO staff were not affected.\n';

function hover(needle: string, nth = 0): string {
  const article = analyzeArticle(TEXT);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
  const lines = (o: number) => TEXT.slice(0, o).split('\n').length;
  return describeAt(article, at + 1, lines)?.lines.join('\n') ?? '';
}

describe('entity hover', () => {
  it('shows a city with its country, population, coordinates and the GeoNames licence', () => {
    const h = hover('Rotterdam');
    expect(h).toContain('**Rotterdam** · Place');
    expect(h).toMatch(/City in Netherlands · population [\d,]+ · 51\.\d\d° N, 4\.\d\d° E/);
    expect(h).toContain('GeoNames');
    expect(h).toContain('CC BY 4.0');
  });

  it('shows a person with roles, age and first mention line', () => {
    const h = hover('Femke de Vries');
    expect(h).toContain('**Femke de Vries** · Person');
    expect(h).toContain('Union leader');
    expect(h).toContain('age 52');
    expect(h).toMatch(/1 mention · (?:.* · )?first mention: line 3/);
  });

  it('shows a nationality adjective as a group linked to its country, with the country data and its licence', () => {
    const h = hover('Dutch');
    expect(h).toContain('**Dutch** · Group (nationality)');
    expect(h).not.toContain('Place (country)');
    expect(h).toContain('Country in Western Europe');
    expect(h).toContain('ODbL 1.0');
  });

  it('expands a known acronym from the organization list, and names the list', () => {
    const h = hover('NATO');
    expect(h).toContain('NATO: North Atlantic Treaty Organization, military alliance');
    expect(h).toContain('Newsmark hand-written list');
  });
});

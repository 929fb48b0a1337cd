import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityCountOf } from '../../client/src/reportCounts';
import { analyzeArticle } from '../../server/src/core/analyze';
import { articleReport } from '../../server/src/features/report';

/** The status-bar item counts entities from the report the server sends: keep the two in step. */
describe('the status bar entity count', () => {
  it('reads the number of entities from the report of the seed article', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'seeds', 'seed-article.news'), 'utf8');
    const a = analyzeArticle(text, { languageId: 'news' });
    expect(a.entities.length).toBeGreaterThan(5);
    expect(entityCountOf(articleReport(a, 'seed-article.news', a.diagnostics))).toBe(a.entities.length);
  });

  it('says nothing rather than a wrong count when the heading is missing', () => {
    expect(entityCountOf('# Newsmark report\n\nNo entities section.\n')).toBeUndefined();
    expect(entityCountOf('## Entities (0)\n')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * Comparisons found on the text (spec/claims.md section 2): the slow patterns run only on
 * sentences that pass a cheap pre-test, which must let through every sentence they match,
 * whatever the letter case.
 */
function statistics(body: string): string[] {
  const a = analyzeArticle(`Rovers extend their lead\n\n${body}\n`);
  return a.claims.filter((c) => c.kind === 'statistic').map((c) => c.text);
}

describe('comparison pre-tests', () => {
  it.each([
    ['a compound count', 'Rovers stretched their 14-match unbeaten run on Saturday.', ['14-match unbeaten run']],
    ['a compound count in capitals', 'ROVERS STRETCHED THEIR FOURTEEN-MATCH UNBEATEN RUN.', ['FOURTEEN-MATCH UNBEATEN RUN']],
    ['a hyphen that is no count', 'The well-known side won again.', []],
    ['the first to', 'She became the first woman from her country to reach the final.', ['first woman from her country to reach the final']],
    ['an ordinal that ranks', 'Rovers climbed to second in the table.', ['second in the table']],
  ])('%s', (_name, body, expected) => {
    expect(statistics(body)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * `the sheriff` is named when a sheriff was named earlier in the article (spec/claims.md
 * section 4): the earlier occurrences of the role word are found once per article, so these
 * cases also run several articles in a row.
 */
function vague(body: string): string[] {
  const text = `County council cuts bus routes\n\n${body}\n`;
  const a = analyzeArticle(text);
  return a.diagnostics.filter((d) => d.code === 'vague-source').map((d) => text.slice(d.start, d.end));
}

const CASES: [string, string, string[]][] = [
  ['a title before a name', 'Sheriff Walter Briggs met the board. The sheriff said 14 deputies had quit.', []],
  ['an upper-case title', 'SHERIFF Walter Briggs met the board. The sheriff said 14 deputies had quit.', []],
  ['a name with an apposition', 'Briggs, the county sheriff, met the board. The sheriff said 14 deputies had quit.', []],
  ['a role never named', 'The sheriff met the board. The sheriff said 14 deputies had quit.', ['The sheriff']],
  ['a name only after the source', 'The sheriff said 14 deputies had quit. Sheriff Walter Briggs met the board.', ['The sheriff']],
  ['the role inside a longer word', 'Sheriffs Walter Briggs met the board. The sheriff said 14 deputies had quit.', ['The sheriff']],
  ['the role glued to an underscore', 'Sheriff_ Walter Briggs met the board. The sheriff said 14 deputies had quit.', ['The sheriff']],
  // Case-insensitive as in Unicode: a long s matches `s`, the Kelvin sign matches `k`.
  ['a long s', 'Briggs, the county \u017Fheriff, met the board. The sheriff said 14 deputies had quit.', []],
  ['a Kelvin sign', 'Anna Lee, the ministry spo\u212Aesman, met the board. The spokesman said 14 deputies had quit.', []],
];

describe('definite role sources named earlier', () => {
  it.each(CASES)('%s', (_name, body, expected) => {
    expect(vague(body)).toEqual(expected);
  });

  it('gives the same answers when the articles are analyzed again in another order', () => {
    for (const [, body, expected] of [...CASES].reverse()) expect(vague(body)).toEqual(expected);
  });
});

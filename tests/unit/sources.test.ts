import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { articleDiagnostics } from '../../server/src/features/diagnostics';

/**
 * Source quality (spec/claims.md sections 4 and 6): named vs vague, on invented sentences,
 * through the whole pipeline; and the disable comments of section 5.
 */

const CLAIM_CODES = new Set(['unsourced-quote', 'unsourced-statistic', 'vague-source', 'unbalanced-quote']);

function found(body: string, languageId = 'news'): string[] {
  const text = `County council cuts bus routes\n\n${body}\n`;
  const a = analyzeArticle(text, { languageId });
  return articleDiagnostics(a).filter((d) => CLAIM_CODES.has(d.code)).map((d) => `${d.code}: ${text.slice(d.start, d.end)}`);
}

describe('named sources', () => {
  it.each([
    ['a person', 'Councillor Rita Obi said 14 routes would be cut.'],
    ['a person with a title and apposition', 'Rita Obi, the council leader, said 14 routes would be cut.'],
    ['a specific institution', 'The county council said 14 routes would be cut.'],
    ['a news agency', 'Fourteen routes will be cut, Reuters reported.'],
    ['police as a body', 'Police said 14 people were arrested.'],
    ['a document of a named body', 'The council said in a statement that 14 routes would be cut.'],
    ['the report, after the body is named', 'The transport board published its review on Monday. The report said 14 routes would be cut.'],
    ['a definite description of someone already named', 'Sheriff Walter Briggs met the board. The sheriff said 14 deputies had quit.'],
    ['a passive with a named agent', 'It was disclosed on Tuesday by treasurer Maria Santos that 14 routes would be cut.'],
  ])('%s', (_name, body) => {
    expect(found(body)).toEqual([]);
  });
});

describe('vague sources', () => {
  it.each([
    ['unnamed officials', 'Council officials said 14 routes would be cut.', 'Council officials'],
    ['nationality + officials', 'Ukrainian and South Korean officials said 14 routes would be cut.', 'Ukrainian and South Korean officials'],
    ['experts', 'Experts say 14 routes will be cut.', 'Experts'],
    ['people familiar with the matter', 'Fourteen routes will be cut, people familiar with the matter said.', 'people familiar with the matter'],
    ['one of the people', 'The cuts could come in May, one of the people said.', 'one of the people'],
    ['an unnamed spokesman of a named body', 'An Emory spokesman said 14 routes would be cut.', 'An Emory spokesman'],
    ['attorneys for the defendants', 'Attorneys for the defendants said the charges were politically motivated.', 'Attorneys for the defendants'],
    ['troopers', 'Troopers said 14 cars were involved.', 'Troopers'],
    ['a role of a named person', "Hollins's barrister said his client was deeply ashamed.", "Hollins's barrister"],
    ['role groups', "Parents' groups have said the money should come from the county.", "Parents' groups"],
    ['a count of unnamed people', 'Six deputies told the grand jury they had seen the records destroyed.', 'Six deputies'],
    ['people who believe', 'Detectives believe other victims may come forward.', 'Detectives'],
  ])('%s', (_name, body, phrase) => {
    expect(found(body)).toEqual([`vague-source: ${phrase}`]);
  });

  it.each([
    ['it is believed', 'The bus depot will close, it is believed.', 'it is believed'],
    ['it was learned', 'It was learned that the bus depot will close.', 'It was learned'],
    ['it is understood', 'It is understood that the bus depot will close.', 'It is understood'],
    ['it is estimated (with the figure sourced by it)', 'It is estimated that the cuts will save £2 million.', 'It is estimated'],
    ['was reported to be', 'The depot was reported to be losing money.', 'was reported to be'],
    ['is said to be', 'A third depot is said to be at risk.', 'is said to be'],
    ['reportedly', 'The council is reportedly considering further cuts.', 'reportedly'],
    ['we are told', 'We are told that demand has fallen.', 'We are told'],
  ])('impersonal: %s', (_name, body, phrase) => {
    expect(found(body)).toEqual([`vague-source: ${phrase}`]);
  });

  it('a vague source is reported whether or not its sentence holds a claim', () => {
    expect(found('Critics say the cuts go too far.')).toEqual(['vague-source: Critics']);
  });

  it('an unnamed source does not make its statistic unsourced', () => {
    expect(found('About 2,000 passengers use the routes every day, officials said.')).toEqual(['vague-source: officials']);
  });
});

describe('disable comments (section 5)', () => {
  it('newsmark-disable-next-line silences one code on the next line only', () => {
    const body = '<!-- newsmark-disable-next-line unsourced-statistic -->\nThe routes carry 2,000 passengers a day.\n\nThe depot employs 140 drivers.';
    expect(found(body)).toEqual(['unsourced-statistic: 140 drivers']);
  });

  it('it does not silence other codes', () => {
    const body = '<!-- newsmark-disable-next-line unsourced-quote -->\nThe routes carry 2,000 passengers a day.';
    expect(found(body)).toEqual(['unsourced-statistic: 2,000 passengers']);
  });

  it('newsmark-disable silences a code for the whole file, in Markdown too', () => {
    const body = '<!-- newsmark-disable vague-source -->\n\nCritics say the cuts go too far.\n\nThe depot employs 140 drivers.';
    expect(found(body, 'markdown')).toEqual(['unsourced-statistic: 140 drivers']);
  });
});

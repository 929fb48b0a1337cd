import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

/** Which numbers and comparisons are statistics (spec/claims.md sections 2 and 6). */

function stats(body: string): string[] {
  const text = `Ferry operator reports record year\n\n${body}\n`;
  const a = analyzeArticle(text, { languageId: 'news' });
  return a.diagnostics.filter((d) => d.code === 'unsourced-statistic').map((d) => text.slice(d.start, d.end));
}

describe('statistics', () => {
  it.each([
    ['a count with its noun', 'The ferry carried 41,000 passengers in August.', ['41,000 passengers']],
    ['money with its qualifier', 'The new ship cost about $200 million.', ['about $200 million']],
    ['a percentage', 'Fares rose 4 per cent.', ['4 per cent']],
    ['a superlative against a baseline', 'It was the busiest summer since 2019.', ['busiest summer since 2019']],
    ['a superlative with a relative clause before the baseline', 'It was the strongest storm to hit the coast since 1987.', ['strongest storm to hit the coast since 1987']],
    ['a record low', 'Delays fell to a record low.', ['record low']],
    ['a change', 'Bookings have doubled.', ['doubled']],
    ['a ranking', 'The operator is ranked fifth in Europe.', ['fifth']],
    ['a standing', 'The ferry line is third in the league table of punctuality.', ['third in the league table']],
    ['a vote written out', 'The board voted 7 to 2 to buy the ship.', ['7 to 2']],
    ['a record claim', 'Ana Berg became the first woman to captain the flagship.', ['first woman to captain the flagship']],
    ['a measured duration', 'The crossing took 14 hours, a company record.', ['14 hours', 'company record']],
  ])('%s', (_name, body, want) => {
    expect(stats(body)).toEqual(want);
  });

  it.each([
    ['dates and times', 'The ferry left at 3pm on Saturday, August 2.'],
    ['an age in apposition', 'Captain Ola Berg, 54, took the helm.'],
    ['a number that is part of a name', 'The ferry sails on Route 66 past the G7 venue.'],
    ['a duration that frames time', 'Crews worked for almost an hour in the last 24 hours.'],
    ['vague quantifiers', 'Several crossings and many sailings were cancelled.'],
    ['numbers inside a quotation', '"We carried 41,000 people," said captain Ola Berg.'],
    ['a re-mention of a group', 'Four crew members were hurt, the company said. The four were treated in hospital.'],
    ['a figure re-mentioned with "the"', 'The operator said 23 cabins were flooded. The 23 cabins were closed.'],
    ['an age limit', 'Children aged 5 to 11 travel free.'],
    ['an ordinal that only orders', 'The first sailing of the second quarter left in the 89th minute of the match.'],
    ['a count inside the source', 'Six crew members told the inquiry the radar had failed.'],
    ['a phone number', 'Anyone with information should call the coastguard on 999.'],
    ['a year that names an event', 'The ferry was built for the 2012 Olympics.'],
    ['a house number', 'The captain was received at No. 10 Downing Street.'],
    ['numbers around a slash', 'The ferry runs 24/7 and sailed on the 9/11 anniversary.'],
  ])('not a statistic: %s', (_name, body) => {
    expect(stats(body)).toEqual([]);
  });

  it('counts a figure after "the" as new when it was not written before, or only inside a larger figure', () => {
    expect(stats('The 23 cabins were flooded.')).toEqual(['23 cabins']);
    expect(stats('The operator said 1,230 people sailed. The 23 cabins were flooded.')).toEqual(['23 cabins']);
    expect(stats('The 23 cabins were flooded, the operator said. Later the 23 cabins were closed.')).toEqual([]);
  });
});

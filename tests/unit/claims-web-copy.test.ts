import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article } from '../../server/src/core/article';

/**
 * The rules of spec/claims.md section 6.1 (settled on broadcast and web copy) that read the
 * part-of-speech tags and noun-phrase chunks, on sentences of our own writing.
 */

const CLAIM_CODES = new Set(['unsourced-quote', 'unsourced-statistic', 'vague-source', 'unbalanced-quote']);

function analyze(body: string): Article {
  return analyzeArticle(`Mill town weighs new bypass\n\n${body}\n`, { languageId: 'plaintext' });
}

function found(body: string): string[] {
  const a = analyze(body);
  return a.diagnostics.filter((d) => CLAIM_CODES.has(d.code)).map((d) => `${d.code}: ${a.text.slice(d.start, d.end)}`);
}

describe('verbs of speaking attribute quotations (6.1)', () => {
  it('promised, pledged, urged with a quotation', () => {
    expect(found('The mayor, Ruth Okafor, has promised that "the bypass will be open by spring".')).toEqual([]);
    expect(found('Ruth Okafor urged "every household to write to the minister before Friday".')).toEqual([]);
  });

  it('a demand sources the quotation but not a figure in the same sentence', () => {
    expect(found('Ruth Okafor urged residents to back the £4m scheme, "before the money goes elsewhere".')).toEqual(['unsourced-statistic: £4m']);
  });

  it('added before a clause reports it', () => {
    expect(found('Ruth Okafor added the council had pledged "to keep the old bridge open for walkers".')).toEqual([]);
  });
});

describe('verb detection with part-of-speech tags', () => {
  it('a participle after a noun is no attribution', () => {
    expect(found('A lorry driver suspected of causing the crash has been questioned.')).toEqual([]);
  });

  it('a question is no source', () => {
    expect(found('Readers asked odd things: how do you say bypass in Welsh?')).toEqual([]);
  });

  it('a coordinated predicate keeps the subject of its first verb', () => {
    expect(found('Millbank Surveys, a polling firm, questions about 2,000 people a month and says that 61% back the bypass.')).toEqual([]);
  });
});

describe('coordinated predicates and short quotations', () => {
  it('a second verb joined by and has the subject of the first', () => {
    expect(found('Ruth Okafor opened the consultation and warned against being "rushed or bullied".')).toEqual([]);
  });

  it('a two-word quotation whose last word only looks like a verb is no claim', () => {
    expect(found('The report blamed years of "careless planning" for the delays.')).toEqual([]);
  });
});

describe('progressive reporting verbs', () => {
  it('a group that is warning someone that ... is a vague source', () => {
    expect(found('Campaigners are warning councillors that the bypass will cut the valley in two.')).toEqual(['vague-source: Campaigners']);
  });
});

describe('role groups with a clause after them', () => {
  it('a participle clause does not name the group, and `have forecast` is a verb', () => {
    expect(found("Engineers surveying the river under Wales's oldest bridge have already forecast more floods this winter.")).toEqual(['vague-source: Engineers surveying the river under Wales\'s oldest bridge']);
  });
});

describe('a named source keeps its name (6.1)', () => {
  it('a title before the name', () => {
    expect(found('Shadow minister for transport Gareth Pryce said the road would cost £60m.')).toEqual([]);
  });

  it('a name with a role after it', () => {
    expect(found('Former planning officer Dilys Morgan MP said 300 homes were at risk.')).toEqual([]);
  });
});

describe('records against a baseline (sections 2 and 6.1)', () => {
  it('a superlative with a possessive baseline is a statistic', () => {
    expect(found('The bypass would be Wales\'s longest road tunnel.')).toEqual(["unsourced-statistic: Wales's longest road tunnel"]);
  });

  it('a superlative with a baseline after its head', () => {
    expect(found('The town climbed to 40th in the survey, its highest placing yet.')).toContain('unsourced-statistic: its highest placing yet');
  });

  it('a superlative adjective phrase after a possessive, and a record close', () => {
    expect(found("The toll road is now Britain's most widely used route. Shares in the builder rose to a record close.")).toEqual([
      "unsourced-statistic: Britain's most widely used route",
      'unsourced-statistic: record close',
    ]);
  });

  it('an ordinal record since a time', () => {
    expect(found('The town won its first civic award since 1987.')).toEqual(['unsourced-statistic: its first civic award since 1987']);
  });

  it('an ordinal that only numbers is not', () => {
    expect(found('The town held its third public meeting on the plan.')).toEqual([]);
  });
});

describe('one figure per expression (6 and 6.1)', () => {
  it('a change from one figure to another is one statistic', () => {
    expect(found('The toll would fall from 12% to 9% of trips.')).toHaveLength(1);
  });

  it('a currency conversion in brackets is part of the figure it converts', () => {
    expect(found('The county paid $64m (£35m) for the land and 41m rand ($7m; £4m) for the survey.')).toEqual(['unsourced-statistic: $64m', 'unsourced-statistic: 41m rand']);
  });

  it('ages in any form and ordinals that only number are no statistics', () => {
    expect(found('Bus passes are free for people over 60. The club captain, 27, won his 50th cap.')).toEqual([]);
  });

  it('the first day of a date range, a number after `the number` and a long code are no counts', () => {
    expect(found('The survey closes sometime between 12 and 14 June. Readers were asked to find the number 7 in the code 31902284716.')).toEqual([]);
  });

  it('a number that names an item is no statistic', () => {
    expect(found('The council app moved to version 4.1 and the report to chapter 12.')).toEqual([]);
  });

  it('a character reference is no number', () => {
    expect(found('The plan was drawn up by Ren&#233; Duval of the county.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article } from '../../server/src/core/article';

/**
 * The attribution finder (spec/claims.md section 3) on invented articles, through the whole
 * pipeline: every reporting pattern, the source phrase's extent, carry-over, pronoun subjects
 * and citation markup.
 */

const CLAIM_CODES = new Set(['unsourced-quote', 'unsourced-statistic', 'vague-source', 'unbalanced-quote']);

function analyze(body: string, languageId = 'news'): Article {
  return analyzeArticle(`Harbour board approves dredging plan\n\n${body}\n`, { languageId });
}

/** `code: phrase` for every sourcing diagnostic. */
function diagnostics(a: Article): string[] {
  return a.diagnostics.filter((d) => CLAIM_CODES.has(d.code)).map((d) => `${d.code}: ${a.text.slice(d.start, d.end)}`);
}

/** The source phrase that sources the claim whose text starts with `claim`. */
function sourceOf(a: Article, claim: string): string | undefined {
  const c = a.claims.find((x) => x.text.startsWith(claim));
  if (!c) throw new Error(`no claim starting with ${claim}: ${a.claims.map((x) => x.text).join(' | ')}`);
  return c.attribution >= 0 ? a.attributions[c.attribution].source.text : undefined;
}

describe('reporting verbs in every position', () => {
  it('X said (that) ...', () => {
    const a = analyze('Harbour master Ines Kovac said that dredging would remove 40,000 tonnes of silt.');
    expect(sourceOf(a, '40,000 tonnes')).toBe('Harbour master Ines Kovac');
    expect(diagnostics(a)).toEqual([]);
  });

  it('..., X said.', () => {
    const a = analyze('Dredging will remove 40,000 tonnes of silt, the harbour board said.');
    expect(sourceOf(a, '40,000 tonnes')).toBe('the harbour board');
    expect(diagnostics(a)).toEqual([]);
  });

  it('..., said X.', () => {
    const a = analyze('Dredging will remove 40,000 tonnes of silt, said Ines Kovac, the harbour master.');
    expect(sourceOf(a, '40,000 tonnes')).toBe('Ines Kovac, the harbour master');
  });

  it('"...," said X with a lower-case role before the name', () => {
    const a = analyze('"The channel has never been this shallow," said harbour pilot Sam Okafor.');
    expect(sourceOf(a, '"The channel')).toBe('harbour pilot Sam Okafor');
    expect(diagnostics(a)).toEqual([]);
  });

  it('X says (present tense)', () => {
    const a = analyze('The port authority says 310 ships were delayed last winter.');
    expect(sourceOf(a, '310 ships')).toBe('The port authority');
  });

  it('X told Reuters / X told reporters', () => {
    const a = analyze('Ines Kovac told Reuters the work would cost 12 million euros.');
    expect(sourceOf(a, '12 million euros')).toBe('Ines Kovac');
    const b = analyze('"We cannot wait another winter," Kovac told reporters on Tuesday.');
    expect(sourceOf(b, '"We cannot wait')).toBe('Kovac');
  });

  it('according to X, without trailing time words', () => {
    const a = analyze('About 310 ships were delayed last winter, according to the port authority on Monday.');
    expect(sourceOf(a, 'About 310 ships')).toBe('the port authority');
  });

  it('X, saying ...', () => {
    const a = analyze('Chief executive Ines Kovac defended the plan, saying the port had lost 8% of its traffic.');
    expect(sourceOf(a, '8%')).toBe('Chief executive Ines Kovac');
    expect(diagnostics(a)).toEqual([]);
  });

  it('in its report, X reported', () => {
    const a = analyze('In its annual report, the harbour board reported a loss of 2.1 million euros.');
    expect(sourceOf(a, '2.1 million euros')).toBe('the harbour board');
  });

  it("X's figures show / data from X show", () => {
    const a = analyze("Traffic fell 8% last year, the board's figures show.");
    expect(sourceOf(a, '8%')).toMatch(/figures$/);
    const b = analyze('Data from the national statistics office show that 1,200 people work at the port.');
    expect(sourceOf(b, '1,200 people')).toBe('Data from the national statistics office');
  });

  it('X added / X noted in reporting position, not with an object', () => {
    const a = analyze('The silt is contaminated with heavy metals in 12 places, Kovac added.');
    expect(sourceOf(a, '12 places')).toBe('Kovac');
    const b = analyze('Derek Hollis, 58, of Quay Street, admitted 14 counts of fraud.');
    expect(sourceOf(b, '14 counts')).toBeUndefined();
  });

  it('the court heard', () => {
    const a = analyze('The court heard that the dredger had dumped 3,000 tonnes of silt at sea.');
    expect(sourceOf(a, '3,000 tonnes')).toBe('The court');
  });

  it('as X put it / X put the cost at', () => {
    const a = analyze('As harbour pilot Sam Okafor put it at the meeting: "Every ship that runs aground costs us a week."');
    expect(sourceOf(a, '"Every ship')).toBe('harbour pilot Sam Okafor');
    const b = analyze("The board's own budget papers put the cost at 12 million euros.");
    expect(sourceOf(b, '12 million euros')).toMatch(/budget papers$/);
  });

  it('a passive with a named agent is named', () => {
    const a = analyze('It was disclosed on Tuesday by treasurer Maria Santos that the board had spent 4 million euros.');
    expect(sourceOf(a, '4 million euros')).toBe('treasurer Maria Santos');
    expect(diagnostics(a)).toEqual([]);
  });

  it('X, who told ...: the relative pronoun stands for the noun phrase before it', () => {
    const a = analyze('The port owner, Victor Hale, who told a lunch in March that the port would "lose every big ship to Rotterdam", wants a new quay.');
    expect(sourceOf(a, '"lose every')).toBe('The port owner, Victor Hale');
    expect(diagnostics(a)).toEqual([]);
  });

  it('headline `Claim: Speaker`', () => {
    const a = analyzeArticle('Port will close for a month: Kovac\n\nThe harbour board met on Tuesday.\n', { languageId: 'news' });
    const h = a.attributions.find((x) => x.via === 'headline');
    expect(h?.source.text).toBe('Kovac');
  });
});

describe('what is not an attribution', () => {
  it('modals, negation and infinitives', () => {
    expect(sourceOf(analyze('Some will say the 12 million euros are wasted.'), '12 million euros')).toBeUndefined();
    expect(sourceOf(analyze('The board has not said why 40 jobs were cut.'), '40 jobs')).toBeUndefined();
    expect(sourceOf(analyze('The board declined to say why 40 jobs were cut.'), '40 jobs')).toBeUndefined();
  });

  it('requirements, criticism and demands (section 6)', () => {
    expect(sourceOf(analyze('The contract called for 40,000 tonnes of silt to be removed.'), '40,000 tonnes')).toBeUndefined();
    expect(sourceOf(analyze('The board was criticised by the auditor for 11 late payments.'), '11 late payments')).toBeUndefined();
  });

  it('an estimate with no estimator', () => {
    const a = analyze('Estimated repair costs were about 400,000 euros.');
    expect(diagnostics(a)).toEqual(['unsourced-statistic: about 400,000 euros']);
  });

  it('a base form used as a noun or modifier (`state Representative`, `the annual report`)', () => {
    const a = analyze('Her challenger, state Representative Glen Harker, cut 40 jobs.');
    expect(a.attributions.filter((x) => x.verb.text === 'state')).toEqual([]);
  });

  it('an attribution covers its own sentence only', () => {
    const a = analyze('About 310 ships were delayed last winter. The channel is too shallow, Kovac said.');
    expect(diagnostics(a)).toEqual(['unsourced-statistic: About 310 ships']);
  });
});

describe('source phrase extent', () => {
  it('the whole subject noun phrase with its apposition', () => {
    const a = analyze('Caron Stallard, first vice-president of the Harbour Users Association, said 310 ships were delayed.');
    expect(sourceOf(a, '310 ships')).toBe('Caron Stallard, first vice-president of the Harbour Users Association');
  });

  it('a role with the name in apposition after it', () => {
    const a = analyze('"We have dredged this channel for forty years," said the board\'s chief engineer, Alan Frith.');
    expect(sourceOf(a, '"We have')).toBe("the board's chief engineer, Alan Frith");
    expect(diagnostics(a)).toEqual([]);
  });

  it('without trailing time words', () => {
    const a = analyze('Police on Tuesday said 14 people were arrested.');
    expect(sourceOf(a, '14 people')).toBe('Police');
  });

  it('a count inside the source is sourced by it', () => {
    const a = analyze('Six dock workers told the inquiry they had seen the dredger dump silt.');
    expect(diagnostics(a)).toEqual(['vague-source: Six dock workers']);
  });
});

describe('carry-over (section 3.2)', () => {
  it('a quotation-only paragraph continues the speaker of the paragraph before', () => {
    const a = analyze('"We have waited long enough," Kovac said.\n\n"The ships are getting bigger and the channel is not."');
    expect(sourceOf(a, '"The ships')).toBe('Kovac');
    expect(diagnostics(a)).toEqual([]);
  });

  it('within a paragraph, a quotation after an attributed quotation has the same speaker', () => {
    const a = analyze('"We have waited long enough," Kovac said. "The ships are getting bigger and the channel is not."');
    expect(sourceOf(a, '"The ships')).toBe('Kovac');
  });

  it('a quotation paragraph after an unattributed paragraph is unsourced', () => {
    const a = analyze('The board met on Tuesday.\n\n"The ships are getting bigger and the channel is not."');
    expect(diagnostics(a)).toEqual(['unsourced-quote: "The ships are getting bigger and the channel is not."']);
  });

  it('an introduction (`X said:`) attributes the quotation paragraphs that follow', () => {
    const a = analyze('Harbour master Ines Kovac said:\n\n"The channel silts up faster every year.\n\n"We have to act before a ship runs aground."');
    expect(diagnostics(a)).toEqual([]);
    expect(sourceOf(a, '"We have to act')).toBe('Harbour master Ines Kovac');
  });

  it('a multi-paragraph quotation whose speaker is named in its last paragraph', () => {
    const a = analyze('"The channel silts up faster every year.\n\n"We have to act before a ship runs aground," Kovac said.');
    expect(diagnostics(a)).toEqual([]);
  });

  it('sub-headings are transparent for carry-over', () => {
    const a = analyze('Harbour master Ines Kovac said:\n\nWhat happens next\n\n"The channel silts up faster every year and we have to act."\n\nThe board meets again on Friday.');
    expect(diagnostics(a)).toEqual([]);
  });
});

describe('pronoun subjects (section 3.2)', () => {
  it('he/she resolve to the latest matching person', () => {
    const a = analyze('Harbour master Ines Kovac opened the meeting. She said dredging would remove 40,000 tonnes of silt.');
    const c = a.claims.find((x) => x.text.startsWith('40,000'));
    const at = a.attributions[c!.attribution];
    expect(at.via).toBe('pronoun');
    expect(a.entities[at.entity]?.name).toMatch(/Kovac/);
    expect(diagnostics(a)).toEqual([]);
  });

  it('a pronoun after a vague source stays vague', () => {
    const a = analyze('Port officials met on Monday. They said 40 jobs would go.');
    expect(diagnostics(a)).toEqual(['vague-source: They']);
  });

  it('a pronoun after a quotation resolves to its speaker', () => {
    const a = analyze('"We cannot wait," said Ines Kovac.\n\n"The ships are getting bigger," she said.');
    expect(diagnostics(a)).toEqual([]);
  });
});

describe('citation markup (section 3.3)', () => {
  it('a footnote reference with a definition sources the sentence', () => {
    const a = analyze('About 310 ships were delayed last winter.[^1]\n\n[^1]: Port authority, annual traffic report, 2025.', 'markdown');
    expect(diagnostics(a)).toEqual([]);
  });

  it('a footnote reference without a definition does not', () => {
    const a = analyze('About 310 ships were delayed last winter.[^9]', 'markdown');
    expect(diagnostics(a)).toEqual(['unsourced-statistic: About 310 ships']);
  });

  it('a Markdown link or a bare URL sources the sentence', () => {
    expect(diagnostics(analyze('About 310 ships were delayed, [the port says](https://example.org/traffic).', 'markdown'))).toEqual([]);
    expect(diagnostics(analyze('About 310 ships were delayed last winter (https://example.org/traffic).'))).toEqual([]);
  });
});

describe('more wire patterns', () => {
  it.each([
    ["an office as a body", "The mayor's office said 40 staff would be moved.", "The mayor's office"],
    ['a participle clause after the name', 'Jane Roe, speaking to reporters in Leeds, said 40 staff would be moved.', 'Jane Roe'],
    ['posted ... that', 'Jane Roe posted on social media that 40 staff would be moved.', 'Jane Roe'],
    ['a parenthetical after a document', 'The figures, released by the statistics office on Tuesday, show that 40 staff were moved.', 'The figures'],
    ['a parenthetical after a body', 'The company, in a filing on Monday, said 40 staff would be moved.', 'The company'],
    ['data compiled by', 'According to data compiled by Bloomberg, 40 staff were moved.', 'data compiled by Bloomberg'],
    ['a news organisation reporting', 'The plan would move 40 staff, the Financial Times reported, citing unnamed sources.', 'the Financial Times'],
    ['an age in apposition', 'Roe, 45, said 40 staff would be moved.', 'Roe, 45'],
    ['two speakers', 'Roe and her deputy, Tim Vance, said 40 staff would be moved.', 'Roe and her deputy, Tim Vance'],
  ])('%s', (_name, body, source) => {
    const a = analyze(body);
    expect(sourceOf(a, '40 staff')).toBe(source);
    expect(diagnostics(a)).toEqual([]);
  });

  it('an expectation with no one expecting is unsourced', () => {
    const a = analyze('The central bank is widely expected to cut rates by 0.25 percentage points.');
    expect(diagnostics(a)).toEqual(['unsourced-statistic: 0.25 percentage points']);
  });
});

describe('pronouns after a body that acted', () => {
  it('they after police, it after the council', () => {
    expect(diagnostics(analyze('Police arrested two men, the force said. They said 40 people had been questioned.'))).toEqual([]);
    expect(diagnostics(analyze('The council met on Monday. It said 40 staff would be moved.'))).toEqual([]);
  });

  it('a spokesman for a body followed by the name is named', () => {
    const a = analyze('A spokesman for the ministry, Ivan Petrov, said 40 staff would be moved.');
    expect(sourceOf(a, '40 staff')).toBe('A spokesman for the ministry, Ivan Petrov');
    expect(diagnostics(a)).toEqual([]);
  });
});

describe('relatives and reported speech', () => {
  it("a relative named by first name in apposition (Mr Marsh's wife, Joanne)", () => {
    const a = analyze('In a statement read outside court, Mr Marsh\'s wife, Joanne, said: "Kevin was the kindest man I have ever known."');
    expect(diagnostics(a)).toEqual([]);
  });

  it('a verb inside reported speech is not a second attribution', () => {
    const a = analyze('Neighbours told reporters the pair had argued about parking for years.');
    expect(diagnostics(a)).toEqual(['vague-source: Neighbours']);
  });
});

describe('quoted as saying', () => {
  it('X is quoted as saying ...', () => {
    const a = analyze('Harbour master Ines Kovac was quoted as saying that 40 ships were delayed.');
    expect(sourceOf(a, '40 ships')).toBe('Harbour master Ines Kovac');
  });
});

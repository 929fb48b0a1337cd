import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { isQuotationClaim } from '../../server/src/core/claims/quotes';
import type { Article } from '../../server/src/core/article';

/** The quotation finder and the quotation rules of spec/claims.md sections 2 and 5. */

function analyze(body: string, languageId = 'news'): Article {
  return analyzeArticle(`Ferry operator cancels winter crossings\n\n${body}\n`, { languageId });
}

function quotes(a: Article): string[] {
  return a.quotations.map((q) => a.plain.slice(q.start, q.end));
}

function diagnostics(a: Article): string[] {
  return a.diagnostics
    .filter((d) => d.code === 'unsourced-quote' || d.code === 'unbalanced-quote')
    .map((d) => `${d.code}: ${a.text.slice(d.start, d.end)}`);
}

describe('quotation marks', () => {
  it('straight, curly and ``...\'\' pairs', () => {
    const a = analyze('"We have no crew for the winter," said Ola Berg. “Passengers will be refunded,” Berg added. ``It is a sad day,\'\' said deckhand Per Lund.');
    expect(quotes(a)).toEqual(['"We have no crew for the winter,"', '“Passengers will be refunded,”', "``It is a sad day,''"]);
    expect(diagnostics(a)).toEqual([]);
  });

  it('nested single quotes stay inside the quotation', () => {
    const a = analyze('"They told us \'trust the timetable\' and then cancelled everything," said commuter Lise Dahl.');
    expect(quotes(a)).toEqual(['"They told us \'trust the timetable\' and then cancelled everything,"']);
    expect(diagnostics(a)).toEqual([]);
  });

  it('apostrophes are not quotation marks', () => {
    const a = analyze("The operator's boats can't sail, Berg said.");
    expect(quotes(a)).toEqual([]);
  });

  it('a multi-paragraph quotation: open paragraphs continue, the last one closes', () => {
    const a = analyze('Ola Berg said:\n\n"We tried every option.\n\n"Nothing worked, and the crews are gone."');
    expect(a.quotations.map((q) => q.unbalanced)).toEqual([false, false]);
    expect(diagnostics(a)).toEqual([]);
  });

  it('an opening mark that never closes is unbalanced (range: the mark)', () => {
    const a = analyze('Berg added: "We will be back in spring, I promise.\n\nThe crossings resume in March.');
    expect(diagnostics(a)).toEqual(['unbalanced-quote: "']);
  });

  it('non-article lines between quotation paragraphs are transparent', () => {
    const a = analyze('Ola Berg said:\n\n"We tried every option.\n\nWhat happens next\n\n"Nothing worked, and the crews are gone."');
    expect(diagnostics(a)).toEqual([]);
  });
});

describe('which quotations are claims', () => {
  it.each([
    ['four or more words', 'We will be back', true],
    ['two or three words with a verb', 'is lacking', true],
    ['a past tense after a subject', 'Nobody asked us', true],
    ['a pronoun subject', 'We lost', true],
    ['an imperative before an object pronoun', 'Build it yourselves', true],
    ['short phrase without a verb', 'exhausting battles', false],
    ['a nickname', 'Freedom Rider', false],
    ['a coined term', 'potato chip industry', false],
    ['an adjective before a noun', 'the rigged timetable', false],
    ['one word', 'shameful', false],
    ['a title in title case', 'Let It Be', false],
    ['a title with small words', 'Return to Sender', false],
  ])('%s', (_name, inner, claim) => {
    expect(isQuotationClaim(inner)).toBe(claim);
  });

  it('a short verbless quotation is never flagged', () => {
    expect(diagnostics(analyze('The operator called the decision "regrettable but unavoidable".'))).toEqual([]);
  });

  it('an unattributed claim quotation is flagged with its marks', () => {
    expect(diagnostics(analyze('The crossings are cancelled.\n\n"Nobody asked us."'))).toEqual(['unsourced-quote: "Nobody asked us."']);
  });

  it('numbers inside a quotation are not statistics', () => {
    const a = analyze('"We carried 40,000 passengers last winter," Berg said.');
    expect(a.claims.filter((c) => c.kind === 'statistic')).toEqual([]);
  });
});

describe('speakers', () => {
  it('every quotation gets its speaker in the article model', () => {
    const a = analyze('"We have no crew for the winter," said Ola Berg, the operator\'s chief executive.');
    const q = a.quotations[0];
    expect(a.attributions[q.attribution].source.text).toBe("Ola Berg, the operator's chief executive");
    expect(a.attributions[q.attribution].verb.text).toBe('said');
  });
});

describe('naming is not reporting', () => {
  it('a nickname after `call it` makes no attribution and no vague source', () => {
    const a = analyze('Residents call it "the Hill".');
    expect(a.attributions).toEqual([]);
    expect(a.diagnostics.filter((d) => d.code === 'vague-source')).toEqual([]);
  });
});

describe('run-together paragraphs (spec section 6.1)', () => {
  it('a quotation that reopens while one is open continues it: no unbalanced-quote, same speaker', () => {
    const a = analyze('Harbour master Ines Vale said the pier was unsafe. "We cannot let boats tie up there this winter. "The council has known about the cracks for two years. "Nobody has come to look at them."');
    expect(quotes(a)).toEqual([
      '"We cannot let boats tie up there this winter.',
      '"The council has known about the cracks for two years.',
      '"Nobody has come to look at them."',
    ]);
    expect(diagnostics(a)).toEqual([]);
  });

  it('a reopened quotation in a paragraph that is only quotation carries the previous speaker', () => {
    const a = analyze('"The crossings lose money every winter," said Ola Berg.\n\n"We have tried everything. "Fuel alone costs us more than the tickets bring in."');
    expect(diagnostics(a)).toEqual([]);
  });

  it('a quotation after narrative pairs by the shape of its marks', () => {
    const a = analyze('Berg admitted to a "long and difficult winter" with the unions, who had called the plan "a betrayal of the islanders".');
    expect(quotes(a)).toEqual(['"long and difficult winter"', '"a betrayal of the islanders"']);
    expect(diagnostics(a)).toEqual([]);
  });

  it('an opening mark with no partner and no continuation is still unbalanced', () => {
    const a = analyze('Ola Berg said: "We will sail again in spring.\n\nThe company has six boats.');
    expect(diagnostics(a)).toEqual(['unbalanced-quote: "']);
  });
});

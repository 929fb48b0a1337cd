import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
let grammar: textmate.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.news') return null;
      const path = join(ROOT, 'syntaxes', 'news.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const g = await registry.loadGrammar('text.news');
  if (!g) throw new Error('grammar did not load');
  grammar = g;
});

/** Tokenizes a document; returns, for each needle, the scopes of its first character. */
function scopesOf(text: string, needle: string, nth = 0): string[] {
  const lines = text.split('\n');
  let state = textmate.INITIAL;
  let seen = 0;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    let at = line.indexOf(needle);
    while (at >= 0) {
      if (seen === nth) {
        const tok = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex);
        return tok ? tok.scopes : [];
      }
      seen++;
      at = line.indexOf(needle, at + 1);
    }
    state = r.ruleStack;
  }
  throw new Error(`"${needle}" not found`);
}

describe('news TextMate grammar', () => {
  const seed = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8');

  it('scopes the headline (first line only)', () => {
    expect(scopesOf(seed, 'Russia deploying')).toContain('markup.heading.headline.news');
    expect(scopesOf(seed, 'Ukrainian troops began')).not.toContain('markup.heading.headline.news');
  });

  it('scopes quotations, numbers, dates and attribution verbs in the seed article', () => {
    expect(scopesOf(seed, '"Today there')).toContain('string.quoted.double.news');
    expect(scopesOf(seed, 'preliminary data')).toContain('string.quoted.double.news');
    expect(scopesOf(seed, '10,000')).toContain('constant.numeric.news');
    expect(scopesOf(seed, '62 combat')).toContain('constant.numeric.news');
    expect(scopesOf(seed, 'February 2022')).toContain('constant.other.date.news');
    expect(scopesOf(seed, 'Wednesday')).toContain('constant.other.date.weekday.news');
    expect(scopesOf(seed, 'next week')).toContain('constant.other.date.relative.news');
    expect(scopesOf(seed, 'said in his regular')).toContain('keyword.other.attribution.news');
    expect(scopesOf(seed, 'told Reuters')).toContain('keyword.other.attribution.news');
    expect(scopesOf(seed, 'Staff WritersReuters')).toContain('meta.byline.news');
  });

  it('scopes footnotes, URLs, directives and according to', () => {
    const doc = [
      'Budget passes',
      '',
      'By Ana Ruiz',
      '',
      'The deficit fell 3%[^1], according to the treasury, see https://example.org/report.',
      '<!-- newsmark-disable-next-line unsourced-statistic -->',
      '<!-- an ordinary comment -->',
      '[^1]: Treasury annual report, 2024.',
    ].join('\n');
    expect(scopesOf(doc, 'By Ana')).toContain('meta.byline.news');
    expect(scopesOf(doc, '3%')).toContain('constant.numeric.news');
    expect(scopesOf(doc, '1]')).toContain('entity.name.label.footnote.news');
    expect(scopesOf(doc, 'according to')).toContain('keyword.other.attribution.news');
    expect(scopesOf(doc, 'https://')).toContain('markup.underline.link.news');
    expect(scopesOf(doc, 'newsmark-disable-next-line')).toContain('keyword.control.directive.newsmark.news');
    expect(scopesOf(doc, 'an ordinary')).toContain('comment.block.html.news');
    expect(scopesOf(doc, 'Treasury annual')).toContain('meta.footnote.definition.news');
  });

  it('scopes curly and typographic quotations', () => {
    const doc = 'Title\n\n“We are ready,” she said. ``It works,\'\' he said.';
    expect(scopesOf(doc, 'We are')).toContain('string.quoted.double.curly.news');
    expect(scopesOf(doc, 'It works')).toContain('string.quoted.double.latex.news');
    expect(scopesOf(doc, 'she said')).not.toContain('string.quoted.double.curly.news');
  });
});

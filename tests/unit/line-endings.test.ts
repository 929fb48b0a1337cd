import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/positions';
import { runCli } from '../../server/src/cli/main';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Issue 17, "Wrong positions": lone CR line endings, mixed endings, markup inside a name. */
const ARTICLE = ['Harbour bridge to close for repairs', '', 'Amara Okafor, the harbour engineer, said "the bridge will reopen in spring.', ''];

describe('lone CR and mixed line endings', () => {
  it('finds the headline and puts each paragraph on its own line in a file with lone CR endings', () => {
    const text = ARTICLE.join('\r');
    const a = analyzeArticle(text, { languageId: 'news' });
    expect(a.paragraphs.map((p) => [p.role, text.slice(p.start, p.end)])).toEqual([
      ['headline', ARTICLE[0]],
      ['body', ARTICLE[2]],
    ]);
    const lines = new LineIndex(text);
    const d = a.diagnostics.find((x) => x.code === 'unbalanced-quote');
    expect(d).toBeDefined();
    expect(lines.positionAt(d!.start)).toEqual({ line: 2, character: ARTICLE[2].indexOf('"') });
  });

  it('reads the same article the same way whatever its line endings', () => {
    const lf = analyzeArticle(ARTICLE.join('\n'), { languageId: 'news' });
    for (const nl of ['\r', '\r\n']) {
      const other = analyzeArticle(ARTICLE.join(nl), { languageId: 'news' });
      expect(other.mentions.map((m) => m.text)).toEqual(lf.mentions.map((m) => m.text));
      expect(other.diagnostics.map((d) => d.code)).toEqual(lf.diagnostics.map((d) => d.code));
      expect(other.paragraphs.map((p) => p.role)).toEqual(lf.paragraphs.map((p) => p.role));
    }
  });

  it('gives the editor line and column in a file mixing \\r\\n, \\r and \\n', () => {
    const text = 'Headline\r\n\rAna Ramos spoke.\n\r\nOfficials said "it will rain.\r';
    const lines = new LineIndex(text);
    const doc = TextDocument.create('file:///x', 'news', 1, text);
    for (let o = 0; o <= text.length; o++) {
      expect(lines.positionAt(o), `offset ${o}`).toEqual(doc.positionAt(o));
      expect(lines.offsetAt(doc.positionAt(o)), `offset ${o}`).toBe(doc.offsetAt(doc.positionAt(o)));
    }
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = a.diagnostics.find((x) => x.code === 'unbalanced-quote')!;
    expect(doc.positionAt(d.start)).toEqual({ line: 4, character: 15 });
  });

  it('prints line:column of a lone-CR file as an editor shows them', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'newsmark-cr-')), 'a.news');
    writeFileSync(f, ARTICLE.join('\r'));
    let out = '';
    runCli(['check', f], (s) => (out += s), () => {}, () => '');
    expect(out).toContain(`${f}:3:${ARTICLE[2].indexOf('"') + 1} warning unbalanced-quote`);
  });
});

describe('markup inside a name or number', () => {
  for (const [text, languageId] of [
    ['Headline\n\nAmara<!-- x --> Okafor said the bridge was safe, officials said.\n', 'news'],
    ['Headline\n\nAmara<!-- x -->Okafor said the bridge was safe, officials said.\n', 'news'],
    ['Headline\n\nAmara[^1] Okafor said the bridge cost 4[^1]0 million dollars, officials said.\n\n[^1]: A note.\n', 'markdown'],
    ['Headline\n\nAmara **Okafor** said the bridge cost 4**0** million dollars, officials said.\n', 'markdown'],
  ] as const) {
    it(`never gives a mention that is not the document's text: ${JSON.stringify(text.slice(10, 40))}`, () => {
      const a = analyzeArticle(text, { languageId });
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const n of a.numbers) expect(text.slice(n.start, n.end)).toBe(n.text);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle as analyze } from '../../server/src/core/analyze';
import { articleDiagnostics } from '../../server/src/features/diagnostics';
import { applyEdits, fixesFor, nextFootnoteNumber, type Fix } from '../../server/src/features/quickFixes';
import type { Article, ArticleDiagnostic, AnalyzeOptions, DiagnosticCode } from '../../server/src/core/article';

/** The article with the diagnostics the user sees (disable comments applied), as the code actions get them. */
function analyzeArticle(text: string, options: AnalyzeOptions): Article {
  const article = analyze(text, options);
  return { ...article, diagnostics: articleDiagnostics(article) };
}

// Invented articles, written for these tests.
const HARBOUR = [
  'Port authority plans new harbour wall',
  '',
  'By Staff Reporter',
  '',
  'The port authority will spend about $4 million on a new harbour wall after storms damaged the old one in January.',
  '',
  'The new wall will be 300 metres long.',
  '',
  '"We have waited far too long for this to happen."',
  '',
  'Harbour master Ines Carvalho said work would start in March.',
  '',
  '"Will the fishing fleet be safe this winter?"',
  '',
].join('\n');

const BUDGET_MD = [
  '---',
  'title: Council budget',
  'date: 2025-02-14',
  '---',
  '',
  '# Council sets a leaner budget',
  '',
  'Council tax will rise by 4.9 per cent in April, the council said in a statement.[^1]',
  '',
  'Road repairs will get 12 per cent less money than last year.',
  '',
  '- Libraries lose 3 mobile vans, which served 40 villages.',
  '',
  '[^1]: Eastfield Council budget statement, 14 February 2025.',
  '',
].join('\n');

function diagnostic(article: Article, code: DiagnosticCode, text: string): ArticleDiagnostic {
  const d = article.diagnostics.find((x) => x.code === code && article.text.slice(x.start, x.end) === text);
  if (!d) {
    const found = article.diagnostics.map((x) => `${x.code}: ${article.text.slice(x.start, x.end)}`);
    throw new Error(`no ${code} on "${text}"; found ${JSON.stringify(found)}`);
  }
  return d;
}

function fix(article: Article, d: ArticleDiagnostic, title: string): Fix {
  const fixes = fixesFor(article, d);
  const f = fixes.find((x) => x.title === title);
  if (!f) throw new Error(`no fix "${title}"; got ${JSON.stringify(fixes.map((x) => x.title))}`);
  return f;
}

function codesOn(article: Article, code: DiagnosticCode): string[] {
  return article.diagnostics.filter((d) => d.code === code).map((d) => article.text.slice(d.start, d.end));
}

describe('quick fixes for unsourced claims', () => {
  const article = analyzeArticle(HARBOUR, { languageId: 'news' });

  it('offers "Add attribution" (preferred), "Cite with a footnote" and both disable fixes, in that order', () => {
    const d = diagnostic(article, 'unsourced-statistic', '300 metres');
    const fixes = fixesFor(article, d);
    expect(fixes.map((f) => f.title)).toEqual([
      'Add attribution',
      'Cite with a footnote',
      'Disable unsourced-statistic for this line',
      'Disable unsourced-statistic for this file',
    ]);
    expect(fixes.filter((f) => f.isPreferred).map((f) => f.title)).toEqual(['Add attribution']);
  });

  it('Add attribution puts ", <source> said" before the final full stop of the statistic\'s sentence', () => {
    const d = diagnostic(article, 'unsourced-statistic', '300 metres');
    const out = applyEdits(HARBOUR, fix(article, d, 'Add attribution').edits);
    expect(out).toBe(HARBOUR.replace('300 metres long.', '300 metres long, <source> said.'));
    // Once the writer names the source, the statistic is sourced.
    const named = analyzeArticle(out.replace('<source>', 'chief engineer Tomas Reyes'), { languageId: 'news' });
    expect(codesOn(named, 'unsourced-statistic')).not.toContain('300 metres');
  });

  it('Add attribution turns a quotation\'s closing full stop into a comma: "...," <source> said.', () => {
    const d = diagnostic(article, 'unsourced-quote', '"We have waited far too long for this to happen."');
    const out = applyEdits(HARBOUR, fix(article, d, 'Add attribution').edits);
    expect(out).toContain('\n"We have waited far too long for this to happen," <source> said.\n');
    const named = analyzeArticle(out.replace('<source>', 'Carvalho'), { languageId: 'news' });
    expect(codesOn(named, 'unsourced-quote')).not.toContain('"We have waited far too long for this to happen,"');
  });

  it('Add attribution keeps a question mark inside the quotation', () => {
    const d = diagnostic(article, 'unsourced-quote', '"Will the fishing fleet be safe this winter?"');
    const out = applyEdits(HARBOUR, fix(article, d, 'Add attribution').edits);
    expect(out.endsWith('\n"Will the fishing fleet be safe this winter?" <source> said.\n')).toBe(true);
  });

  it('Add attribution goes after the closing mark of a quotation of several sentences', () => {
    const text = HARBOUR.replace(
      '"We have waited far too long for this to happen."',
      '"We have waited far too long. The boats cannot wait another winter."',
    );
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = a.diagnostics.find((x) => x.code === 'unsourced-quote' && text.slice(x.start, x.end).startsWith('"We have'));
    expect(d).toBeDefined();
    if (!d) return;
    const out = applyEdits(text, fix(a, d, 'Add attribution').edits);
    expect(out).toContain('\n"We have waited far too long. The boats cannot wait another winter," <source> said.\n');
  });

  it('Cite with a footnote adds [^1] after the sentence and the definition after a blank line at the end', () => {
    const d = diagnostic(article, 'unsourced-statistic', '300 metres');
    const f = fix(article, d, 'Cite with a footnote');
    expect(f.isPreferred).toBe(false);
    const out = applyEdits(HARBOUR, f.edits);
    expect(out).toBe(HARBOUR.replace('300 metres long.', '300 metres long.[^1]') + '\n[^1]: <source>\n');
  });

  it('Cite with a footnote puts the marker after a closing quotation mark', () => {
    const d = diagnostic(article, 'unsourced-quote', '"Will the fishing fleet be safe this winter?"');
    const out = applyEdits(HARBOUR, fix(article, d, 'Cite with a footnote').edits);
    expect(out.endsWith('"Will the fishing fleet be safe this winter?"[^1]\n\n[^1]: <source>\n')).toBe(true);
  });

  it('numbers the footnote after the highest one used and keeps the definitions together', () => {
    const a = analyzeArticle(BUDGET_MD, { languageId: 'markdown' });
    expect(nextFootnoteNumber(BUDGET_MD)).toBe(2);
    const d = diagnostic(a, 'unsourced-statistic', '12 per cent');
    const out = applyEdits(BUDGET_MD, fix(a, d, 'Cite with a footnote').edits);
    expect(out).toContain('12 per cent less money than last year.[^2]\n');
    expect(out.endsWith('[^1]: Eastfield Council budget statement, 14 February 2025.\n[^2]: <source>\n')).toBe(true);
    expect(nextFootnoteNumber('Cuts of 7%.[^3] Fees up 2%.[^12]\n\n[^3]: a\n[^12]: b\n')).toBe(13);
  });

  it('keeps the file\'s CRLF line ends and adds no final newline the file did not have', () => {
    const text = HARBOUR.trimEnd().split('\n').join('\r\n');
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = diagnostic(a, 'unsourced-statistic', '300 metres');
    const out = applyEdits(text, fix(a, d, 'Cite with a footnote').edits);
    expect(out.endsWith('winter?"\r\n\r\n[^1]: <source>')).toBe(true);
    const line = applyEdits(text, fix(a, d, 'Disable unsourced-statistic for this line').edits);
    expect(line).toContain('\r\n<!-- newsmark-disable-next-line unsourced-statistic -->\r\nThe new wall');
  });
});

describe('disable comments', () => {
  it('Disable <code> for this line puts the comment on its own line above, indented like the line', () => {
    const a = analyzeArticle(BUDGET_MD, { languageId: 'markdown' });
    const d = diagnostic(a, 'unsourced-statistic', '12 per cent');
    const out = applyEdits(BUDGET_MD, fix(a, d, 'Disable unsourced-statistic for this line').edits);
    expect(out).toContain('\n\n<!-- newsmark-disable-next-line unsourced-statistic -->\nRoad repairs will get');
    const after = analyzeArticle(out, { languageId: 'markdown' });
    expect(codesOn(after, 'unsourced-statistic')).not.toContain('12 per cent');
    expect(codesOn(after, 'unsourced-statistic').length).toBe(codesOn(a, 'unsourced-statistic').length - 1);

    const indented = '  Road repairs will get 12 per cent less money than last year.\n';
    const b = analyzeArticle(indented, { languageId: 'news' });
    const db = diagnostic(b, 'unsourced-statistic', '12 per cent');
    expect(applyEdits(indented, fix(b, db, 'Disable unsourced-statistic for this line').edits)).toBe(
      `  <!-- newsmark-disable-next-line unsourced-statistic -->\n${indented}`,
    );
  });

  it('adds the code to a disable-next-line comment already above the line', () => {
    const text = HARBOUR.replace('"We have waited', '<!-- newsmark-disable-next-line vague-source -->\n"We have waited');
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = diagnostic(a, 'unsourced-quote', '"We have waited far too long for this to happen."');
    const out = applyEdits(text, fix(a, d, 'Disable unsourced-quote for this line').edits);
    expect(out).toContain('\n<!-- newsmark-disable-next-line vague-source unsourced-quote -->\n"We have waited');
    expect(codesOn(analyzeArticle(out, { languageId: 'news' }), 'unsourced-quote')).toEqual([
      '"Will the fishing fleet be safe this winter?"',
    ]);
  });

  it('Disable <code> for this file goes after the front matter and silences every occurrence', () => {
    const a = analyzeArticle(BUDGET_MD, { languageId: 'markdown' });
    expect(codesOn(a, 'unsourced-statistic').length).toBeGreaterThan(1);
    const d = diagnostic(a, 'unsourced-statistic', '12 per cent');
    const out = applyEdits(BUDGET_MD, fix(a, d, 'Disable unsourced-statistic for this file').edits);
    expect(out).toBe(BUDGET_MD.replace('---\n\n# Council', '---\n<!-- newsmark-disable unsourced-statistic -->\n\n# Council'));
    const after = analyzeArticle(out, { languageId: 'markdown' });
    expect(codesOn(after, 'unsourced-statistic')).toEqual([]);
    expect(after.articleDate?.date).toBe('2025-02-14'); // the front matter is still front matter
  });

  it('Disable <code> for this file goes on the first line of a plain article and joins an existing file comment', () => {
    const a = analyzeArticle(HARBOUR, { languageId: 'news' });
    const d = diagnostic(a, 'unsourced-quote', '"We have waited far too long for this to happen."');
    const out = applyEdits(HARBOUR, fix(a, d, 'Disable unsourced-quote for this file').edits);
    expect(out).toBe(`<!-- newsmark-disable unsourced-quote -->\n${HARBOUR}`);
    const after = analyzeArticle(out, { languageId: 'news' });
    expect(codesOn(after, 'unsourced-quote')).toEqual([]);
    expect(codesOn(after, 'unsourced-statistic')).toEqual(codesOn(a, 'unsourced-statistic'));

    const d2 = diagnostic(after, 'unsourced-statistic', '300 metres');
    const both = applyEdits(out, fix(after, d2, 'Disable unsourced-statistic for this file').edits);
    expect(both).toBe(`<!-- newsmark-disable unsourced-quote unsourced-statistic -->\n${HARBOUR}`);
    expect(analyzeArticle(both, { languageId: 'news' }).diagnostics.filter((x) => x.code.startsWith('unsourced'))).toEqual([]);
  });

  it('offers disable fixes for a vague source', () => {
    const text = 'Harbour repairs\n\nOfficials said the repairs would take most of the summer.\n';
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = diagnostic(a, 'vague-source', 'Officials');
    expect(fixesFor(a, d).map((f) => f.title)).toEqual(['Explain why the source is not named', 'Disable vague-source for this line', 'Disable vague-source for this file']);
    const out = applyEdits(text, fix(a, d, 'Disable vague-source for this line').edits);
    expect(out).toBe('Harbour repairs\n\n<!-- newsmark-disable-next-line vague-source -->\nOfficials said the repairs would take most of the summer.\n');
    expect(codesOn(analyzeArticle(out, { languageId: 'news' }), 'vague-source')).toEqual([]);
  });
});

describe('the explained-anonymity fix (issue 17; spec 6.1: an explained anonymous source is acceptable)', () => {
  it('inserts the explanation template, and once the reason is written the source is no longer vague', () => {
    const text = 'Harbour repairs\n\nOfficials said the repairs would take most of the summer.\n';
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = diagnostic(a, 'vague-source', 'Officials');
    const out = applyEdits(text, fix(a, d, 'Explain why the source is not named').edits);
    expect(out).toBe('Harbour repairs\n\nOfficials said the repairs would take most of the summer, speaking on condition of anonymity because <reason>.\n');
    const written = out.replace('<reason>', 'they were not authorised to discuss the contract');
    expect(codesOn(analyzeArticle(written, { languageId: 'news' }), 'vague-source')).toEqual([]);
  });

  it('goes after a closing quotation mark when the sentence ends in a quotation', () => {
    const text = 'Harbour repairs\n\nOne official said the work was "long overdue"\n';
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = diagnostic(a, 'vague-source', 'One official');
    const out = applyEdits(text, fix(a, d, 'Explain why the source is not named').edits);
    expect(out).toBe('Harbour repairs\n\nOne official said the work was "long overdue", speaking on condition of anonymity because <reason>\n');
  });
});

// The minority spelling `Kowalcyk` (twice) against the majority `Kowalczyk` (three times).
const LIBRARY = [
  'Eastfield library reopens after flood repairs',
  '',
  'The Eastfield library reopened on Monday after repairs to its flooded basement, head librarian Marta Kowalczyk said.',
  '',
  'Kowalczyk said the children\'s section had been rebuilt with donated shelves.',
  '',
  'Kowalcyk thanked the volunteers who had carried the books to a school hall.',
  '',
  'Kowalczyk said the library would stay open late on Thursdays.',
  '',
  'A reading club led by Kowalcyk will meet on Saturday mornings.',
  '',
].join('\n');

describe('quick fixes for name-inconsistency (diagnostic from the entities stage)', () => {
  const article = analyzeArticle(LIBRARY, { languageId: 'news' });

  it('replaces one minority spelling, or all of them, with the majority spelling', () => {
    const found = article.diagnostics.filter((d) => d.code === 'name-inconsistency');
    expect(found.map((d) => LIBRARY.slice(d.start, d.end))).toEqual(['Kowalcyk', 'Kowalcyk']);
    const d = found[0];
    const fixes = fixesFor(article, d);
    expect(fixes.map((f) => f.title).slice(0, 2)).toEqual(['Replace with Kowalczyk', 'Replace all 2 with Kowalczyk']);
    expect(fixes.filter((f) => f.isPreferred).map((f) => f.title)).toEqual(['Replace with Kowalczyk']);

    const one = applyEdits(LIBRARY, fixes[0].edits);
    expect(one).toBe(LIBRARY.replace('Kowalcyk thanked', 'Kowalczyk thanked'));
    const all = applyEdits(LIBRARY, fixes[1].edits);
    expect(all).toBe(LIBRARY.split('Kowalcyk').join('Kowalczyk'));
    expect(analyzeArticle(all, { languageId: 'news' }).diagnostics.filter((x) => x.code === 'name-inconsistency')).toEqual([]);
  });
});

describe('quick fix for surname-before-full-name (diagnostic from the entities stage)', () => {
  it('gives the full name at the first mention', () => {
    const text = [
      'Ferry timetable changes',
      '',
      'Okonkwo told the harbour board that the winter timetable would start a week early.',
      '',
      'Board chair Adaeze Okonkwo said the change would let crews train on the new ferry.',
      '',
    ].join('\n');
    const a = analyzeArticle(text, { languageId: 'news' });
    const d = diagnostic(a, 'surname-before-full-name', 'Okonkwo');
    const f = fix(a, d, 'Use the full name Adaeze Okonkwo');
    expect(f.isPreferred).toBe(true);
    const out = applyEdits(text, f.edits);
    expect(out).toBe(text.replace('\nOkonkwo told', '\nAdaeze Okonkwo told'));
    expect(analyzeArticle(out, { languageId: 'news' }).diagnostics.filter((x) => x.code === 'surname-before-full-name')).toEqual([]);
  });
});

describe('attribution and disable fixes at unusual sentence ends', () => {
  function only(text: string, languageId: string, code: DiagnosticCode, title: string): string {
    const a = analyzeArticle(text, { languageId });
    const d = a.diagnostics.find((x) => x.code === code);
    if (!d) throw new Error(`no ${code}: ${JSON.stringify(a.diagnostics.map((x) => x.code))}`);
    return applyEdits(text, fix(a, d, title).edits);
  }

  it('puts the attribution before a closing ellipsis, and keeps an ellipsis inside a quotation', () => {
    expect(only('Bridge repairs\n\nThe repairs will cost about $2 million...\n', 'news', 'unsourced-statistic', 'Add attribution')).toBe(
      'Bridge repairs\n\nThe repairs will cost about $2 million, <source> said...\n',
    );
    expect(
      only('Bridge repairs\n\n"We are not sure the bridge will last another winter..."\n', 'news', 'unsourced-quote', 'Add attribution'),
    ).toBe('Bridge repairs\n\n"We are not sure the bridge will last another winter..." <source> said.\n');
  });

  it('keeps a disable comment inside a Markdown block quote, and merges codes there', () => {
    const text = '# Bridge repairs\n\nThe council met on Monday.\n\n> "We are not sure the bridge will survive another winter."\n';
    const out = only(text, 'markdown', 'unsourced-quote', 'Disable unsourced-quote for this line');
    expect(out).toBe(text.replace('\n> "We', '\n> <!-- newsmark-disable-next-line unsourced-quote -->\n> "We'));
    expect(analyzeArticle(out, { languageId: 'markdown' }).diagnostics.filter((d) => d.code === 'unsourced-quote')).toEqual([]);
    const withComment = text.replace('\n> "We', '\n> <!-- newsmark-disable-next-line vague-source -->\n> "We');
    expect(only(withComment, 'markdown', 'unsourced-quote', 'Disable unsourced-quote for this line')).toBe(
      text.replace('\n> "We', '\n> <!-- newsmark-disable-next-line vague-source unsourced-quote -->\n> "We'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article, ParagraphRole } from '../../server/src/core/article';

/**
 * Article roles (spec/claims.md section 1) and sentence splitting, on invented articles.
 */

function sentencesOf(a: Article): string[] {
  return a.sentences.filter((s) => a.paragraphs[s.paragraph].role === 'body').map((s) => a.plain.slice(s.start, s.end));
}

function roles(a: Article): [ParagraphRole, string][] {
  return a.paragraphs.map((p) => [p.role, a.plain.slice(p.start, p.end).trim()]);
}

describe('sentences', () => {
  const split = (body: string): string[] => sentencesOf(analyzeArticle(`Headline here\n\n${body}\n`, { languageId: 'news' }));

  it('abbreviations and titles do not end a sentence', () => {
    expect(split('Gen. Marta Ruiz met Mr. Jones in the U.S. capital on Feb. 3. They spoke for an hour.')).toEqual([
      'Gen. Marta Ruiz met Mr. Jones in the U.S. capital on Feb. 3.',
      'They spoke for an hour.',
    ]);
  });

  it('initials and decimals do not end a sentence', () => {
    expect(split('Raymond H. Hawksley said output rose 3.5 per cent. Prices fell.')).toEqual([
      'Raymond H. Hawksley said output rose 3.5 per cent.',
      'Prices fell.',
    ]);
  });

  it('times with a.m. and p.m. inside a sentence', () => {
    expect(split('The quake hit at 4:12 a.m. at a depth of 10 km. Nobody was hurt.')).toEqual([
      'The quake hit at 4:12 a.m. at a depth of 10 km.',
      'Nobody was hurt.',
    ]);
  });

  it('a quotation of several sentences stays with the sentence that holds its attribution', () => {
    expect(split('"We were slow. We were careless. We lost," said coach Ana Lima. The club is ninth.')).toEqual([
      '"We were slow. We were careless. We lost," said coach Ana Lima.',
      'The club is ninth.',
    ]);
    expect(split('Lima said: “We were slow. We were careless.” The club is ninth.')).toEqual([
      'Lima said: “We were slow. We were careless.”',
      'The club is ninth.',
    ]);
  });
});

describe('article roles', () => {
  it('headline, glued byline, dateline, caption and credits, boilerplate', () => {
    const text = [
      'Floods close mountain pass: governor',
      'Staff WritersReuters',
      'Camera IconRescue teams clear the road near Lavena. (AP PHOTO) Credit: AAP',
      'LAVENA, Italy, May 17 (Reuters) - Floods closed the Lavena pass on Wednesday, the governor said.',
      'Read more...',
      'Get the latest news from example.com in your inbox.',
      'Sign up for our emails',
    ].join('\n\n');
    const r = roles(analyzeArticle(text, { languageId: 'news' }));
    expect(r.map(([role]) => role)).toEqual(['headline', 'byline', 'caption', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('a dateline with an agency in brackets opens a body paragraph, not a caption', () => {
    const text = 'Senator to run again\n\nBy Jo Pell\n\nWASHINGTON (AP) — Senator Maria Alvarez will run for a third term, two aides said.\n';
    const r = roles(analyzeArticle(text, { languageId: 'news' }));
    expect(r[2][0]).toBe('body');
  });

  it('wire credits and currency notes are boilerplate', () => {
    const text = 'Shipper swings to loss\n\nRevenue fell 31%, the company said.\n\n($1 = 10.62 Norwegian crowns)\n\n(Reporting by Ana Ferri; Editing by Tom Hale)\n';
    const r = roles(analyzeArticle(text, { languageId: 'news' }));
    expect(r.slice(2).map(([role]) => role)).toEqual(['boilerplate', 'boilerplate']);
  });

  it('a photo line with a credit is a caption', () => {
    const text = 'Quake hits coast\n\nThe quake struck at dawn, the institute said.\n\nPhoto: Rescue workers search a house in Castelmoro. REUTERS/Paolo Bianchi\n\nThe search goes on.\n';
    const r = roles(analyzeArticle(text, { languageId: 'news' }));
    expect(r[2][0]).toBe('caption');
  });

  it('Markdown: the italic line under an image is a caption; footnote definitions are footnotes', () => {
    const text = [
      '# Council closes car park',
      '![The car park](park.jpg)',
      '*The car park, which has 210 spaces, on a weekday morning. Photo: Jo Pemberton*',
      'The car park will close in May, the council said.[^1]',
      '[^1]: Westmoor District Council, minutes, 2026.',
    ].join('\n\n');
    const a = analyzeArticle(text, { languageId: 'markdown' });
    const r = roles(a);
    expect(r.find(([, t]) => t.includes('210 spaces'))?.[0]).toBe('caption');
    expect(r.find(([, t]) => t.includes('minutes'))?.[0]).toBe('footnote');
    expect(a.diagnostics.filter((d) => d.code === 'unsourced-statistic')).toEqual([]);
  });

  it('non-article lines are never checked for claims', () => {
    const text = 'Floods: 13,000 flee homes\n\nBy Ana Ferri\n\nPhoto: 200 firefighters at work. (Supplied)\n\nThe river rose overnight, the agency said.\n\nRead more: 5 things to know about floods\n';
    const a = analyzeArticle(text, { languageId: 'news' });
    expect(a.diagnostics.filter((d) => d.code.startsWith('unsourced'))).toEqual([]);
  });
});

describe('Markdown captions without a credit', () => {
  it('the italic line under an image is a caption even without "Photo:"', () => {
    const text = '# Council closes car park\n\n![The car park](park.jpg)\n*The car park, which has 210 spaces, on a weekday morning*\n\nThe car park will close in May, the council said.\n';
    const a = analyzeArticle(text, { languageId: 'markdown' });
    expect(a.paragraphs.find((p) => a.plain.slice(p.start, p.end).includes('210 spaces'))?.role).toBe('caption');
  });
});

describe('datelines', () => {
  it.each([
    'LONDON, May 3 (Reuters) - About 40 ships were delayed.',
    'WASHINGTON (AP) — About 40 ships were delayed.',
    'LONDON -- About 40 ships were delayed.',
    'NEW YORK, Jan. 5, 2025 /PRNewswire/ -- About 40 ships were delayed.',
  ])('the agency in a dateline is not a source: %s', (body) => {
    const text = `Ships delayed at port\n\n${body}\n`;
    const a = analyzeArticle(text, { languageId: 'news' });
    expect(a.diagnostics.filter((d) => d.code === 'unsourced-statistic').map((d) => text.slice(d.start, d.end))).toEqual(['About 40 ships']);
  });
});

describe('web page chrome', () => {
  it('timestamps, share buttons, image labels and related-story lists are not checked', () => {
    const text = [
      'Floods hit northern towns',
      'Published',
      '3 hours ago',
      'Share',
      'Image source, Getty Images',
      'Image caption, Rescue teams used boats to reach 200 stranded residents',
      'By Anna Ferri',
      'More than 13,000 people have left their homes, the civil protection agency said.',
      'About 280 landslides were recorded.',
      'More on this story',
      'Thousands flee as 40 rivers overflow',
    ].join('\n\n');
    const a = analyzeArticle(text, { languageId: 'news' });
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'caption', 'byline', 'body', 'body', 'boilerplate', 'boilerplate']);
    expect(a.diagnostics.filter((d) => d.code === 'unsourced-statistic').map((d) => text.slice(d.start, d.end))).toEqual(['About 280 landslides']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractMarkup } from '../../server/src/core/markup';

describe('markup masking keeps offsets exact', () => {
  it('blanks front matter and reads its fields', () => {
    const text = '---\ntitle: Flood relief\ndate: 2024-11-23\n---\nRiver rises\n';
    const m = extractMarkup(text, 'news');
    expect(m.plain).toHaveLength(text.length);
    expect(m.frontMatter).toEqual({ title: 'Flood relief', date: '2024-11-23' });
    expect(m.plain.slice(m.plain.indexOf('River'))).toBe('River rises\n');
    expect(m.plain.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('keeps Markdown link text and drops targets, emphasis, headings and code', () => {
    const text = '# Council vote\n\nThe **mayor** said [the audit](https://example.org/a) found `x = 1` gaps.\n';
    const m = extractMarkup(text, 'markdown');
    expect(m.plain).toHaveLength(text.length);
    expect(m.plain.replace(/\s+/g, ' ').trim()).toBe('Council vote The mayor said the audit found gaps.');
    expect(m.links).toEqual([{ start: text.indexOf('[the audit]'), end: text.indexOf(') found') + 1, url: 'https://example.org/a' }]);
  });

  it('finds footnote references and definitions, and bare URLs', () => {
    const text = 'Sales fell 4%[^1], see https://stats.example.com/q3.\n\n[^1]: Company filing, 2024.\n';
    const m = extractMarkup(text, 'news');
    expect(m.footnoteRefs).toEqual([{ start: text.indexOf('[^1]'), end: text.indexOf('[^1]') + 4, id: '1' }]);
    expect(Object.keys(m.footnoteDefs)).toEqual(['1']);
    expect(m.links.map((l) => l.url)).toEqual(['https://stats.example.com/q3']);
    expect(m.plain.includes('[^1]')).toBe(false);
  });

  it('reads newsmark directives from comments', () => {
    const text = '<!-- newsmark-disable vague-source -->\nA\n<!-- newsmark-disable-next-line unsourced-statistic, unsourced-quote -->\nB\n';
    const m = extractMarkup(text, 'news');
    expect(m.directives.map((d) => [d.kind, d.codes, d.line])).toEqual([
      ['disable', ['vague-source'], 0],
      ['disable-next-line', ['unsourced-statistic', 'unsourced-quote'], 2],
    ]);
    expect(m.plain.trim().replace(/\s+/g, ' ')).toBe('A B');
  });

  it('leaves snake_case words alone in Markdown', () => {
    const m = extractMarkup('The file_name field, _really_ odd.', 'markdown');
    expect(m.plain).toBe('The file_name field,  really  odd.');
  });
});

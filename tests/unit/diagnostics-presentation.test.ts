import { describe, expect, it } from 'vitest';
import type { ArticleDiagnostic } from '../../server/src/core/article';
import type { Directive } from '../../server/src/core/markup';
import { finalizeDiagnostics } from '../../server/src/features/diagnostics';

/** A diagnostic of `code` on the given word of the text. */
function on(text: string, word: string, code: ArticleDiagnostic['code'] = 'vague-source'): ArticleDiagnostic {
  const start = text.indexOf(word);
  return { code, severity: 'information', start, end: start + word.length, message: word, related: [] };
}

function nextLine(text: string, codes: string[]): Directive {
  const comment = '<!-- newsmark-disable-next-line -->';
  const start = text.indexOf(comment);
  return { kind: 'disable-next-line', codes, start, end: start + comment.length, line: 0 };
}

describe('disable-next-line counts lines as an editor does', () => {
  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
    ['\r', 'a lone CR'],
  ])('silences only the next line when lines end with %j (%s)', (eol) => {
    const text = ['Headline', '<!-- newsmark-disable-next-line -->', 'Officials said one thing.', 'Critics said another.'].join(eol);
    const shown = finalizeDiagnostics(text, [on(text, 'Officials'), on(text, 'Critics')], [nextLine(text, [])]);
    expect(shown.map((d) => d.message)).toEqual(['Critics']);
  });

  it('skips blank lines after the comment, and keeps codes it does not name', () => {
    const text = 'Headline\r\r<!-- newsmark-disable-next-line -->\r\rOfficials said "so.\r';
    const found = [on(text, 'Officials'), on(text, '"so', 'unbalanced-quote')];
    const shown = finalizeDiagnostics(text, found, [nextLine(text, ['vague-source'])]);
    expect(shown.map((d) => d.code)).toEqual(['unbalanced-quote']);
  });
});

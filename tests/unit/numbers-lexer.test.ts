import { describe, expect, it } from 'vitest';
import { Kind, lex, TOKEN_PATTERN } from '../../server/src/core/numbers/lexer';
import { randomCases } from './randomText';

/**
 * The number recognizer's lexer scans by char code; its tokens must be those of the pattern it
 * replaced (TOKEN_PATTERN), on ordinary copy and on random strings with Unicode edge cases.
 */
function reference(text: string, from: number, to: number): [number, number][] {
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  re.lastIndex = from;
  const out: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) out.push([m.index, m.index + m[0].length]);
  return out;
}

function spans(text: string, from: number, to: number): [number, number][] {
  return lex(text, [], from, to).filter((t) => t.k !== Kind.End).map((t) => [t.s, t.e]);
}

describe('numbers lexer', () => {
  it('splits copy into letters, digit groups and marks', () => {
    const text = "It rose 3.5% to $10,000 at 14:00 on 17.11.2024, O’Neill's G7 2.5bn\u00a0tonnes\u2003— “yes”.";
    expect(spans(text, 0, text.length)).toEqual(reference(text, 0, text.length));
    expect(lex(text, [], 0, text.length).map((t) => t.t).slice(0, 8)).toEqual(['It', 'rose', '3.5', '%', 'to', '$', '10,000', 'at']);
  });

  it('matches the pattern on random text and ranges', () => {
    const pool = ['a', 'Z', '7', '0', ' ', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', ',', '.', ':', "'", '’', '-', '$', 'é', 'Ł', '٣', '𝐀', '😀', '\uD800', '\uDC00', '\u0301', '\u001c'];
    for (const { text: s, from, to } of randomCases(pool, 3000, 987)) {
      expect(spans(s, from, to), `${JSON.stringify(s)} [${from}, ${to})`).toEqual(reference(s, from, to));
    }
  });
});

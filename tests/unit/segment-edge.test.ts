import { describe, expect, it } from 'vitest';
import { extractMarkup } from '../../server/src/core/markup';
import type { Span } from '../../server/src/core/article';
import { splitParagraphs } from '../../server/src/core/segment/paragraphs';
import { assignRoles } from '../../server/src/core/segment/roles';
import { splitSentences } from '../../server/src/core/segment/sentences';

/**
 * Edge cases of the char-code segmenter (sentences) and of the cheap checks that decide
 * whether the role regexes that can match anywhere in a paragraph run at all.
 */

const sentences = (text: string): string[] =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

function rolesOf(text: string, languageId = 'news'): string[] {
  const paragraphs: Span[] = splitParagraphs(text, text, languageId);
  return assignRoles(text, text, paragraphs).map((r, i) => `${r}: ${text.slice(paragraphs[i].start, paragraphs[i].end)}`);
}

describe('sentence splitting edge cases', () => {
  it('keeps U.S. inside a sentence unless a sentence start follows', () => {
    expect(sentences('Troops left the U.S. Army base. Then they flew.')).toEqual(['Troops left the U.S. Army base.', 'Then they flew.']);
    expect(sentences('They left the U.S. The war went on.')).toEqual(['They left the U.S.', 'The war went on.']);
  });

  it('does not end at an ellipsis followed by lower case, or inside a number', () => {
    expect(sentences('He waited... and waited. More than 10,000 people, 1.5 million. Done.')).toEqual([
      'He waited... and waited.',
      'More than 10,000 people, 1.5 million.',
      'Done.',
    ]);
    expect(sentences('It ended… Then silence.')).toEqual(['It ended… Then silence.']);
  });

  it('starts sentences with non-ASCII capitals, digits and opening punctuation, not lower case', () => {
    expect(sentences('Es regnet. Ärger folgt. ¿Qué? ¡Sí! 5 died. ‘Yes,’ she said. and so on.')).toEqual([
      'Es regnet.',
      'Ärger folgt.',
      '¿Qué?',
      '¡Sí!',
      '5 died.',
      '‘Yes,’ she said. and so on.',
    ]);
    // An astral capital (mathematical bold A) is not a sentence start for a code-unit test.
    expect(sentences('One. 𝐀 two.')).toEqual(['One. 𝐀 two.']);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    expect(sentences('“We will win. We must,” Zelenskiy said. It was late.')).toEqual([
      '“We will win. We must,” Zelenskiy said.',
      'It was late.',
    ]);
    expect(sentences('He said: "Go home." They left.')).toEqual(['He said: "Go home."', 'They left.']);
    expect(sentences('«Non. Jamais.» Il part.')).toEqual(['«Non. Jamais.»', 'Il part.']);
  });

  it('treats Unicode spaces as spaces and lone surrogates as ordinary characters', () => {
    expect(sentences('It rained.\u00a0Then\u2003it\u00a0stopped.\u3000')).toEqual(['It rained.', 'Then\u2003it\u00a0stopped.']);
    expect(sentences('Bad \ud800 char. Next \udc00 one.')).toEqual(['Bad \ud800 char.', 'Next \udc00 one.']);
  });

  it("keeps abbreviations, initials and Zelenskiy's sentence together", () => {
    expect(sentences("Gen. Smith met Raymond H. Hawksley at No. 5. Zelenskiy's aide didn't come.")).toEqual([
      'Gen. Smith met Raymond H. Hawksley at No. 5.',
      "Zelenskiy's aide didn't come.",
    ]);
  });
});

describe('roles: captions and boilerplate found anywhere in a paragraph', () => {
  it('finds captions by their credit or bracketed agency, in any case', () => {
    expect(rolesOf('Headline\n\nTroops on the move (AP PHOTO)\n\nSoldiers rest near Kursk. Credit: AAP\n\nA street in Kyiv (ſupplied)\n\nA tank / Reuters')).toEqual([
      'headline: Headline',
      'caption: Troops on the move (AP PHOTO)',
      'caption: Soldiers rest near Kursk. Credit: AAP',
      'caption: A street in Kyiv (ſupplied)',
      'caption: A tank / Reuters',
    ]);
    expect(rolesOf('Headline\n\nThe mayor speaks. PHOTOGRAPH BY Jane Doe\n\nA bridge. photo: Jane Doe')).toEqual([
      'headline: Headline',
      'caption: The mayor speaks. PHOTOGRAPH BY Jane Doe',
      'caption: A bridge. photo: Jane Doe',
    ]);
  });

  it('does not call body prose with brackets or slashes a caption', () => {
    expect(rolesOf('Headline\n\nThe army (which had 10,000 troops) left.\n\nPrices rose 5% / year in Ukraine.')).toEqual([
      'headline: Headline',
      'body: The army (which had 10,000 troops) left.',
      'body: Prices rose 5% / year in Ukraine.',
    ]);
  });

  it('finds boilerplate by its end: newsletter and inbox', () => {
    expect(rolesOf('Headline\n\nThe war went on.\n\nGet the best stories in our free NEWSLETTER.\n\nNews delivered straight to you in your\u00a0 inbox\n\nSign up to the newsletter..')).toEqual([
      'headline: Headline',
      'body: The war went on.',
      'boilerplate: Get the best stories in our free NEWSLETTER.',
      'boilerplate: News delivered straight to you in your\u00a0 inbox',
      'boilerplate: Sign up to the newsletter..',
    ]);
  });
});

describe('the plain view the segmenter reads', () => {
  it('is the text itself when there is no markup, and keeps offsets when there is', () => {
    const text = 'Kyiv \ud800 said.\n\nZelenskiy’s aide 😀 left.';
    expect(extractMarkup(text, 'news').plain).toBe(text);
    const marked = 'See https://example.com/x now \udc00.\n\n<!-- note -->Done.';
    const plain = extractMarkup(marked, 'news').plain;
    expect(plain.length).toBe(marked.length);
    expect(plain).toBe('See                       now \udc00.\n\n             Done.');
  });
});

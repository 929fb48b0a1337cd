import fc from 'fast-check';

/**
 * Arbitrary articles for the core fuzz suite: news-shaped text (a headline, paragraphs of
 * names, pronouns, numbers, quotations and attributions) mixed with the hostile parts a real
 * file can hold (markup in the middle of words, every line ending, stray surrogates, BOMs,
 * footnote labels named like object properties).
 */

const WORDS = [
  'the', 'mayor', 'said', 'council', 'on', 'Monday', 'officials', 'according', 'to', 'police',
  'spokesperson', 'told', 'reporters', 'budget', 'rose', 'by', 'of', 'in', 'and', 'was', 'appointed',
  'sources', 'claimed', 'it', 'is', 'believed', 'reportedly', 'per', 'cent', 'million', 'last', 'year',
];
const NAMES = [
  'Amara Okafor', 'Okafor', 'Mr Okafor', 'Dr. Lena Brandt', 'Brandt', 'Harlow City Council', 'HCC',
  'Kyiv', 'Ukraine', 'Ukrainian', 'North Korean', 'Reuters', 'Acme Rail Ltd', "O'Neill", 'Jean-Luc Picard',
  'Zelenskiy', 'Zelensky', 'Ms Chen', 'United Nations', 'UN', 'New York', 'St. Louis', 'Ng',
];
const PRONOUNS = ['He', 'She', 'HE', 'SHE', 'he', 'she', 'RterHe', 'TheHe', 'HEr', 'sHe'];
const NUMBERS = [
  '54', '3.5%', '$1.2m', '£40bn', '1,000', '12 km', '2025-02-30', '17/11/2024', 'Nov 23', 'last month',
  'three', 'first', '3rd', '9:30 a.m.', 'two hours', 'aged 61', '-4', '1e9', '0.0001', '100,000,000,000,000,000,000',
  '½', '١٢٣', '12–15', '1/2', '99.9 per cent', 'x4', '6:4',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', "'", '(', ')', '—', '–', '-', '…', '[', ']', '*', '_'];
const MARKUP = [
  '<!-- x -->', '<!--', '-->', '<!-- newsmark-disable -->', '<!-- newsmark-disable-next-line unsourced-statistic -->',
  '[^1]', '[^constructor]', '[^toString]', '[^__proto__]', '[^hasOwnProperty]', '[^1]: A source.', '[^constructor]: x',
  '[a link](https://example.org)', 'https://example.org/a.b', 'www.example.org', '**', '__', '`code`', '```', '# ', '> ',
  '- ', '1. ', '---', '![img](x.png)', '[', '](', '\\',
];
const ODD = [
  '\uFEFF', '\u0000', '\uD800', '\uDC00', '\uD83D\uDE00', 'e\u0301', '\u00A0', '\u2028', '\u2029', '\u200B', '\t',
  '\u202E', 'ﬁ', 'İ', 'ß', '\uFFFD', '\u0085',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r'];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...PRONOUNS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);

/** Pieces joined by a space, or glued together (`Amara<!-- x -->Okafor`, `3[^1]4`). */
const line = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '')), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** A headline, then paragraphs, with one of the line endings (or a mix). */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(line, fc.array(line, { maxLength: 8 }), fc.constantFrom(...BREAKS), fc.boolean())
  .chain(([head, paras, nl, mixed]) =>
    (mixed ? fc.array(fc.constantFrom(...BREAKS), { minLength: paras.length + 1, maxLength: paras.length + 1 }) : fc.constant(paras.map(() => nl).concat(nl))).map(
      (breaks) => head + breaks[0] + paras.map((p, i) => p + (breaks[i + 1] ?? nl)).join(''),
    ),
  );

/** An edit of a real article: insert, delete, move a copy, or change its line endings. */
export type Mutation = ['insert', number, string] | ['delete', number, number] | ['copy', number, number, number] | ['endings', string];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.nat(), fc.oneof(piece, line)),
  fc.tuple(fc.constant('delete' as const), fc.nat(), fc.nat({ max: 40 })),
  fc.tuple(fc.constant('copy' as const), fc.nat(), fc.nat({ max: 60 }), fc.nat()),
  fc.tuple(fc.constant('endings' as const), fc.constantFrom('\r\n', '\r')),
);

export function mutate(t: string, m: Mutation): string {
  const at = (k: number) => k % (t.length + 1);
  switch (m[0]) {
    case 'insert':
      return t.slice(0, at(m[1])) + m[2] + t.slice(at(m[1]));
    case 'delete':
      return t.slice(0, at(m[1])) + t.slice(at(m[1]) + m[2]);
    case 'copy':
      return t.slice(0, at(m[3])) + t.slice(at(m[1]), at(m[1]) + m[2]) + t.slice(at(m[3]));
    case 'endings':
      return t.replace(/\r?\n/g, m[1]);
  }
}

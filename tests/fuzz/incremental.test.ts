import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { AnalysisCache } from '../../server/src/core/analysisCache';
import { clearSharedCaches } from '../../server/src/core/sharedCaches';
import type { AnalyzeOptions } from '../../server/src/core/article';
import { articleText, mutate, mutation, type Mutation } from './articles';

/**
 * Incremental analysis gives the same answer as a full analysis, always (issue 16): random edit
 * sequences on articles of our own writing, and after each edit the analysis made with the
 * document's AnalysisCache equals a fresh analysis of the same text, field by field (the first
 * differing path is the failure message). A fixed seed and a few hundred sequences in `npm test`;
 * `NEWSMARK_FUZZ_RUNS=20000 npx vitest run tests/fuzz/incremental.test.ts` for a long run
 * (`NEWSMARK_FUZZ_SEED` for other seeds).
 */
const RUNS = Number(process.env.NEWSMARK_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? 16);
const TIMEOUT = RUNS > 1000 ? 24 * 3600_000 : 120_000;

const ROOT = join(__dirname, '..', '..');
const SEEDS = ['seed-article.news', 'harbour-bridge.news', 'council-budget.md'].map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

/** Paragraph-sized text of our own writing, pasted whole. */
const PARAGRAPHS = [
  '“We will not raise the fare again this year,” Amara Okafor, the transport secretary, said on Tuesday.',
  'Police said 1,200 people attended the march in Harlow, up from 800 last year.',
  'The council spent £4.5m on repairs, according to figures released by Harlow City Council.',
  '"It was chaos," said one witness. "Nobody knew where to go."',
  'Dr. Lena Brandt, 54, told reporters the rate had risen by 3.5% since January 2023.',
  'Unemployment fell to 4.1 per cent, the lowest level in a decade 🎉.',
  'Mr Okafor said: ',
  '2. The second of 3 bridges, 14 metres long, opened in 1998.',
  'Officials said about 30 families had been moved, while others claimed the number was higher.',
];

/** Edits an editor makes: typing, deleting, pasting a paragraph, splitting and joining paragraphs, line endings. */
type Edit = Mutation | ['type', number, string] | ['paste', number, number] | ['split', number, string] | ['join', number] | ['indent', string];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: mutation },
  { weight: 4, arbitrary: fc.tuple(fc.constant('type' as const), fc.nat(), fc.constantFrom('e', ' ', '.', ',', '"', '“', '”', '’', '7', '%', '\n', '\r\n', '😀', 'A', 'Okafor ', 'said ', '\n\n')) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('paste' as const), fc.nat(), fc.nat(PARAGRAPHS.length - 1)) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('split' as const), fc.nat(), fc.constantFrom('\n', '\n\n', '\r\n\r\n')) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('join' as const), fc.nat()) },
  // White space before the first paragraph, with or without a line break.
  { weight: 1, arbitrary: fc.tuple(fc.constant('indent' as const), fc.constantFrom('  ', '\n', ' \n ', '')) },
);

function apply(t: string, e: Edit): string {
  const at = (k: number): number => k % (t.length + 1);
  switch (e[0]) {
    case 'type':
      return t.slice(0, at(e[1])) + e[2] + t.slice(at(e[1]));
    case 'paste': {
      // At a line start, as a paragraph of its own.
      const lineStart = t.lastIndexOf('\n', at(e[1]) - 1) + 1;
      return t.slice(0, lineStart) + PARAGRAPHS[e[2]] + (lineStart === 0 && e[1] % 2 === 1 ? '\n' : '\n\n') + t.slice(lineStart);
    }
    case 'split':
      return t.slice(0, at(e[1])) + e[2] + t.slice(at(e[1]));
    case 'join': {
      // The line break nearest after the offset, with the blank lines around it, becomes a space.
      const m = /\s*\n\s*/g;
      m.lastIndex = at(e[1]);
      const found = m.exec(t);
      return found ? t.slice(0, found.index) + ' ' + t.slice(found.index + found[0].length) : t;
    }
    case 'indent':
      return e[1] === '' ? t.trimStart() : e[1] + t;
    default:
      return mutate(t, e);
  }
}

const options: fc.Arbitrary<AnalyzeOptions> = fc.record({
  languageId: fc.constantFrom('news', 'markdown', 'plaintext'),
  articleDate: fc.constantFrom(undefined, '2024-11-23', '2023-02-28'),
  dayFirst: fc.constantFrom(undefined, false),
  today: fc.constant('2024-12-01'),
});

/** The first path where two values differ (`diagnostics[3].related[0].start: 12 != 13`), or undefined. */
function firstDifference(a: unknown, b: unknown, path = 'article'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${show(a)} != ${show(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array != object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? undefined : `${path}.length: ${a.length} != ${b.length}`;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    if (!(k in ra) || !(k in rb)) return `${path}.${k}: ${k in ra ? 'present' : 'absent'} != ${k in rb ? 'present' : 'absent'}`;
    const d = firstDifference(ra[k], rb[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}...` : v) : String(v);
}

describe('incremental analysis equals a fresh analysis (issue 16)', () => {
  it(
    'after every edit of a random sequence, with settings that change on the way',
    () => {
      const start = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...SEEDS) }, { weight: 1, arbitrary: articleText });
      fc.assert(
        // Now and then the caches analyses share are emptied between edits, as the server does
        // once a large document is closed while others stay open (core/sharedCaches.ts).
        fc.property(start, options, fc.array(fc.tuple(edit, fc.option(options, { freq: 8 }), fc.nat(7)), { minLength: 1, maxLength: 6 }), (text, first, edits) => {
          const cache = new AnalysisCache();
          let opts = first;
          analyzeArticle(text, opts, cache);
          for (const [e, next, dice] of edits) {
            text = apply(text, e);
            if (next) opts = next;
            if (dice === 0) clearSharedCaches();
            const incremental = analyzeArticle(text, opts, cache);
            const fresh = analyzeArticle(text, opts);
            const diff = firstDifference(incremental, fresh);
            if (diff) throw new Error(`after ${JSON.stringify(e)}: ${diff}`);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it('a paragraph is not reused where what comes before it reads differently', () => {
    // `2.` opening a line is a list marker; after white space at the very start it is a number.
    const atLine = 'Harbour news\n\n2. The second of 3 bridges opened.\n';
    const indented = '  2. The second of 3 bridges opened.\n';
    expect(analyzeArticle(indented).numbers.map((n) => n.text)).toEqual(['2', 'second', '3']);
    const cache = new AnalysisCache();
    analyzeArticle(atLine, {}, cache);
    expect(firstDifference(analyzeArticle(indented, {}, cache), analyzeArticle(indented))).toBeUndefined();
  });

  it('keeps only what the latest analysis used', () => {
    const cache = new AnalysisCache();
    const doc = SEEDS[0];
    analyzeArticle(doc, {}, cache);
    const held = cache.size;
    expect(held).toBeGreaterThan(0);
    // Every paragraph replaced: what the old text used is gone after the next analysis.
    const other = doc.replace(/e/g, 'a');
    analyzeArticle(other, {}, cache);
    const alone = new AnalysisCache();
    analyzeArticle(other, {}, alone);
    expect(cache.size).toBe(alone.size);
    analyzeArticle('', {}, cache);
    expect(cache.size).toBe(0);
  });

  it('the first difference is named by its path', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe('article.a[1].b: "x" != "y"');
    expect(firstDifference({ a: 1 }, { a: 1, c: 2 })).toBe('article.c: absent != present');
    expect(firstDifference([1, 2], [1, 2])).toBeUndefined();
  });
});

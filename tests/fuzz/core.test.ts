import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article } from '../../server/src/core/article';
import { LineIndex } from '../../server/src/core/positions';
import { articleText, mutate, mutation } from './articles';

/**
 * The core against random and mutated articles (issue 17). A fixed seed and a few hundred runs in
 * `npm test`; `NEWSMARK_FUZZ_RUNS=100000 npx vitest run tests/fuzz` for a long run (and
 * `NEWSMARK_FUZZ_SEED` to try other seeds). A failure prints the shrunk text and its seed.
 */
const RUNS = Number(process.env.NEWSMARK_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? 17);
const LONG = RUNS > 1000;
const TIMEOUT = LONG ? 24 * 3600_000 : 60_000;

const ROOT = join(__dirname, '..', '..');
const SEEDS = ['seed-article.news', 'harbour-bridge.news', 'council-budget.md'].map((f) => ({
  text: readFileSync(join(ROOT, 'seeds', f), 'utf8'),
  languageId: f.endsWith('.md') ? 'markdown' : 'news',
}));

/** Every span the model holds, named for the failure message. */
function spans(a: Article): [string, number, number][] {
  const out: [string, number, number][] = [];
  const add = (what: string, s: { start: number; end: number }) => out.push([what, s.start, s.end]);
  a.paragraphs.forEach((s) => add('paragraph', s));
  a.sentences.forEach((s) => add('sentence', s));
  a.tokens.forEach((s) => add('token', s));
  a.mentions.forEach((s) => add('mention', s));
  a.numbers.forEach((n) => {
    add('number', n);
    if (n.counted) add('counted', n.counted);
  });
  a.quotations.forEach((q) => {
    add('quotation', q);
    out.push(['quotation inner', q.innerStart, q.innerEnd]);
  });
  a.attributions.forEach((x) => {
    add('source', x.source);
    add('verb', x.verb);
  });
  a.claims.forEach((s) => add('claim', s));
  a.diagnostics.forEach((d) => {
    add(`diagnostic ${d.code}`, d);
    d.related.forEach((r) => add('related', r));
  });
  return out;
}

function checkArticle(text: string, languageId: string): void {
  const a = analyzeArticle(text, { languageId, today: '2025-06-01' });
  expect(a.text).toBe(text);
  expect(a.plain.length).toBe(text.length);
  const lines = new LineIndex(text);
  const doc = TextDocument.create('file:///fuzz', languageId, 1, text);
  for (const [what, start, end] of spans(a)) {
    const at = `${what} [${start}, ${end})`;
    expect(Number.isInteger(start) && Number.isInteger(end), at).toBe(true);
    expect(start >= 0 && start <= end && end <= text.length, at).toBe(true);
    // The CLI's line:column is the editor's, and converts back to the same offset.
    const range = lines.range(start, end);
    expect(range, at).toEqual({ start: doc.positionAt(start), end: doc.positionAt(end) });
    expect(lines.offsetAt(range.start), at).toBe(start);
    expect(lines.offsetAt(range.end), at).toBe(end);
  }
  // A mention or number is what the document holds there (a rename replaces exactly that).
  for (const m of a.mentions) expect(text.slice(m.start, m.end), 'mention').toBe(m.text);
  for (const n of a.numbers) expect(text.slice(n.start, n.end), 'number').toBe(n.text);
  for (const t of a.tokens) expect(a.plain.slice(t.start, t.end), 'token').toBe(t.text);
  for (const e of a.entities) {
    expect(e.name.length, e.id).toBeGreaterThan(0);
    for (const i of e.mentions) expect(a.mentions[i]?.entity, e.id).toBe(a.entities.indexOf(e));
  }
}

describe('core fuzz: analyzeArticle on hostile text', () => {
  for (const languageId of ['news', 'plaintext', 'markdown']) {
    it(`random ${languageId} articles keep every invariant`, () => {
      fc.assert(
        fc.property(articleText, (text) => checkArticle(text, languageId)),
        { seed: SEED, numRuns: RUNS },
      );
    }, TIMEOUT);
  }

  it('mutated seed articles keep every invariant', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, edits) => {
        const seed = SEEDS[k];
        checkArticle(
          edits.reduce(mutate, seed.text),
          seed.languageId,
        );
      }),
      { seed: SEED, numRuns: Math.max(20, Math.round(RUNS / 5)) },
    );
  }, TIMEOUT);
});

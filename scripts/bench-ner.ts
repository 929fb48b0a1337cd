/**
 * NER speed on one core, side by side, all in the same run on the same text (the 216 documents of
 * eng.testa): tokens/s of the tagger alone (two-pass, as shipped, and one-pass), of full article
 * analysis (analyzeArticle: markup, sentences, tokenizer, tagger, entities, numbers, claims), and of
 * `compromise` (people/places/organizations); model load time. Medians of several runs after a
 * warm-up run. Also a rough mention-level score for our tagger and compromise (same matching).
 *   npx tsx scripts/bench-ner.ts [--runs 7] [--model server/models/ner.bin]
 *
 * Also the time to re-tag a ~100 KB document of varied BBC articles after a one-word edit, with and
 * without the sentence cache (issue 16).
 *
 * Wall-clock rates are what a user sees; on a shared machine other processes take turns on the
 * core, so the CPU-time rate (process.cpuUsage) is printed too: it is what one core does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { analyzeArticle } from '../server/src/core/analyze';
import { readConll } from '../server/src/core/ner/conll';
import { createNerCache, loadNerModel, spansFromTags, tagDocument } from '../server/src/core/ner/nerTagger';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 7;
const docs = readConll(fs.readFileSync(path.resolve(root, '../shared/data/conll2003/eng.testa'), 'utf8'));
const docSents = docs.map((d) => d.sentences.map((s) => s.words));
const tokens = docSents.flat().reduce((a, s) => a + s.length, 0);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const modelArg = args.indexOf('--model');
/** `--model <file>`: bench another model (e.g. an experiment written by train-ner --out). */
const modelFile = modelArg >= 0 ? path.resolve(args[modelArg + 1]) : path.join(root, 'server', 'models', 'ner.bin');

interface Timing {
  wall: number[];
  cpu: number[];
}
/** Runs `fn` once to warm up, then `runs` times; milliseconds of wall and CPU time per run. */
function time(fn: () => void, runs: number, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const t: Timing = { wall: [], cpu: [] };
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    const w = performance.now();
    fn();
    t.wall.push(performance.now() - w);
    const u = process.cpuUsage(c);
    t.cpu.push((u.user + u.system) / 1000);
  }
  return t;
}
const rate = (ms: number): number => (tokens / ms) * 1000;

// Model load: a fresh load each time (binary model, gazetteer, vocabulary, tables).
const load = time(() => loadNerModel(modelFile), RUNS);
const model = loadNerModel(modelFile);

// The tagger alone: tokens in, IOB2 tags out, documents as units (document-level features).
const tagAll = (): void => {
  for (const d of docSents) model.tagDocument(d);
};
const first = time(tagAll, 1, 0);
const two = time(tagAll, RUNS);
model.twoPass = false;
const one = time(tagAll, RUNS);
model.twoPass = true;

// The same text as articles: one paragraph per sentence, headline first.
const articles = docSents.map((d) => d.map((s) => s.join(' ')).join('\n\n'));
const full = time(() => {
  for (const a of articles) analyzeArticle(a);
}, Math.max(3, Math.ceil(RUNS / 2)));

// compromise on the same text (sentences joined with spaces, one call per document).
const texts = docSents.map((d) => d.map((s) => s.join(' ')).join('\n'));
type Found = { type: string; text: string }[];
function runCompromise(): Found[] {
  return texts.map((t) => {
    const doc = nlp(t);
    const out: Found = [];
    for (const x of doc.people().out('array') as string[]) out.push({ type: 'PER', text: x });
    for (const x of doc.places().out('array') as string[]) out.push({ type: 'LOC', text: x });
    for (const x of doc.organizations().out('array') as string[]) out.push({ type: 'ORG', text: x });
    return out;
  });
}
let cfound: Found[] = [];
const comp = time(() => (cfound = runCompromise()), 3);

// Rough mention-level score, PER/LOC/ORG only, by (type, normalized text) multiset per document.
const norm = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
function mentionScore(found: Found[]): { p: number; r: number; f: number } {
  let g = 0;
  let p = 0;
  let c = 0;
  docs.forEach((d, i) => {
    const gold = new Map<string, number>();
    for (const s of d.sentences)
      for (const sp of spansFromTags(s.tags))
        if (sp.label !== 'MISC') {
          const k = sp.label + '|' + norm(s.words.slice(sp.start, sp.end).join(' '));
          gold.set(k, (gold.get(k) ?? 0) + 1);
          g++;
        }
    for (const f of found[i]) {
      p++;
      const k = f.type + '|' + norm(f.text);
      const n = gold.get(k) ?? 0;
      if (n > 0) {
        c++;
        gold.set(k, n - 1);
      }
    }
  });
  const P = (100 * c) / p;
  const R = (100 * c) / g;
  return { p: P, r: R, f: (2 * P * R) / (P + R) };
}
const ours: Found[] = docSents.map((d) => {
  const tags = model.tagDocument(d);
  const out: Found = [];
  d.forEach((s, j) => {
    for (const sp of spansFromTags(tags[j]))
      if (sp.label !== 'MISC') out.push({ type: sp.label, text: s.slice(sp.start, sp.end).join(' ') });
  });
  return out;
});
const so = mentionScore(ours);
const sc = mentionScore(cfound);

// Re-tagging after a one-word edit (issue 16): ~100 KB of varied articles (every 8th article of
// bbc-unlabeled, from all sections), split into sentences and tokens as the analyzer does; one
// character is typed into a word in the middle, then removed, and so on. Each tagging differs from
// the one before by that word; the cache is the one an open document would keep (warmed up by 20
// edits, as in a typing session).
const bbc = fs.readFileSync(path.resolve(root, '../shared/data/bbc-unlabeled/bbc-news-2004-05.txt'), 'utf8');
const bbcArticles = bbc.split(/^=== .*$/m).map((a) => a.trim()).filter((a) => a.length > 0);
let longText = '';
for (let i = 0; longText.length < 100_000 && i < bbcArticles.length; i += 8) longText += bbcArticles[i] + '\n\n';
const sentenceWords = (text: string): string[][] => {
  const a = analyzeArticle(text);
  return a.sentences.map((s) => a.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
};
const editAt = longText.indexOf(' ', longText.length >> 1);
const versions = [sentenceWords(longText), sentenceWords(longText.slice(0, editAt) + 'x' + longText.slice(editAt))];
const longTokens = versions[0].reduce((a, s) => a + s.length, 0);
let version = 0;
const uncached = time(() => tagDocument(model, versions[(version ^= 1)]), RUNS * 2, 3);
const nerCache = createNerCache();
const cached = time(() => tagDocument(model, versions[(version ^= 1)], nerCache), RUNS * 4, 20);

const k = (x: number): string => `${Math.round(x / 1000)}k`;
const f1 = (x: number): string => x.toFixed(1);
const size = fs.statSync(modelFile).size;
const gsize = fs.statSync(path.join(root, 'server', 'models', 'ner-gazetteer.txt')).size;
const row = (name: string, t: Timing, score = ''): string =>
  `| ${name} | ${k(rate(median(t.wall)))} | ${k(rate(median(t.cpu)))} | ${score} |`;

console.log(`NER benchmark on eng.testa: ${docs.length} documents, ${tokens} tokens; medians of ${RUNS} runs after a warm-up; one core`);
console.log('');
console.log('| what | tokens/s (wall) | tokens/s (CPU time) | PER/LOC/ORG mentions P / R / F1 |');
console.log('|---|---|---|---|');
console.log(row('newsmark tagger, two-pass (shipped)', two, `${f1(so.p)} / ${f1(so.r)} / ${f1(so.f)}`));
console.log(row('newsmark tagger, one-pass', one));
console.log(row('newsmark tagger, first run (cold word caches)', first));
console.log(row('newsmark full article analysis (analyzeArticle)', full));
console.log(row('compromise people/places/organizations', comp, `${f1(sc.p)} / ${f1(sc.r)} / ${f1(sc.f)}`));
console.log('');
console.log(
  `model load: ${median(load.wall).toFixed(0)} ms wall, ${median(load.cpu).toFixed(0)} ms CPU (median); ` +
    `ner.bin ${(size / 1e6).toFixed(2)} MB, gazetteer ${(gsize / 1e6).toFixed(2)} MB`,
);
console.log(
  `re-tag after a one-word edit, ${(longText.length / 1000).toFixed(0)} KB of BBC articles (${versions[0].length} sentences, ${longTokens} tokens): ` +
    `uncached ${median(uncached.wall).toFixed(1)} ms wall, ${median(uncached.cpu).toFixed(1)} ms CPU; ` +
    `with the sentence cache ${median(cached.wall).toFixed(1)} ms wall, ${median(cached.cpu).toFixed(1)} ms CPU (medians)`,
);
console.log('Mention score: (type, lower-cased text) multiset match per document against the gold PER/LOC/ORG');
console.log('mentions (MISC left out: compromise has no such type). Not conlleval; only for this comparison.');

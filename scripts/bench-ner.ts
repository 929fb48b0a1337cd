/**
 * NER speed on one core: model load time, tokens/s of the tagger (one-pass and two-pass,
 * median of several runs) and of `compromise` (people/places/organizations) on the same text
 * (eng.testa), in the same run. Also a rough mention-level score for both (same matching).
 *   npx tsx scripts/bench-ner.ts [--runs 5]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { readConll } from '../server/src/core/ner/conll';
import { loadNerModel, spansFromTags } from '../server/src/core/ner/index';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const docs = readConll(fs.readFileSync(path.resolve(root, '../shared/data/conll2003/eng.testa'), 'utf8'));
const docSents = docs.map((d) => d.sentences.map((s) => s.words));
const tokens = docSents.flat().reduce((a, s) => a + s.length, 0);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const modelFile = path.join(root, 'server', 'models', 'ner.bin');

// Model load (first load includes reading the gazetteer and building the tables).
const loads: number[] = [];
let model = loadNerModel(modelFile);
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  model = loadNerModel(modelFile);
  loads.push(performance.now() - t);
}

function timeTagger(twoPass: boolean): { cold: number; warm: number } {
  const m = loadNerModel(modelFile);
  m.twoPass = twoPass;
  const times: number[] = [];
  for (let r = 0; r <= RUNS; r++) {
    const t = performance.now();
    for (const d of docSents) m.tagDocument(d);
    times.push(performance.now() - t);
  }
  return { cold: (tokens / times[0]) * 1000, warm: (tokens / median(times.slice(1))) * 1000 };
}

const one = timeTagger(false);
const two = timeTagger(true);

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
const ctimes: number[] = [];
let cfound: Found[] = [];
for (let r = 0; r < Math.max(3, Math.min(RUNS, 3)); r++) {
  const t = performance.now();
  cfound = runCompromise();
  ctimes.push(performance.now() - t);
}
const ctoks = (tokens / median(ctimes)) * 1000;

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
const k = (x: number): string => `${Math.round(x / 1000)}k`.padStart(8);
const f = (x: number): string => x.toFixed(1).padStart(6);
const size = fs.statSync(modelFile).size;
const gsize = fs.statSync(path.join(root, 'server', 'models', 'ner-gazetteer.txt')).size;

console.log(`NER benchmark on eng.testa: ${docs.length} documents, ${tokens} tokens, ${RUNS} runs, 1 core`);
console.log(`model load: median ${median(loads).toFixed(0)} ms; ner.bin ${(size / 1e6).toFixed(2)} MB, gazetteer ${(gsize / 1e6).toFixed(2)} MB`);
console.log('');
console.log('| tagger                      | tokens/s (warm median) | tokens/s (first run) | PER/LOC/ORG mention P | R | F1 |');
console.log('|---|---|---|---|---|---|');
console.log(`| newsmark one-pass            | ${k(one.warm)} | ${k(one.cold)} | | | |`);
console.log(`| newsmark two-pass (default)  | ${k(two.warm)} | ${k(two.cold)} | ${f(so.p)} | ${f(so.r)} | ${f(so.f)} |`);
console.log(`| compromise (people/places/organizations) | ${k(ctoks)} | ${k((tokens / ctimes[0]) * 1000)} | ${f(sc.p)} | ${f(sc.r)} | ${f(sc.f)} |`);
console.log('');
console.log('Mention score: (type, lower-cased text) multiset match per document against the gold PER/LOC/ORG');
console.log('mentions (MISC left out: compromise has no such type). Not conlleval; only for this comparison.');

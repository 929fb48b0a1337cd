/**
 * Scores the committed model (server/models/ner.bin) on eng.testa with the run-time tagger.
 *   npx tsx scripts/eval-ner.ts [file] [--one-pass]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConll } from '../server/src/core/ner/conll';
import { conlleval, formatScore } from '../server/src/core/ner/conlleval';
import { loadNerModel } from '../server/src/core/ner/index';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? path.resolve(root, '../shared/data/conll2003/eng.testa');
const t0 = performance.now();
const model = loadNerModel(path.join(root, 'server', 'models', 'ner.bin'));
const loadMs = performance.now() - t0;
if (args.includes('--one-pass')) model.twoPass = false;
const docs = readConll(fs.readFileSync(file, 'utf8'));
const gold: string[][] = [];
const pred: string[][] = [];
let tokens = 0;
const t1 = performance.now();
for (const d of docs) {
  const tags = model.tagDocument(d.sentences.map((s) => s.words));
  d.sentences.forEach((s, j) => {
    gold.push(s.tags);
    pred.push(tags[j]);
    tokens += s.words.length;
  });
}
const ms = performance.now() - t1;
console.log(`model: ${JSON.stringify(model.meta)}`);
console.log(`file: ${path.relative(process.cwd(), file)}; ${model.twoPass ? 'two-pass' : 'one-pass'}`);
console.log(formatScore(conlleval(gold, pred)));
console.log(`load ${loadMs.toFixed(0)} ms; tagged ${tokens} tokens in ${ms.toFixed(0)} ms (${Math.round((tokens / ms) * 1000)} tokens/s, cold cache, includes first-occurrence feature work)`);

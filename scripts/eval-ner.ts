/**
 * Scores the committed model (server/models/ner.bin) on eng.testa with the run-time tagger.
 *   npx tsx scripts/eval-ner.ts [file] [--one-pass] [--model server/models/ner.bin]
 * (`--model`: another model file, with its ner-gazetteer.txt next to it, e.g. from train-ner --out.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConll } from '../server/src/core/ner/conll';
import { conlleval, formatScore } from '../server/src/core/ner/conlleval';
import { loadNerModel } from '../server/src/core/ner/nerTagger';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const modelArg = args.indexOf('--model');
const modelFile = modelArg >= 0 ? path.resolve(args[modelArg + 1]) : path.join(root, 'server', 'models', 'ner.bin');
const file =
  args.find((a, i) => !a.startsWith('--') && !(modelArg >= 0 && i === modelArg + 1)) ??
  path.resolve(root, '../shared/data/conll2003/eng.testa');
const t0 = performance.now();
const model = loadNerModel(modelFile);
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

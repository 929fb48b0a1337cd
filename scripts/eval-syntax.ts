/**
 * Accuracy of the shipped syntax model (server/models/syntax.bin) on ../shared/data/conll2003/eng.testa:
 * POS token accuracy, NP chunk F1 and all-chunk F1 (conlleval), and the tagging speed.
 *
 *   npm run eval:syntax [-- --file other.bin] [--set eng.testb]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSyntaxModel } from '../server/src/core/syntax/modelFile';
import { SyntaxTagger } from '../server/src/core/syntax/tagger';
import { readConllSyntax } from '../server/src/core/syntax/train';
import { scoreSyntax } from './syntax-score';

const args = process.argv.slice(2);
const arg = (name: string, d: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const root = join(__dirname, '..');
const file = arg('--file', join(root, 'server', 'models', 'syntax.bin'));
const set = arg('--set', 'eng.testa');
const t0 = performance.now();
const tagger = new SyntaxTagger(decodeSyntaxModel(readFileSync(file)));
const loadMs = performance.now() - t0;
const sents = readConllSyntax(readFileSync(join(root, '..', 'shared', 'data', 'conll2003', set), 'utf8'));
scoreSyntax(tagger, sents.slice(0, 200)); // warm-up
const t1 = performance.now();
const sc = scoreSyntax(tagger, sents);
const ms = performance.now() - t1;
console.log(`${set}: ${sents.length} sentences, ${sc.tokens} tokens`);
console.log(`POS token accuracy   ${sc.posAccuracy.toFixed(2)}%`);
console.log(`NP chunk F1          ${sc.npF1.toFixed(2)}`);
console.log(`all chunks F1        ${sc.chunkF1.toFixed(2)}`);
console.log(`load ${loadMs.toFixed(1)} ms; tagging ${((1000 * ms) / sc.tokens).toFixed(2)} µs per token (both passes)`);

/**
 * Trains the part-of-speech tagger and the chunker of server/models/syntax.bin on
 * ../shared/data/conll2003/eng.train (column 2 POS, column 3 chunk in IOB1, read as IOB2), and
 * reports their accuracy on eng.testa: POS token accuracy, chunk F1 (NP and all types, conlleval).
 *
 *   npm run train:syntax [-- --epochs N] [--chunk-epochs N] [--beam W] [--chunk-seeds K] [--folds N (below 2: gold POS)]
 *                        [--quantile Q] [--prune F] [--chunk-prune F] [--self] [--mix] [--curve] [--no-write]
 *
 * The shipped model: `--epochs 8 --chunk-epochs 16 --self --beam 1` (server/models/syntax-README.md).
 *
 * The chunker is a structured perceptron (train.ts, beam.ts): --beam W is its beam width in training
 * and at run time (stored in the file; 1, greedy, scored as well as 4 on eng.testa and costs least).
 * --curve prints its eng.testa NP F1 after each epoch. --chunk-seeds K averages K chunkers trained on
 * the data in different orders (3: NP F1 92.14 against 92.18 for one).
 *
 * --prune F drops the weights below F times the largest (the file shrinks; the scores printed for
 * several values show what each costs); --chunk-prune F the chunker's (default 0.04, below).
 *
 * The chunker learns from the gold POS tags, from the final tagger's own tags of eng.train with
 * --self (shipped; from gold tags NP F1 92.09 against 92.18), or with --folds N (2 or more) from
 * those of taggers trained without the sentence's own fold (a jackknife; 91.80 against 92.03 at 8
 * epochs). Features tried on the structured chunker that scored lower: POS tags at +-3, POS bigrams
 * on either side and the next word with its tag (91.78 against 92.03 at 8 epochs); the previous
 * chunk tag with this and the next POS tag, and the two previous chunk tags with this POS tag
 * (91.98 against 92.19 at 16 epochs); without the POS trigrams (91.90 against 92.18).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SparsePerceptron, readConllSyntax, trainChunkEpoch, trainPosEpoch, type TaggedSentence } from '../server/src/core/syntax/train';
import { decodeSyntaxModel, encodeSyntaxModel } from '../server/src/core/syntax/modelFile';
import { SyntaxTagger } from '../server/src/core/syntax/tagger';
import { scoreSyntax } from './syntax-score';

const args = process.argv.slice(2);
const opt = (name: string, d: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const EPOCHS = opt('--epochs', 5);
const CHUNK_EPOCHS = opt('--chunk-epochs', EPOCHS);
const FOLDS = opt('--folds', 0);
/** Beam width of the chunker, in training and at run time (1: greedy). */
const BEAM = opt('--beam', 1);
/** Epochs of the jackknife taggers (they only give the chunker realistic POS errors). */
const JACK_EPOCHS = opt('--jack-epochs', 4);
const root = join(__dirname, '..');
const data = join(root, '..', 'shared', 'data', 'conll2003');
const train = readConllSyntax(readFileSync(join(data, 'eng.train'), 'utf8'));
const testa = readConllSyntax(readFileSync(join(data, 'eng.testa'), 'utf8'));
const log = (s: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

const posTags = [...new Set(train.flatMap((s) => s.pos))].sort();
const chunkTags = [...new Set(train.flatMap((s) => s.chunk))].sort();
log(`${train.length} training sentences, ${posTags.length} POS tags, ${chunkTags.length} chunk tags`);

function trainPos(sents: TaggedSentence[]): SparsePerceptron {
  const p = new SparsePerceptron(posTags.length);
  for (let e = 1; e <= JACK_EPOCHS; e++) trainPosEpoch(p, posTags, sents, e);
  return p;
}

function posTaggerOf(p: SparsePerceptron): SyntaxTagger {
  const { weights } = p.quantized(QUANTILE);
  return new SyntaxTagger(decodeSyntaxModel(encodeSyntaxModel(posTags, weights, chunkTags, new Map(), {})));
}

// Jackknifed POS tags for the chunker's training data.
const jackPos: string[][] = new Array(train.length);
const QUANTILE = opt('--quantile', 1);
if (FOLDS < 2) train.forEach((s, i) => (jackPos[i] = s.pos));
for (let f = 0; FOLDS >= 2 && f < FOLDS; f++) {
  const rest = train.filter((_, i) => i % FOLDS !== f);
  const t = posTaggerOf(trainPos(rest));
  train.forEach((s, i) => {
    if (i % FOLDS === f) jackPos[i] = t.pos(s.words);
  });
  log(`jackknife fold ${f + 1}/${FOLDS} tagged`);
}

const pos = new SparsePerceptron(posTags.length);
for (let e = 1; e <= EPOCHS; e++) log(`POS epoch ${e}: ${trainPosEpoch(pos, posTags, train, e)} token errors`);
if (args.includes('--self')) {
  // The chunker learns from the final tagger's own tags of the training data.
  const t = posTaggerOf(pos);
  train.forEach((s, i) => (jackPos[i] = t.pos(s.words)));
  log('chunker trained on the tagger\'s own tags of eng.train');
}
// --chunk-seeds K: K chunkers trained on the data in different orders, their weights averaged.
const CHUNK_SEEDS = opt('--chunk-seeds', 1);
const chunkers = Array.from({ length: CHUNK_SEEDS }, () => new SparsePerceptron(chunkTags.length));
// --mix: odd epochs read the gold POS tags, even ones the tagger's (with --self or --folds).
const MIX = args.includes('--mix');
chunkers.forEach((chunker, k) => {
  for (let e = 1; e <= CHUNK_EPOCHS; e++) {
    const posOf = MIX && e % 2 === 1 ? (i: number): string[] => train[i].pos : (i: number): string[] => jackPos[i];
    log(`chunker ${k + 1}, epoch ${e}: ${trainChunkEpoch(chunker, chunkTags, train, posOf, e + 100 * k, BEAM)} sentences updated`);
    if (args.includes('--curve')) {
      const b = encodeSyntaxModel(posTags, pos.quantized(QUANTILE).weights, chunkTags, chunker.quantized(QUANTILE).weights, { chunkBeam: BEAM });
      log(`  eng.testa NP F1 after epoch ${e}: ${scoreSyntax(new SyntaxTagger(decodeSyntaxModel(b)), testa).npF1.toFixed(2)}`);
    }
  }
});
const [chunk, ...moreChunkers] = chunkers;

const PRUNE = opt('--prune', 0.0005);
/**
 * The chunker's weights are those of a structured perceptron, updated per sentence: its smallest
 * ones are a few hundredths of the largest, and dropping those under 0.04 halves its feature
 * table at no cost in F1 (92.19 -> 92.18 on eng.testa, 7.08 -> 5.63 MB).
 */
const CHUNK_PRUNE = opt('--chunk-prune', 0.04);
const encode = (prune: number): Buffer =>
  encodeSyntaxModel(posTags, pos.quantized(QUANTILE, prune).weights, chunkTags, chunk.quantized(QUANTILE, Math.max(prune, CHUNK_PRUNE), moreChunkers).weights, {
    trainedOn: 'conll2003/eng.train',
    epochs: EPOCHS,
    chunkEpochs: CHUNK_EPOCHS,
    chunkBeam: BEAM,
    folds: FOLDS,
    prune,
    chunkPrune: CHUNK_PRUNE,
    chunkSeeds: CHUNK_SEEDS,
  });
for (const prune of [0, 0.0002, 0.0005]) {
  const b = encode(prune);
  const sc = scoreSyntax(new SyntaxTagger(decodeSyntaxModel(b)), testa);
  log(`prune ${prune}: ${(b.length / 1024).toFixed(0)} KB, POS ${sc.posAccuracy.toFixed(2)}%, NP F1 ${sc.npF1.toFixed(2)}`);
}
const bytes = encode(PRUNE);
const tagger = new SyntaxTagger(decodeSyntaxModel(bytes));
const sc = scoreSyntax(tagger, testa);
const goldPos = scoreSyntax(tagger, testa, true);
log(`eng.testa with gold POS: NP chunk F1 ${goldPos.npF1.toFixed(2)}, all chunks F1 ${goldPos.chunkF1.toFixed(2)}`);
log(`eng.testa: POS accuracy ${sc.posAccuracy.toFixed(2)}%, NP chunk F1 ${sc.npF1.toFixed(2)}, all chunks F1 ${sc.chunkF1.toFixed(2)}`);
log(`model: ${(bytes.length / 1024).toFixed(0)} KB`);
if (!args.includes('--no-write')) {
  writeFileSync(join(root, 'server', 'models', 'syntax.bin'), bytes);
  log('wrote server/models/syntax.bin');
}

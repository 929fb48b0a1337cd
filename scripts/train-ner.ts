/**
 * Trains the NER model on CoNLL-2003 English (../shared/data/conll2003) and writes
 * server/models/ner.bin and server/models/ner-gazetteer.txt. Deterministic (fixed seed).
 *
 *   npx tsx scripts/train-ner.ts [--epochs N] [--epochs2 N] [--folds 5] [--seeds N] [--holdout] [--final]
 *                                [--no-write] [--out DIR] [--no-clusters] [--clusters FILE]
 *
 * --seeds N: each perceptron (the jackknife folds' and both passes') is the mean of N averaged
 *            perceptrons trained with different sentence shuffles (seeds SEED + r * 1000003).
 *            Default 8, as shipped: averaging shuffles removes most of the seed-to-seed spread
 *            (single-seed pass-2 runs on the held-out fifth range 92.7-93.1) and gains on both the
 *            held-out fifth and dev at the same run-time cost (one weight row per feature).
 *            Training takes 8x longer (about 5 minutes on an idle core).
 * --out DIR: write the model files to DIR instead of server/models (experiments).
 *
 * --holdout: develop on train only: 20% of the training documents are held out and scored
 *            (dev is not used at all).
 * --final:   train the written model on train + dev (dev scores printed are then not fair).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildGazetteerText } from './build-ner-gazetteer';
import { readConll, type ConllDoc } from '../server/src/core/ner/conll';
import { conlleval, formatScore } from '../server/src/core/ner/conlleval';
import { FeatureSet, type DocPrep } from '../server/src/core/ner/features';
import { pass2Keys, prepDoc } from '../server/src/core/ner/trainingKeys';
import { caseClass, isCapsLine } from '../server/src/core/ner/wordInfo';
import { Gazetteer, GazetteerBuilder } from '../server/src/core/ner/gazetteer';
import { NerModel } from '../server/src/core/ner/model';
import { WordClusters } from '../server/src/core/ner/clusters';
import { CLUSTERS_FILE } from '../server/src/core/ner/nerTagger';
import { serializeModel, type RawPass } from '../server/src/core/ner/modelFile';
import { bilouToSpans, chunksFromTags, spansToBilou, spansToIob2, type TokenSpan } from '../server/src/core/ner/tags';
import {
  FeatureIndex,
  Perceptron,
  decodeAll,
  extractSentences,
  rng,
  averageWeights,
  shuffle,
  type TrainSent,
  type Weights,
} from '../server/src/core/ner/train';

const root = path.resolve(__dirname, '..');
const dataDir = path.resolve(root, '../shared/data/conll2003');
const modelsDir = path.join(root, 'server', 'models');

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
// Chosen on the held-out fifth of eng.train (--holdout): pass 1 levels off after 9-10 epochs,
// pass 2 after 6-8. These defaults reproduce the shipped model.
const EPOCHS1 = opt('--epochs', 10);
const EPOCHS2 = opt('--epochs2', 8);
const FOLDS = opt('--folds', 5);
const HOLDOUT = args.includes('--holdout');
const FINAL = args.includes('--final');
const WRITE = !args.includes('--no-write');
/** Directory the model files are written to (default server/models). */
const OUT_DIR = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : modelsDir;
/**
 * Perceptrons (shuffle seeds) averaged into each pass's weights. 8 (shipped): held-out fifth
 * 93.07 -> 93.16 and dev 93.33 -> 93.64 against 1 (4 seeds: 93.13 and 93.59), run-time tagger.
 */
const SEEDS = opt('--seeds', 8);
/**
 * Word clusters (server/models/ner-clusters.txt, from scripts/train-clusters.ts) as lexical
 * features; --no-clusters trains without them (for comparison).
 */
const CLUSTERS = !args.includes('--no-clusters');
// --clusters FILE: another cluster table (experiments); it is copied beside a model written with --out.
const SEED = 20261125;

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

function goldBilou(doc: ConllDoc): Uint8Array[] {
  return doc.sentences.map((s) => spansToBilou(chunksFromTags(s.tags) as TokenSpan[], s.words.length));
}

function score(docs: ConllDoc[], pred: Uint8Array[][]): ReturnType<typeof conlleval> {
  const gold: string[][] = [];
  const p: string[][] = [];
  docs.forEach((d, i) =>
    d.sentences.forEach((s, j) => {
      gold.push(s.tags);
      p.push(spansToIob2(bilouToSpans(pred[i][j]), s.words.length));
    }),
  );
  return conlleval(gold, p);
}

function main(): void {
  // Gazetteer from registry packages (dev dependencies).
  const gazText = buildGazetteerText(path.join(root, 'node_modules'));
  const baseCompiled = GazetteerBuilder.fromText(gazText).compile();

  let train = readConll(fs.readFileSync(path.join(dataDir, 'eng.train'), 'utf8'));
  let dev = readConll(fs.readFileSync(path.join(dataDir, 'eng.testa'), 'utf8'));
  if (HOLDOUT) {
    const order = shuffle(
      train.map((_, i) => i),
      rng(SEED + 7),
    );
    const held = new Set(order.slice(0, Math.round(train.length / 5)));
    dev = train.filter((_, i) => held.has(i));
    train = train.filter((_, i) => !held.has(i));
  }
  const evalName = HOLDOUT ? 'held-out 20% of train' : 'dev (eng.testa)';
  const devForScore = dev;
  if (FINAL) train = [...train, ...dev];
  log(`train ${train.length} docs, eval on ${evalName}: ${dev.length} docs${FINAL ? ' (also trained on!)' : ''}`);

  // Lower-case vocabulary of the training text (lower-case words outside all-caps lines).
  const lc = new Set<string>();
  for (const d of train)
    for (const s of d.sentences) {
      if (isCapsLine(s.words)) continue;
      for (const w of s.words) if (caseClass(w) === 1) lc.add(w);
    }
  const vocab = [...lc].sort();

  // Folds by document, for everything computed from the training labels (jackknifing).
  const foldOf = new Int32Array(train.length);
  shuffle(
    train.map((_, i) => i),
    rng(SEED + 1),
  ).forEach((d, k) => (foldOf[d] = k % FOLDS));

  // Gazetteer lists of the entity names in the training labels (tPER, tORG, tLOC, tMISC), added
  // to the registry lists. A training document sees only the names of the other folds' documents,
  // so the model learns how far to trust a list that does not hold every name it meets.
  const withTrainNames = (skipFold: number): GazetteerBuilder => {
    const g = GazetteerBuilder.fromText(baseCompiled);
    const ids = new Map(['PER', 'ORG', 'LOC', 'MISC'].map((t) => [t, g.addList('t' + t)]));
    train.forEach((d, i) => {
      if (foldOf[i] === skipFold) return;
      for (const s of d.sentences)
        for (const c of chunksFromTags(s.tags)) {
          const id = ids.get(c.label);
          if (id !== undefined) g.addTokens(id, s.words.slice(c.start, c.end));
        }
    });
    return g;
  };
  // The model is trained with the compiled gazetteer that ships, read back as the server reads it.
  const gazCompiled = withTrainNames(-1).compile();
  const gaz = Gazetteer.fromText(gazCompiled);
  log(`gazetteer: ${gaz.lists.length} lists, ${gaz.size} phrases, ${gazCompiled.length} bytes`);
  const clusterFile = args.includes('--clusters') ? path.resolve(args[args.indexOf('--clusters') + 1]) : path.join(modelsDir, CLUSTERS_FILE);
  const clusterBytes = CLUSTERS ? fs.readFileSync(clusterFile) : undefined;
  const clusters = clusterBytes ? new WordClusters(clusterBytes) : undefined;
  if (clusters) log(`word clusters: levels ${clusters.levels.join(', ')}`);
  const fset = new FeatureSet(gaz, lc, clusters);
  const foldSets: FeatureSet[] = [];
  for (let f = 0; f < FOLDS; f++) foldSets.push(new FeatureSet(Gazetteer.fromText(withTrainNames(f).compile()), lc, clusters));

  const trainPrep = train.map((d, i) => prepDoc(foldSets[foldOf[i]], d.sentences.map((s) => s.words)));
  const devPrep = dev.map((d) => prepDoc(fset, d.sentences.map((s) => s.words)));
  const trainGold = train.map(goldBilou);
  const devGold = dev.map(goldBilou);
  log('prepared documents');

  const trainLoop = (
    sents: TrainSent[][],
    nf: number,
    epochs: number,
    devSents: TrainSent[][] | null,
    label: string,
  ): Weights => {
    const flat = sents.flat();
    const runs: Weights[] = [];
    for (let r = 0; r < SEEDS; r++) {
      const p = new Perceptron(nf);
      const rand = rng(SEED + r * 1000003);
      const order = flat.map((_, i) => i);
      for (let e = 1; e <= epochs; e++) {
        shuffle(order, rand);
        const errors = p.epoch(flat, order);
        if (devSents) {
          const sc = score(devForScore, decodeAll(p.averaged(), devSents));
          log(`${label}${SEEDS > 1 ? ` seed ${r + 1}/${SEEDS}` : ''} epoch ${e}: ${errors} sentences with errors; ${evalName} F1 ${sc.overall.f1.toFixed(2)}`);
        }
      }
      runs.push(p.averaged());
    }
    const w = averageWeights(runs);
    if (devSents && SEEDS > 1) {
      const sc = score(devForScore, decodeAll(w, devSents));
      log(`${label} average of ${SEEDS} seeds: ${evalName} F1 ${sc.overall.f1.toFixed(2)}`);
    }
    return w;
  };

  // ---- Pass 1: local + document-case features.
  const fi1 = new FeatureIndex();
  const tr1 = extractSentences(fset, trainPrep, trainGold, null, fi1, true);
  const dv1 = extractSentences(fset, devPrep, devGold, null, fi1, false);
  log(`pass 1: ${fi1.keys.length} features`);

  // Jackknifed first-pass tags for the training documents (folds by document).
  const jack: Uint8Array[][] = new Array<Uint8Array[]>(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const w = trainLoop(
      tr1.filter((_, d) => foldOf[d] !== f),
      fi1.keys.length,
      EPOCHS1,
      null,
      `fold ${f}`,
    );
    const held = tr1.map((d, i) => (foldOf[i] === f ? d : []));
    const pred = decodeAll(w, held);
    for (let d = 0; d < train.length; d++) if (foldOf[d] === f) jack[d] = pred[d];
    log(`fold ${f + 1}/${FOLDS} done`);
  }
  log(`jackknifed first pass on train: F1 ${score(train, jack).overall.f1.toFixed(2)}`);

  const w1 = trainLoop(tr1, fi1.keys.length, EPOCHS1, dv1, 'pass 1');
  const dev1 = decodeAll(w1, dv1);
  const s1 = score(devForScore, dev1);
  log(`pass 1 ${evalName}:\n${formatScore(s1)}`);

  // ---- Pass 2: + how the first pass tagged the other mentions in the document.
  const fi2 = new FeatureIndex();
  const trExtra = trainPrep.map((d, i) => pass2Keys(foldSets[foldOf[i]], d, jack[i]));
  const dvExtra = devPrep.map((d, i) => pass2Keys(fset, d, dev1[i]));
  const tr2 = extractSentences(fset, trainPrep, trainGold, trExtra, fi2, true);
  const dv2 = extractSentences(fset, devPrep, devGold, dvExtra, fi2, false);
  log(`pass 2: ${fi2.keys.length} features`);
  const w2 = trainLoop(tr2, fi2.keys.length, EPOCHS2, dv2, 'pass 2');
  const s2 = score(devForScore, decodeAll(w2, dv2));
  log(`pass 2 ${evalName}:\n${formatScore(s2)}`);

  // ---- Write and check the shipped model with the run-time tagger.
  const passes: RawPass[] = [
    { keys: Uint32Array.from(fi1.keys), W: w1.W, trans: w1.trans },
    { keys: Uint32Array.from(fi2.keys), W: w2.W, trans: w2.trans },
  ];
  const meta = {
    trainedOn: FINAL ? 'eng.train+eng.testa' : HOLDOUT ? 'eng.train (80%)' : 'eng.train',
    epochs1: EPOCHS1,
    epochs2: EPOCHS2,
    folds: FOLDS,
    seed: SEED,
    seeds: SEEDS,
    evalPass1F1: Number(s1.overall.f1.toFixed(2)),
    evalPass2F1: Number(s2.overall.f1.toFixed(2)),
    evalSet: evalName,
    clusters: clusters ? clusters.levels.join(',') : 0,
  };
  const runtimeScore = (buf: Buffer): ReturnType<typeof conlleval> => {
    const model = NerModel.fromBuffer(buf, gaz, clusters);
    const gold: string[][] = [];
    const pred: string[][] = [];
    for (const d of devForScore) {
      const tags = model.tagDocument(d.sentences.map((s) => s.words));
      d.sentences.forEach((s, j) => {
        gold.push(s.tags);
        pred.push(tags[j]);
      });
    }
    return conlleval(gold, pred);
  };
  const buf = serializeModel(passes, vocab, meta);
  const sr = runtimeScore(buf);
  log(`run-time tagger (quantized 8-bit) on ${evalName}: F1 ${sr.overall.f1.toFixed(2)}; model ${buf.length} bytes`);
  if (WRITE) {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, 'ner.bin'), buf);
    fs.writeFileSync(path.join(OUT_DIR, 'ner-gazetteer.txt'), gazCompiled);
    if (clusterBytes && OUT_DIR !== modelsDir) fs.writeFileSync(path.join(OUT_DIR, CLUSTERS_FILE), clusterBytes);
    const rel = path.relative(root, OUT_DIR) || '.';
    log(`wrote ${rel}/ner.bin (${buf.length} bytes) and ner-gazetteer.txt (${gazCompiled.length} bytes)`);
  }
}

main();

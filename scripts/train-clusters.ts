/**
 * Word clusters for the NER tagger, learned from unlabelled news: the BBC text in
 * ../shared/data/bbc-unlabeled/ (tokenized as the product tokenizes) and the tokens of eng.train.
 *
 * 1. Exchange clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998; as in Clark 2003 and
 *    Uszkoreit & Brants 2008): every word type seen >= MIN_COUNT times goes to one of C classes so
 *    as to maximize the likelihood of a class bigram model,
 *      sum_{c,d} N(c,d) log N(c,d) - sum_c N(c,.) log N(c,.) - sum_d N(.,d) log N(.,d);
 *    words are moved one at a time to their best class, most frequent first, for a few passes.
 *    Run at several class counts (coarse to fine): each word's class at each count is a lexical
 *    feature of the tagger (ner/features.ts), as Brown cluster bit-string prefixes of several
 *    lengths are in Ratinov & Roth 2009 (the exchange algorithm trains in minutes here; an exact
 *    Brown tree over this vocabulary would take far longer in JavaScript).
 *
 * Writes server/models/ner-clusters.txt: one `word<TAB>class<TAB>class...` line per word, sorted by word
 * (byte order, as core/sortedLines.ts searches it). Deterministic.
 *
 *   npx tsx scripts/train-clusters.ts [--classes 128,512,1024] [--min-count 3] [--iters 10] [--out FILE]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConll } from '../server/src/core/ner/conll';
import { tokenize } from '../server/src/core/tokenize';
import { byteOrder } from '../server/src/core/sortedLines';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
/** Class counts, coarse to fine: each is a lexical feature of the tagger. */
const CLASSES = (args.includes('--classes') ? args[args.indexOf('--classes') + 1] : '128,512,1024')
  .split(',')
  .map(Number);
const MIN_COUNT = opt('--min-count', 3);
const ITERS = opt('--iters', 10);
const OUT = args.includes('--out')
  ? path.resolve(args[args.indexOf('--out') + 1])
  : path.join(root, 'server', 'models', 'ner-clusters.txt');

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

/** Sentences of tokens: the BBC articles line by line (a line is a headline or a paragraph), and eng.train. */
function corpus(): string[][] {
  const out: string[][] = [];
  const bbc = fs.readFileSync(path.resolve(root, '../shared/data/bbc-unlabeled/bbc-news-2004-05.txt'), 'utf8');
  for (const line of bbc.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('=== ')) continue;
    out.push(tokenize(line).map((t) => t.text));
  }
  const train = readConll(fs.readFileSync(path.resolve(root, '../shared/data/conll2003/eng.train'), 'utf8'));
  for (const d of train) for (const s of d.sentences) out.push(s.words);
  return out;
}

function main(): void {
  const sents = corpus();
  // Vocabulary: id 0 is the sentence boundary, id 1 all rare words; then words by frequency.
  const freq = new Map<string, number>();
  let tokens = 0;
  for (const s of sents)
    for (const w of s) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      tokens++;
    }
  const words = [...freq.entries()]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const id = new Map<string, number>(words.map((w, i) => [w, i + 2]));
  const V = words.length + 2;
  log(`${sents.length} sentences, ${tokens} tokens, ${freq.size} types; ${words.length} with count >= ${MIN_COUNT}`);

  // Word bigram counts as adjacency lists (successors and predecessors).
  const pair = new Map<number, number>();
  const key = (a: number, b: number): number => a * V + b;
  for (const s of sents) {
    let prev = 0;
    for (const w of s) {
      const cur = id.get(w) ?? 1;
      const k = key(prev, cur);
      pair.set(k, (pair.get(k) ?? 0) + 1);
      prev = cur;
    }
    const k = key(prev, 0);
    pair.set(k, (pair.get(k) ?? 0) + 1);
  }
  const succOff = new Int32Array(V + 1);
  const predOff = new Int32Array(V + 1);
  for (const k of pair.keys()) {
    succOff[Math.floor(k / V) + 1]++;
    predOff[(k % V) + 1]++;
  }
  for (let v = 0; v < V; v++) {
    succOff[v + 1] += succOff[v];
    predOff[v + 1] += predOff[v];
  }
  const succ = new Int32Array(pair.size);
  const succN = new Float64Array(pair.size);
  const pred = new Int32Array(pair.size);
  const predN = new Float64Array(pair.size);
  const sf = succOff.slice(0, V);
  const pf = predOff.slice(0, V);
  const nLeft = new Float64Array(V);
  const nRight = new Float64Array(V);
  const self = new Float64Array(V);
  for (const [k, n] of pair) {
    const a = Math.floor(k / V);
    const b = k % V;
    succ[sf[a]] = b;
    succN[sf[a]++] = n;
    pred[pf[b]] = a;
    predN[pf[b]++] = n;
    nLeft[a] += n;
    nRight[b] += n;
    if (a === b) self[a] = n;
  }
  log(`${pair.size} distinct bigrams`);

  // x log x, tabulated for integer counts.
  let total = 0;
  for (let v = 0; v < V; v++) total += nLeft[v];
  const XLOGX = new Float64Array(total + 2);
  for (let x = 2; x < XLOGX.length; x++) XLOGX[x] = x * Math.log(x);
  const f = (x: number): number => XLOGX[x];

  const levels = CLASSES.map((C) => exchange(C));

  const lines = words
    .map((w, i) => `${w}\t${levels.map((cls) => cls[i + 2] - 2).join('\t')}`)
    .sort((a, b) => byteOrder(a.slice(0, a.indexOf('\t')), b.slice(0, b.indexOf('\t'))));
  const header =
    `# ner-clusters: exchange classes of ${words.length} word types (count >= ${MIN_COUNT}) from ${tokens} tokens ` +
    `(BBC News 2004-05 unlabelled text, Greene & Cunningham 2006, research use; CoNLL-2003 eng.train). scripts/train-clusters.ts\n` +
    `# levels: ${CLASSES.join(',')}\n`;
  fs.writeFileSync(OUT, header + lines.join('\n') + '\n');
  log(`wrote ${path.relative(process.cwd(), OUT)} (${lines.length} words, ${(fs.statSync(OUT).size / 1024).toFixed(0)} KB)`);
  // A few classes of the finest level, for a look.
  const fine = levels[levels.length - 1];
  const byClass = new Map<number, string[]>();
  for (let v = 2; v < Math.min(V, 5000); v++) {
    const list = byClass.get(fine[v]) ?? [];
    if (list.length < 12) list.push(words[v - 2]);
    byClass.set(fine[v], list);
  }
  let shown = 0;
  for (const [c, list] of byClass) if (shown++ % 40 === 0) console.log(`  ${c - 2}: ${list.join(' ')}`);

  /**
   * Exchange clustering into C classes. The boundary and the rare words keep classes of their own
   * (0 and 1) and never move; words start round-robin by frequency rank over classes 2..C+1.
   */
  function exchange(C: number): Int32Array {
    const K = C + 2;
    const cls = new Int32Array(V);
    cls[0] = 0;
    cls[1] = 1;
    for (let v = 2; v < V; v++) cls[v] = 2 + ((v - 2) % C);
    const M = new Float64Array(K * K);
    const Nl = new Float64Array(K);
    const Nr = new Float64Array(K);
    for (let a = 0; a < V; a++)
      for (let q = succOff[a]; q < succOff[a + 1]; q++) {
        M[cls[a] * K + cls[succ[q]]] += succN[q];
      }
    for (let v = 0; v < V; v++) {
      Nl[cls[v]] += nLeft[v];
      Nr[cls[v]] += nRight[v];
    }
    const objective = (): number => {
      let s = 0;
      for (let i = 0; i < K * K; i++) s += f(M[i]);
      for (let c = 0; c < K; c++) s -= f(Nl[c]) + f(Nr[c]);
      return s;
    };
    log(`start: objective ${(objective() / total).toFixed(4)} per token`);

    // Scratch: w's successor and predecessor counts by class (self bigrams apart).
    const R = new Float64Array(K);
    const L = new Float64Array(K);
    const rList = new Int32Array(K);
    const lList = new Int32Array(K);
    for (let it = 0; it < ITERS; it++) {
      let moved = 0;
      for (let w = 2; w < V; w++) {
        let nr = 0;
        let nl = 0;
        for (let q = succOff[w]; q < succOff[w + 1]; q++) {
          if (succ[q] === w) continue;
          const c = cls[succ[q]];
          if (R[c] === 0) rList[nr++] = c;
          R[c] += succN[q];
        }
        for (let q = predOff[w]; q < predOff[w + 1]; q++) {
          if (pred[q] === w) continue;
          const c = cls[pred[q]];
          if (L[c] === 0) lList[nl++] = c;
          L[c] += predN[q];
        }
        const s = self[w];
        const from = cls[w];
        // Take w out of its class.
        for (let j = 0; j < nr; j++) M[from * K + rList[j]] -= R[rList[j]];
        for (let j = 0; j < nl; j++) M[lList[j] * K + from] -= L[lList[j]];
        M[from * K + from] -= s;
        Nl[from] -= nLeft[w];
        Nr[from] -= nRight[w];
        // Gain of putting it into class k.
        let best = from;
        let bestGain = -Infinity;
        for (let k = 2; k < K; k++) {
          let g = 0;
          const row = k * K;
          for (let j = 0; j < nr; j++) {
            const c = rList[j];
            if (c === k) continue;
            const m = M[row + c];
            g += f(m + R[c]) - f(m);
          }
          for (let j = 0; j < nl; j++) {
            const c = lList[j];
            if (c === k) continue;
            const m = M[c * K + k];
            g += f(m + L[c]) - f(m);
          }
          const mkk = M[row + k];
          g += f(mkk + R[k] + L[k] + s) - f(mkk);
          g -= f(Nl[k] + nLeft[w]) - f(Nl[k]) + f(Nr[k] + nRight[w]) - f(Nr[k]);
          if (g > bestGain + 1e-9 || (k === from && g >= bestGain - 1e-9)) {
            bestGain = g;
            best = k;
          }
        }
        for (let j = 0; j < nr; j++) M[best * K + rList[j]] += R[rList[j]];
        for (let j = 0; j < nl; j++) M[lList[j] * K + best] += L[lList[j]];
        M[best * K + best] += s;
        Nl[best] += nLeft[w];
        Nr[best] += nRight[w];
        if (best !== from) moved++;
        cls[w] = best;
        for (let j = 0; j < nr; j++) R[rList[j]] = 0;
        for (let j = 0; j < nl; j++) L[lList[j]] = 0;
      }
      log(`C=${C} pass ${it + 1}: ${moved} words moved, objective ${(objective() / total).toFixed(4)} per token`);
      if (moved < V / 500) break;
    }

    return cls;
  }
}

main();

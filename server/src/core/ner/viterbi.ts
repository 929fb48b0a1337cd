/**
 * Viterbi decoding over BILOU tags with invalid transitions forbidden (tags.ts ALLOWED,
 * ALLOWED_END): `viterbi` over float emission scores (training), `decodeSentence` over the
 * run-time model's integer scores read in place.
 */
import * as tags from './tags';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const NT = tags.NT;
const ALLOWED = tags.ALLOWED;
const ALLOWED_END = tags.ALLOWED_END;

/** Allowed predecessors of each tag: PRED[PRED_OFF[c]..PRED_OFF[c+1]) (START excluded). */
export const { PRED, PRED_OFF } = (() => {
  const pred: number[] = [];
  const off = new Int32Array(NT + 1);
  for (let c = 0; c < NT; c++) {
    for (let p = 0; p < NT; p++) if (ALLOWED[p * NT + c]) pred.push(p);
    off[c + 1] = pred.length;
  }
  return { PRED: Int32Array.from(pred), PRED_OFF: off };
})();

/**
 * The BILOU structure the forward pass relies on (checked here against ALLOWED): the tags that
 * close an entity or are outside one (O, L-x, U-x; ALLOWED_END) precede every tag that opens one
 * or is outside (O, B-x, U-x), and nothing else does; every other tag (I-x, L-x) has exactly two
 * predecessors (B-x, I-x).
 */
const CLOSING = Int32Array.from(Array.from({ length: NT }, (_, t) => t).filter((t) => ALLOWED_END[t]));
const AFTER_CLOSING = Uint8Array.from(Array.from({ length: NT }, (_, c) => {
  const preds = PRED.subarray(PRED_OFF[c], PRED_OFF[c + 1]);
  if (preds.length === CLOSING.length && preds.every((p, k) => p === CLOSING[k])) return 1;
  if (preds.length === 2) return 0;
  throw new Error(`viterbi: tag ${c} has neither the closing tags nor two tags as predecessors`);
}));
if (CLOSING.length !== 9) throw new Error('viterbi: the forward pass is written for 9 closing tags (4 entity types)');

/** Viterbi scores per position (n x NT), grown as needed. */
let vScore = new Float64Array(256 * NT);
const tpScratch = new Float64Array(PRED.length);
const startScratch = new Float64Array(NT);

/**
 * Viterbi over float emission scores (training): `emit` holds n x NT scores from `base`,
 * `trans` is (NT+1) x NT (last row: sentence start). The same decoding as `decodeSentence`,
 * whose transition tables it fills from `trans` (which changes as training goes).
 */
export function viterbi(emit: Float64Array, trans: Float64Array, n: number, out: Uint8Array, base = 0): void {
  if (n === 0) return;
  transitionTables(trans, tpScratch, startScratch);
  decodeSentence(emit, base, NT, 1, tpScratch, startScratch, n, out);
}

/**
 * `decodeSentence`'s transition tables from a (NT+1) x NT transition matrix (last row: sentence
 * start): `tp` the score of each allowed (predecessor, tag) pair in PRED order, `start` the score
 * from the sentence start (-Infinity where not allowed).
 */
export function transitionTables(trans: ArrayLike<number>, tp: Float64Array, start: Float64Array): void {
  for (let c = 0; c < NT; c++) {
    for (let q = PRED_OFF[c]; q < PRED_OFF[c + 1]; q++) tp[q] = trans[PRED[q] * NT + c];
    start[c] = ALLOWED[NT * NT + c] ? trans[NT * NT + c] : -Infinity;
  }
}

/**
 * Viterbi over BILOU tags for one sentence, invalid transitions forbidden (ALLOWED, ALLOWED_END).
 * Token i's emission scores are e[base + i * stride + t] * scale: the run-time model's integer
 * sums read in place, or training's float scores with scale 1 (multiplying by 1 is exact).
 * `tp` holds the transition score of each allowed (predecessor, tag) pair in PRED order, `start`
 * the scores from the sentence start (-Infinity where not allowed).
 *
 * The forward pass keeps every position's best scores and only their maxima (no back pointers);
 * the backtrace finds the best predecessor of the chosen tag alone, from the same sums in the
 * same order (the first of equal scores, in PRED order), so the path is the one back pointers
 * would give. (A maximum can differ from the first best only by the sign of a zero, which no
 * comparison tells apart.)
 */
export function decodeSentence(
  e: Int32Array | Float64Array,
  base: number,
  stride: number,
  scale: number,
  tp: Float64Array,
  start: Float64Array,
  n: number,
  out: Uint8Array,
): void {
  if (n === 0) return;
  if (vScore.length < n * NT) vScore = new Float64Array(n * NT * 2);
  const score = vScore;
  for (let c = 0; c < NT; c++) score[c] = start[c] === -Infinity ? -Infinity : e[base + c] * scale + start[c];
  for (let i = 1; i < n; i++) {
    const eo = base + i * stride;
    const po = (i - 1) * NT;
    const so = i * NT;
    // The closing tags' scores, each read by every opening tag, in locals (nine: checked above).
    const s0 = score[po + CLOSING[0]];
    const s1 = score[po + CLOSING[1]];
    const s2 = score[po + CLOSING[2]];
    const s3 = score[po + CLOSING[3]];
    const s4 = score[po + CLOSING[4]];
    const s5 = score[po + CLOSING[5]];
    const s6 = score[po + CLOSING[6]];
    const s7 = score[po + CLOSING[7]];
    const s8 = score[po + CLOSING[8]];
    for (let c = 0; c < NT; c++) {
      // tp[q] from PRED_OFF[c]: the transitions from c's predecessors, in PRED order.
      const q = PRED_OFF[c];
      let best: number;
      if (AFTER_CLOSING[c] === 1) {
        best = Math.max(s0 + tp[q], s1 + tp[q + 1], s2 + tp[q + 2], s3 + tp[q + 3], s4 + tp[q + 4], s5 + tp[q + 5], s6 + tp[q + 6], s7 + tp[q + 7], s8 + tp[q + 8]);
      } else {
        const a = score[po + PRED[q]] + tp[q];
        const b = score[po + PRED[q + 1]] + tp[q + 1];
        best = b > a ? b : a;
      }
      score[so + c] = best + e[eo + c] * scale;
    }
  }
  const last = (n - 1) * NT;
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < NT; c++) {
    if (ALLOWED_END[c] && score[last + c] > best) {
      best = score[last + c];
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    const c = out[i];
    const po = (i - 1) * NT;
    let b = -Infinity;
    let p = 0;
    for (let q = PRED_OFF[c], qe = PRED_OFF[c + 1]; q < qe; q++) {
      const v = score[po + PRED[q]] + tp[q];
      if (v > b) {
        b = v;
        p = PRED[q];
      }
    }
    out[i - 1] = p;
  }
}

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

let vPrev = new Float64Array(NT);
let vCur = new Float64Array(NT);
let vBack = new Uint8Array(256 * NT);
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
  if (vBack.length < n * NT) vBack = new Uint8Array(n * NT * 2);
  const back = vBack;
  let prev = vPrev;
  let cur = vCur;
  for (let c = 0; c < NT; c++) prev[c] = start[c] === -Infinity ? -Infinity : e[base + c] * scale + start[c];
  for (let i = 1; i < n; i++) {
    const eo = base + i * stride;
    const bo = i * NT;
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = PRED_OFF[c], qe = PRED_OFF[c + 1]; q < qe; q++) {
        const p = PRED[q];
        const v = prev[p] + tp[q];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[c] = best + e[eo + c] * scale;
      back[bo + c] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < NT; c++) {
    if (ALLOWED_END[c] && prev[c] > best) {
      best = prev[c];
      arg = c;
    }
  }
  vPrev = prev;
  vCur = cur;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT + out[i]];
}

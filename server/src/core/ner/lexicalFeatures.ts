/**
 * The lexical feature family: keys that depend only on one word (and whether its sentence is an
 * all-caps line) and its offset -2..+2 from the tagged token. See features.ts.
 */
import * as featureHash from './featureHash';
import type { WordInfo } from './wordInfo';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const fnv = featureHash.fnv;
const fin = featureHash.fin;
const hstr = featureHash.hstr;
const hmix = featureHash.hmix;
const FNV0 = featureHash.FNV0;

/** Scratch for one word's lexical keys (at most 19). */
const LEX_SCRATCH = new Uint32Array(32);
/** FNV state after reading a key's fixed prefix: a key's hash is `fin(fnv(state, rest))`. */
const after = (prefix: string): number => fnv(FNV0, prefix);
/** Per window offset -2..2 (index o + 2): `L${o}=`, `s${o}=`, `X${o}=` and the padding word's two keys. */
const OFFSETS = [-2, -1, 0, 1, 2];
const CTX_L = OFFSETS.map((o) => after(`L${o}=`));
const CTX_S = OFFSETS.map((o) => after(`s${o}=`));
const CTX_X = OFFSETS.map((o) => after(`X${o}=`));
const PAD_KEYS = OFFSETS.map((o) => Uint32Array.from(o === 0 ? [] : [hstr(`L${o}=<P>`), hstr(`s${o}=<P>`)]));
/** `P${j}=` and `X${j}=` for prefix and suffix lengths j = 1..4. */
const PREFIX = [0, 1, 2, 3, 4].map((j) => after(`P${j}=`));
const SUFFIX = [0, 1, 2, 3, 4].map((j) => after(`X${j}=`));
const AFTER_W = after('W=');
const AFTER_S = after('S=');
const AFTER_SHORT = after('s=');
const AFTER_L = after('L=');
const AFTER_LC = after('LC=');
const AFTER_SC = after('S=C');
const H_C0 = hstr('C0');
const H_LEN12 = hstr('LEN12');
/** Word-cluster keys per level (coarse to fine; clusters.ts). */
const CLUSTER_LEVEL = [0, 1, 2, 3, 4, 5].map((j) => hstr(`#cl${j}`));

/** Lexical feature keys of a word at offset `o` (-2..2) from the tagged token, cached on the word (training). */
export function lexicalKeys(inf: WordInfo, o: number): Uint32Array {
  if (inf.lex === undefined) inf.lex = [];
  const cached = inf.lex[o + 2];
  if (cached !== undefined) return cached;
  const out = LEX_SCRATCH.slice(0, lexicalKeysInto(inf, o, LEX_SCRATCH));
  inf.lex[o + 2] = out;
  return out;
}

/**
 * The same keys written to `keys` from 0 (room for 32), not kept: their number. The tagger sums
 * a word's keys' scores once and keeps only the sums (emissions.ts), so it has no use for the keys.
 */
export function lexicalKeysInto(inf: WordInfo, o: number, keys: Uint32Array): number {
  // The hashes of the key strings (`L=kyiv`, `P2=ky`, ...), computed without building them.
  const { word, lower, caps } = inf;
  if (word === '<PAD>') {
    keys.set(PAD_KEYS[o + 2]);
    return PAD_KEYS[o + 2].length;
  }
  let k = 0;
  const n = lower.length;
  if (o === 0) {
    if (caps) {
      keys[k++] = H_C0;
      keys[k++] = fin(fnv(AFTER_SC, inf.lowerFullShape));
    } else {
      keys[k++] = fin(fnv(AFTER_W, word));
      keys[k++] = fin(fnv(AFTER_S, inf.fullShape));
      keys[k++] = fin(fnv(AFTER_SHORT, inf.shortShape));
    }
    keys[k++] = fin(fnv(AFTER_L, lower));
    keys[k++] = fin(fnv(AFTER_LC, `${inf.lcSeen}|${inf.caseClass}|${caps ? 1 : 0}`));
    for (let j = 1; j <= 4 && j <= n; j++) {
      keys[k++] = fin(fnv(PREFIX[j], lower, 0, j));
      keys[k++] = fin(fnv(SUFFIX[j], lower, n - j, n));
    }
    if (n >= 12) keys[k++] = H_LEN12;
    // The word's cluster at every level (3 keys with the shipped table: 128, 512, 1024 classes).
    // Only the tagged word's: neighbours' clusters, a key for words no cluster knows, and clusters
    // conjoined with the case class scored lower on dev (one-seed runs, 92.97 to 93.06 against
    // 93.39); of the level sets 32-1024, 128-1024 and 512-1024 (8 seeds), 128-1024 scored best.
    const cl = inf.clusters;
    if (cl !== undefined) for (let j = 0; j < cl.length && j < CLUSTER_LEVEL.length; j++) keys[k++] = hmix(CLUSTER_LEVEL[j], cl[j]);
  } else {
    keys[k++] = fin(fnv(CTX_L[o + 2], lower));
    keys[k++] = fin(fnv(CTX_S[o + 2], inf.ctxShape));
    if (o === 1 || o === -1) keys[k++] = fin(fnv(CTX_X[o + 2], lower, n > 3 ? n - 3 : 0, n));
  }
  return k;
}

/**
 * The NER feature keys' hashes: every feature is a 32-bit key, the hash of a string (`hstr`) or
 * the mix of two integers (`hmix`). See features.ts.
 */
import * as hashing from '../fnv';

/** FNV-1a state after `h` reads `s`'s characters [from, to). */
export const fnv = hashing.fnv1a;

/** The final mix of a string hash. */
export function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export const FNV0 = hashing.FNV_OFFSET;

/** Feature hash of a string. `hstr(a + b)` is `fin(fnv(fnv(FNV0, a), b))`: keys are hashed without building them. */
export function hstr(s: string): number {
  return fin(fnv(FNV0, s));
}

export function hmix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Seeds of the context feature families. */
export const K = {
  BIAS: hstr('#bias'),
  CTX: hstr('#ctx'),
  BG1: hstr('#bg1'),
  BG2: hstr('#bg2'),
  SB1: hstr('#sb1'),
  SB2: hstr('#sb2'),
  ST: hstr('#st'),
  PLS: hstr('#pls'),
  NLS: hstr('#nls'),
  GZ: hstr('#gz'),
  DC: hstr('#dc'),
  D2M: hstr('#d2m'),
  D2H: hstr('#d2h'),
  D2L: hstr('#d2l'),
  D2O: hstr('#d2o'),
  CR: hstr('#cr'),
  SP: hstr('#sp'),
  SPW: hstr('#spw'),
};

/**
 * FNV-1a (32-bit) over a string's UTF-16 code units: the hash behind the tagger's feature keys
 * (ner/features.ts) and the gazetteer's first-word filter (ner/gazetteer.ts). Start from
 * FNV_OFFSET; the state is a signed 32-bit integer (`>>> 0` for the unsigned value). Continuing
 * a state over a second string hashes the concatenation.
 */
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state after `h` reads `s`'s code units [from, to). */
export function fnv1a(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

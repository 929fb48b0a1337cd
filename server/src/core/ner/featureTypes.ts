/**
 * What the NER feature extraction (features.ts) hands the tagger (model.ts, emissions.ts,
 * secondPass.ts) and training (trainingKeys.ts, train.ts), per sentence and per document.
 */
import type { WordInfo } from './wordInfo';

export interface SentPrep {
  infos: WordInfo[];
  caps: boolean;
  /**
   * Per token, its word's lower-case id and case class (WordInfo `lid`, `caseClass`, 0-4) in one
   * number, `lid << 3 | caseClass`: the document-wide loops read these instead of each token's
   * info, an object of its own somewhere in the heap (reading them was most of a keystroke's NER
   * time on a long article). Lower-case ids stay under 2^24 (FeatureSet.info empties their
   * table past two million).
   */
  ids: Int32Array;
  /** A hash of the sentence's words (features.ts `sentenceKey`): documentTagging.ts matches sentences by it. */
  hash: number;
  /** Its word list was scanned anew (`scanDoc` with `reuse`: not met in an earlier scan). */
  fresh: boolean;
  /** Index of the sentence's first token in the document. */
  first: number;
  /** Context keys that do not depend on first-pass tags: token i has keys[off[i]..off[i+1]). */
  keys: Uint32Array;
  off: Int32Array;
}

/** A scanned document (`FeatureSet.scanDoc`). */
export interface DocScan {
  sents: SentPrep[];
  /** Tokens in the document. */
  n: number;
  /** A sports results document (two or more scores such as `3-1`). */
  sport: boolean;
}

/** A document with all its context keys (`FeatureSet.prepDoc`, training). */
export interface DocPrep extends DocScan {
  /**
   * Per token, an exact numeric id of its first COMBO_KEYS keys (bias, context class, shape
   * bigrams and trigram: they depend only on the shapes around the token and its context
   * class), so the tagger can cache their summed scores; -1 when not cacheable.
   */
  combo: Float64Array;
  /** All context keys of the document; token g (document order) has keys[off[g]..off[g+1]). */
  keys: Uint32Array;
  off: Int32Array;
}

/** Context keys of one sentence (`FeatureSet.sentenceKeys`): token i has keys[off[i]..off[i+1]) and combo id combo[i] (see DocPrep). */
export interface SentKeys {
  keys: Uint32Array;
  off: Int32Array;
  combo: Float64Array;
}

/** Flat per-token keys of a document (document token order). */
export interface DocKeys {
  keys: Uint32Array;
  off: Int32Array;
}

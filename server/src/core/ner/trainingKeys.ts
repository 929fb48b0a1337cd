import type { DocKeys, DocPrep, DocScan, FeatureSet } from './features';

/**
 * The NER features of whole documents at once, for training (scripts/train-ner.ts): the tagger
 * itself reads them a sentence at a time (emissions.ts, model.ts).
 */

/** Per-document preparation for training: the scan and every sentence's context keys in one flat array. */
export function prepDoc(fs: FeatureSet, sentences: string[][]): DocPrep {
  const scan = fs.scanDoc(sentences);
  const total = scan.n;
  let keys = new Uint32Array(total * 14);
  const off = new Int32Array(total + 1);
  const combo = new Float64Array(total);
  for (const sp of scan.sents) {
    const n = sp.infos.length;
    const g0 = sp.first;
    const sk = fs.sentenceKeys(sp, scan.sport);
    const base = off[g0];
    if (keys.length < base + sk.off[n]) {
      const bigger = new Uint32Array(2 * (base + sk.off[n]));
      bigger.set(keys);
      keys = bigger;
    }
    keys.set(sk.keys.subarray(0, sk.off[n]), base);
    for (let i = 0; i < n; i++) {
      off[g0 + i + 1] = base + sk.off[i + 1];
      combo[g0 + i] = sk.combo[i];
    }
  }
  for (const sp of scan.sents) {
    sp.keys = keys;
    sp.off = off.subarray(sp.first, sp.first + sp.infos.length + 1);
  }
  return { ...scan, keys, off, combo };
}

/** Second-pass keys of a whole document (training): the tag counts, then every sentence's keys in one flat array. */
export function pass2Keys(fs: FeatureSet, doc: DocScan, firstPass: Uint8Array[]): DocKeys {
  fs.pass2.countTags(doc, firstPass);
  const keys = new Uint32Array(doc.n * 10);
  const off = new Int32Array(doc.n + 1);
  for (let s = 0; s < doc.sents.length; s++) {
    const sp = doc.sents[s];
    const n = sp.infos.length;
    const sk = fs.pass2.sentenceKeys(sp, firstPass[s]);
    const base = off[sp.first];
    keys.set(sk.keys.subarray(0, sk.off[n]), base);
    for (let i = 0; i < n; i++) off[sp.first + i + 1] = base + sk.off[i + 1];
  }
  return { keys, off };
}

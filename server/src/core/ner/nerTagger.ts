/**
 * Named-entity tagger (CoNLL-2003 types PER, ORG, LOC, MISC): an averaged structured perceptron
 * over BILOU tags with Viterbi decoding, gazetteers and a second, document-level pass.
 * Trained by scripts/train-ner.ts; the model and gazetteer ship in server/models/.
 */
import * as path from 'node:path';
import { readModelFile, readModelFileIfAny, resolveModelFile } from '../modelFiles';
import { Gazetteer } from './gazetteer';
import { WordClusters } from './clusters';
import { NerModel } from './model';
import { DocumentTagging } from './documentTagging';
import type { Token } from '../article';
import { tokenize } from '../tokenize';
import { spansFromTags, type NerType } from './tags';

export { NerModel } from './model';
export { Gazetteer } from './gazetteer';
export { bilouToSpans, spansFromTags, TYPES, type NerType, type TokenSpan } from './tags';
export { conlleval, formatScore, type ConllScore, type Prf } from './conlleval';

export const MODEL_FILE = 'ner.bin';
export const GAZETTEER_FILE = 'ner-gazetteer.txt';
export const CLUSTERS_FILE = 'ner-clusters.txt';

/** Where the model file is: next to the bundle (`dist/models/`), else `server/models/` above `__dirname`. */
export function resolveModelPath(): string {
  const found = resolveModelFile(MODEL_FILE);
  if (found === undefined) throw new Error(`NER model ${MODEL_FILE} not found from ${__dirname}`);
  return found;
}

/** Loads the model (and the gazetteer and word clusters next to it). Synchronous. */
export function loadNerModel(file?: string): NerModel {
  const p = file ?? resolveModelPath();
  const dir = path.dirname(p);
  const gaz = new Gazetteer(readModelFile(path.join(dir, GAZETTEER_FILE)));
  const clusterBytes = readModelFileIfAny(path.join(dir, CLUSTERS_FILE));
  const clusters = clusterBytes ? new WordClusters(clusterBytes) : undefined;
  return NerModel.fromBuffer(readModelFile(p), gaz, clusters);
}

let singleton: NerModel | undefined;

/** The shared model, loaded on first use. */
export function getNerModel(): NerModel {
  if (singleton === undefined) singleton = loadNerModel();
  return singleton;
}

/** Empties the shared model's word caches, if it was loaded (core/sharedCaches.ts). */
export function clearNerCaches(): void {
  singleton?.clearCaches();
}

/**
 * What the tagger keeps of a document between two calls of `tagDocument` (issue 16): opaque; one
 * per open document. It holds only what the latest call used.
 */
export interface NerCache {
  readonly kind: 'ner-cache';
}

/** The kept tagging behind a NerCache. */
class NerSentenceCache extends DocumentTagging implements NerCache {
  readonly kind = 'ner-cache';
}

/** A new, empty cache for `tagDocument`, for documents of at most `maxSentences` sentences (documentTagging.ts). */
export function createNerCache(maxSentences?: number): NerCache {
  return new NerSentenceCache(maxSentences);
}

/**
 * IOB2 tags (`B-PER`, `I-ORG`, `O`) per token of a document given as tokenized sentences.
 * All sentences of the document feed the document-level features. With a cache (the same one for
 * every version of a document), the work of the sentences whose words and document-level inputs
 * did not change since the previous call is reused; the tags are exactly those without a cache.
 */
export function tagDocument(model: NerModel, sentences: string[][], cache?: NerCache): string[][] {
  return model.tagDocument(sentences, keptTagging(cache));
}

/**
 * `tagDocument`'s tags as BILOU tag indexes (tags.ts: 0 is O; `bilouToSpans` reads them), one
 * array per sentence, without the tag strings: what the article analysis reads.
 */
export function tagDocumentBilou(model: NerModel, sentences: string[][], cache?: NerCache): Uint8Array[] {
  return model.tagBilou(sentences, keptTagging(cache));
}

/** The kept tagging behind a cache from createNerCache; throws for any other. */
function keptTagging(cache: NerCache | undefined): DocumentTagging | undefined {
  if (cache !== undefined && !(cache instanceof NerSentenceCache)) throw new Error('tagDocument: not a cache from createNerCache');
  return cache;
}

export interface TextMention {
  start: number;
  end: number;
  text: string;
  label: NerType;
}

/**
 * Tags raw text as one document: lines are paragraphs, sentences end after `.`, `?` or `!`
 * (followed by a closing quote or bracket, if any). Offsets are into `text`.
 * The article layer has a better sentence splitter; this is for tests and quick use.
 */
export function tagText(model: NerModel, text: string): TextMention[] {
  const sentences: Token[][] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const toks = tokenize(text, pos, pos + line.length);
    pos += line.length + 1;
    let cur: Token[] = [];
    for (let i = 0; i < toks.length; i++) {
      cur.push(toks[i]);
      const t = toks[i].text;
      const next = toks[i + 1]?.text ?? '';
      if ((t === '.' || t === '?' || t === '!') && !/^["'”’)\]]$/.test(next)) {
        sentences.push(cur);
        cur = [];
      } else if (/^["”’)\]]$/.test(t) && /^[.?!]$/.test(toks[i - 1]?.text ?? '') && cur.length > 1) {
        sentences.push(cur);
        cur = [];
      }
    }
    if (cur.length) sentences.push(cur);
  }
  const tags = model.tagDocument(sentences.map((s) => s.map((t) => t.text)));
  const out: TextMention[] = [];
  sentences.forEach((s, i) => {
    for (const sp of spansFromTags(tags[i])) {
      const start = s[sp.start].start;
      const end = s[sp.end - 1].end;
      out.push({ start, end, text: text.slice(start, end), label: sp.label });
    }
  });
  return out;
}

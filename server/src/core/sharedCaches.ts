import { clearStringMemos } from './memo';
import { clearNerCaches } from './ner/nerTagger';
import { clearSyntaxCaches } from './syntax/shippedTagger';

/**
 * Empties what analyses share only to be faster: the taggers' word caches (the NER tagger's word
 * infos, the syntax tagger's word types and sentences) and the memo tables. No analysis reads
 * anything else from them, so its result is the same with them empty
 * (tests/unit/shared-caches.test.ts); the next analysis fills them again.
 *
 * For a process that lives on after a large document: a 5 MB document left about 55 MB of
 * them in the server after it was closed (lsp/idleMemory.ts).
 */
export function clearSharedCaches(): void {
  clearTaggerCaches();
  clearStringMemos();
}

/**
 * Empties the taggers' word caches only (the NER word infos and vectors, the syntax tagger's word
 * types, sums and sentences): about 30 MB after a 5 MB document. The memo tables stay: the
 * document-level passes read them at every keystroke, and refilling them cost a 5 MB document's
 * next keystroke about 1.8 s more, the taggers' caches 0.2-1.3 s (lsp/idleMemory.ts).
 */
export function clearTaggerCaches(): void {
  clearNerCaches();
  clearSyntaxCaches();
}

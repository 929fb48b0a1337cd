import { readModelFile, resolveModelFile } from '../modelFiles';
import { decodeSyntaxModel } from './modelFile';
import { SyntaxTagger } from './tagger';

export { SyntaxTagger, type SyntaxTags } from './tagger';

/** The shipped model file (server/models/, copied next to the bundle as dist/models/). */
export const SYNTAX_MODEL_FILE = 'syntax.bin';

let singleton: SyntaxTagger | undefined;

/** The part-of-speech tagger and chunker of the shipped model, loaded once (like ner.bin). */
export function getSyntaxTagger(): SyntaxTagger {
  if (singleton === undefined) {
    const file = resolveModelFile(SYNTAX_MODEL_FILE);
    if (file === undefined) throw new Error(`${SYNTAX_MODEL_FILE} not found: run npm run train:syntax`);
    singleton = new SyntaxTagger(decodeSyntaxModel(readModelFile(file)));
  }
  return singleton;
}

/** Empties the shipped tagger's caches, if it was loaded (core/sharedCaches.ts). */
export function clearSyntaxCaches(): void {
  singleton?.clearCaches();
}

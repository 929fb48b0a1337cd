import { SortedLines } from '../sortedLines';

/**
 * Word clusters learned from unlabelled news (scripts/train-clusters.ts, file
 * server/models/ner-clusters.txt): per word, its class at several class counts, coarse to fine.
 * The tagger uses them as lexical features (features.ts): words that occur in the same contexts
 * share classes, so a name the labelled data never saw still looks like the names it did.
 * The file's lines are `word<TAB>class<TAB>class...`, sorted in byte order and searched in place.
 */
export class WordClusters {
  private readonly lines: SortedLines;
  /** Class counts per level, from the header (`# levels: 32,128,512,1024`). */
  readonly levels: number[];

  constructor(bytes: Buffer) {
    this.lines = new SortedLines(bytes);
    const header = this.lines.headerLines().find((l) => l.startsWith('# levels: '));
    this.levels = header ? header.slice('# levels: '.length).split(',').map(Number) : [];
  }

  static fromText(text: string): WordClusters {
    return new WordClusters(Buffer.from(text, 'utf8'));
  }

  /** The word's classes (one per level), or undefined when the word is not in the table. */
  classesOf(word: string): number[] | undefined {
    const at = this.lines.find(word);
    if (at < 0) return undefined;
    return this.lines.fields(at).slice(1).map(Number);
  }

  /**
   * The classes of the form of the word the table knows: as written, else Title case, else lower
   * case (all-caps headlines, sentence-initial capitals).
   */
  lookup(word: string): number[] | undefined {
    const exact = this.classesOf(word);
    if (exact !== undefined || word.length === 0) return exact;
    const lower = word.toLowerCase();
    const title = word.charAt(0) + lower.slice(1);
    return (title !== word ? this.classesOf(title) : undefined) ?? (lower !== word ? this.classesOf(lower) : undefined);
  }
}

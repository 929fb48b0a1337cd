/** Reader for CoNLL-2003 column files: `-DOCSTART-` lines separate documents, blank lines sentences. */

export interface ConllSentence {
  words: string[];
  /** Last column when the line has more than one column (gold tags), else empty. */
  tags: string[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

export function readConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sent: ConllSentence | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      doc = { sentences: [] };
      docs.push(doc);
      sent = null;
      continue;
    }
    if (!line) {
      sent = null;
      continue;
    }
    if (doc === null) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    if (sent === null) {
      sent = { words: [], tags: [] };
      doc.sentences.push(sent);
    }
    const cols = line.split(/\s+/);
    sent.words.push(cols[0]);
    if (cols.length > 1) sent.tags.push(cols[cols.length - 1]);
  }
  return docs.filter((d) => d.sentences.length > 0);
}

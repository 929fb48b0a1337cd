/**
 * `newsmark tag --format conll`: tags CoNLL-format input. The first column of each line is the
 * token; `-DOCSTART-` lines separate documents (used for the document-level features), blank
 * lines separate sentences. Output: `token TAG` per token line (IOB2: B-PER, I-LOC, ..., O);
 * blank and `-DOCSTART-` lines are kept as they were.
 */
import { getNerModel, type NerModel } from '../core/ner/nerTagger';

export function runTagConll(input: string, model: NerModel = getNerModel()): string {
  const lines = input.split(/\r?\n/);
  // Drop the empty string after a final newline; it is restored at the end.
  const finalNewline = lines.length > 0 && lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  const out: string[] = lines.slice();
  let doc: { words: string[]; lines: number[] }[] = [];
  let sent: { words: string[]; lines: number[] } | null = null;
  const flush = (): void => {
    if (doc.length === 0) return;
    const tags = model.tagDocument(doc.map((s) => s.words));
    doc.forEach((s, i) => s.lines.forEach((ln, j) => (out[ln] = `${s.words[j]} ${tags[i][j]}`)));
    doc = [];
  };
  lines.forEach((raw, ln) => {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      flush();
      sent = null;
      return;
    }
    if (!line) {
      sent = null;
      return;
    }
    if (sent === null) {
      sent = { words: [], lines: [] };
      doc.push(sent);
    }
    sent.words.push(line.split(/\s+/)[0]);
    sent.lines.push(ln);
  });
  flush();
  return out.join('\n') + (finalNewline ? '\n' : '');
}

import { partitionPoint } from './search';
/**
 * Offset <-> (line, UTF-16 character) conversion for the CLI and tests; 0-based like LSP, and
 * with the same line breaks as an LSP client's document: `\n`, `\r\n` and a lone `\r` (old Mac
 * files, and a document mixing endings) each end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): { line: number; character: number } {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // The last line starting at or before the offset.
    const lo = partitionPoint(this.starts.length, (i) => this.starts[i] <= o) - 1;
    // An offset between the `\r` and `\n` of a line break is the end of its line.
    o = this.beforeBreak(o, this.starts[lo]);
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: { line: number; character: number }): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    if (pos.character <= 0) return start;
    const lineEnd = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return this.beforeBreak(Math.min(start + pos.character, lineEnd), start);
  }

  range(start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  private beforeBreak(offset: number, lineStart: number): number {
    let o = offset;
    while (o > lineStart && (this.text.charCodeAt(o - 1) === 10 || this.text.charCodeAt(o - 1) === 13)) o--;
    return o;
  }
}

import { partitionPoint } from './search';

/** Offset <-> (line, UTF-16 character) conversion for the CLI and tests; 0-based like LSP. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    // starts[0] is 0, so some line starts at or before `o`.
    const line = partitionPoint(this.starts.length, (i) => this.starts[i] <= o) - 1;
    return { line, character: o - this.starts[line] };
  }

  offsetAt(pos: { line: number; character: number }): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const lineEnd = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.max(this.starts[pos.line], Math.min(this.starts[pos.line] + pos.character, lineEnd));
  }

  range(start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

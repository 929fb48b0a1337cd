import type { FileDone, OutputMode } from './batch';
import { checkJsonFile, sarifLog } from './formats';
import { indentJson } from './batch';
import { VERSION } from './help';

/**
 * The output of `check`, `entities` and `report`, written as the files come in (in input order):
 * each file's piece is printed as soon as it and every file before it are done, inside the frame
 * of its format (the JSON array's brackets and commas, the report legend). The bytes are those of
 * the whole output printed at once. SARIF lists every file's refusal before the results, so it is
 * printed at the end.
 */

/** How to read a report's positions and counts; printed once before the reports. */
const REPORT_LEGEND =
  'Positions are line:column (6:4 is line 6, column 4). "Reyes x2": the article spells the name that way twice.\n\n';

/** A file whose analysis failed in the code (a thrown error, a worker that died): not the input's fault. */
export interface FileFailure {
  path: string;
  failure: string;
}

interface Frame {
  open: string;
  separator: string;
  close: string;
  /** The whole output when no file adds a piece. */
  empty: string;
}

const ARRAY: Frame = { open: '[\n', separator: ',\n', close: '\n]\n', empty: '[]\n' };

const FRAMES: Partial<Record<OutputMode, Frame>> = {
  'check-json': { open: '{\n  "files": [\n', separator: ',\n', close: '\n  ]\n}\n', empty: '{\n  "files": []\n}\n' },
  'entities-json': ARRAY,
  'report-json': ARRAY,
  // One file asked for: its object, or null when it could not be read.
  'report-json-one': { open: '', separator: '', close: '', empty: 'null\n' },
};

export class OutputStream {
  /** Files analyzed, diagnostics printed, and whether any has error severity. */
  checked = 0;
  diagnostics = 0;
  hasError = false;
  /** Input problems (a refused file, a warning) and failures of the code. */
  inputErrors = 0;
  refused = 0;
  failures = 0;
  private pieces = 0;
  private readonly sarif: { path: string; error?: string; results: unknown[] }[] = [];

  constructor(
    private readonly mode: OutputMode,
    private readonly stdout: (s: string) => void,
    private readonly stderr: (s: string) => void,
  ) {}

  /** Before the first file. */
  begin(): void {
    if (this.mode === 'entities-text' || this.mode === 'report-markdown') this.stdout(REPORT_LEGEND);
  }

  /** The next file, in input order. */
  file(r: FileDone | FileFailure): void {
    if ('failure' in r) {
      this.failures++;
      this.stderr(`newsmark: ${r.path}: internal error: ${r.failure}\n`);
      this.refusedPiece(r.path, `internal error: ${r.failure}`);
      return;
    }
    if (r.warning) {
      this.stderr(`newsmark: ${r.warning}\n`);
      this.inputErrors++;
    }
    if (r.error !== undefined) {
      this.stderr(`newsmark: ${r.error}\n`);
      this.inputErrors++;
      this.refused++;
      this.refusedPiece(r.path, r.error);
      return;
    }
    this.checked++;
    this.diagnostics += r.diagnostics;
    this.hasError ||= r.hasError;
    if (r.sarif) this.sarif.push({ path: r.path, results: r.sarif });
    if (r.out !== undefined) this.piece(r.out);
  }

  /** After the last file. */
  end(): void {
    if (this.mode === 'check-sarif') {
      this.stdout(sarifLog(this.sarif, VERSION));
      return;
    }
    const frame = FRAMES[this.mode];
    if (frame) this.stdout(this.pieces === 0 ? frame.empty : frame.close);
  }

  /** A file not analyzed: `check` lists it with its reason in JSON and SARIF; the other formats leave it out. */
  private refusedPiece(path: string, error: string): void {
    if (this.mode === 'check-json') this.piece(indentJson(JSON.stringify(checkJsonFile({ path, error }), null, 2), 4));
    else if (this.mode === 'check-sarif') this.sarif.push({ path, error, results: [] });
  }

  private piece(text: string): void {
    const frame = FRAMES[this.mode];
    if (frame) text = (this.pieces === 0 ? frame.open : frame.separator) + text;
    this.pieces++;
    if (text) this.stdout(text);
  }
}

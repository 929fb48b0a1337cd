import { isMainThread } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalyzeOptions } from '../core/article';
import { articleDiagnostics, type SeveritySettings } from '../features/diagnostics';
import { articleReport } from '../features/report';
import { InputError, languageOf, readArticle } from '../workspace/articleFiles';
import { checkJsonFile, checkText, entitiesJson, entitiesModel, sarifFileResults, type FileResult } from './formats';

/**
 * One file of `check`, `entities` or `report`: read, analyzed and formatted for its place in the
 * output, in whichever thread runs it (a worker of the pool, or the CLI's own thread with
 * `--jobs 1`). What crosses between threads is the job below and the formatted text, never the
 * article model.
 */

/** A command and output format whose output is one piece per file (see output.ts for the frame around them). */
export type OutputMode =
  | 'check-text'
  | 'check-json'
  | 'check-sarif'
  | 'entities-text'
  | 'entities-jsonl'
  | 'entities-json-one'
  | 'entities-json'
  | 'report-markdown'
  | 'report-json-one'
  | 'report-json';

export interface FileJob {
  path: string;
  mode: OutputMode;
  maxBytes: number;
  options: AnalyzeOptions;
  severities: SeveritySettings;
}

/** A file done: either analyzed (`out`), or refused as input (`error`); a warning may come with either. */
export interface FileDone {
  path: string;
  /** An input problem the file was still analyzed despite (invalid UTF-8). */
  warning?: string;
  /** Why the file was not analyzed (unreadable, too large, not UTF-8 text). */
  error?: string;
  /** This file's piece of the output (empty when it adds nothing, as a clean file in `check` text). */
  out?: string;
  /** `check --format sarif`: the file's results, put together with the others' at the end. */
  sarif?: unknown[];
  diagnostics: number;
  hasError: boolean;
}

/**
 * Fault injection for the tests of failure isolation (tests/unit/cli-jobs.test.ts): when the CLI
 * runs with NEWSMARK_TEST_FAULT set, a file whose text holds its value throws; one that holds the
 * value followed by `-exit` ends the worker thread analyzing it, as a crash would (in the CLI's own
 * thread it throws instead). Every known crash is fixed, so this is the only way to have one on demand.
 */
function injectedFault(text: string): void {
  const marker = process.env.NEWSMARK_TEST_FAULT;
  if (!marker || !text.includes(marker)) return;
  if (text.includes(`${marker}-exit`) && !isMainThread) process.exit(70);
  throw new Error('injected fault (NEWSMARK_TEST_FAULT)');
}

/** Indents every line of a JSON text, for an element printed inside an array. */
export function indentJson(json: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  // JSON.stringify escapes newlines inside strings: every newline here is between two lines.
  return pad + json.split('\n').join(`\n${pad}`);
}

/** Reads, analyzes and formats one file. Input problems come back as `error`; anything else thrown is a failure of the run's code. */
export function processFile(job: FileJob): FileDone {
  let read;
  try {
    read = readArticle(job.path, job.maxBytes);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { path: job.path, error: err.message, diagnostics: 0, hasError: false };
  }
  injectedFault(read.text);
  const article = analyzeArticle(read.text, { ...job.options, languageId: languageOf(job.path) });
  const diagnostics = articleDiagnostics(article, job.severities);
  const r: FileResult = { path: job.path, article, diagnostics };
  const done: FileDone = { path: job.path, warning: read.warning, diagnostics: diagnostics.length, hasError: diagnostics.some((d) => d.severity === 'error') };
  switch (job.mode) {
    case 'check-text':
      done.out = checkText([r]);
      break;
    case 'check-json':
      done.out = indentJson(JSON.stringify(checkJsonFile(r), null, 2), 4);
      break;
    case 'check-sarif':
      done.sarif = sarifFileResults(r);
      break;
    case 'entities-text':
      done.out = articleReport(article, job.path, diagnostics);
      break;
    case 'entities-jsonl':
      done.out = JSON.stringify(entitiesModel(job.path, article)) + '\n';
      break;
    case 'entities-json-one':
      done.out = entitiesJson(job.path, article);
      break;
    case 'entities-json':
      done.out = indentJson(JSON.stringify(entitiesModel(job.path, article), null, 2), 2);
      break;
    case 'report-markdown':
      done.out = articleReport(article, job.path, diagnostics) + '\n';
      break;
    case 'report-json-one':
      // The article model itself, as the core returns it.
      done.out = JSON.stringify({ path: job.path, article }, null, 2) + '\n';
      break;
    case 'report-json':
      done.out = indentJson(JSON.stringify({ path: job.path, article }, null, 2), 2);
      break;
  }
  return done;
}

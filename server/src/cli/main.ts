import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DIAGNOSTIC_CODES, type SeveritySettings } from '../features/diagnostics';
import type { AnalyzeOptions, DiagnosticCode, Severity } from '../core/article';
import { collectFiles, errnoMessage, InputError, ARTICLE_EXTENSIONS } from '../workspace/articleFiles';
import { PoolUnavailableError, WorkerPool } from '../workspace/workerPool';
import { processFile, type FileDone, type FileJob, type OutputMode } from './batch';
import { HELP, VERSION } from './help';
import { OutputStream, type FileFailure } from './output';
import { runTagConll } from './tag';

class UsageError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  format?: string;
  maxBytes: number;
  options: AnalyzeOptions;
  /** `--severity code=level`, applied after the analysis (features/diagnostics.ts). */
  severities: SeveritySettings;
  /** `--jobs N`: worker threads for the files (undefined: one per core). */
  jobs?: number;
}

function parseArgs(argv: string[]): Parsed {
  const [first = 'help', ...rest] = argv;
  const command = first === '--help' || first === '-h' ? 'help' : first === '--version' || first === '-v' ? 'version' : first;
  const parsed: Parsed = { command, positional: [], maxBytes: 20 * 1048576, options: {}, severities: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format':
      case '-f':
        parsed.format = value();
        break;
      case '--max-size': {
        const mb = Number(value());
        if (!(mb > 0)) throw new UsageError('--max-size takes a size in MB greater than 0');
        parsed.maxBytes = mb * 1048576;
        break;
      }
      case '--article-date': {
        const d = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`--article-date takes an ISO date like 2024-11-23, not "${d}"`);
        if (!isCalendarDate(d)) throw new UsageError(`--article-date ${d} is not a date of the calendar`);
        parsed.options.articleDate = d;
        break;
      }
      case '--date-order': {
        const d = value();
        if (d !== 'day-first' && d !== 'month-first') throw new UsageError('--date-order is day-first or month-first');
        parsed.options.dayFirst = d === 'day-first';
        break;
      }
      case '--severity': {
        const given = value();
        const eq = given.indexOf('=');
        const code = eq < 0 ? given : given.slice(0, eq);
        const level = eq < 0 ? undefined : given.slice(eq + 1);
        if (!(DIAGNOSTIC_CODES as string[]).includes(code)) throw new UsageError(`unknown diagnostic code "${code}" (codes: ${DIAGNOSTIC_CODES.join(', ')})`);
        if (level === undefined) throw new UsageError(`--severity takes CODE=LEVEL, e.g. ${code}=warning`);
        if (!['error', 'warning', 'information', 'hint', 'off'].includes(level)) {
          throw new UsageError(`--severity ${code}=${level}: "${level}" is not a level (error, warning, information, hint or off)`);
        }
        parsed.severities[code as DiagnosticCode] = level as Severity | 'off';
        break;
      }
      case '--jobs':
      case '-j': {
        const n = value();
        if (!/^[0-9]+$/.test(n) || !(Number(n) >= 1)) throw new UsageError(`--jobs takes a number of worker threads, 1 or more, not "${n}"`);
        parsed.jobs = Number(n);
        break;
      }
      case '--help':
      case '-h':
        parsed.command = 'help';
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        parsed.positional.push(arg);
    }
  }
  return parsed;
}

/** One path that is a file (not a folder): `entities` and `report --format json` print one object. */
function oneFile(paths: string[]): boolean {
  if (paths.length !== 1) return false;
  try {
    return !statSync(paths[0]).isDirectory();
  } catch {
    return true;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `YYYY-MM-DD` naming a day that exists (not 2025-02-30 or 2025-13-45). */
function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The files of a `check`, `entities` or `report` run, ready to be analyzed in any thread. */
interface Batch {
  jobs: FileJob[];
  output: OutputStream;
  /** Worker threads to use: `--jobs`, or one per core. */
  threads: number;
  /** Prints the end of the output (and `check`'s summary); returns the exit code. */
  finish(): number;
}

/** The usage error of a `--format` the command does not have. */
function checkFormat(command: string, format: string, allowed: string[]): void {
  if (!allowed.includes(format)) throw new UsageError(`${command} --format is ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not "${format}"`);
}

/**
 * Parses the arguments and does what needs no analysis (help, version, tag, usage errors); for
 * `check`, `entities` and `report`, returns the batch of files to analyze.
 */
function prepare(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void, stdin: () => string): number | Batch {
  const parsed = parseArgs(argv);
  let mode: OutputMode;
  switch (parsed.command) {
    case 'help':
      stdout(HELP);
      return 0;
    case 'version':
      stdout(`${VERSION}\n`);
      return 0;
    case 'check': {
      const format = parsed.format ?? 'text';
      checkFormat('check', format, ['text', 'json', 'sarif']);
      mode = `check-${format}` as OutputMode;
      break;
    }
    case 'entities': {
      const format = parsed.format ?? 'json';
      checkFormat('entities', format, ['json', 'jsonl', 'text']);
      mode = format === 'json' ? (oneFile(parsed.positional) ? 'entities-json-one' : 'entities-json') : (`entities-${format}` as OutputMode);
      break;
    }
    case 'report': {
      const format = parsed.format ?? 'markdown';
      checkFormat('report', format, ['markdown', 'json']);
      mode = format === 'json' ? (oneFile(parsed.positional) ? 'report-json-one' : 'report-json') : 'report-markdown';
      break;
    }
    case 'tag': {
      const format = parsed.format ?? 'conll';
      if (format !== 'conll') throw new UsageError(`tag --format is conll, not "${format}"`);
      if (parsed.positional.length > 1) throw new UsageError('tag takes at most one file (stdin when none)');
      const file = parsed.positional[0];
      let input: string;
      try {
        input = file === undefined || file === '-' ? stdin() : readFileSync(file, 'utf8');
      } catch (err) {
        throw new InputError(`${file ?? 'stdin'}: cannot read file (${errnoMessage(err)})`);
      }
      stdout(runTagConll(input));
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${parsed.command}"`);
  }
  if (parsed.positional.length === 0) throw new UsageError(`${parsed.command} needs at least one file or directory`);
  const { files, errors } = collectFiles(parsed.positional);
  errors.forEach((e) => stderr(`newsmark: ${e}\n`));
  if (files.length === 0 && errors.length === 0) {
    // A CI job pointed at the wrong folder must not pass.
    throw new InputError(`no articles in ${parsed.positional.join(', ')} (looked for ${ARTICLE_EXTENSIONS.join(', ')} files)`);
  }
  const output = new OutputStream(mode, stdout, stderr);
  const command = parsed.command;
  return {
    jobs: files.map((path) => ({ path, mode, maxBytes: parsed.maxBytes, options: parsed.options, severities: parsed.severities })),
    output,
    threads: parsed.jobs ?? availableParallelism(),
    finish() {
      output.end();
      const inputErrors = errors.length + output.inputErrors;
      if (mode === 'check-text') {
        stderr(
          `newsmark: ${plural(output.checked, 'file')} checked, ${plural(output.diagnostics, 'diagnostic')}` +
            (inputErrors > 0 ? `; ${plural(Math.max(output.refused, inputErrors), 'problem')} with the input (above)` : '') +
            (output.failures > 0 ? `; ${plural(output.failures, 'file')} failed (internal error, above)` : '') +
            '\n',
        );
      }
      if (output.failures > 0) return 3;
      if (inputErrors > 0) return 2;
      return command === 'check' && output.hasError ? 1 : 0;
    },
  };
}

/** A file's analysis in this thread; what the code throws becomes that file's failure. */
function processHere(job: FileJob): FileDone | FileFailure {
  try {
    return processFile(job);
  } catch (err) {
    return { path: job.path, failure: err instanceof Error ? err.message : String(err) };
  }
}

/** The exit code and message of an error thrown before or after the files. */
function failed(err: unknown, stderr: (s: string) => void): number {
  if (err instanceof UsageError) {
    stderr(`newsmark: ${err.message}\nRun "newsmark --help" for usage.\n`);
    return 2;
  }
  if (err instanceof InputError) {
    stderr(`newsmark: ${err.message}\n`);
    return 2;
  }
  stderr(`newsmark: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  return 3;
}

/**
 * Runs the CLI in this thread, file after file, whatever `--jobs` says; returns the exit code.
 * Output goes through the given writers (tests use them). The program runs runCliWithWorkers.
 */
export function runCli(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void, stdin: () => string): number {
  let batch: number | Batch;
  try {
    batch = prepare(argv, stdout, stderr, stdin);
  } catch (err) {
    return failed(err, stderr);
  }
  return typeof batch === 'number' ? batch : runBatchHere(batch, stderr);
}

/**
 * Runs the CLI with the files spread over `--jobs` worker threads started from `workerScript`
 * (the CLI bundle; it serves jobs when workerRole() is `cli-batch`). Output is the same as
 * runCli's, in input order, each file's piece printed as soon as it and the files before it are
 * done. One thread, or one file, needs no worker. A file whose worker throws or dies gets an
 * internal error; when workers cannot start, the files are analyzed in this thread.
 * `beforeBatch` is told how many files there are before any is analyzed.
 */
export async function runCliWithWorkers(
  argv: string[],
  stdout: (s: string) => void,
  stderr: (s: string) => void,
  stdin: () => string,
  workerScript: string,
  beforeBatch: (files: number) => void = () => {},
): Promise<number> {
  let batch: number | Batch;
  try {
    batch = prepare(argv, stdout, stderr, stdin);
  } catch (err) {
    return failed(err, stderr);
  }
  if (typeof batch === 'number') return batch;
  beforeBatch(batch.jobs.length);
  const size = Math.min(batch.threads, batch.jobs.length);
  if (size <= 1) return runBatchHere(batch, stderr);
  const pool = new WorkerPool<FileJob, FileDone>({ script: workerScript, role: BATCH_ROLE, size });
  const { jobs, output } = batch;
  try {
    output.begin();
    const done: (FileDone | FileFailure | undefined)[] = new Array(jobs.length);
    let next = 0;
    const flush = (): void => {
      for (; next < jobs.length && done[next] !== undefined; next++) {
        output.file(done[next] as FileDone | FileFailure);
        done[next] = undefined;
      }
    };
    await Promise.all(
      jobs.map((job, i) =>
        pool
          .run(job)
          .then(
            (r): FileDone | FileFailure => r,
            (err: unknown) => (err instanceof PoolUnavailableError ? processHere(job) : { path: job.path, failure: err instanceof Error ? err.message : String(err) }),
          )
          .then((r) => {
            done[i] = r;
            flush();
          }),
      ),
    );
    return batch.finish();
  } catch (err) {
    return failed(err, stderr);
  } finally {
    await pool.close();
  }
}

function runBatchHere(batch: Batch, stderr: (s: string) => void): number {
  try {
    batch.output.begin();
    for (const job of batch.jobs) batch.output.file(processHere(job));
    return batch.finish();
  } catch (err) {
    return failed(err, stderr);
  }
}

/** The worker role of the CLI bundle (cli.ts): one file of a batch per job. */
export const BATCH_ROLE = 'cli-batch';

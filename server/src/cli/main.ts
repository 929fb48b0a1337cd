import { readFileSync, statSync } from 'node:fs';
import { analyzeArticle } from '../core/analyze';
import { articleDiagnostics, DIAGNOSTIC_CODES, type SeveritySettings } from '../features/diagnostics';
import type { AnalyzeOptions, Article, DiagnosticCode, Severity } from '../core/article';
import { articleReport } from '../features/report';
import { collectFiles, errnoMessage, InputError, languageOf, readArticle, ARTICLE_EXTENSIONS } from '../workspace/articleFiles';
import { checkJson, checkSarif, checkText, entitiesJson, entitiesModel, type FileResult } from './formats';
import { HELP, VERSION } from './help';
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

function analyzeFiles(parsed: Parsed, stderr: (s: string) => void): { results: FileResult[]; inputErrors: number } {
  if (parsed.positional.length === 0) throw new UsageError(`${parsed.command} needs at least one file or directory`);
  const { files, errors } = collectFiles(parsed.positional);
  errors.forEach((e) => stderr(`newsmark: ${e}\n`));
  if (files.length === 0 && errors.length === 0) {
    // A CI job pointed at the wrong folder must not pass.
    throw new InputError(`no articles in ${parsed.positional.join(', ')} (looked for ${ARTICLE_EXTENSIONS.join(', ')} files)`);
  }
  let inputErrors = errors.length;
  const results: FileResult[] = [];
  for (const path of files) {
    try {
      const read = readArticle(path, parsed.maxBytes);
      if (read.warning) {
        stderr(`newsmark: ${read.warning}\n`);
        inputErrors++;
      }
      const article = analyzeArticle(read.text, { ...parsed.options, languageId: languageOf(path) });
      results.push({ path, article, diagnostics: articleDiagnostics(article, parsed.severities) });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      stderr(`newsmark: ${err.message}\n`);
      results.push({ path, error: err.message });
      inputErrors++;
    }
  }
  return { results, inputErrors };
}

/** How to read a report's positions and counts; printed once before the reports. */
const REPORT_LEGEND =
  'Positions are line:column (6:4 is line 6, column 4). "Reyes x2": the article spells the name that way twice.\n\n';

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

/** Runs the CLI; returns the exit code. Output goes through the given writers (tests use them). */
export function runCli(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void, stdin: () => string): number {
  try {
    const parsed = parseArgs(argv);
    switch (parsed.command) {
      case 'help':
        stdout(HELP);
        return 0;
      case 'version':
        stdout(`${VERSION}\n`);
        return 0;
      case 'check': {
        const format = parsed.format ?? 'text';
        if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`check --format is text, json or sarif, not "${format}"`);
        const { results, inputErrors } = analyzeFiles(parsed, stderr);
        stdout(format === 'json' ? checkJson(results) : format === 'sarif' ? checkSarif(results, VERSION) : checkText(results));
        if (format === 'text') {
          const n = results.reduce((k, r) => k + (r.diagnostics?.length ?? 0), 0);
          const checked = results.filter((r) => r.article).length;
          const refused = results.length - checked;
          stderr(
            `newsmark: ${plural(checked, 'file')} checked, ${plural(n, 'diagnostic')}` +
              (inputErrors > 0 ? `; ${plural(Math.max(refused, inputErrors), 'problem')} with the input (above)` : '') +
              '\n',
          );
        }
        if (inputErrors > 0) return 2;
        return results.some((r) => r.diagnostics?.some((d) => d.severity === 'error')) ? 1 : 0;
      }
      case 'entities': {
        const format = parsed.format ?? 'json';
        if (!['json', 'jsonl', 'text'].includes(format)) throw new UsageError(`entities --format is json, jsonl or text, not "${format}"`);
        const { results, inputErrors } = analyzeFiles(parsed, stderr);
        const done = results.filter((r): r is FileResult & { article: Article } => r.article !== undefined);
        if (format === 'text') {
          stdout(REPORT_LEGEND);
          for (const r of done) stdout(articleReport(r.article, r.path, r.diagnostics ?? []));
        } else if (format === 'jsonl') {
          for (const r of done) stdout(JSON.stringify(entitiesModel(r.path, r.article)) + '\n');
        } else if (oneFile(parsed.positional)) {
          for (const r of done) stdout(entitiesJson(r.path, r.article));
        } else {
          // Several files or a folder: one JSON array, one element per article.
          stdout(JSON.stringify(done.map((r) => entitiesModel(r.path, r.article)), null, 2) + '\n');
        }
        return inputErrors > 0 ? 2 : 0;
      }
      case 'report': {
        const format = parsed.format ?? 'markdown';
        if (!['markdown', 'json'].includes(format)) throw new UsageError(`report --format is markdown or json, not "${format}"`);
        const { results, inputErrors } = analyzeFiles(parsed, stderr);
        const done = results.filter((r): r is FileResult & { article: Article } => r.article !== undefined);
        if (format === 'json') {
          // The article model itself, as the core returns it.
          const models = done.map((r) => ({ path: r.path, article: r.article }));
          stdout(JSON.stringify(oneFile(parsed.positional) ? models[0] ?? null : models, null, 2) + '\n');
        } else {
          stdout(REPORT_LEGEND);
          for (const r of done) stdout(articleReport(r.article, r.path, r.diagnostics ?? []) + '\n');
        }
        return inputErrors > 0 ? 2 : 0;
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
  } catch (err) {
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
}

import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../core/analyze';
import { articleDiagnostics, DIAGNOSTIC_CODES, type SeveritySettings } from '../features/diagnostics';
import type { AnalyzeOptions, DiagnosticCode, Severity } from '../core/article';
import { articleReport } from '../features/report';
import { collectFiles, InputError, languageOf, readArticle } from '../workspace/articleFiles';
import { checkJson, checkSarif, checkText, entitiesJson, type FileResult } from './formats';
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
        const [code, level] = value().split('=');
        if (!(DIAGNOSTIC_CODES as string[]).includes(code)) throw new UsageError(`unknown diagnostic code "${code}" (codes: ${DIAGNOSTIC_CODES.join(', ')})`);
        if (!['error', 'warning', 'information', 'hint', 'off'].includes(level)) throw new UsageError(`--severity ${code}= takes error, warning, information, hint or off`);
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
          stderr(`newsmark: ${results.length} file${results.length === 1 ? '' : 's'} checked, ${n} diagnostic${n === 1 ? '' : 's'}\n`);
        }
        if (inputErrors > 0) return 2;
        return results.some((r) => r.diagnostics?.some((d) => d.severity === 'error')) ? 1 : 0;
      }
      case 'entities': {
        const format = parsed.format ?? 'json';
        if (!['json', 'text'].includes(format)) throw new UsageError(`entities --format is json or text, not "${format}"`);
        if (parsed.positional.length !== 1) throw new UsageError('entities takes exactly one file');
        const { results, inputErrors } = analyzeFiles(parsed, stderr);
        for (const r of results) {
          if (r.article) stdout(format === 'json' ? entitiesJson(r.path, r.article) : articleReport(r.article, r.path, r.diagnostics ?? []));
        }
        return inputErrors > 0 ? 2 : 0;
      }
      case 'report': {
        const { results, inputErrors } = analyzeFiles(parsed, stderr);
        for (const r of results) if (r.article) stdout(articleReport(r.article, r.path, r.diagnostics ?? []) + '\n');
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
          throw new InputError(`${file ?? 'stdin'}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
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

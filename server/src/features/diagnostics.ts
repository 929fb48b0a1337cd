import type { Article, ArticleDiagnostic, DiagnosticCode, Severity } from '../core/article';
import type { Directive } from '../core/markup';
import { workspaceSpellings, type SpellingLookup } from '../core/entities/workspaceConsistency';
import { partitionPoint } from '../core/search';

/**
 * Diagnostics as the user sees them. The analysis finds every diagnostic of an article once, at
 * its code's default severity (Article.diagnostics); here, after the analysis, the user's
 * severities (`newsmark.severity`, `--severity`; `off` drops) and the file's disable comments are
 * applied, and the workspace spelling-consistency diagnostics are added. A change of severity
 * therefore never analyzes the article again.
 */

/** Severity per code as the settings give it; `off` removes the diagnostic. */
export type SeveritySettings = Partial<Record<DiagnosticCode, Severity | 'off'>>;

/** Default severity of each diagnostic code (as the `newsmark.severity` default in package.json). */
export const DEFAULT_SEVERITIES: Record<DiagnosticCode, Severity> = {
  'unsourced-quote': 'warning',
  'unsourced-statistic': 'warning',
  'vague-source': 'information',
  'unbalanced-quote': 'warning',
  'name-inconsistency': 'warning',
  'surname-before-full-name': 'information',
};

export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITIES) as DiagnosticCode[];

/**
 * Applies the user's severities (`off` drops the diagnostic) and the in-file directives
 * `<!-- newsmark-disable code -->` (whole file) and `<!-- newsmark-disable-next-line code -->`
 * (the next non-empty line after the comment's line).
 */
export function finalizeDiagnostics(
  text: string,
  diagnostics: ArticleDiagnostic[],
  directives: Directive[],
  severities: Partial<Record<DiagnosticCode, Severity | 'off'>> = {},
): ArticleDiagnostic[] {
  // Line starts are needed only for `disable-next-line` directives: most texts have none, and a
  // long article has tens of thousands of lines.
  const lineStarts = directives.some((d) => d.kind !== 'disable') ? lineStartsOf(text) : [0];
  const lineOf = (offset: number): number => partitionPoint(lineStarts.length, (i) => lineStarts[i] <= offset) - 1;
  const silencedFile = new Set<string>();
  const silencedLine = new Map<number, Set<string>>();
  for (const d of directives) {
    const codes = d.codes.length > 0 ? d.codes : ['*'];
    if (d.kind === 'disable') codes.forEach((c) => silencedFile.add(c));
    else {
      let line = lineOf(d.end) + 1;
      while (line < lineStarts.length && text.slice(lineStarts[line], lineStarts[line + 1] ?? text.length).trim() === '') line++;
      const set = silencedLine.get(line) ?? new Set<string>();
      codes.forEach((c) => set.add(c));
      silencedLine.set(line, set);
    }
  }
  const out: ArticleDiagnostic[] = [];
  for (const d of diagnostics) {
    const severity = severities[d.code] ?? DEFAULT_SEVERITIES[d.code];
    if (severity === 'off') continue;
    if (silencedFile.has(d.code) || silencedFile.has('*')) continue;
    const onLine = silencedLine.size > 0 ? silencedLine.get(lineOf(d.start)) : undefined;
    if (onLine && (onLine.has(d.code) || onLine.has('*'))) continue;
    out.push({ ...d, severity });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Line starts as an editor counts lines: `\n`, `\r\n` and a lone `\r` each end one. */
function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) lineStarts.push(m.index + m[0].length);
  return lineStarts;
}

const shown = new WeakMap<Article, { severities: SeveritySettings; diagnostics: ArticleDiagnostic[] }>();
const NO_SEVERITIES: SeveritySettings = {};

/**
 * The article's own diagnostics with the severities and disable comments applied, in document
 * order. Remembered per article and severities object, so the LSP handlers and the report of one
 * document version share one list.
 */
export function articleDiagnostics(article: Article, severities: SeveritySettings = NO_SEVERITIES): ArticleDiagnostic[] {
  const hit = shown.get(article);
  if (hit && hit.severities === severities) return hit.diagnostics;
  const diagnostics = finalizeDiagnostics(article.text, article.diagnostics, article.directives, severities);
  shown.set(article, { severities, diagnostics });
  return diagnostics;
}

/**
 * What the Problems panel shows for one article: its own diagnostics and, when a workspace
 * lookup is given (setting `newsmark.workspaceConsistency`), the workspace-level
 * `name-inconsistency` ones (core/entities/workspaceConsistency.ts), in document order. Code
 * actions pair with this list.
 */
export function presentDiagnostics(article: Article, severities: SeveritySettings = NO_SEVERITIES, workspace?: SpellingLookup): ArticleDiagnostic[] {
  const own = articleDiagnostics(article, severities);
  if (!workspace) return own;
  const found = workspaceSpellings(article, workspace);
  const extra = found.length === 0 ? found : finalizeDiagnostics(article.text, found, article.directives, severities);
  return extra.length === 0 ? own : [...own, ...extra].sort((a, b) => a.start - b.start);
}

import type { ArticleDiagnostic, DiagnosticCode, Severity } from './model';
import type { Directive } from './markup';

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
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
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

function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return lineStarts;
}

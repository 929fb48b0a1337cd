import type { Article, ArticleDiagnostic } from '../core/article';
import { LineIndex } from '../core/positions';
import { DEFAULT_SEVERITIES } from '../features/diagnostics';
import { numberSource, structuredValue } from '../core/numbers/json';

export interface FileResult {
  path: string;
  article?: Article;
  /** The article's diagnostics as shown: severities and disable comments applied (features/diagnostics.ts). */
  diagnostics?: ArticleDiagnostic[];
  error?: string;
}

function diagnosticJson(lines: LineIndex, d: ArticleDiagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: lines.range(d.start, d.end),
    offset: { start: d.start, end: d.end },
    relatedInformation: d.related.map((r) => ({ message: r.message, range: lines.range(r.start, r.end), offset: { start: r.start, end: r.end } })),
  };
}

export function checkText(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (!r.article) continue;
    const lines = new LineIndex(r.article.text);
    for (const d of r.diagnostics ?? []) {
      const p = lines.positionAt(d.start);
      out.push(`${r.path}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function checkJson(results: FileResult[]): string {
  return JSON.stringify({ files: results.map(checkJsonFile) }, null, 2) + '\n';
}

/** One element of `check --format json`'s `files`. */
export function checkJsonFile(r: FileResult): Record<string, unknown> {
  if (!r.article) return { path: r.path, error: r.error, diagnostics: [] };
  const lines = new LineIndex(r.article.text);
  return { path: r.path, diagnostics: (r.diagnostics ?? []).map((d) => diagnosticJson(lines, d)) };
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The rules every SARIF log lists, in DEFAULT_SEVERITIES order (results point at them by index). */
function sarifRules(): Record<string, unknown>[] {
  return Object.entries(DEFAULT_SEVERITIES).map(([id, level]) => ({
    id,
    name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: RULE_TEXT[id] ?? id },
    fullDescription: { text: RULE_HELP[id] ?? RULE_TEXT[id] ?? id },
    help: { text: RULE_HELP[id] ?? RULE_TEXT[id] ?? id },
    defaultConfiguration: { level: SARIF_LEVEL[level] },
    properties: { tags: ['journalism', id === 'name-inconsistency' || id === 'surname-before-full-name' ? 'names' : 'sourcing'] },
  }));
}

/** SARIF 2.1.0 for code-scanning tools. Lines and columns are 1-based; columns count UTF-16 units. */
export function checkSarif(results: FileResult[], version: string): string {
  return sarifLog(
    results.map((r) => ({ path: r.path, error: r.error, results: sarifFileResults(r) })),
    version,
  );
}

/** The SARIF results of one file (none for a file that was not analyzed). */
export function sarifFileResults(r: FileResult): unknown[] {
  if (!r.article) return [];
  const ruleIds = Object.keys(DEFAULT_SEVERITIES);
  const lines = new LineIndex(r.article.text);
  return (r.diagnostics ?? []).map((d) => {
    const s = lines.positionAt(d.start);
    const e = lines.positionAt(d.end);
    const ruleIndex = ruleIds.indexOf(d.code);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex < 0 ? undefined : ruleIndex,
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.path.split('\\').join('/') },
            region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: d.start, charLength: d.end - d.start },
          },
        },
      ],
    };
  });
}

/** The SARIF log of a run, from each file's results (sarifFileResults) and refusal. */
export function sarifLog(files: { path: string; error?: string; results: unknown[] }[], version: string): string {
  const invocations = [
    {
      executionSuccessful: files.every((r) => !r.error),
      toolExecutionNotifications: files
        .filter((r) => r.error)
        .map((r) => ({ level: 'error', message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation: { uri: r.path } } }] })),
    },
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'newsmark', version, rules: sarifRules() } }, invocations, results: files.flatMap((f) => f.results) }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

const RULE_TEXT: Record<string, string> = {
  'unsourced-quote': 'A quotation that nobody is credited with',
  'unsourced-statistic': 'A statistic in a sentence with no source',
  'vague-source': 'An attribution to an unnamed source',
  'unbalanced-quote': 'An opening quotation mark that never closes',
  'name-inconsistency': 'One entity spelled two ways in one article',
  'surname-before-full-name': "A person's first mention is a bare surname",
};

/** What each rule checks and how to fix what it reports (SARIF fullDescription and help). */
const RULE_HELP: Record<string, string> = {
  'unsourced-quote':
    'A quotation of four or more words (or a shorter one with a verb) that no one is credited with in its sentence, by carry-over from the quotation before it, or by a citation. Add who said it ("...," she said) or cite it with a footnote [^n].',
  'unsourced-statistic':
    'A count, amount, percentage, measurement, ranking or record in a sentence that has no source. Add who said it (..., officials said), or cite it with a footnote [^n] or a link.',
  'vague-source':
    'An attribution to people nobody can identify ("officials", "sources", "experts") or impersonal phrasing ("it is believed", "reportedly"). Name the person or body, or explain why the source cannot be named.',
  'unbalanced-quote':
    'An opening quotation mark with no closing mark in its paragraph, where the next paragraph does not continue the quotation. Close the quotation or remove the mark.',
  'name-inconsistency': 'One person or organization spelled two ways in one article. Use the majority spelling everywhere.',
  'surname-before-full-name':
    "A person's first mention in the body is a bare surname and the full name only comes later. Give the full name at first mention.",
};

/** `newsmark entities` for one article, pretty-printed. */
export function entitiesJson(path: string, article: Article): string {
  return JSON.stringify(entitiesModel(path, article), null, 2) + '\n';
}

/** The entities and numbers of an article, with LSP ranges and string offsets. */
export function entitiesModel(path: string, article: Article): Record<string, unknown> {
  const lines = new LineIndex(article.text);
  const span = (start: number, end: number) => ({ range: lines.range(start, end), offset: { start, end } });
  return {
    path,
    articleDate: article.articleDate?.date ?? null,
    articleDateOrigin: article.articleDate?.origin ?? null,
    entities: article.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      roles: e.roles,
      facts: e.facts,
      quoteCount: e.quoteCount,
      attributionCount: e.attributionCount,
      mentions: e.mentions.map((i) => {
        const m = article.mentions[i];
        return { text: m.text, ...span(m.start, m.end) };
      }),
    })),
    // Numbers: structured value (number or interval, unit, currency, ISO date), counted thing, source.
    numbers: article.numbers.map((n) => ({
      type: n.type,
      text: n.text,
      ...span(n.start, n.end),
      value: structuredValue(n),
      counted: n.counted ? { text: n.counted.text, ...span(n.counted.start, n.counted.end) } : null,
      sentence: n.sentence,
      source: numberSource(article, n),
    })),
  };
}

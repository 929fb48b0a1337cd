import type { Article, ArticleDiagnostic } from '../core/article';
import { LineIndex } from '../core/positions';
import { quotationSpeaker } from './quotationHover';

/**
 * A readable report of the article model: structure, entities, numbers and diagnostics (the
 * ones the user sees, from features/diagnostics.ts).
 * Used by `newsmark entities --format text`, `npm start` and the "Show Article Report" command.
 */
export function articleReport(article: Article, title: string, diagnostics: readonly ArticleDiagnostic[]): string {
  const lines = new LineIndex(article.text);
  const at = (o: number): string => {
    const p = lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [`# Newsmark report: ${title}`, ''];
  const counts = new Map<string, number>();
  for (const p of article.paragraphs) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  out.push(
    `Paragraphs: ${article.paragraphs.length} (${[...counts].map(([r, n]) => `${n} ${r}`).join(', ')}); ` +
      `sentences: ${article.sentences.length}; tokens: ${article.tokens.length}` +
      (article.articleDate ? `; article date: ${article.articleDate.date} (${article.articleDate.origin})` : ''),
    '',
  );
  out.push(`## Entities (${article.entities.length})`, '');
  for (const e of article.entities) {
    const mentions = e.mentions.map((i) => article.mentions[i]);
    const spellings = new Map<string, number>();
    for (const m of mentions) spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
    const extra = [...e.roles, ...e.facts];
    out.push(
      `- ${e.name} (${e.type}) at ${at(mentions[0].start)}: ${[...spellings].map(([t, n]) => (n > 1 ? `${t} x${n}` : t)).join(', ')}` +
        (extra.length ? ` [${extra.join('; ')}]` : '') +
        (e.quoteCount ? `, quoted ${e.quoteCount}` : '') +
        (e.attributionCount ? `, source of ${e.attributionCount}` : ''),
    );
  }
  out.push('', `## Numbers (${article.numbers.length})`, '');
  for (const n of article.numbers) {
    out.push(`- ${at(n.start)} ${n.type} "${n.text}": ${n.value.display}${n.counted ? ` (counts ${n.counted.text})` : ''}`);
  }
  out.push('', `## Quotations (${article.quotations.length})`, '');
  for (const q of article.quotations) {
    const inner = article.text.slice(q.innerStart, q.innerEnd).replace(/\s+/g, ' ').trim();
    const shown = inner.length > 60 ? `${inner.slice(0, 59).trimEnd()}…` : inner;
    const speaker = quotationSpeaker(article, q);
    const who = speaker ? `Quoted: ${speaker}` : q.isClaim ? 'Quoted: unsourced' : 'no speaker';
    out.push(`- ${at(q.start)} "${shown}" (${q.words} words${q.isClaim ? '' : ', not a claim'}): ${who}`);
  }
  out.push('', `## Diagnostics (${diagnostics.length})`, '');
  for (const d of diagnostics) out.push(`- ${at(d.start)} ${d.severity} ${d.code}: ${d.message}`);
  return out.join('\n') + '\n';
}

import type { Article, Attribution, Quotation } from '../core/article';

/**
 * Hover lines for a quotation: its length, whether it is a claim, and who is quoted
 * (`Quoted: Volodymyr Zelenskiy (said)`, `Quoted: unsourced`).
 */
export function describeQuotation(article: Article, q: Quotation): string[] {
  const lines = [`**Quotation** · ${q.words} word${q.words === 1 ? '' : 's'}${q.isClaim ? '' : ' · short phrase, not a claim'}`];
  const speaker = quotationSpeaker(article, q);
  if (speaker) lines.push(`Quoted: ${speaker}`);
  else if (q.isClaim) lines.push('Quoted: unsourced');
  if (q.unbalanced) lines.push('The closing quotation mark is missing');
  return lines;
}

/**
 * Who a quotation is credited to, as a hover shows it: the speaker's canonical name (or the
 * source phrase when it is not a known entity) with the reporting verb, and how it was found
 * when that is not the quotation's own sentence. Undefined when nobody is credited.
 */
export function quotationSpeaker(article: Article, q: Quotation): string | undefined {
  const a: Attribution | undefined = q.attribution >= 0 ? article.attributions[q.attribution] : undefined;
  if (!a) return undefined;
  if (a.via === 'citation') return `cited ${oneLine(a.source.text)}`;
  const entity = a.entity >= 0 ? article.entities[a.entity] : undefined;
  const who = entity ? entity.name : oneLine(a.source.text);
  const verb = oneLine(a.verb.text);
  const notes: string[] = [];
  if (verb) notes.push(verb);
  else if (a.via === 'headline') notes.push('headline');
  if (a.via === 'carry-over') notes.push('continues an earlier quotation');
  if (a.via === 'pronoun') notes.push(`"${oneLine(a.source.text)}"`);
  const quality = a.quality === 'vague' ? ' · vague source' : '';
  return `${who}${notes.length ? ` (${notes.join(', ')})` : ''}${quality}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

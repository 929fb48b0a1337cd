import type { Attribution, Mention, Paragraph, Quotation, Sentence, Span } from '../article';
import { INSTITUTION_NOUNS, ROLE_NOUNS } from './sources';
import { partitionPoint } from '../search';


/**
 * The sourcing rules beyond "an attribution in the same sentence" (docs/rules.md, Sourcing decisions):
 * carry-over of quotation paragraphs and of quotations that follow an attributed quotation,
 * introductions (`X said:`), pronoun subjects, and citation markup.
 */

/** A possible antecedent for a pronoun subject. */
export interface Antecedent {
  offset: number;
  /** The antecedent's own phrase. */
  source: Span;
  quality: 'named' | 'vague';
  entity: number;
  personLike: boolean;
  plural: boolean;
  organization: boolean;
}

/**
 * The antecedent of a pronoun subject: the most recent matching person (he/she), body (it)
 * or group or body (they) among earlier sources and sentence-subject person mentions.
 */
export function resolvePronoun(pronoun: string, before: number, antecedents: Antecedent[]): Antecedent | undefined {
  for (let k = antecedents.length - 1; k >= 0; k--) {
    const a = antecedents[k];
    if (a.offset >= before) continue;
    if ((pronoun === 'he' || pronoun === 'she') && a.personLike && !a.plural) return a;
    if (pronoun === 'it' && a.organization && !a.plural) return a;
    if (pronoun === 'they' && (a.plural || a.organization)) return a;
  }
  return undefined;
}

/** Person mentions that open a sentence (after a leading adverbial): salient antecedents. */
export function subjectMentions(plain: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const s = sentences[m.sentence];
    if (!s) continue;
    // Nothing before the name: no adverbial, no title (the common case, without the patterns).
    if (m.start <= s.start) {
      out.push(m);
      continue;
    }
    const lead = plain.slice(s.start, m.start);
    const adverbial = /^\s*(?:(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s*)?/u.exec(lead)?.[0] ?? '';
    // What stands before the name is a title: capitalized words and role words (`Harbour master`).
    const title = lead.slice(adverbial.length).split(/\s+/).filter((w) => w !== '');
    if (title.length <= 4 && title.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) out.push(m);
  }
  return out;
}

const TITLE_WORDS = new Set('master executive general chief head deputy senior former acting interim vice state county city district regional national'.split(' '));

/**
 * Sentences whose subject is an unnamed plural group (`Port officials met on Monday.`): the
 * group is what a following `They said` refers to. Returns the subject phrase.
 */
export function groupSubject(plain: string, s: Span): (Span & { quality: 'named' | 'vague'; plural: boolean }) | undefined {
  const m = /^(\s*(?:(?:The|Some|Many|Several|Local|Other)\s+)?(?:[\p{L}'’-]+\s+){0,2}?)([\p{L}'’-]+)\b/u.exec(plain.slice(s.start, Math.min(s.end, s.start + 80)));
  if (!m) return undefined;
  const head = m[2].toLowerCase();
  const start = s.start + (/\S/.exec(m[0])?.index ?? 0);
  // `Police arrested two men. They said ...`: a body that speaks as a group.
  if (head === 'police' && m[1].trim() === '') return { start, end: s.start + m[0].length, quality: 'named', plural: true };
  // `The council voted on Monday. It said ...`
  if (INSTITUTION_NOUNS.has(head) && /^\s*The\s/.test(m[1])) return { start, end: s.start + m[0].length, quality: 'named', plural: false };
  if (!ROLE_NOUNS.has(head) || !/(?:[^s]s|people|men)$/.test(head)) return undefined;
  return { start, end: s.start + m[0].length, quality: 'vague', plural: true };
}

/** Is the masked text of a span (quotation interiors blanked) free of words: only a quotation? */
export function onlyQuotation(masked: string, span: Span, quotations: Quotation[]): boolean {
  // Quotations are sorted by start: the first at or after the span's start decides (a scan of all was quadratic: issue 16).
  const first = partitionPoint(quotations.length, (k) => quotations[k].start < span.start);
  if (!(first < quotations.length && quotations[first].start < span.end)) return false;
  const rest = masked.slice(span.start, span.end).replace(/``|''|["“”]/g, '');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** Does the paragraph end with an introduction (`X said:`, `as follows --`)? */
export function endsWithIntroduction(plain: string, p: Paragraph): boolean {
  const tail = plain.slice(Math.max(p.start, p.end - 40), p.end);
  return /(?::|--|—|\bas follows\s*[:.-]*)\s*$/u.test(tail);
}

export interface Citation extends Span {
  text: string;
}

/** Citations by sentence: footnote references with a definition, Markdown links, bare URLs. */
export function citationsBySentence(
  text: string,
  sentences: Sentence[],
  paragraphs: Paragraph[],
  footnoteRefs: (Span & { id: string })[],
  footnoteDefs: Record<string, Span>,
  links: (Span & { url: string })[],
): Map<number, Citation> {
  const out = new Map<number, Citation>();
  const marks: Citation[] = [
    ...footnoteRefs.filter((r) => footnoteDefs[r.id] !== undefined),
    ...links,
  ].map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end) }));
  if (marks.length === 0) return out;
  for (const s of sentences) {
    const p = paragraphs[s.paragraph];
    const next = sentences[s.index + 1];
    // A footnote mark after the last sentence's full stop (`in 2022.[^1]`) is blanked markup
    // outside the trimmed paragraph: it still belongs to that sentence, up to the line's end.
    const lineEnd = text.indexOf('\n', p.end);
    const reach = next && next.paragraph === s.paragraph ? next.start : lineEnd < 0 ? text.length : lineEnd;
    const c = marks.find((m) => m.start >= s.start && m.start < Math.max(reach, s.end));
    if (c) out.set(s.index, c);
  }
  return out;
}

/** Copies an attribution for a carried-over quotation or sentence. */
export function carried(a: Attribution, sentence: number): Attribution {
  return { ...a, sentence, via: 'carry-over' };
}

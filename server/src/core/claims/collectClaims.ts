import type { ArticleDiagnostic, Attribution, Claim, NumberMention, Paragraph, Span } from '../article';
import type { ClaimsInput, Sourcing } from './analyzeClaims';
import { unsourcedDiagnostic } from './diagnosticMessages';
import { fallbackNumbers } from './fallbackNumbers';
import { findStatistics } from './statistics';
import { pushTo } from '../multimap';

/** What collectClaims hands to sentenceClaims. */
interface ClaimsPass {
  input: ClaimsInput;
  sourcing: Sourcing;
  numbersBySentence: Map<number, NumberMention[]>;
  useFallback: boolean;
  /** Shared by the article's statistics checks (StatisticsContext.firstFigures). */
  firstFigures: Map<string, number>;
  footnote: number;
  claims: Claim[];
  diagnostics: ArticleDiagnostic[];
}

/** Claims (quotations that are claims, statistics) of the body sentences, and the unsourced ones' diagnostics. */
export function collectClaims(input: ClaimsInput, sourcing: Sourcing, body: Paragraph[]): { claims: Claim[]; diagnostics: ArticleDiagnostic[] } {
  // Grouped once: a per-sentence filter over every number is quadratic on long articles.
  const numbersBySentence = new Map<number, NumberMention[]>();
  for (const n of input.numbers) {
    pushTo(numbersBySentence, n.sentence, n);
  }
  const pass: ClaimsPass = {
    input,
    sourcing,
    numbersBySentence,
    useFallback: input.numbers.length === 0,
    firstFigures: new Map(),
    footnote: nextFootnote(input.footnoteRefs, input.footnoteDefs),
    claims: [],
    diagnostics: [],
  };
  for (const p of body) {
    for (const si of p.sentences) sentenceClaims(pass, p, si);
  }
  return { claims: pass.claims, diagnostics: pass.diagnostics };
}

function sentenceClaims(pass: ClaimsPass, p: Paragraph, si: number): void {
  const { plain, sentences } = pass.input;
  const { attributions, own, inherited, quotesBySentence, firstBody, datelineEnd, masked } = pass.sourcing;
  const { claims, diagnostics, footnote } = pass;
  const s = sentences[si];
  const start = p === firstBody ? Math.max(s.start, datelineEnd) : s.start;
  if (start >= s.end) return;
  const span = { start, end: s.end };
  const ownList = own.get(si) ?? [];
  // Verbs of speaking that only attribute quotations source no statistic (docs/rules.md, the decisions of the spec's section 6.1).
  const statList = ownList.filter((k) => !pass.sourcing.quotesOnly.has(k));
  const fallback = inherited.get(si) ?? -1;
  for (const q of quotesBySentence.get(si) ?? []) {
    if (!q.isClaim) continue;
    const claim: Claim = { start: q.start, end: q.end, text: plain.slice(q.start, q.end), kind: 'quotation', sentence: si, attribution: q.attribution };
    claims.push(claim);
    if (claim.attribution < 0) diagnostics.push(unsourcedDiagnostic('unsourced-quote', claim, s, plain, footnote));
  }
  const numbers = pass.useFallback ? fallbackNumbers(masked, span, si) : (pass.numbersBySentence.get(si) ?? []);
  const excluded = statList.map((k) => attributions[k].source);
  const { phrases, ordinals } = pass.sourcing.work(si, start);
  for (const st of findStatistics(span, numbers, { plain, masked, excluded, firstFigures: pass.firstFigures, phrases, ordinals })) {
    const attribution = statList.length > 0 ? nearest(statList, attributions, st) : fallback;
    const claim: Claim = { start: st.start, end: st.end, text: plain.slice(st.start, st.end), kind: 'statistic', sentence: si, attribution };
    claims.push(claim);
    if (claim.attribution < 0) diagnostics.push(unsourcedDiagnostic('unsourced-statistic', claim, s, plain, footnote));
  }
}

/** The attribution nearest to a claim (by distance between the spans). */
export function nearest(list: number[], attributions: Attribution[], c: Span): number {
  let best = list[0];
  let bestDistance = Infinity;
  for (const k of list) {
    const a = attributions[k];
    const d = a.source.end <= c.start ? c.start - a.source.end : a.source.start >= c.end ? a.source.start - c.end : 0;
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function nextFootnote(refs: (Span & { id: string })[], defs: Record<string, Span>): number {
  let max = 0;
  for (const id of [...refs.map((r) => r.id), ...Object.keys(defs)]) {
    if (/^\d+$/.test(id)) max = Math.max(max, Number(id));
  }
  return max + 1;
}

import type {
  ArticleDiagnostic,
  Attribution,
  Claim,
  Entity,
  Mention,
  NumberMention,
  Paragraph,
  Quotation,
  Sentence,
  Span,
  Token,
} from '../model';
import { findQuotations, unbalancedQuoteDiagnostics } from './quotes';

/** Everything the sourcing checks read from the earlier stages of the analysis. */
export interface ClaimsInput {
  text: string;
  plain: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  numbers: NumberMention[];
  footnoteRefs: (Span & { id: string })[];
  footnoteDefs: Record<string, Span>;
  links: (Span & { url: string })[];
}

export interface ClaimsResult {
  quotations: Quotation[];
  attributions: Attribution[];
  claims: Claim[];
  diagnostics: ArticleDiagnostic[];
}

/** Quotations, attributions, claims and the sourcing diagnostics (spec/claims.md). */
export function analyzeClaims(input: ClaimsInput): ClaimsResult {
  const quotations = findQuotations(input.plain, input.paragraphs);
  return {
    quotations,
    attributions: [],
    claims: [],
    diagnostics: unbalancedQuoteDiagnostics(quotations),
  };
}

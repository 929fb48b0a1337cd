/**
 * The typed article model produced by the pure analysis core.
 *
 * Every position in this file is a string offset into the original text
 * (UTF-16 code units, as JavaScript strings index), `end` exclusive. The LSP
 * layer converts offsets to line/character positions at the edge.
 *
 * No LSP types here: the core is shared by the language server, the CLI and the tests.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** What a paragraph is in the article. Only `body` paragraphs are checked for claims. */
export type ParagraphRole =
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'boilerplate'
  | 'heading'
  | 'footnote'
  | 'body';

export interface Paragraph extends Span {
  index: number;
  role: ParagraphRole;
  /** Indexes into `Article.sentences`. */
  sentences: number[];
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Half-open range of indexes into `Article.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  text: string;
}

/** CoNLL-2003 label of a tagged mention. */
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Product entity types (docs/rules.md, Navigation: the semantic token types). */
export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface Mention extends TextSpan {
  type: EntityType;
  label: NerLabel;
  /** Index into `Article.entities`, -1 before clustering. */
  entity: number;
  sentence: number;
}

export interface Entity {
  /** Stable within one analysis: `person:volodymyr-zelenskiy`. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form in the article. */
  name: string;
  /** Indexes into `Article.mentions`, document order. */
  mentions: number[];
  /** Titles and roles gathered from the article (`Ukraine's President`, `General`). */
  roles: string[];
  /** Other facts from the article (age, affiliation) as short phrases. */
  facts: string[];
  quoteCount: number;
  attributionCount: number;
}

export type NumberType =
  | 'cardinal'
  | 'percent'
  | 'money'
  | 'quantity'
  | 'date'
  | 'time'
  | 'duration'
  | 'ordinal'
  | 'age';

/** A structured, normalized value of a number expression. */
export interface NumberValue {
  /** Exact value, or the low end of an interval. */
  value?: number;
  /** High end of an interval (`10 to 12`). */
  high?: number;
  /** `more than` -> '>' ; `about` -> '~' ; `at least` -> '>=' ; `up to` -> '<=' ; `nearly`/`almost` -> '<~'. */
  qualifier?: '>' | '>=' | '<' | '<=' | '~' | '<~';
  /** A vague magnitude (`hundreds of`). */
  vague?: boolean;
  unit?: string;
  /** ISO 4217 code for money. */
  currency?: string;
  /** ISO 8601 date, month (`2022-02`) or interval (`2024-11-18/2024-11-24`) when resolved. */
  date?: string;
  /** Time of day `HH:MM`, optionally with zone. */
  time?: string;
  /** Human-readable normalized form shown in hovers (`> 10,000`, `≈ 20 km (≈ 12.4 mi)`). */
  display: string;
}

export interface NumberMention extends TextSpan {
  type: NumberType;
  value: NumberValue;
  /** What a count counts (`combat clashes`). */
  counted?: TextSpan;
  sentence: number;
}

export interface Quotation extends Span {
  /** Offsets of the inner text, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** Number of words inside. */
  words: number;
  /** True when the quotation is a claim (docs/rules.md, Sourcing decisions). */
  isClaim: boolean;
  /** Index into `Article.attributions`, or -1 when unattributed. */
  attribution: number;
  paragraph: number;
  /** The closing mark is missing. */
  unbalanced: boolean;
}

export type SourceQuality = 'named' | 'vague';

export interface Attribution {
  /** The source phrase (`Ukrainian officials`). */
  source: TextSpan;
  /** The reporting verb or phrase (`said`, `according to`). */
  verb: TextSpan;
  quality: SourceQuality;
  /** Index into `Article.entities` of the speaker, or -1. */
  entity: number;
  sentence: number;
  /** How the attribution was found: in the sentence, carried over, pronoun, citation, headline. */
  via: 'sentence' | 'carry-over' | 'pronoun' | 'citation' | 'headline';
}

export type ClaimKind = 'quotation' | 'statistic';

export interface Claim extends TextSpan {
  kind: ClaimKind;
  sentence: number;
  /** Index into `Article.attributions`, or -1 when unsourced. */
  attribution: number;
}

export type DiagnosticCode =
  | 'unsourced-quote'
  | 'unsourced-statistic'
  | 'vague-source'
  | 'unbalanced-quote'
  | 'name-inconsistency'
  | 'surname-before-full-name';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInfo extends Span {
  message: string;
}

export interface ArticleDiagnostic extends Span {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  related: RelatedInfo[];
  /** Whatever a quick fix needs (majority spelling, ...), JSON-serializable. */
  data?: Record<string, unknown>;
}

export interface AnalyzeOptions {
  /** `news`, `plaintext`, `markdown`: markdown markup is ignored but offsets are kept. */
  languageId?: string;
  /** ISO date (`2024-11-23`) overriding any date found in the article. */
  articleDate?: string;
  /** Read `17/11/2024` as day first (default true). */
  dayFirst?: boolean;
  /** Today's ISO date, for the year of a dateline without one (`KYIV, Nov 23 (Reuters) -`); the clock when absent. */
  today?: string;
  /** Severity per code; `off` removes the diagnostic. */
  severities?: Partial<Record<DiagnosticCode, Severity | 'off'>>;
}

export interface Article {
  text: string;
  languageId: string;
  /** The text with markup, front matter and comments replaced by spaces: same length as `text`. */
  plain: string;
  /** ISO date the article was written, when known, and where it came from. */
  articleDate?: { date: string; origin: 'setting' | 'front-matter' | 'dateline'; yearInferred?: boolean };
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  numbers: NumberMention[];
  quotations: Quotation[];
  attributions: Attribution[];
  claims: Claim[];
  diagnostics: ArticleDiagnostic[];
  /** Footnote definitions `[^id]: ...` by id. */
  footnotes: Record<string, Span>;
}

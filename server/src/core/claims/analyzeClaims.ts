import type { Markup } from '../markup';
import type {
  Article,
  ArticleDiagnostic,
  Attribution,
  Claim,
  Mention,
  Paragraph,
  Quotation,
  Sentence,
} from '../article';
import { datelinePrefixEnd } from '../segment/roles';
import { partitionPoint } from '../search';
import { findQuotations, unbalancedQuoteDiagnostics } from './quotes';
import { findSentenceAttributions, headlineSpeaker, mayAttribute, type RawAttribution } from './attribution';
import { classifySource, resolveEntity, type SourceInfo } from './sources';
import { mayHoldRecord } from './records';
import { ordinalWords, sentencePhrases, type Statistic } from './statistics';
import {
  carried,
  citationsBySentence,
  endsWithIntroduction,
  groupSubject,
  onlyQuotation,
  resolvePronoun,
  subjectMentions,
  type Antecedent,
} from './sourcing';
import { collectClaims, nearest } from './collectClaims';
import { vagueSourceDiagnostics } from './vagueSources';
import { COMMON_VERBS, wordsOf } from './words';
import { isVerb, SentenceSyntax } from './wordTags';
import type { SentenceTokens } from '../sentenceTokens';

/** Everything the sourcing checks read from the earlier stages of the analysis. */
export type ClaimsInput = Pick<Article, 'text' | 'plain' | 'paragraphs' | 'sentences' | 'mentions' | 'entities' | 'numbers'> &
  Pick<Markup, 'footnoteRefs' | 'footnoteDefs' | 'links'> & {
    /** The sentences' tokens (the part-of-speech tagger reads those of the sentences the rules ask about). */
    tokens: SentenceTokens;
  };

/**
 * What the claim rules find in one body sentence from its own words: its raw attributions and
 * the phrases that are statistics by their words, offsets relative to where its checked part
 * starts. A function of the sentence's text, its masked text (quotation interiors blanked) and
 * where the checked part starts in it (after a dateline): what `SentenceWorkMemo` is given.
 */
export interface SentenceWork {
  raws: RawAttribution[];
  phrases: Statistic[];
  /** Its ordinal words (statistics.ts, ordinalWords), relative to where its checked part starts; never changed. */
  ordinals: readonly number[];
}

/**
 * Where an incremental analysis keeps SentenceWork between analyses (core/analysisCache.ts): for
 * body sentence `si`, its checked part starting `rel` code units in, and that part's masked text
 * when a quotation masks some of it (undefined: the sentence's own text).
 */
export interface SentenceWorkMemo {
  get(si: number, rel: number, masked: string | undefined): SentenceWork | undefined;
  set(si: number, rel: number, masked: string | undefined, work: SentenceWork): void;
}

export interface ClaimsResult {
  quotations: Quotation[];
  attributions: Attribution[];
  claims: Claim[];
  diagnostics: ArticleDiagnostic[];
}

/** Quotations, attributions, claims and the sourcing diagnostics (docs/rules.md, Sourcing decisions); see countSpeakers for the entities' counts. */
export function analyzeClaims(input: ClaimsInput, memo?: SentenceWorkMemo): ClaimsResult {
  const { plain, paragraphs, sentences } = input;
  const quotations = findQuotations(plain, paragraphs);
  const body = paragraphs.filter((p) => p.role === 'body');

  // Quotation interiors blanked: reporting verbs and numbers inside quotations are not read.
  const masked = maskQuotations(plain, quotations);
  // The dateline that opens the first body paragraph is not checked.
  const firstBody = body[0];
  const datelineEnd = firstBody && firstBody.index <= 5 ? datelinePrefixEnd(plain, firstBody) : 0;
  const quotesBySentence = new Map<number, Quotation[]>();
  for (const q of quotations) {
    const s = sentenceAt(sentences, paragraphs[q.paragraph], q.start);
    if (s < 0) continue;
    const list = quotesBySentence.get(s) ?? [];
    list.push(q);
    quotesBySentence.set(s, list);
  }

  // The passes are separate functions: one function holding them all was too big for the
  // optimizing compiler to finish quickly, and a long article ran mostly unoptimized.
  const sourcing = new Sourcing(input, masked, quotations, quotesBySentence, firstBody, datelineEnd, memo);
  sourcing.shortQuotations();
  sourcing.headline();
  for (const p of body) sourcing.paragraph(p);
  sourcing.citations();
  const { attributions, antecedents } = sourcing;

  const { claims, diagnostics } = collectClaims(input, sourcing, body);
  claims.sort((a, b) => a.start - b.start);
  vagueSourceDiagnostics(plain, sentences, attributions, antecedents, claims, diagnostics);
  diagnostics.push(...unbalancedQuoteDiagnostics(quotations));

  // The entities' quotation and attribution counts are counted from these by countSpeakers (counts.ts).
  return { quotations, attributions, claims, diagnostics: diagnostics.sort((a, b) => a.start - b.start) };
}

/** The attribution pass: who each body sentence and quotation is sourced to, in document order. */
export class Sourcing {
  readonly attributions: Attribution[] = [];
  /** Source quality facts of each attribution, by index. */
  readonly infos: SourceInfo[] = [];
  /** Sentence -> its own attributions. */
  readonly own = new Map<number, number[]>();
  /** Sentence -> carried-over attribution. */
  readonly inherited = new Map<number, number>();
  /** Attributions by a verb of speaking that source quotations only (`urged`, `pledged`). */
  readonly quotesOnly = new Set<number>();
  readonly syntax: SentenceSyntax;
  readonly antecedents: Antecedent[] = [];
  private readonly subjects: Mention[];
  private nextSubject = 0;
  /** Attribution of the last attributed quotation of the previous body paragraph. */
  private previousSpeaker = -1;
  /** Attribution of a previous paragraph that ends in `X said:`. */
  private previousIntro = -1;
  /** A previous paragraph that ends inside an open, unattributed multi-paragraph quotation, or -1. */
  private previousOpen = -1;
  /** The last quotation of each paragraph (quotations are in document order). */
  private readonly lastQuoteOf = new Map<number, Quotation>();
  /** Per paragraph: the attribution of its latest attributed quotation, and its latest attribution. */
  private paragraphSpeaker = -1;
  private lastAttribution = -1;
  /** This analysis's SentenceWork by sentence, offsets the article's. */
  private readonly works = new Map<number, SentenceWork>();

  constructor(
    private readonly input: ClaimsInput,
    readonly masked: string,
    private readonly quotations: Quotation[],
    readonly quotesBySentence: Map<number, Quotation[]>,
    readonly firstBody: Paragraph | undefined,
    readonly datelineEnd: number,
    private readonly memo: SentenceWorkMemo | undefined,
  ) {
    this.subjects = subjectMentions(input.plain, input.sentences, input.mentions);
    this.syntax = new SentenceSyntax(input.tokens, input.sentences);
    for (const q of quotations) this.lastQuoteOf.set(q.paragraph, q);
  }

  /**
   * The SentenceWork of body sentence `si`, whose checked part starts at `start`, in the
   * article's offsets. The rules run on the sentence's masked text cut out (offsets relative to
   * `start`), so they read nothing else; the memo keeps it by everything they read.
   */
  work(si: number, start: number): SentenceWork {
    let found = this.works.get(si);
    if (found !== undefined) return found;
    const s = this.input.sentences[si];
    const local = this.masked.slice(start, s.end);
    const rel = start - s.start;
    // Most sentences hold no quotation: their masked text is their text.
    const masked = this.memo !== undefined && local !== this.input.plain.slice(start, s.end) ? local : undefined;
    let relative = this.memo?.get(si, rel, masked);
    if (relative === undefined) {
      const raws = mayAttribute(local) ? findSentenceAttributions(this.syntax.tag(si, wordsOf(local, 0, local.length), false, start)) : [];
      // Tagged words only where a superlative or ordinal may stand (the record phrases need them),
      // and chunk tags only where the part-of-speech tags found one (records.ts, mayHoldRecord).
      const words = RECORD_HINT.test(local) ? this.syntax.tag(si, wordsOf(local, 0, local.length), false, start) : undefined;
      if (words !== undefined && mayHoldRecord(words)) this.syntax.tag(si, words, true, start);
      relative = { raws, phrases: sentencePhrases({ start: 0, end: local.length }, local, words), ordinals: ordinalWords(local) };
      this.memo?.set(si, rel, masked, relative);
    }
    found = {
      raws: relative.raws.map((r) => {
        const raw: RawAttribution = { source: { start: r.source.start + start, end: r.source.end + start }, verb: { start: r.verb.start + start, end: r.verb.end + start }, kind: r.kind };
        if (r.pronoun !== undefined) raw.pronoun = r.pronoun;
        if (r.quotesOnly !== undefined) raw.quotesOnly = r.quotesOnly;
        return raw;
      }),
      phrases: relative.phrases.map((p) => ({ start: p.start + start, end: p.end + start, kind: p.kind })),
      ordinals: relative.ordinals,
    };
    this.works.set(si, found);
    return found;
  }

  add(a: Attribution, info: SourceInfo): number {
    this.attributions.push(a);
    this.infos.push(info);
    return this.attributions.length - 1;
  }

  /**
   * A quotation of two or three words is a claim only with a verb (section 2): where the words
   * look like one (`"wasteful spending"`), the part-of-speech tags of the sentence decide.
   */
  shortQuotations(): void {
    const { plain } = this.input;
    for (const [si, quotes] of this.quotesBySentence) {
      for (const q of quotes) {
        if (!q.isClaim || q.words > 3) continue;
        const words = this.syntax.tag(si, wordsOf(plain, q.innerStart, q.innerEnd), true).filter((w) => w.punct === '');
        // Only where the sole sign of a verb was an -ing or -ed ending (`"wasteful spending"`).
        const last = words[words.length - 1];
        if (!last || !/(?:ing|ed)$/.test(last.lower) || words.some((w) => COMMON_VERBS.has(w.lower) || w.pos === 'PRP')) continue;
        // A verb form inside a noun-phrase chunk is a noun (`careless planning`).
        if (words.every((w) => w.pos !== '') && !words.some((w) => isVerb(w) && w.chunk !== 'I-NP')) q.isClaim = false;
      }
    }
  }

  /** Headline `Claim: Speaker`. */
  headline(): void {
    const { plain, paragraphs, mentions, entities } = this.input;
    const headline = paragraphs[0]?.role === 'headline' ? paragraphs[0] : undefined;
    if (!headline) return;
    const sp = headlineSpeaker(plain, headline);
    if (!sp) return;
    const info = classifySource(sp, { plain, mentions, sentenceStart: headline.start });
    const entity = info.quality === 'named' ? resolveEntity(sp, mentions, entities, plain) : -1;
    this.add(
      {
        source: { start: sp.start, end: sp.end, text: plain.slice(sp.start, sp.end) },
        verb: { start: sp.start - 1, end: sp.start - 1, text: '' },
        quality: info.quality,
        entity,
        sentence: headline.sentences[0] ?? -1,
        via: 'headline',
      },
      info,
    );
  }

  /** One body paragraph: its sentences, then what it hands on to the next paragraph. */
  paragraph(p: Paragraph): void {
    const { plain, paragraphs } = this.input;
    this.paragraphSpeaker = -1;
    this.lastAttribution = -1;
    for (const si of p.sentences) this.sentence(p, si);
    // Multi-paragraph quotations: a speaker named only later covers the opening paragraph too.
    const speaker = this.paragraphSpeaker;
    if (this.previousOpen >= 0 && speaker >= 0) {
      const prev = paragraphs[this.previousOpen];
      for (const si of prev.sentences) {
        for (const q of this.quotesBySentence.get(si) ?? []) {
          if (q.attribution < 0) {
            const idx = this.add(carried(this.attributions[speaker], si), this.infos[speaker]);
            this.inherited.set(si, idx);
            q.attribution = idx;
          }
        }
      }
    }
    const lastQuote = this.lastQuoteOf.get(p.index);
    this.previousOpen = lastQuote && lastQuote.end === p.end && lastQuote.innerEnd === p.end && !lastQuote.unbalanced && lastQuote.attribution < 0 ? p.index : -1;
    this.previousSpeaker = speaker;
    this.previousIntro = endsWithIntroduction(plain, p) && this.lastAttribution >= 0 ? this.lastAttribution : -1;
  }

  /** One body sentence: its own attributions, else a carried-over speaker for its quotations. */
  private sentence(p: Paragraph, si: number): void {
    const { sentences } = this.input;
    const masked = this.masked;
    const s = sentences[si];
    const start = p === this.firstBody ? Math.max(s.start, this.datelineEnd) : s.start;
    if (start >= s.end) return;
    const subjects = this.subjects;
    while (this.nextSubject < subjects.length && subjects[this.nextSubject].start < s.start) {
      const m = subjects[this.nextSubject++];
      this.antecedents.push({ offset: m.start, source: m, quality: 'named', entity: m.entity, personLike: true, plural: false, organization: false });
    }
    const list: number[] = [];
    // `Residents call it "the Hill"` names something; it attributes only a quotation that is a claim.
    const raws = this.work(si, start).raws.filter((r) => r.kind !== 'naming' || (this.quotesBySentence.get(si) ?? []).some((q) => q.isClaim));
    const group = raws.length === 0 ? groupSubject(masked, { start, end: s.end }) : undefined;
    if (group) this.antecedents.push({ offset: group.start, source: { start: group.start, end: group.end }, quality: group.quality, entity: -1, personLike: false, plural: group.plural, organization: group.quality === 'named' });
    for (const raw of raws) {
      const idx = this.record(raw, s, si);
      list.push(idx);
      this.lastAttribution = idx;
    }
    if (list.length > 0) this.own.set(si, list);
    const quotes = this.quotesBySentence.get(si) ?? [];
    if (list.length > 0) {
      for (const q of quotes) q.attribution = nearest(list, this.attributions, q);
    } else if (quotes.length > 0 && onlyQuotation(masked, { start, end: s.end }, this.quotations)) {
      // A quotation that follows an attributed quotation in the paragraph has the same speaker.
      let carry = this.paragraphSpeaker;
      // Right after indirect speech by a named speaker (`Ms Lane said the plan was dead. "We
      // will not go back."`): that speaker's (docs/rules.md, the decisions of the spec's section 6.1).
      const last = this.lastAttribution;
      if (carry < 0 && last >= 0 && this.attributions[last].sentence === si - 1 && this.infos[last].quality === 'named') carry = last;
      if (carry < 0 && p.sentences[0] === si) carry = this.previousIntro >= 0 ? this.previousIntro : this.previousSpeaker;
      if (carry >= 0) {
        const idx = this.add(carried(this.attributions[carry], si), this.infos[carry]);
        this.inherited.set(si, idx);
        for (const q of quotes) q.attribution = idx;
      }
    } else if (p.sentences[0] === si && this.previousIntro >= 0) {
      const idx = this.add(carried(this.attributions[this.previousIntro], si), this.infos[this.previousIntro]);
      this.inherited.set(si, idx);
    }
    for (const q of quotes) if (q.attribution >= 0) this.paragraphSpeaker = q.attribution;
  }

  /** Records one attribution found in sentence `si`; returns its index. */
  private record(raw: RawAttribution, s: Sentence, si: number): number {
    const { plain, mentions, entities } = this.input;
    // Raw spans are plain `{ start, end }`; copied field by field (a spread is a slow generic copy).
    const source = { start: raw.source.start, end: raw.source.end, text: plain.slice(raw.source.start, raw.source.end) };
    const verb = { start: raw.verb.start, end: raw.verb.end, text: plain.slice(raw.verb.start, raw.verb.end) };
    let info: SourceInfo;
    let entity = -1;
    let via: Attribution['via'] = 'sentence';
    if (raw.pronoun) {
      via = 'pronoun';
      const ante = raw.pronoun === 'i' || raw.pronoun === 'we' ? undefined : resolvePronoun(raw.pronoun, raw.source.start, this.antecedents);
      // An unresolved `they` is someone unnamed; an unresolved he/she is a person the tagger missed.
      const quality = ante?.quality ?? (raw.pronoun === 'they' ? 'vague' : 'named');
      info = { quality, personLike: raw.pronoun === 'he' || raw.pronoun === 'she', plural: raw.pronoun === 'they' };
      entity = ante?.entity ?? -1;
    } else if (raw.kind === 'impersonal') {
      info = { quality: 'vague', personLike: false, plural: false };
    } else {
      info = classifySource(raw.source, { plain, mentions, sentenceStart: s.start });
      if (info.quality === 'named') entity = resolveEntity(raw.source, mentions, entities, plain);
    }
    const idx = this.add({ source, verb, quality: info.quality, entity, sentence: si, via }, info);
    if (raw.quotesOnly) this.quotesOnly.add(idx);
    if (!raw.pronoun && raw.kind !== 'impersonal') {
      const org = !info.personLike && (info.quality === 'named' || info.plural);
      this.antecedents.push({ offset: raw.source.start, source, quality: info.quality, entity, personLike: info.personLike, plural: info.plural, organization: org });
    }
    return idx;
  }

  /** Citations source sentences with no attribution. */
  citations(): void {
    const { text, sentences, paragraphs, footnoteRefs, footnoteDefs, links } = this.input;
    for (const [si, c] of citationsBySentence(text, sentences, paragraphs, footnoteRefs, footnoteDefs, links)) {
      if (this.own.has(si) || this.inherited.has(si) || paragraphs[sentences[si].paragraph].role !== 'body') continue;
      const idx = this.add(
        { source: c, verb: c, quality: 'named', entity: -1, sentence: si, via: 'citation' },
        { quality: 'named', personLike: false, plural: false },
      );
      this.inherited.set(si, idx);
      for (const q of this.quotesBySentence.get(si) ?? []) if (q.attribution < 0) q.attribution = idx;
    }
  }
}

const RECORD_HINT = /est\b|\b(?:most|least|best|worst)\b|-ever\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\d(?:st|nd|rd|th)\b/i;

function maskQuotations(plain: string, quotations: Quotation[]): string {
  if (quotations.length === 0) return plain;
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotations) {
    if (q.innerStart < pos) continue;
    parts.push(plain.slice(pos, q.innerStart));
    parts.push(blank(plain.slice(q.innerStart, q.innerEnd)));
    pos = q.innerEnd;
  }
  parts.push(plain.slice(pos));
  return parts.join('');
}

/** `s` with every code unit but a line break turned into a space. */
function blank(s: string): string {
  if (!s.includes('\n')) return ' '.repeat(s.length);
  return s.split('\n').map((line) => ' '.repeat(line.length)).join('\n');
}

export function sentenceAt(sentences: Sentence[], p: Paragraph | undefined, offset: number): number {
  if (!p) return -1;
  // A paragraph's sentences are in order and do not overlap: the one holding `offset` is the first
  // that ends after it, if it starts at or before it (a search, not a scan: one line of a
  // megabyte is one paragraph of thousands of sentences, each with its quotations).
  const list = p.sentences;
  const k = partitionPoint(list.length, (i) => sentences[list[i]].end <= offset);
  if (k < list.length && sentences[list[k]].start <= offset) return list[k];
  return list[list.length - 1] ?? -1;
}

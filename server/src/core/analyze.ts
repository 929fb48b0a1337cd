import type { AnalyzeOptions, Article, Mention, NumberMention, Paragraph, Sentence, Token } from './article';
import { extractMarkup } from './markup';
import { splitParagraphs } from './segment/paragraphs';
import { assignRoles } from './segment/roles';
import { findMentions } from './entities/mentions';
import { buildEntities } from './entities/cluster';
import { consistencyDiagnostics } from './entities/consistency';
import { datelineDate } from './numbers';
import { analyzeClaims } from './claims/analyzeClaims';
import { countSpeakers } from './claims/counts';
import { analysisText, markupCrossing } from './inputText';
import { AnalysisCache, placeInParagraph, shifted, type ParagraphEntry } from './analysisCache';
import type { SentenceTokens } from './sentenceTokens';

/**
 * The one entry point of the analysis core: article text in, typed article model out.
 * Pure: no I/O beyond the lazily loaded tagger model, no LSP types.
 */
export function analyzeArticle(document: string, options: AnalyzeOptions = {}, cache?: AnalysisCache): Article {
  const languageId = options.languageId ?? 'news';
  const text = analysisText(document);
  const markup = extractMarkup(text, languageId);
  const plain = markup.plain;
  // Names and numbers never span markup or a line break the document spells as a lone `\r`.
  const crossesMarkup = markupCrossing(document, plain);

  const paragraphSpans = splitParagraphs(plain, text, languageId);
  const roles = assignRoles(plain, text, paragraphSpans);
  // Without a session, a cache of its own: the same paragraph functions either way.
  const session = cache ?? new AnalysisCache(undefined, false);
  session.begin();
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const entries: ParagraphEntry[] = [];
  // Each sentence's texts, for the NER tagger (the same lists for an unchanged paragraph).
  const sentenceTexts: string[][] = [];
  let tokenCount = 0;
  paragraphSpans.forEach((span, index) => {
    // Spans are `{ start, end }`: written out rather than spread, which is slower.
    const paragraph: Paragraph = { start: span.start, end: span.end, index, role: roles[index], sentences: [] };
    paragraphs.push(paragraph);
    const entry = session.paragraph(plain.slice(span.start, span.end));
    entries.push(entry);
    const base = span.start;
    const tokenBase = tokenCount;
    tokenCount += entry.tokens.length >> 1;
    for (const texts of entry.sentenceTexts) sentenceTexts.push(texts);
    const packed = entry.sentences;
    for (let k = 0; k < packed.length; k += 4) {
      const sentence: Sentence = {
        start: packed[k] + base,
        end: packed[k + 1] + base,
        index: sentences.length,
        paragraph: index,
        tokenStart: packed[k + 2] + tokenBase,
        tokenEnd: packed[k + 3] + tokenBase,
      };
      paragraph.sentences.push(sentence.index);
      sentences.push(sentence);
    }
  });

  const articleDate = resolveArticleDate(options, markup.frontMatter, plain);
  const tokens = new EntryTokens(entries, paragraphs);
  const tagged: Mention[] = findMentions(
    plain,
    sentences,
    tokens,
    // A throwaway session tags without a cache: nothing of this document will be tagged again.
    cache?.ner,
    sentenceTexts,
  ).filter((m) => !crossesMarkup(m));
  const { mentions, entities } = buildEntities({
    plain,
    paragraphs,
    sentences,
    mentions: tagged,
    paragraphWords: {
      words: (k) => session.wordsOf(entries[k]),
      titleCased: (k, j) => session.titleCasedOf(entries[k], j),
      capitals: (k, j) => session.capitalsOf(entries[k], j),
    },
  });
  const numberOptions = { articleDate: articleDate?.date, dayFirst: options.dayFirst };
  const numbers: NumberMention[] = [];
  paragraphs.forEach((p, k) => {
    if (p.sentences.length === 0) return;
    const found = session.numbersOf(entries[k], lineBreakBefore(plain, p.start), numberOptions);
    for (const n of found) {
      const m = shifted(n, p.start, p.sentences[0]);
      if (!crossesMarkup(m)) numbers.push(m);
    }
  });
  const claims = analyzeClaims({
    text,
    plain,
    paragraphs,
    sentences,
    tokens,
    mentions,
    entities,
    numbers,
    footnoteRefs: markup.footnoteRefs,
    footnoteDefs: markup.footnoteDefs,
    links: markup.links,
    // A throwaway session keeps no sentence work: nothing of it would be read again.
  }, cache?.sentenceWorkOf(entries, paragraphs, sentences));
  countSpeakers(entities, claims.quotations, claims.attributions);

  // Severities and disable comments are not the analysis's business: features/diagnostics.ts
  // applies them to these, so a change of severity does not analyze again.
  const diagnostics = [...claims.diagnostics, ...consistencyDiagnostics({ text, paragraphs, sentences, mentions, entities })].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );

  session.end();
  return withLazyTokens(
    {
      text: document,
      languageId,
      plain,
      articleDate,
      paragraphs,
      sentences,
      mentions,
      entities,
      numbers,
      quotations: claims.quotations,
      attributions: claims.attributions,
      claims: claims.claims,
      diagnostics,
      directives: markup.directives,
      footnotes: markup.footnoteDefs,
    },
    entries,
  );
}

/**
 * The article with its tokens built again from the paragraphs' entries when first read, then
 * kept: after the analysis only the report reads them, and a 5 MB document's million token
 * objects were 57 MB of the server's memory (issue 16). The same values, in the same place among
 * the fields. A function of its own: a closure made in analyzeArticle would keep its variables,
 * the analysis's token array among them. The accessor is added to an object of fast properties
 * and never redefined: an object literal with an accessor, or a property redefined by
 * Object.defineProperty, makes V8 keep the object as a dictionary of properties.
 */
function withLazyTokens(a: Omit<Article, 'tokens'>, entries: ParagraphEntry[]): Article {
  const starts = Int32Array.from(a.paragraphs, (p) => p.start);
  let from: ParagraphEntry[] | undefined = entries;
  let built: Token[] | undefined;
  const article = { text: a.text, languageId: a.languageId, plain: a.plain, articleDate: a.articleDate, paragraphs: a.paragraphs, sentences: a.sentences };
  Object.defineProperty(article, 'tokens', {
    get(): Token[] {
      if (built === undefined) {
        const out: Token[] = [];
        from?.forEach((entry, k) => pushTokens(entry, starts[k], out));
        built = out;
        from = undefined;
      }
      return built;
    },
    set(value: Token[]) {
      built = value;
      from = undefined;
    },
    enumerable: true,
    configurable: true,
  });
  return Object.assign(article as typeof article & { tokens: Token[] }, {
    mentions: a.mentions,
    entities: a.entities,
    numbers: a.numbers,
    quotations: a.quotations,
    attributions: a.attributions,
    claims: a.claims,
    diagnostics: a.diagnostics,
    directives: a.directives,
    footnotes: a.footnotes,
  });
}

/** The sentences' tokens, made from their paragraphs' entries when asked for (see SentenceTokens). */
class EntryTokens implements SentenceTokens {
  constructor(
    private readonly entries: readonly ParagraphEntry[],
    private readonly paragraphs: readonly Paragraph[],
  ) {}

  of(s: Sentence): Token[] {
    const entry = this.entries[s.paragraph];
    const j = placeInParagraph(s, this.paragraphs);
    const out: Token[] = [];
    // The sentence's first token among its paragraph's (see ParagraphEntry.sentences).
    pushSentenceTokens(entry, entry.sentences[4 * j + 2], entry.sentenceTexts[j], this.paragraphs[s.paragraph].start, out);
    return out;
  }
}

/** The tokens of a paragraph's entry, offsets moved to the paragraph's start `base`, appended to `out`. */
function pushTokens(entry: ParagraphEntry, base: number, out: Token[]): void {
  let first = 0;
  for (const texts of entry.sentenceTexts) {
    pushSentenceTokens(entry, first, texts, base, out);
    first += texts.length;
  }
}

/** The tokens of one sentence of a paragraph's entry (its first token `first`, its token texts `texts`), moved to `base`, appended to `out`. */
function pushSentenceTokens(entry: ParagraphEntry, first: number, texts: readonly string[], base: number, out: Token[]): void {
  const offsets = entry.tokens;
  for (let k = 0; k < texts.length; k++) {
    const at = 2 * (first + k);
    out.push({ start: offsets[at] + base, end: offsets[at + 1] + base, text: texts[k] });
  }
}

/**
 * Does a line break (or the start of the text) come before the paragraph at `start`, in the white
 * space before it? What the number lexer reads of a paragraph's surroundings.
 */
function lineBreakBefore(plain: string, start: number): boolean {
  let i = start;
  while (i > 0 && /\s/.test(plain[i - 1])) {
    const c = plain.charCodeAt(i - 1);
    if (c === 10 || c === 13) return true;
    i--;
  }
  return start === 0;
}

function resolveArticleDate(
  options: AnalyzeOptions,
  frontMatter: Record<string, string>,
  plain: string,
): Article['articleDate'] {
  if (options.articleDate && isIsoDate(options.articleDate)) return { date: options.articleDate, origin: 'setting' };
  const fm = frontMatter['date'];
  if (fm) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(fm);
    if (m && isIsoDate(m[1])) return { date: m[1], origin: 'front-matter' };
  }
  // A dated dateline (`KYIV, Nov 23 (Reuters) -`): docs/rules.md, "Article date from a dateline".
  const dl = datelineDate(plain, options.today ?? new Date().toISOString().slice(0, 10));
  if (dl) return { date: dl.date, origin: 'dateline', ...(dl.yearInferred ? { yearInferred: true } : {}) };
  return undefined;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

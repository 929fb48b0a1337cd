import type { Article, Entity, EntityType, Paragraph, ParagraphRole } from '../core/article';

/**
 * The outline of an article: its structure (one symbol per paragraph, by role), then its
 * entities grouped by type with their mentions. Offsets into the text; lsp/documentSymbols.ts
 * turns them into LSP symbols (kinds, UTF-16 ranges).
 */
export type OutlineKind = `paragraph:${ParagraphRole}` | 'entities' | 'entityGroup' | `entity:${EntityType}` | 'mention';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: OutlineKind;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children?: OutlineSymbol[];
}

const ROLE_LABEL: Record<ParagraphRole, string> = {
  headline: 'Headline',
  byline: 'Byline',
  dateline: 'Dateline',
  caption: 'Caption',
  boilerplate: 'Boilerplate',
  heading: 'Heading',
  footnote: 'Footnote',
  body: 'Paragraph',
};

const ENTITY_GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organizations' },
  { type: 'place', label: 'Places' },
  { type: 'group', label: 'Groups' },
  { type: 'other', label: 'Other names' },
];

/**
 * How much the Outline of a long document lists (docs/rules.md, "The Outline of a long document").
 * An article stays well under each limit and lists everything; a document of megabytes listed
 * every paragraph and every mention (37 MB of JSON for 5 MB of text: issue 16), which no editor
 * shows usefully. Over a limit:
 * - body paragraphs are listed in runs of `k` consecutive paragraphs (k = ⌈body paragraphs /
 *   limit⌉), named by the run's first paragraph; other paragraphs (headline, headings, bylines,
 *   captions ...) are always listed one by one, and a run never crosses them;
 * - the entities with the most mentions are listed (ties: the earlier), each type group ending
 *   with `… N more`;
 * - each entity lists its first `c` mentions, `c` the largest that keeps the total under the
 *   limit, then `… N more` spanning the rest (Find All References lists every one).
 */
export const OUTLINE_LIMITS = { paragraphs: 1000, entities: 500, mentions: 2000 };

/** `lineOf` gives the 1-based line of an offset (a mention's detail says where it is). */
export function documentSymbols(article: Article, lineOf: (offset: number) => number, limits = OUTLINE_LIMITS): OutlineSymbol[] {
  // In Markdown, VS Code's own Markdown outline already lists the headings: not twice.
  const paragraphs = article.languageId === 'markdown' ? article.paragraphs.filter((p) => !isMarkdownHeading(article.text, p.start, p.end)) : article.paragraphs;
  const symbols = paragraphSymbols(article.text, paragraphs, limits.paragraphs);
  if (article.entities.length === 0) return symbols;
  const start = article.paragraphs[0]?.start ?? 0;
  const end = article.text.length;
  const listed = listedEntities(article.entities, limits.entities);
  // Entities named once list no mentions (below): the budget goes to those named more often.
  const perEntity = mentionsPerEntity(
    article.entities.filter((e, k) => listed[k] && e.mentions.length > 1).map((e) => e.mentions.length),
    limits.mentions,
  );
  const groups: OutlineSymbol[] = [];
  // Editors sort an outline by position: each group starts one character after the one before,
  // so People, Organizations, Places, Groups, Other keep that order (with equal starts, VS Code
  // fell back to the names' alphabetical order and opened on Groups).
  for (const group of ENTITY_GROUPS) {
    const entities = article.entities.filter((e) => e.type === group.type);
    if (entities.length === 0) continue;
    const shown = article.entities.filter((e, k) => e.type === group.type && listed[k]);
    const children: OutlineSymbol[] = shown.map((e) => {
      const mentions = e.mentions.map((i) => article.mentions[i]);
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      const symbol: OutlineSymbol = {
        name: e.name,
        detail: mentions.length === 1 ? `1 mention, line ${lineOf(first.start)}` : `${mentions.length} mentions`,
        kind: `entity:${group.type}` as const,
        start: first.start,
        end: last.end,
        selectionStart: first.start,
        selectionEnd: first.end,
      };
      // An entity named once is its mention: a child would repeat its name and range (docs/rules.md).
      if (mentions.length === 1) return symbol;
      const children: OutlineSymbol[] = mentions.slice(0, perEntity).map((m) => ({
        name: m.text,
        detail: `line ${lineOf(m.start)}`,
        kind: 'mention' as const,
        start: m.start,
        end: m.end,
        selectionStart: m.start,
        selectionEnd: m.end,
      }));
      if (mentions.length > perEntity) {
        const next = mentions[perEntity];
        const more = mentions.length - perEntity;
        children.push({ name: `… ${more} more`, detail: `from line ${lineOf(next.start)}`, kind: 'mention', start: next.start, end: last.end, selectionStart: next.start, selectionEnd: next.end });
      }
      symbol.children = children;
      return symbol;
    });
    if (shown.length < entities.length) {
      const more = entities.length - shown.length;
      children.push({ name: `… ${more} more`, detail: `${group.label.toLowerCase()} with fewer mentions`, kind: `entity:${group.type}`, start: end, end, selectionStart: end, selectionEnd: end });
    }
    const at = Math.min(end, start + groups.length);
    groups.push({
      name: group.label,
      detail: `${entities.length}`,
      kind: 'entityGroup',
      start: at,
      end,
      selectionStart: at,
      selectionEnd: at,
      children,
    });
  }
  symbols.push({
    name: 'Entities',
    detail: `${article.entities.length}`,
    kind: 'entities',
    start,
    end,
    selectionStart: start,
    selectionEnd: start,
    children: groups,
  });
  return symbols;
}

/** One symbol per paragraph; over `limit` body paragraphs, one per run of consecutive body paragraphs. */
function paragraphSymbols(text: string, paragraphs: readonly Paragraph[], limit: number): OutlineSymbol[] {
  const body = paragraphs.reduce((n, p) => n + (p.role === 'body' ? 1 : 0), 0);
  const run = Math.max(1, Math.ceil(body / limit));
  const symbols: OutlineSymbol[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const p = paragraphs[i];
    let j = i + 1;
    if (p.role === 'body') while (j < paragraphs.length && j - i < run && paragraphs[j].role === 'body') j++;
    const last = paragraphs[j - 1];
    const words = firstWords(text.slice(p.start, p.end));
    symbols.push({
      name: p.role === 'headline' || p.role === 'byline' || p.role === 'heading' ? oneLine(text.slice(p.start, p.end), 80) : words,
      detail: j - i > 1 ? `${j - i} paragraphs` : ROLE_LABEL[p.role],
      kind: `paragraph:${p.role}` as const,
      start: p.start,
      end: last.end,
      selectionStart: p.start,
      selectionEnd: Math.min(p.end, p.start + words.length),
    });
    i = j;
  }
  return symbols;
}

/** Which entities the Outline lists: all, or the `limit` with the most mentions (ties: the earlier). */
function listedEntities(entities: readonly Entity[], limit: number): boolean[] {
  if (entities.length <= limit) return entities.map(() => true);
  const order = entities.map((_, k) => k).sort((a, b) => entities[b].mentions.length - entities[a].mentions.length || a - b);
  const listed = entities.map(() => false);
  for (const k of order.slice(0, limit)) listed[k] = true;
  return listed;
}

/** The most mentions each listed entity can list with `limit` in all (at least one each): all when they fit. */
function mentionsPerEntity(counts: number[], limit: number): number {
  const max = Math.max(0, ...counts);
  const total = (c: number) => counts.reduce((n, k) => n + Math.min(k, c), 0);
  if (total(max) <= limit) return max;
  let lo = 1;
  let hi = max;
  // The largest c in [1, max) with total(c) <= limit (total grows with c).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (total(mid) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a paragraph is a Markdown heading: an ATX `# ` line, or a line underlined with = or -. */
function isMarkdownHeading(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^ {0,3}#{1,6}(\s|$)/.test(text.slice(lineStart, start + 1))) return true;
  const next = text.slice(end).match(/^\r?\n([^\n]*)/);
  return next !== null && /^ {0,3}(=+|-+)\s*$/.test(next[1]);
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function firstWords(s: string): string {
  const words = s.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
  return words.length > 0 ? words : '(empty)';
}

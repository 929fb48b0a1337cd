import type { Article, EntityType, ParagraphRole } from '../core/article';

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

/** `lineOf` gives the 1-based line of an offset (a mention's detail says where it is). */
export function documentSymbols(article: Article, lineOf: (offset: number) => number): OutlineSymbol[] {
  const symbols: OutlineSymbol[] = article.paragraphs.map((p) => {
    const text = article.text.slice(p.start, p.end);
    const words = firstWords(text);
    return {
      name: p.role === 'headline' || p.role === 'byline' || p.role === 'heading' ? oneLine(text, 80) : words,
      detail: ROLE_LABEL[p.role],
      kind: `paragraph:${p.role}` as const,
      start: p.start,
      end: p.end,
      selectionStart: p.start,
      selectionEnd: Math.min(p.end, p.start + words.length),
    };
  });
  if (article.entities.length === 0) return symbols;
  const start = article.paragraphs[0]?.start ?? 0;
  const end = article.text.length;
  const groups: OutlineSymbol[] = [];
  for (const group of ENTITY_GROUPS) {
    const entities = article.entities.filter((e) => e.type === group.type);
    if (entities.length === 0) continue;
    const children: OutlineSymbol[] = entities.map((e) => {
      const mentions = e.mentions.map((i) => article.mentions[i]);
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      return {
        name: e.name,
        detail: `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
        kind: `entity:${group.type}` as const,
        start: first.start,
        end: last.end,
        selectionStart: first.start,
        selectionEnd: first.end,
        children: mentions.map((m) => ({
          name: m.text,
          detail: `line ${lineOf(m.start)}`,
          kind: 'mention' as const,
          start: m.start,
          end: m.end,
          selectionStart: m.start,
          selectionEnd: m.end,
        })),
      };
    });
    const first = children[0].start;
    groups.push({
      name: group.label,
      detail: `${entities.length}`,
      kind: 'entityGroup',
      start,
      end,
      selectionStart: first,
      selectionEnd: first,
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

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function firstWords(s: string): string {
  const words = s.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
  return words.length > 0 ? words : '(empty)';
}

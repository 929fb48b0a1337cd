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
  // In Markdown, VS Code's own Markdown outline already lists the headings: not twice.
  const paragraphs = article.languageId === 'markdown' ? article.paragraphs.filter((p) => !isMarkdownHeading(article.text, p.start, p.end)) : article.paragraphs;
  const symbols: OutlineSymbol[] = paragraphs.map((p) => {
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
  // Editors sort an outline by position: each group starts one character after the one before,
  // so People, Organizations, Places, Groups, Other keep that order (with equal starts, VS Code
  // fell back to the names' alphabetical order and opened on Groups).
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

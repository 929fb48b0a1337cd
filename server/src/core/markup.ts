import type { DiagnosticCode, Span } from './article';

/**
 * Markup handling: produces a "plain" view of the article in which everything that is not
 * article prose (front matter, HTML comments, Markdown markers, link targets, code, footnote
 * references) is replaced by spaces. The plain view has exactly the same length and line
 * breaks as the original, so every offset found in it is an offset into the original text.
 */

export interface Directive extends Span {
  kind: 'disable' | 'disable-next-line';
  /** Codes named in the comment; empty means every code. */
  codes: string[];
  /** 0-based line the comment is on. */
  line: number;
}

export interface Markup {
  plain: string;
  frontMatter: Record<string, string>;
  directives: Directive[];
  /** Footnote references `[^id]` (the whole marker) with their id. */
  footnoteRefs: (Span & { id: string })[];
  /** Footnote definitions `[^id]: ...` (the whole line) by id. */
  footnoteDefs: Record<string, Span>;
  /** Markdown links `[text](url)` (the whole link) and bare URLs. */
  links: (Span & { url: string })[];
}

const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  'unsourced-quote',
  'unsourced-statistic',
  'vague-source',
  'unbalanced-quote',
  'name-inconsistency',
  'surname-before-full-name',
];

const SPACE = 32;

/**
 * The plain view under construction, as UTF-16 code units, so that blanking is a store and
 * the result is rebuilt exactly (lone surrogates included) in one pass at the end. The code
 * units are copied at the first blanking: an article without markup (most `.news` files) is
 * its own plain view, and copying and decoding a 1 MB text took longer than finding its markup.
 */
class PlainView {
  private units: Uint16Array | undefined;

  constructor(private readonly text: string) {}

  /** The code unit at `i` of the view so far. */
  at(i: number): number {
    return this.units ? this.units[i] : this.text.charCodeAt(i);
  }

  /** Replaces `[start, end)` by spaces, keeping line breaks. */
  blank(start: number, end: number): void {
    if (start >= end) return;
    if (!this.units) this.units = codeUnits(this.text);
    const chars = this.units;
    for (let i = start; i < end; i++) {
      const c = chars[i];
      if (c !== 10 && c !== 13) chars[i] = SPACE;
    }
  }

  toString(): string {
    if (!this.units) return this.text;
    return fromCodeUnits(this.units ?? codeUnits(this.text), this.text);
  }
}

function codeUnits(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

// ignoreBOM: a leading U+FEFF is a character of the text like any other (offsets stay exact).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The string of `chars`. */
function fromCodeUnits(chars: Uint16Array, text: string): string {
  // The decoder is fast but turns lone surrogates into U+FFFD; keep those texts exact.
  if (!/\p{Surrogate}/u.test(text)) return utf16.decode(chars);
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 8192) {
    parts.push(String.fromCharCode(...chars.subarray(i, Math.min(chars.length, i + 8192))));
  }
  return parts.join('');
}

/**
 * The 0-based line of offsets asked in increasing order, counting from where the last answer
 * left off: the directives of a file cost one pass over it, not one pass each (issue 16: a
 * megabyte of disable comments took 38 s). Lines end as an editor ends them: \n, \r\n or \r.
 */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 0;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
    }
    return line;
  };
}

export function extractMarkup(text: string, languageId: string): Markup {
  const chars = new PlainView(text);
  // Keyed by the article's own words: no prototype, so `[^constructor]` or a `toString:` line
  // finds nothing it did not define.
  const frontMatter: Record<string, string> = Object.create(null);
  const directives: Directive[] = [];
  const footnoteRefs: (Span & { id: string })[] = [];
  const footnoteDefs: Record<string, Span> = Object.create(null);
  const links: (Span & { url: string })[] = [];
  const markdown = languageId === 'markdown';

  // Front matter: a leading block between two `---` lines.
  const fm = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    for (const line of fm[1].split(/\r?\n/)) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) frontMatter[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '');
    }
    chars.blank(0, fm[0].length);
  } else if (text.charCodeAt(0) === 0xfeff) {
    // A byte-order mark is no part of the article: a space in the plain view, same length.
    chars.blank(0, 1);
  }

  // Each regex below scans the whole text: the literal it needs is looked for first, faster.
  // HTML comments, with newsmark directives.
  const lineAt = lineCounter(text);
  for (const m of text.includes('<!--') ? text.matchAll(/<!--([\s\S]*?)-->/g) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    chars.blank(start, end);
    const d = /^\s*newsmark-(disable-next-line|disable)\b\s*([\s\S]*?)\s*$/.exec(m[1]);
    if (d) {
      const codes = d[2].split(/[\s,]+/).filter((c) => c.length > 0);
      const known = codes.filter((c) => (DIAGNOSTIC_CODES as readonly string[]).includes(c));
      directives.push({
        kind: d[1] === 'disable' ? 'disable' : 'disable-next-line',
        codes: known,
        start,
        end,
        line: lineAt(start),
      });
    }
  }

  // Footnote definitions and references.
  const footnotes = text.includes('[^');
  for (const m of footnotes ? text.matchAll(/^\[\^([^\]\s]+)\]:[^\n]*/gm) : []) {
    const start = m.index ?? 0;
    footnoteDefs[m[1]] = { start, end: start + m[0].length };
    chars.blank(start, start + m[0].indexOf(':') + 1);
  }
  for (const m of footnotes ? text.matchAll(/\[\^([^\]\s]+)\](?!:)/g) : []) {
    const start = m.index ?? 0;
    footnoteRefs.push({ start, end: start + m[0].length, id: m[1] });
    chars.blank(start, start + m[0].length);
  }

  if (markdown) blankMarkdown(text, chars);
  blankLinks(text, chars, links);

  // Bare URLs (after Markdown links so link targets are not counted twice).
  const urls = text.includes('http') || text.includes('www.');
  for (const m of urls ? text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()\]"'”]+[^\s<>()\]"'”.,;:!?]/g) : []) {
    const start = m.index ?? 0;
    if (links.some((l) => start >= l.start && start < l.end)) continue;
    links.push({ start, end: start + m[0].length, url: m[0] });
    chars.blank(start, start + m[0].length);
  }
  links.sort((a, b) => a.start - b.start);

  return { plain: chars.toString(), frontMatter, directives, footnoteRefs, footnoteDefs, links };
}

/** Markdown links `[text](url)`, in every format: the text stays, the target goes. */
function blankLinks(text: string, chars: PlainView, links: (Span & { url: string })[]): void {
  if (!text.includes('](')) return;
  for (const m of text.matchAll(/\[([^\]\n^][^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g)) {
    const s = m.index ?? 0;
    if (chars.at(s) === SPACE) continue; // inside an image or code
    const textEnd = s + 1 + m[1].length;
    links.push({ start: s, end: s + m[0].length, url: m[2] });
    chars.blank(s, s + 1);
    chars.blank(textEnd, s + m[0].length);
  }
}

function blankMarkdown(text: string, chars: PlainView): void {
  // Fenced code blocks and inline code are not prose.
  for (const m of text.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  for (const m of text.matchAll(/`[^`\n]+`/g)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  // Images vanish whole.
  for (const m of text.matchAll(/!\[[^\]\n]*\]\([^)\n]*\)/g)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  // Line markers: headings, block quotes, list bullets, horizontal rules.
  for (const m of text.matchAll(/^([ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+)/gm)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[1].length);
  }
  for (const m of text.matchAll(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  // Emphasis markers: runs of * or _ that touch a word on one side.
  for (const m of text.matchAll(/(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})/g)) {
    const s = m.index ?? 0;
    const before = text[s - 1] ?? ' ';
    const after = text[s + m[0].length] ?? ' ';
    // `snake_case` words and `2*3` are not emphasis.
    if (m[0][0] === '_' && /\w/.test(before) && /\w/.test(after)) continue;
    chars.blank(s, s + m[0].length);
  }
}

var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key4 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key4) && key4 !== except)
        __defProp(to, key4, { get: () => from[key4], enumerable: !(desc = __getOwnPropDesc(from, key4)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ../../tmp/prof/phase.ts
var import_node_fs = require("node:fs");

// server/src/core/markup.ts
var DIAGNOSTIC_CODES = [
  "unsourced-quote",
  "unsourced-statistic",
  "vague-source",
  "unbalanced-quote",
  "name-inconsistency",
  "surname-before-full-name"
];
var SPACE = 32;
var PlainView = class {
  constructor(text) {
    this.text = text;
  }
  text;
  units;
  /** The code unit at `i` of the view so far. */
  at(i) {
    return this.units ? this.units[i] : this.text.charCodeAt(i);
  }
  /** Replaces `[start, end)` by spaces, keeping line breaks. */
  blank(start, end) {
    if (start >= end) return;
    if (!this.units) this.units = codeUnits(this.text);
    const chars = this.units;
    for (let i = start; i < end; i++) {
      const c = chars[i];
      if (c !== 10 && c !== 13) chars[i] = SPACE;
    }
  }
  toString() {
    if (!this.units) return this.text;
    return fromCodeUnits(this.units ?? codeUnits(this.text), this.text);
  }
};
function codeUnits(text) {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
var utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
function fromCodeUnits(chars, text) {
  if (!/\p{Surrogate}/u.test(text)) return utf16.decode(chars);
  const parts = [];
  for (let i = 0; i < chars.length; i += 8192) {
    parts.push(String.fromCharCode(...chars.subarray(i, Math.min(chars.length, i + 8192))));
  }
  return parts.join("");
}
function lineCounter(text) {
  let at = 0;
  let line = 0;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || c === 13 && text.charCodeAt(at + 1) !== 10) line++;
    }
    return line;
  };
}
function extractMarkup(text, languageId) {
  const chars = new PlainView(text);
  const frontMatter = /* @__PURE__ */ Object.create(null);
  const directives = [];
  const footnoteRefs = [];
  const footnoteDefs = /* @__PURE__ */ Object.create(null);
  const links = [];
  const markdown = languageId === "markdown";
  const fm = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    for (const line of fm[1].split(/\r?\n/)) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) frontMatter[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, "");
    }
    chars.blank(0, fm[0].length);
  } else if (text.charCodeAt(0) === 65279) {
    chars.blank(0, 1);
  }
  const lineAt = lineCounter(text);
  for (const m of text.includes("<!--") ? text.matchAll(/<!--([\s\S]*?)-->/g) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    chars.blank(start, end);
    const d = /^\s*newsmark-(disable-next-line|disable)\b\s*([\s\S]*?)\s*$/.exec(m[1]);
    if (d) {
      const codes = d[2].split(/[\s,]+/).filter((c) => c.length > 0);
      const known = codes.filter((c) => DIAGNOSTIC_CODES.includes(c));
      directives.push({
        kind: d[1] === "disable" ? "disable" : "disable-next-line",
        codes: known,
        start,
        end,
        line: lineAt(start)
      });
    }
  }
  const footnotes = text.includes("[^");
  for (const m of footnotes ? text.matchAll(/^\[\^([^\]\s]+)\]:[^\n]*/gm) : []) {
    const start = m.index ?? 0;
    footnoteDefs[m[1]] = { start, end: start + m[0].length };
    chars.blank(start, start + m[0].indexOf(":") + 1);
  }
  for (const m of footnotes ? text.matchAll(/\[\^([^\]\s]+)\](?!:)/g) : []) {
    const start = m.index ?? 0;
    footnoteRefs.push({ start, end: start + m[0].length, id: m[1] });
    chars.blank(start, start + m[0].length);
  }
  if (markdown) blankMarkdown(text, chars);
  blankLinks(text, chars, links);
  const urls = text.includes("http") || text.includes("www.");
  for (const m of urls ? text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()\]"'”]+[^\s<>()\]"'”.,;:!?]/g) : []) {
    const start = m.index ?? 0;
    if (links.some((l) => start >= l.start && start < l.end)) continue;
    links.push({ start, end: start + m[0].length, url: m[0] });
    chars.blank(start, start + m[0].length);
  }
  links.sort((a, b) => a.start - b.start);
  return { plain: chars.toString(), frontMatter, directives, footnoteRefs, footnoteDefs, links };
}
function blankLinks(text, chars, links) {
  if (!text.includes("](")) return;
  for (const m of text.matchAll(/\[([^\]\n^][^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g)) {
    const s = m.index ?? 0;
    if (chars.at(s) === SPACE) continue;
    const textEnd = s + 1 + m[1].length;
    links.push({ start: s, end: s + m[0].length, url: m[2] });
    chars.blank(s, s + 1);
    chars.blank(textEnd, s + m[0].length);
  }
}
function blankMarkdown(text, chars) {
  for (const m of text.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  for (const m of text.matchAll(/`[^`\n]+`/g)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  for (const m of text.matchAll(/!\[[^\]\n]*\]\([^)\n]*\)/g)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  for (const m of text.matchAll(/^([ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+)/gm)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[1].length);
  }
  for (const m of text.matchAll(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm)) {
    const s = m.index ?? 0;
    chars.blank(s, s + m[0].length);
  }
  for (const m of text.matchAll(/(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})/g)) {
    const s = m.index ?? 0;
    const before = text[s - 1] ?? " ";
    const after2 = text[s + m[0].length] ?? " ";
    if (m[0][0] === "_" && /\w/.test(before) && /\w/.test(after2)) continue;
    chars.blank(s, s + m[0].length);
  }
}

// server/src/core/segment/chars.ts
var LETTER = 1;
var NUMBER = 2;
var MARK = 4;
var SPACE2 = 8;
var UPPER = 16;
var KNOWN = 128;
var bmp = new Uint8Array(65536);
var astral = /* @__PURE__ */ new Map();
function classify(ch) {
  return KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\s/u.test(ch) ? SPACE2 : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
}
for (let c = 0; c < 128; c++) bmp[c] = classify(String.fromCharCode(c));
function classOf(c) {
  let k = bmp[c];
  if (k === 0) {
    k = classify(String.fromCharCode(c));
    bmp[c] = k;
  }
  return k;
}
function classAt(text, i, end) {
  const c = text.charCodeAt(i);
  if (c < 55296 || c > 56319 || i + 1 >= end) return classOf(c);
  const d = text.charCodeAt(i + 1);
  if (d < 56320 || d > 57343) return classOf(c);
  const cp = (c - 55296) * 1024 + (d - 56320) + 65536;
  let k = astral.get(cp);
  if (k === void 0) {
    k = classify(String.fromCodePoint(cp));
    astral.set(cp, k);
  }
  return k;
}
function lengthIfClass(text, i, classes) {
  if (i >= text.length) return 0;
  return (classAt(text, i, text.length) & classes) !== 0 ? codePointLength(text, i, text.length) : 0;
}
function codePointLength(text, i, end) {
  const c = text.charCodeAt(i);
  if (c < 55296 || c > 56319 || i + 1 >= end) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 56320 && d <= 57343 ? 2 : 1;
}
function isSpace(c) {
  if (c === 32) return true;
  if (c < 128) return c >= 9 && c <= 13;
  return (classOf(c) & SPACE2) !== 0;
}
function isLetter(c) {
  return (classOf(c) & LETTER) !== 0;
}
function isLetterOrDigit(c) {
  return (classOf(c) & (LETTER | NUMBER)) !== 0;
}
function isWordChar(c) {
  return (classOf(c) & (LETTER | NUMBER | MARK)) !== 0;
}
function endsWithLetterOrDigit(text, s, e) {
  const c = text.charCodeAt(e - 1);
  if (c >= 56320 && c <= 57343 && e - 2 >= s) {
    const h = text.charCodeAt(e - 2);
    if (h >= 55296 && h <= 56319) return (classAt(text, e - 2, e) & (LETTER | NUMBER)) !== 0;
  }
  return (classOf(c) & (LETTER | NUMBER)) !== 0;
}

// server/src/core/segment/paragraphs.ts
function splitParagraphs(plain, original, languageId) {
  const markdown = languageId === "markdown";
  const paragraphs = [];
  let current;
  const flush = () => {
    if (current) paragraphs.push(trimSpan(plain, current));
    current = void 0;
  };
  for (let pos = 0; pos <= plain.length; ) {
    let end = plain.indexOf("\n", pos);
    if (end < 0) end = plain.length;
    const start = pos;
    pos = end + 1;
    if (isBlank(plain, start, end)) {
      flush();
      continue;
    }
    const alone = markdown && standsAlone(original.slice(start, end));
    if (current === void 0) {
      current = { start, end };
      if (alone) flush();
      continue;
    }
    const joins = markdown ? !alone : continuesWrappedLine(plain, current, start, end);
    if (joins) {
      current.end = end;
    } else {
      flush();
      current = { start, end };
    }
    if (alone) flush();
  }
  flush();
  return paragraphs.filter((p) => p.end > p.start);
}
function standsAlone(raw) {
  return /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|\[\^[^\]]+\]:)/.test(raw);
}
function isBlank(text, start, end) {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
function continuesWrappedLine(plain, block, start, end) {
  const lastNl = plain.lastIndexOf("\n", block.end - 1);
  const prevStart = lastNl >= block.start ? lastNl + 1 : block.start;
  let prevEnd = block.end;
  while (prevEnd > prevStart && isSpace(plain.charCodeAt(prevEnd - 1))) prevEnd--;
  if (prevEnd - prevStart < 40) return false;
  if (endsSentenceOrClause(plain.charCodeAt(prevEnd - 1))) return false;
  return /^\s*[\p{Ll}\p{Lu}\p{N}"“‘'(]/u.test(plain.slice(start, end));
}
function endsSentenceOrClause(c) {
  return `.!?:"\u201D'\u2019)]`.includes(String.fromCharCode(c));
}
function trimSpan(text, span3) {
  let { start, end } = span3;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

// server/src/core/segment/roles.ts
var AGENCIES = "Reuters|AP|AFP|AAP|Associated Press|Agence France-Presse|Bloomberg|dpa|DPA|Xinhua|PA|PA Media|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Interfax|CNN|BBC";
var BYLINE = new RegExp(
  `^(?:By\\s+\\p{Lu}|Staff\\s+Writers?|Staff\\s+Reporters?|From\\s+staff|Written\\s+by\\s|Reporting\\s+by\\s)|(?:${AGENCIES})$`,
  "u"
);
var CAPTION_START = /^(?:Camera\s*Icon|Photo(?:graph)?\s*:|Image\s*:|Picture\s*:|Caption\s*:|Pictured\s*:|Image\s+caption\s*,)/iu;
var CAPTION_INSIDE = /\((?:AP|AFP|AAP|Reuters|Getty)\s+(?:PHOTO|Photo|Images)\)|\((?:AP|AFP|AAP|Reuters|Getty(?:\s+Images)?|Supplied|File|Handout)\)\s*$|\bPhoto(?:graph)?\s*:\s*[\p{Lu}][^.:]{1,60}$|\bCredit\s*:|\bPhoto(?:graph)?\s*(?:by|credit)\s*:?|\/\s*(?:Reuters|AFP|Getty Images|AP)\s*$/iu;
function isCaption(text) {
  return CAPTION_START.test(text) || mayHaveCaptionInside(text) && CAPTION_INSIDE.test(text);
}
var CAPTION_INSIDE_HINT = /\/|\([argsfhſ]|photo|credit/i;
function mayHaveCaptionInside(text) {
  return CAPTION_INSIDE_HINT.test(text);
}
function hasWordAt(text, i, word) {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    const l = c >= 65 && c <= 90 ? c + 32 : c;
    if (l !== word.charCodeAt(k)) return false;
  }
  return true;
}
var BOILERPLATE_START = /^(?:\(?(?:Reporting|Additional\s+reporting|Writing|Editing)\s+by\s|Our\s+Standards\s*:|Updated\s*:?\s|Published\s*:?\s|Last\s+updated|Posted\s*:?\s|Tags\s*:|Topics\s*:|Comments?\s*\(|Most\s+(?:read|popular)|Trending|Recommended|Loading|Show\s+more|Print\s+this|Email\s+this|Read\s+more|Read\s+next|Related\s*:|Related\s+(?:stories|articles|coverage)|Sign\s+up|Subscribe|Get\s+the\s+latest|Share\s+(?:this|on)|Follow\s+us|Click\s+here|Advertisement|Continue\s+reading|Download\s+our|Join\s+our|Copyright|©|All\s+rights\s+reserved|Watch\s*:|Listen\s*:|More\s*:|Also\s+read|Don't\s+miss|Newsletter|This\s+story\s+(?:was|has\s+been)\s+(?:updated|corrected))/i;
var BOILERPLATE_END = /(?:newsletter|in\s+your\s+inbox)\.?$/i;
function isBoilerplate(text) {
  return BOILERPLATE_START.test(text) || endsWithNewsletterOrInbox(text) && BOILERPLATE_END.test(text);
}
function endsWithNewsletterOrInbox(text) {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  return end >= 10 && hasWordAt(text, end - 10, "newsletter") || end >= 5 && hasWordAt(text, end - 5, "inbox");
}
var WEB_CHROME = /^(?:\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|Published|Updated|Share|Save|Print|Listen|Image\s+source\s*,.*|Media\s+caption\s*,.*|Getty\s+Images|Video|Live|Close|Menu)$/iu;
var LINK_LIST_HEADER = /^(?:More\s+on\s+this\s+story|Related\s+(?:Topics|Internet\s+Links|stories|articles|coverage|content)|You\s+may\s+also\s+like|Most\s+(?:read|popular|watched)|Top\s+stories|Read\s+more\s+(?:on|about)\b.*|Also\s+in\s+the\s+news|Elsewhere\s+on\s+\S+)$/iu;
var CURRENCY_NOTE = /^\(\s*(?:[$€£¥]|US\$|[A-Z]{3}\s?)\s?1\s*=\s*[^)]{1,60}\)$/u;
var DATELINE_ONLY = /^[\p{Lu}][\p{Lu}\s.'-]{1,40}(?:,\s*[\p{L}. ]{2,30})?\s*(?:\([^)]{2,30}\))?\s*[-–—]*\s*$/u;
function datelinePrefixEnd(plain, p) {
  const head = plain.slice(p.start, Math.min(p.end, p.start + 120));
  const m = DATELINE_PREFIX.exec(head);
  return m ? p.start + m[0].length : p.start;
}
var DATELINE_PREFIX = /^[\p{Lu}][\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{2,30}\))?\s*(?:[-–—]{1,2}|:)\s+/u;
function assignRoles(plain, original, paragraphs) {
  const roles = paragraphs.map(() => "body");
  let bodySeen = false;
  let linkList = false;
  paragraphs.forEach((p, i) => {
    const text = plain.slice(p.start, p.end).trim();
    const raw = original.slice(original.lastIndexOf("\n", p.start - 1) + 1, p.end).trim();
    if (LINK_LIST_HEADER.test(text)) linkList = true;
    else if (linkList && endsLikeSentence(text)) linkList = false;
    if (/^\[\^[^\]]+\]:/.test(raw)) roles[i] = "footnote";
    else if (i === 0 && looksLikeHeadline(text, raw)) roles[i] = "headline";
    else if (/^#{1,6}\s/.test(raw) && !linkList) roles[i] = "heading";
    else if (isBoilerplate(text) || CURRENCY_NOTE.test(text) || WEB_CHROME.test(text) || linkList) roles[i] = "boilerplate";
    else if (text.length < 400 && isCaption(text) && !/^By\s/.test(text)) roles[i] = "caption";
    else if (underImage(original, p.start, raw)) roles[i] = "caption";
    else if ((i <= 3 || !bodySeen && i <= 10) && isByline(text)) roles[i] = "byline";
    else if (i <= 4 && DATELINE_ONLY.test(text)) roles[i] = "dateline";
    else if (i > 0 && isSubheading(text, paragraphs.length - i)) roles[i] = "heading";
    if (roles[i] === "body" && endsLikeSentence(text)) bodySeen = true;
  });
  return roles;
}
function endsLikeSentence(text) {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 8221;
}
function underImage(original, start, raw) {
  if (!/^[*_][^*_]/.test(raw)) return false;
  const lineStart = original.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = original.indexOf("\n", start);
  const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd).trim();
  if (!/[*_]$/.test(line) || line.length > 400) return false;
  const before = original.slice(Math.max(0, lineStart - 600), lineStart).trimEnd();
  const prevLine = before.slice(before.lastIndexOf("\n") + 1).trim();
  return /^!\[[^\]]*\]\([^)]*\)$/.test(prevLine);
}
function looksLikeHeadline(text, raw) {
  if (/^#\s/.test(raw)) return true;
  if (text.length > 200) return false;
  return !/[.;,]$/.test(text) || /\s[A-Z][a-z]+:?$/.test(text);
}
function isByline(text) {
  if (text.length > 80) return false;
  if (BYLINE.test(text)) return true;
  return new RegExp(`^(?:Staff\\s+Writers?|By\\s).*(?:${AGENCIES})$`, "u").test(text);
}
function isSubheading(text, remaining) {
  if (remaining <= 1 || text.length > 70) return false;
  const words2 = text.split(/\s+/);
  if (words2.length > 8) return false;
  if (/[.!?,;:"”]$/.test(text)) return false;
  return /^\p{Lu}/u.test(text);
}

// server/src/core/segment/sentences.ts
var ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sen rep gov gen lt col maj capt cpl sgt adm cmdr brig lt-col rev fr st mt jr sr co corp inc ltd plc bros dept univ assn no nos vol vs etc approx est fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ft pt ave blvd rd hwy a.m p.m u.s u.k u.n e.u".split(" ")
);
var DOT = 46;
var STRAIGHT_QUOTE = 34;
function isTerminator(c) {
  return c === DOT || c === 33 || c === 63;
}
function isOpenQuote(c) {
  return c === 8220 || c === 171 || c === 8222;
}
function isCloseQuote(c) {
  return c === 8221 || c === 187;
}
function isClosing(c) {
  return c === STRAIGHT_QUOTE || c === 8221 || c === 8217 || c === 39 || c === 41 || c === 93 || c === 187;
}
function opensAfter(c) {
  return c === 40 || c === 91 || c === 8212 || c === 8211 || c === 45 || isSpace(c);
}
function startsSentence(c) {
  if (c === STRAIGHT_QUOTE || c === 8220 || c === 8216 || c === 39 || c === 40 || c === 91) return true;
  return c === 191 || c === 161 || (classOf(c) & (UPPER | NUMBER)) !== 0;
}
function splitSentences(plain, paragraph) {
  const spans = [];
  let sentenceStart = skipSpace(plain, paragraph.start, paragraph.end);
  let inStraight = false;
  let curlyDepth = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = plain.charCodeAt(i);
    if (!isTerminator(c)) {
      if (c === STRAIGHT_QUOTE) {
        inStraight = i > paragraph.start ? opensAfter(plain.charCodeAt(i - 1)) : true;
      } else if (isOpenQuote(c)) curlyDepth++;
      else if (isCloseQuote(c)) curlyDepth = Math.max(0, curlyDepth - 1);
      continue;
    }
    let end = i + 1;
    let closesQuote = false;
    while (end < paragraph.end && isClosing(plain.charCodeAt(end))) {
      const q = plain.charCodeAt(end);
      if (q === STRAIGHT_QUOTE || isCloseQuote(q)) closesQuote = true;
      end++;
    }
    if (end >= paragraph.end) break;
    if (!isSpace(plain.charCodeAt(end))) continue;
    const quoted = (inStraight || curlyDepth > 0) && !closesQuote;
    if (quoted) continue;
    if (c === DOT && !endsSentenceAt(plain, paragraph.start, i)) continue;
    const next = skipSpace(plain, end, paragraph.end);
    if (next >= paragraph.end || !startsSentence(plain.charCodeAt(next))) continue;
    if (closesQuote) {
      inStraight = false;
      curlyDepth = 0;
    }
    spans.push({ start: sentenceStart, end });
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < paragraph.end) spans.push({ start: sentenceStart, end: trimEnd(plain, paragraph.end) });
  return spans.filter((s) => s.end > s.start);
}
function endsSentenceAt(text, min, dot) {
  let w = dot;
  while (w > min && isWordPart(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return isSentenceStartAfter(text, dot);
  }
  return !ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ""));
}
function isSentenceStartAfter(text, dot) {
  const rest = text.slice(dot + 1, dot + 40);
  const m = /^\s+(\S+)/.exec(rest);
  if (!m) return true;
  return /^(?:The|A|An|It|He|She|They|We|I|In|On|But|And|This|That|There|His|Her|Their|"|“)\b/.test(m[1]);
}
function isWordPart(c) {
  return c === DOT || c === 39 || c === 45 || (classOf(c) & (LETTER | NUMBER)) !== 0;
}
function skipSpace(text, pos, end) {
  while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}
function trimEnd(text, end) {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

// server/src/core/tokenize.ts
var ABBREVIATIONS2 = new Set(
  "mr mrs ms dr prof sr jr st mt ft sen rep gov gen lt col maj capt cmdr sgt adm cpl pvt rev hon pres supt insp corp inc ltd co cos bros plc llc no nos vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd ky calif conn del fla ga ill ind kan la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ariz ark colo mln bln pct".split(" ")
);
var LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS2].map((a) => a.length));
var DOT2 = 46;
var COMMA = 44;
var HYPHEN = 45;
var APOSTROPHE = 39;
var RIGHT_SINGLE_QUOTE = 8217;
var BACKTICK = 96;
function tokenize(text, start = 0, end = text.length) {
  const tokens = [];
  tokenizeInto(text, start, end, tokens);
  return tokens;
}
function tokenizeInto(text, start, end, tokens) {
  end = end < 0 ? Math.max(0, text.length + end) : Math.min(end, text.length);
  let i = Math.max(0, start);
  if (i > 0 && i < end && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const width = wordCharLength(text, i, end);
    if (width > 0) {
      const e2 = wordEnd(text, i + width, end);
      pushWord(text, i, e2, tokens);
      i = e2;
      continue;
    }
    let e;
    if (c === DOT2 || c === HYPHEN) e = runEnd(text, c, i, end);
    else if ((c === BACKTICK || c === APOSTROPHE) && i + 1 < end && text.charCodeAt(i + 1) === c) e = i + 2;
    else e = i + codePointLength(text, i, end);
    push(text, i, e, tokens);
    i = e;
  }
}
function wordCharLength(text, i, end) {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) ? 1 : 0;
  if (!isHighSurrogate(c)) return isWordChar(c) ? 1 : 0;
  return classAt(text, i, end) & (LETTER | NUMBER | MARK) ? 2 : 0;
}
var ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_ALNUM[c] = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 ? 1 : 0;
}
function isAsciiAlnum(c) {
  return ASCII_ALNUM[c] === 1;
}
function wordEnd(text, i, end) {
  for (; ; ) {
    i = skipWordChars(text, i, end);
    if (i + 1 >= end) break;
    const c = text.charCodeAt(i);
    const joins = isJoiner(c) || c === COMMA && digitEndsAt(text, i) && (classAt(text, i + 1, end) & NUMBER) !== 0;
    if (!joins || wordCharLength(text, i + 1, end) === 0) break;
    i++;
  }
  if (i < end && text.charCodeAt(i) === DOT2 && !(i + 1 < end && text.charCodeAt(i + 1) === DOT2)) i++;
  return i;
}
function skipWordChars(text, i, end) {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiAlnum(c)) return i;
      i++;
    } else {
      const width = wordCharLength(text, i, end);
      if (width === 0) return i;
      i += width;
    }
  }
  return i;
}
function isJoiner(c) {
  return c === HYPHEN || c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE || c === 38 || c === 47 || c === DOT2;
}
function digitEndsAt(text, i) {
  const c = text.charCodeAt(i - 1);
  if (c >= 48 && c <= 57) return true;
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) {
    return (classAt(text, i - 2, i) & NUMBER) !== 0;
  }
  return (classAt(text, i - 1, i) & NUMBER) !== 0;
}
function runEnd(text, c, i, end) {
  while (i < end && text.charCodeAt(i) === c) i++;
  return i;
}
function pushWord(text, s, e, tokens) {
  if (e - s === 1 || !isLetterOrDigit(text.charCodeAt(s))) {
    push(text, s, e, tokens);
    return;
  }
  let we = e;
  if (text.charCodeAt(e - 1) === DOT2 && !keepsPeriod(text, s, e - 1)) we = e - 1;
  const cut2 = cliticStart(text, s, we);
  if (cut2 > s && endsWithLetterOrDigit(text, s, cut2)) {
    push(text, s, cut2, tokens);
    push(text, cut2, we, tokens);
  } else {
    push(text, s, we, tokens);
  }
  if (we < e) push(text, we, e, tokens);
}
function keepsPeriod(text, s, bodyEnd) {
  const dot = text.indexOf(".", s);
  if (dot >= 0 && dot < bodyEnd) return true;
  if (bodyEnd - s === 1 && isLetter(text.charCodeAt(s))) return true;
  return bodyEnd - s <= LONGEST_ABBREVIATION && ABBREVIATIONS2.has(text.slice(s, bodyEnd).toLowerCase());
}
function cliticStart(text, s, e) {
  const len = e - s;
  if (len >= 4 && isApostrophe(text.charCodeAt(e - 2)) && lower(text.charCodeAt(e - 1)) === 116) {
    if (lower(text.charCodeAt(e - 3)) === 110) return e - 3;
  }
  if (len >= 3 && isApostrophe(text.charCodeAt(e - 2))) {
    const c = text.charCodeAt(e - 1);
    const l = lower(c);
    if (l === 115 || l === 100 || l === 109 || c === 383) return e - 2;
  }
  if (len >= 4 && isApostrophe(text.charCodeAt(e - 3))) {
    const a = lower(text.charCodeAt(e - 2));
    const b = lower(text.charCodeAt(e - 1));
    if (b === 101 && (a === 114 || a === 118) || a === 108 && b === 108) return e - 3;
  }
  return -1;
}
function lower(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function isApostrophe(c) {
  return c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;
}
function isHighSurrogate(c) {
  return c >= 55296 && c <= 56319;
}
function isLowSurrogate(c) {
  return c >= 56320 && c <= 57343;
}
function push(text, s, e, tokens) {
  tokens.push({ start: s, end: e, text: tokenText(text, s, e) });
}
var RECENT_SIZE = 4096;
var recent = new Array(RECENT_SIZE).fill(void 0);
var RECENT_MAX_LENGTH = 12;
function tokenText(text, s, e) {
  const len = e - s;
  if (len > RECENT_MAX_LENGTH) return text.slice(s, e);
  let h = len;
  for (let i = s; i < e; i++) h = Math.imul(h, 31) + text.charCodeAt(i) | 0;
  const slot = h & RECENT_SIZE - 1;
  const seen = recent[slot];
  if (seen !== void 0 && sameText(seen, text, s, len)) return seen;
  const str = text.slice(s, e);
  recent[slot] = str;
  return str;
}
function sameText(str, text, s, len) {
  if (str.length !== len) return false;
  for (let k = 0; k < len; k++) if (str.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}

// server/src/core/ner/nerTagger.ts
var path2 = __toESM(require("node:path"));

// server/src/core/modelFiles.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
function resolveModelFile(name) {
  const bundled = path.join(__dirname, "models", name);
  if (fs.existsSync(bundled)) return bundled;
  let dir = __dirname;
  for (; ; ) {
    const candidate = path.join(dir, "server", "models", name);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function readModelFile(file) {
  return fs.readFileSync(file);
}
function readModelFileIfAny(file) {
  return fs.existsSync(file) ? fs.readFileSync(file) : void 0;
}

// server/src/core/sortedLines.ts
var SortedLines = class _SortedLines {
  bytes;
  /** Byte offset of the first sorted line. */
  from;
  /** `header`: whether leading `#` lines are a header (else every line is sorted data). */
  constructor(bytes, header = true) {
    this.bytes = bytes;
    let pos = 0;
    while (header && pos < bytes.length && bytes[pos] === 35) pos = this.lineEnd(pos) + 1;
    this.from = Math.min(pos, bytes.length);
  }
  static fromText(text) {
    return new _SortedLines(Buffer.from(text, "utf8"));
  }
  /** The `#` header lines, without their line breaks. */
  headerLines() {
    return this.from === 0 ? [] : this.decode(0, this.from - 1).split("\n");
  }
  /** Offset of the `\n` ending the line that starts at `at`, or the length for the last line. */
  lineEnd(at) {
    return nextByte(this.bytes, 10, at);
  }
  /** End of the first field of the line starting at `at` (its TAB, or the line's end). */
  fieldEnd(at, end = this.lineEnd(at)) {
    const bytes = this.bytes;
    let i = at;
    while (i < end && bytes[i] !== 9) i++;
    return i;
  }
  /** Text of bytes [start, end). */
  decode(start, end) {
    return this.bytes.toString("utf8", start, end);
  }
  /** The fields of the line starting at `at` (split on TAB). */
  fields(at) {
    return this.decode(at, this.lineEnd(at)).split("	");
  }
  /** Start of the line whose first field is `key`, or -1. */
  find(key4) {
    const k = keyBytes(key4);
    const at = this.lowerBoundBytes(k);
    const bytes = this.bytes;
    const n = k.length;
    if (!this.startsWith(at, k)) return -1;
    const after2 = at + n < bytes.length ? bytes[at + n] : 10;
    return after2 === 9 || after2 === 10 ? at : -1;
  }
  /**
   * Start of the first sorted line whose first field is not below `key` (where `key` is or would
   * be), or the length of the bytes when every field is below it.
   */
  lowerBound(key4) {
    return this.lowerBoundBytes(keyBytes(key4));
  }
  /**
   * `lowerBound` of a key given as its UTF-8 bytes. Each step looks at the first line starting
   * at or after the middle of the range, and compares bytes only up to the first difference
   * (this runs for every new word of the first analysis, before the JIT has warmed up).
   */
  lowerBoundBytes(k) {
    const bytes = this.bytes;
    const len = bytes.length;
    const n = k.length;
    let lo = this.from;
    let hi = len;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      let s = mid === lo ? lo : nextByte(bytes, 10, mid - 1) + 1;
      if (s >= hi) s = lo;
      let c = 0;
      let i = 0;
      for (; ; i++) {
        const b = s + i < len ? bytes[s + i] : 10;
        const over = b === 9 || b === 10;
        if (i === n) {
          c = over ? 0 : 1;
          break;
        }
        if (over) {
          c = -1;
          break;
        }
        c = b - k[i];
        if (c !== 0) break;
      }
      if (c < 0) lo = nextByte(bytes, 10, s + i) + 1;
      else hi = s;
    }
    return lo < len ? lo : len;
  }
  /** True when the bytes at `at` start with `prefix` (from `keyBytes`). */
  startsWith(at, prefix) {
    const bytes = this.bytes;
    if (at + prefix.length > bytes.length) return false;
    for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
    return true;
  }
};
var U8_INDEX_OF = Uint8Array.prototype.indexOf;
function nextByte(bytes, b, from) {
  const i = U8_INDEX_OF.call(bytes, b, from);
  return i < 0 ? bytes.length : i;
}
function keyBytes(key4) {
  const n = key4.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = key4.charCodeAt(i);
    if (c >= 128) return Buffer.from(key4, "utf8");
    out[i] = c;
  }
  return out;
}
function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// server/src/core/memo.ts
function ownString(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
var MAX_KEY_CHARS = 1 << 20;
var StringMemo = class {
  constructor(compute, maxKeyChars = MAX_KEY_CHARS) {
    this.compute = compute;
    this.maxKeyChars = maxKeyChars;
  }
  compute;
  maxKeyChars;
  map = /* @__PURE__ */ new Map();
  chars = 0;
  get(key4) {
    const hit = this.map.get(key4);
    if (hit !== void 0 || this.map.has(key4)) return hit;
    if (this.chars > this.maxKeyChars) this.clear();
    const own = ownString(key4);
    const value = this.compute(own);
    this.map.set(own, value);
    this.chars += own.length + 16;
    return value;
  }
  clear() {
    this.map = /* @__PURE__ */ new Map();
    this.chars = 0;
  }
};

// server/src/core/ner/gazetteer.ts
var GazetteerBuilder = class _GazetteerBuilder {
  lists = [];
  comments = [];
  /** Lower-cased phrase (tokens joined by one space) -> bitmask of lists. */
  phrases = /* @__PURE__ */ new Map();
  /** Reads either text form. */
  static fromText(text) {
    const g = new _GazetteerBuilder();
    let list = -1;
    for (const line of text.split("\n")) {
      if (line.length === 0) continue;
      const tab = line.indexOf("	");
      if (tab > 0) g.addKey(line.slice(0, tab), parseInt(line.slice(tab + 1), 16));
      else if (line.startsWith("#lists ")) g.lists.push(...line.slice(7).trim().split(" "));
      else if (line.startsWith("#list ")) list = g.addList(line.slice(6).trim());
      else if (line.startsWith("#")) g.comments.push(line);
      else if (list >= 0 && line.trim()) g.add(list, line.trim());
    }
    return g;
  }
  /** Adds a list (or finds it) and returns its index. */
  addList(name) {
    let i = this.lists.indexOf(name);
    if (i < 0) {
      if (this.lists.length >= 30) throw new Error("gazetteer: too many lists");
      i = this.lists.push(name) - 1;
    }
    return i;
  }
  addKey(key4, mask) {
    this.phrases.set(key4, (this.phrases.get(key4) ?? 0) | mask);
  }
  /** Adds a phrase given as tokens (any case) to list `list`. */
  addTokens(list, toks) {
    if (toks.length > 0) this.addKey(toks.join(" ").toLowerCase(), 1 << list);
  }
  /** Adds a phrase of running text, tokenized as article text is. */
  add(list, phrase) {
    const toks = phrase.includes(" ") || /[^\p{L}\p{N}]/u.test(phrase) ? tokenize(phrase).map((t) => t.text) : [phrase];
    this.addTokens(list, toks);
  }
  /** The compiled text form (deterministic: keys sorted in UTF-8 byte order, which the run time searches). */
  compile() {
    const keys = [...this.phrases.keys()].sort(byteOrder);
    const out = [...this.comments, `#lists ${this.lists.join(" ")}`];
    for (const k of keys) out.push(`${k}	${this.phrases.get(k).toString(16)}`);
    return out.join("\n") + "\n";
  }
};
var Gazetteer = class _Gazetteer {
  lists = [];
  comments = [];
  /** The compiled form's bytes. */
  lines;
  phraseCount = -1;
  /**
   * Trie of the multi-word phrases, built lazily one first word at a time: `roots` maps a first
   * word that starts some multi-word phrase to the node after it; `next[node]` maps the
   * following word to the next node; `nodeMask[node]` is the list mask of the phrase ending there.
   */
  roots = /* @__PURE__ */ new Map();
  next = [];
  nodeMask = [];
  /** Longest multi-word phrase (in words) per node in `roots`. */
  rootLen = [];
  /** The last word `root` searched for, and its one-word list mask (the tagger asks for both in a row). */
  probedWord;
  probedSingle = 0;
  /** Reads either text form (the source form is compiled first). */
  static fromText(text) {
    return new _Gazetteer(Buffer.from(/^#lists /m.test(text) ? text : GazetteerBuilder.fromText(text).compile(), "utf8"));
  }
  /**
   * `bytes` is the compiled form in UTF-8. Loading reads only the `#` header: one-word keys are
   * found by binary search over the sorted lines when asked, and the phrases that start with a
   * word are read (from the block of lines right after that word) the first time the word is
   * asked about. Loading is on the path of the language server's first diagnostics, so it
   * builds and decodes nothing.
   */
  constructor(bytes) {
    this.lines = new SortedLines(bytes);
    const lines = this.lines;
    for (let at = 0; at < lines.from; ) {
      const end = lines.lineEnd(at);
      const line = lines.decode(at, end);
      if (line.startsWith("#lists ")) this.lists.push(...line.slice(7).trim().split(" "));
      else this.comments.push(line);
      at = end + 1;
    }
  }
  /** List mask of a one-word key (binary search over the sorted phrase lines), 0 when absent. */
  single(key4) {
    if (key4 === this.probedWord) return this.probedSingle;
    const at = this.lines.find(key4);
    return at < 0 ? 0 : this.maskAt(this.lines.fieldEnd(at));
  }
  /** The hex list mask after the TAB at `tab` (0 when there is none). */
  maskAt(tab) {
    const bytes = this.lines.bytes;
    let mask = 0;
    for (let i = tab + 1; i < bytes.length; i++) {
      const c = bytes[i];
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) break;
      mask = mask * 16 + d;
    }
    return mask;
  }
  /**
   * The trie node after the first word `word` of the multi-word phrases that start with it, -1
   * when none does. The first call for a word reads its phrases: in sorted order they are the
   * lines whose key starts with `word` and a space, which follow `word` itself and any key of
   * `word` and a character below the space, and precede every other key starting with `word`.
   */
  root(word) {
    const known = this.roots.get(word);
    if (known !== void 0) return known;
    const lines = this.lines;
    const bytes = lines.bytes;
    const w = keyBytes(word);
    const n = w.length;
    let blockStart = -1;
    let blockEnd = -1;
    let single = 0;
    for (let at = lines.lowerBoundBytes(w); at < bytes.length; ) {
      if (!lines.startsWith(at, w)) break;
      const c = at + n < bytes.length ? bytes[at + n] : 10;
      if (c > 32) break;
      const end = lines.lineEnd(at);
      if (c === 32) {
        if (blockStart < 0) blockStart = at;
        blockEnd = end;
      } else if (c === 9) single = this.maskAt(at + n);
      at = end + 1;
    }
    this.probedWord = word;
    this.probedSingle = single;
    let node = -1;
    if (blockStart >= 0) {
      const prefix = word + " ";
      for (const line of lines.decode(blockStart, blockEnd).split("\n")) {
        const tab = line.indexOf("	");
        if (tab < 0 || !line.startsWith(prefix)) continue;
        if (node < 0) node = this.newNode();
        this.addPhrase(node, line.slice(prefix.length, tab).split(" "), parseInt(line.slice(tab + 1), 16));
      }
    }
    if (node >= 0) this.roots.set(ownString(word), node);
    return node;
  }
  newNode() {
    this.next.push(void 0);
    this.nodeMask.push(0);
    this.rootLen.push(0);
    return this.nodeMask.length - 1;
  }
  /** Adds the words after the first of a phrase below the root node `root`. */
  addPhrase(root, rest, mask) {
    let node = root;
    for (const w of rest) {
      let map = this.next[node];
      if (map === void 0) this.next[node] = map = /* @__PURE__ */ new Map();
      let child = map.get(w);
      if (child === void 0) {
        child = this.newNode();
        map.set(w, child);
      }
      node = child;
    }
    this.nodeMask[node] |= mask;
    if (this.rootLen[root] < rest.length + 1) this.rootLen[root] = rest.length + 1;
  }
  listIndex(name) {
    return this.lists.indexOf(name);
  }
  /** Number of phrases (counted on first use). */
  get size() {
    if (this.phraseCount < 0) {
      let n = 0;
      for (let at = this.lines.from; at < this.lines.bytes.length; ) {
        const end = this.lines.lineEnd(at);
        if (end > at) n++;
        at = end + 1;
      }
      this.phraseCount = n;
    }
    return this.phraseCount;
  }
  /** Bitmask of the lists holding the phrase whose lower-cased tokens joined by one space are `key`. */
  maskOf(key4) {
    if (!key4.includes(" ")) return this.single(key4);
    const words2 = key4.split(" ");
    let node = this.root(words2[0]);
    for (let i = 1; i < words2.length && node >= 0; i++) node = this.step(node, words2[i]);
    return node < 0 ? 0 : this.nodeMask[node];
  }
  /** Longest phrase (in tokens) that starts with the lower-cased token `lower`; 0 when none. */
  firstLen(lower3) {
    const node = this.root(lower3);
    if (node >= 0) return this.rootLen[node];
    return this.single(lower3) !== 0 ? 1 : 0;
  }
  /** Trie step: the node after `node` (from `root`) reads the lower-cased word `word`; -1 when no phrase continues so. */
  step(node, word) {
    return this.next[node]?.get(word) ?? -1;
  }
  /** Lists of the multi-word phrase ending at trie node `node` (0 when none ends there). */
  nodeLists(node) {
    return this.nodeMask[node];
  }
  /** Bitmask of the lists holding `phrase` (any case, tokenized as article text), 0 when none. */
  lookup(phrase) {
    return this.maskOf(
      tokenize(phrase).map((t) => t.text).join(" ").toLowerCase()
    );
  }
  has(list, phrase) {
    const i = this.listIndex(list);
    return i >= 0 && (this.lookup(phrase) & 1 << i) !== 0;
  }
};

// server/src/core/ner/clusters.ts
var WordClusters = class _WordClusters {
  lines;
  /** Class counts per level, from the header (`# levels: 32,128,512,1024`). */
  levels;
  constructor(bytes) {
    this.lines = new SortedLines(bytes);
    const header = this.lines.headerLines().find((l) => l.startsWith("# levels: "));
    this.levels = header ? header.slice("# levels: ".length).split(",").map(Number) : [];
  }
  static fromText(text) {
    return new _WordClusters(Buffer.from(text, "utf8"));
  }
  /** The word's classes (one per level), or undefined when the word is not in the table. */
  classesOf(word) {
    const at = this.lines.find(word);
    if (at < 0) return void 0;
    return this.lines.fields(at).slice(1).map(Number);
  }
  /**
   * The classes of the form of the word the table knows: as written, else Title case, else lower
   * case (all-caps headlines, sentence-initial capitals).
   */
  lookup(word) {
    const exact = this.classesOf(word);
    if (exact !== void 0 || word.length === 0) return exact;
    const lower3 = word.toLowerCase();
    const title = word.charAt(0) + lower3.slice(1);
    return (title !== word ? this.classesOf(title) : void 0) ?? (lower3 !== word ? this.classesOf(lower3) : void 0);
  }
};

// server/src/core/fnv.ts
var FNV_OFFSET = 2166136261;
function fnv1a(h, s, from = 0, to = s.length) {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

// server/src/core/ner/featureHash.ts
var fnv = fnv1a;
function fin(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
var FNV0 = FNV_OFFSET;
function hstr(s) {
  return fin(fnv(FNV0, s));
}
function hmix(a, b) {
  let h = Math.imul(a ^ 2654435769, 2246822507) ^ Math.imul(b + 2135587861, 3432918353);
  h ^= h >>> 15;
  h = Math.imul(h, 739982445);
  h ^= h >>> 12;
  h = Math.imul(h, 695872825);
  return (h ^ h >>> 15) >>> 0;
}
var K = {
  BIAS: hstr("#bias"),
  CTX: hstr("#ctx"),
  BG1: hstr("#bg1"),
  BG2: hstr("#bg2"),
  SB1: hstr("#sb1"),
  SB2: hstr("#sb2"),
  ST: hstr("#st"),
  PLS: hstr("#pls"),
  NLS: hstr("#nls"),
  GZ: hstr("#gz"),
  DC: hstr("#dc"),
  D2M: hstr("#d2m"),
  D2H: hstr("#d2h"),
  D2L: hstr("#d2l"),
  D2O: hstr("#d2o"),
  CR: hstr("#cr"),
  SP: hstr("#sp"),
  SPW: hstr("#spw")
};

// server/src/core/ner/lexicalFeatures.ts
var fnv2 = fnv;
var fin2 = fin;
var hstr2 = hstr;
var hmix2 = hmix;
var FNV02 = FNV0;
var LEX_SCRATCH = new Uint32Array(32);
var after = (prefix) => fnv2(FNV02, prefix);
var OFFSETS = [-2, -1, 0, 1, 2];
var CTX_L = OFFSETS.map((o) => after(`L${o}=`));
var CTX_S = OFFSETS.map((o) => after(`s${o}=`));
var CTX_X = OFFSETS.map((o) => after(`X${o}=`));
var PAD_KEYS = OFFSETS.map((o) => Uint32Array.from(o === 0 ? [] : [hstr2(`L${o}=<P>`), hstr2(`s${o}=<P>`)]));
var PREFIX = [0, 1, 2, 3, 4].map((j) => after(`P${j}=`));
var SUFFIX = [0, 1, 2, 3, 4].map((j) => after(`X${j}=`));
var AFTER_W = after("W=");
var AFTER_S = after("S=");
var AFTER_SHORT = after("s=");
var AFTER_L = after("L=");
var AFTER_LC = after("LC=");
var AFTER_SC = after("S=C");
var H_C0 = hstr2("C0");
var H_LEN12 = hstr2("LEN12");
var CLUSTER_LEVEL = [0, 1, 2, 3, 4, 5].map((j) => hstr2(`#cl${j}`));
function lexicalKeys(inf, o) {
  if (inf.lex === void 0) inf.lex = [];
  const cached = inf.lex[o + 2];
  if (cached !== void 0) return cached;
  const { word, lower: lower3, caps } = inf;
  if (word === "<PAD>") return inf.lex[o + 2] = PAD_KEYS[o + 2];
  const keys = LEX_SCRATCH;
  let k = 0;
  const n = lower3.length;
  if (o === 0) {
    if (caps) {
      keys[k++] = H_C0;
      keys[k++] = fin2(fnv2(AFTER_SC, inf.lowerFullShape));
    } else {
      keys[k++] = fin2(fnv2(AFTER_W, word));
      keys[k++] = fin2(fnv2(AFTER_S, inf.fullShape));
      keys[k++] = fin2(fnv2(AFTER_SHORT, inf.shortShape));
    }
    keys[k++] = fin2(fnv2(AFTER_L, lower3));
    keys[k++] = fin2(fnv2(AFTER_LC, `${inf.lcSeen}|${inf.caseClass}|${caps ? 1 : 0}`));
    for (let j = 1; j <= 4 && j <= n; j++) {
      keys[k++] = fin2(fnv2(PREFIX[j], lower3, 0, j));
      keys[k++] = fin2(fnv2(SUFFIX[j], lower3, n - j, n));
    }
    if (n >= 12) keys[k++] = H_LEN12;
    const cl = inf.clusters;
    if (cl !== void 0) for (let j = 0; j < cl.length && j < CLUSTER_LEVEL.length; j++) keys[k++] = hmix2(CLUSTER_LEVEL[j], cl[j]);
  } else {
    keys[k++] = fin2(fnv2(CTX_L[o + 2], lower3));
    keys[k++] = fin2(fnv2(CTX_S[o + 2], inf.ctxShape));
    if (o === 1 || o === -1) keys[k++] = fin2(fnv2(CTX_X[o + 2], lower3, n > 3 ? n - 3 : 0, n));
  }
  const out = keys.slice(0, k);
  inf.lex[o + 2] = out;
  return out;
}

// server/src/core/ner/tags.ts
var TYPES = ["PER", "ORG", "LOC", "MISC"];
var NT = 17;
var START = NT;
var tagType = (t) => t - 1 >> 2;
var tagKind = (t) => t - 1 & 3;
var ALLOWED = (() => {
  const a = new Uint8Array((NT + 1) * NT);
  for (let p = 0; p <= NT; p++) {
    for (let c = 0; c < NT; c++) {
      const pOpen = p !== START && p !== 0 && (tagKind(p) === 0 || tagKind(p) === 1);
      let ok;
      if (pOpen) ok = c !== 0 && tagType(c) === tagType(p) && (tagKind(c) === 1 || tagKind(c) === 2);
      else ok = c === 0 || tagKind(c) === 0 || tagKind(c) === 3;
      a[p * NT + c] = ok ? 1 : 0;
    }
  }
  return a;
})();
var ALLOWED_END = (() => {
  const a = new Uint8Array(NT);
  for (let c = 0; c < NT; c++) a[c] = c === 0 || tagKind(c) === 2 || tagKind(c) === 3 ? 1 : 0;
  return a;
})();
function splitTag(tag) {
  if (tag === "O" || tag === "" || tag === "-X-") return ["O", ""];
  const dash = tag.indexOf("-");
  if (dash < 0) return ["I", tag];
  let p = tag.slice(0, dash).toUpperCase();
  if (p === "L") p = "E";
  if (p === "U") p = "S";
  return [p, tag.slice(dash + 1)];
}
function chunkEnds(prevP, prevT, p, t) {
  if (prevP === "E" || prevP === "S") return true;
  if (prevP === "B" || prevP === "I") return p === "O" || p === "B" || p === "S" || t !== prevT;
  return false;
}
function chunkStarts(prevP, prevT, p, t) {
  if (p === "B" || p === "S") return true;
  if (p === "I" || p === "E") return prevP === "O" || prevP === "E" || prevP === "S" || prevT !== t;
  return false;
}
function chunksFromTags(tags) {
  const out = [];
  let prevP = "O";
  let prevT = "";
  let open = -1;
  for (let i = 0; i <= tags.length; i++) {
    const [p, t] = i < tags.length ? splitTag(tags[i]) : ["O", ""];
    if (open >= 0 && chunkEnds(prevP, prevT, p, t)) {
      out.push({ start: open, end: i, label: prevT });
      open = -1;
    }
    if (chunkStarts(prevP, prevT, p, t)) open = i;
    prevP = p;
    prevT = t;
  }
  return out;
}
function spansFromTags(tags) {
  return chunksFromTags(tags).filter((c) => TYPES.includes(c.label));
}

// server/src/core/ner/wordInfo.ts
function caseClass(w) {
  let letters = 0;
  let lower3 = 0;
  let firstUpper = -1;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let isLower;
    if (code < 128) {
      if (code >= 97 && code <= 122) isLower = true;
      else if (code >= 65 && code <= 90) isLower = false;
      else continue;
    } else {
      const cp = w.codePointAt(i);
      const ch = String.fromCodePoint(cp);
      if (cp > 65535) i++;
      const lo = ch.toLowerCase();
      if (lo === ch.toUpperCase()) continue;
      isLower = ch === lo;
    }
    letters++;
    if (isLower) lower3++;
    if (firstUpper < 0) firstUpper = isLower ? 0 : 1;
  }
  if (letters === 0) return 0;
  if (firstUpper === 0) return 1;
  if (lower3 === 0) return letters === 1 ? 4 : 3;
  return 2;
}
var LETTER_OR_NUMBER = /\p{L}|\p{N}/u;
function shapes(w) {
  let full = "";
  let short2 = "";
  let last = "";
  let run = 0;
  for (const ch of w) {
    let c;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 48 && code <= 57) c = "d";
      else if (code >= 97 && code <= 122) c = "x";
      else if (code >= 65 && code <= 90) c = "X";
      else c = ch;
    } else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      c = lo === up ? LETTER_OR_NUMBER.test(ch) ? "x" : ch : ch === lo ? "x" : "X";
    }
    if (c === last) run++;
    else {
      run = 1;
      short2 += c;
      last = c;
    }
    if (run <= 4) full += c;
  }
  return [full, short2];
}

// server/src/core/ner/features.ts
var tagKind2 = tagKind;
var tagType2 = tagType;
var hstr3 = hstr;
var hmix3 = hmix;
var K2 = K;
var caseClass2 = caseClass;
var shapes2 = shapes;
var SCORE = /^\d{1,3}-\d{1,3}$/;
var COMBO_KEYS = 5;
function grow(a, n) {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
var FeatureSet = class {
  gaz;
  lcSet;
  clusters;
  cache = /* @__PURE__ */ new Map();
  capsCache = /* @__PURE__ */ new Map();
  lowerIds = /* @__PURE__ */ new Map();
  pad;
  // Per-document scratch tables indexed by word id; `stamp` marks which document filled a row.
  docNo = 0;
  stamp = new Int32Array(1024);
  caseCounts = new Int32Array(1024 * 3);
  tagCounts = new Int32Array(1024 * 9);
  hitTok = new Int32Array(256);
  hitKey = new Int32Array(256);
  constructor(gaz, lcSet, clusters) {
    this.gaz = gaz;
    this.lcSet = lcSet;
    this.clusters = clusters;
    this.pad = this.makeInfo("<PAD>", false);
  }
  clearCache() {
    this.cache = /* @__PURE__ */ new Map();
    this.capsCache = /* @__PURE__ */ new Map();
  }
  shapeIds = /* @__PURE__ */ new Map();
  shapeId(h) {
    let id = this.shapeIds.get(h);
    if (id === void 0) this.shapeIds.set(h, id = this.shapeIds.size);
    return id;
  }
  lowerId(lower3) {
    let id = this.lowerIds.get(lower3);
    if (id === void 0) {
      id = this.lowerIds.size;
      this.lowerIds.set(lower3, id);
      if (id >= this.stamp.length) {
        this.stamp = grow(this.stamp, id + 1);
        this.caseCounts = grow(this.caseCounts, this.stamp.length * 3);
        this.tagCounts = grow(this.tagCounts, this.stamp.length * 9);
      }
    }
    return id;
  }
  makeInfo(word, caps) {
    const lower3 = word.toLowerCase();
    const [full, short2] = shapes2(word);
    const [lowerFull, lowerShort] = caps ? shapes2(lower3) : ["", ""];
    const sh = caps ? "C" + lowerShort : short2;
    const isPad = word === "<PAD>";
    const lowerH = hstr3(lower3);
    const shortH = hstr3(isPad ? "<PAD>" : sh);
    return {
      hBG1: hmix3(K2.BG1, lowerH),
      hBG2: hmix3(K2.BG2, lowerH),
      hSB1: hmix3(K2.SB1, shortH),
      hSB2: hmix3(K2.SB2, shortH),
      hST: hmix3(K2.ST, shortH),
      hPLS: hmix3(K2.PLS, lowerH),
      hNLS: hmix3(K2.NLS, lowerH),
      word,
      lower: lower3,
      lid: this.lowerId(isPad ? "\0<PAD>" : lower3),
      lowerH,
      shortH,
      sid: this.shapeId(shortH),
      caseClass: isPad ? 0 : caseClass2(word),
      lcSeen: this.lcSet.has(lower3) ? 1 : 0,
      caps,
      gzLen: isPad ? 0 : this.gaz.firstLen(lower3),
      gzMask: isPad ? 0 : this.gaz.maskOf(lower3),
      score: SCORE.test(word),
      fullShape: full,
      shortShape: short2,
      lowerFullShape: lowerFull,
      ctxShape: sh,
      clusters: isPad || this.clusters === void 0 ? void 0 : this.clusters.lookup(word)
    };
  }
  info(word, caps) {
    const cache = caps ? this.capsCache : this.cache;
    let inf = cache.get(word);
    if (inf === void 0) {
      if (cache.size > 2e5) {
        if (caps) this.capsCache = /* @__PURE__ */ new Map();
        else this.cache = /* @__PURE__ */ new Map();
        if (this.lowerIds.size > 2e6) this.lowerIds = /* @__PURE__ */ new Map();
      }
      const own = ownString(word);
      inf = this.makeInfo(own, caps);
      (caps ? this.capsCache : this.cache).set(own, inf);
    }
    return inf;
  }
  /** Lexical feature keys of a word at offset `o` (-2..2) from the tagged token (lexicalFeatures.ts). */
  lexKeys(inf, o) {
    return lexicalKeys(inf, o);
  }
  /** Per-document preparation: word infos, caps lines, gazetteer matches, document case evidence. */
  prepDoc(sentences) {
    const doc2 = ++this.docNo;
    const sents = new Array(sentences.length);
    let total = 0;
    let nhits = 0;
    let scores = 0;
    for (let s = 0; s < sentences.length; s++) {
      const words2 = sentences[s];
      const n = words2.length;
      const infos = new Array(n);
      let upper = 0;
      let caps = true;
      for (let i = 0; i < n; i++) {
        const inf = infos[i] = this.info(words2[i], false);
        if (inf.score) scores++;
        const c = inf.caseClass;
        if (c === 1 || c === 2) caps = false;
        else if (c >= 3) upper++;
      }
      caps = caps && upper > 0;
      if (caps) for (let i = 0; i < n; i++) infos[i] = this.info(words2[i], true);
      sents[s] = { infos, caps, first: total, keys: EMPTY, off: EMPTY_OFF };
      if (!caps) {
        const { stamp: stamp2, caseCounts: counts2 } = this;
        for (let i = 1; i < n; i++) {
          const inf = infos[i];
          const c = inf.caseClass;
          if (c === 0) continue;
          const id = inf.lid;
          if (stamp2[id] !== doc2) {
            stamp2[id] = doc2;
            counts2[id * 3] = counts2[id * 3 + 1] = counts2[id * 3 + 2] = 0;
          }
          counts2[id * 3 + (c === 1 ? 0 : c === 3 ? 2 : 1)]++;
        }
      }
      for (let i = 0; i < n; i++) {
        const max = infos[i].gzLen;
        if (max === 0) continue;
        let node = max > 1 ? this.gaz.root(infos[i].lower) : -1;
        for (let len = 1; len <= max && i + len <= n; len++) {
          let mask;
          if (len === 1) mask = infos[i].gzMask;
          else {
            node = node < 0 ? -1 : this.gaz.step(node, infos[i + len - 1].lower);
            if (node < 0) break;
            mask = this.gaz.nodeLists(node);
          }
          const e = i + len;
          for (let l = 0; mask !== 0; l++, mask >>>= 1) {
            if ((mask & 1) === 0) continue;
            for (let j = i; j < e; j++) {
              const pos = len === 1 ? 3 : j === i ? 0 : j === e - 1 ? 2 : 1;
              const capBit = caps ? 2 : infos[j].caseClass >= 2 ? 1 : 0;
              if (nhits >= this.hitTok.length) {
                this.hitTok = grow(this.hitTok, nhits + 1);
                this.hitKey = grow(this.hitKey, nhits + 1);
              }
              this.hitTok[nhits] = total + j;
              this.hitKey[nhits] = hmix3(K2.GZ, (l * 4 + pos) * 3 + capBit);
              nhits++;
            }
          }
        }
      }
      total += n;
    }
    const gzOff = new Int32Array(total + 1);
    for (let h = 0; h < nhits; h++) gzOff[this.hitTok[h] + 1]++;
    for (let g = 0; g < total; g++) gzOff[g + 1] += gzOff[g];
    const gzKeys = new Uint32Array(nhits);
    const fill = gzOff.slice(0, total);
    for (let h = 0; h < nhits; h++) gzKeys[fill[this.hitTok[h]]++] = this.hitKey[h];
    const sport = scores >= 2;
    const { stamp, caseCounts: counts } = this;
    const keys = new Uint32Array(total * 13 + nhits * 2);
    const off = new Int32Array(total + 1);
    const combo = new Float64Array(total);
    let k = 0;
    for (let s = 0; s < sents.length; s++) {
      const sp = sents[s];
      const { infos, caps } = sp;
      const n = infos.length;
      const g0 = sp.first;
      let runStart = 0;
      let runEnd2 = 0;
      for (let i = 0; i < n; i++) {
        const inf = infos[i];
        const prev = i > 0 ? infos[i - 1] : this.pad;
        const next = i + 1 < n ? infos[i + 1] : this.pad;
        const ctx = (i === 0 ? 1 : 0) | (caps ? 2 : 0) | inf.caseClass << 2 | inf.lcSeen << 5 | (n === 1 ? 64 : 0);
        combo[g0 + i] = prev.sid < 4096 && inf.sid < 4096 && next.sid < 4096 ? ((prev.sid * 4096 + inf.sid) * 4096 + next.sid) * 128 + ctx : -1;
        keys[k++] = K2.BIAS;
        keys[k++] = hmix3(K2.CTX, ctx);
        keys[k++] = hmix3(prev.hSB1, inf.shortH);
        keys[k++] = hmix3(inf.hSB2, next.shortH);
        keys[k++] = hmix3(hmix3(prev.hST, inf.shortH), next.shortH);
        keys[k++] = hmix3(prev.hBG1, inf.lowerH);
        keys[k++] = hmix3(inf.hBG2, next.lowerH);
        keys[k++] = hmix3(prev.hPLS, inf.shortH);
        keys[k++] = hmix3(next.hNLS, inf.shortH);
        const g = g0 + i;
        for (let q = gzOff[g]; q < gzOff[g + 1]; q++) {
          keys[k++] = gzKeys[q];
          if (sport) keys[k++] = hmix3(K2.SP, gzKeys[q]);
        }
        if (sport && inf.caseClass >= 2) keys[k++] = hmix3(K2.SPW, inf.lowerH);
        if (inf.caseClass >= 2) {
          if (i >= runEnd2) {
            runStart = i;
            runEnd2 = i + 1;
            while (runEnd2 < n && infos[runEnd2].caseClass >= 2) runEnd2++;
          }
          const len = runEnd2 - runStart;
          const place = len === 1 ? 3 : i === runStart ? 0 : i === runEnd2 - 1 ? 2 : 1;
          keys[k++] = hmix3(K2.CR, ((len > 4 ? 4 : len) * 4 + place) * 4 + (caps ? 2 : 0) + (i === 0 ? 1 : 0));
          const id = inf.lid;
          let flags = 0;
          if (stamp[id] === doc2) {
            const self = !caps && i > 0 ? inf.caseClass === 3 ? 2 : 1 : -1;
            for (let q = 0; q < 3; q++) if (counts[id * 3 + q] - (q === self ? 1 : 0) > 0) flags |= 1 << q;
          }
          keys[k++] = hmix3(K2.DC, flags | inf.caseClass << 3 | (i === 0 ? 64 : 0) | (caps ? 128 : 0));
        }
        off[g + 1] = k;
      }
      sp.keys = keys;
      sp.off = off.subarray(g0, g0 + n + 1);
    }
    return { sents, n: total, keys, off, combo };
  }
  /**
   * Second-pass keys: how the other occurrences of each word in the document were tagged by
   * the first pass (majority type, any type, part of a multi-token entity).
   */
  pass2Keys(doc2, firstPass) {
    const no = ++this.docNo;
    const { stamp } = this;
    const counts = this.tagCounts;
    for (let s = 0; s < doc2.sents.length; s++) {
      const { infos } = doc2.sents[s];
      const tags = firstPass[s];
      for (let i = 0; i < infos.length; i++) {
        const inf = infos[i];
        if (inf.caseClass < 2) continue;
        const b = inf.lid * 9;
        if (stamp[inf.lid] !== no) {
          stamp[inf.lid] = no;
          counts.fill(0, b, b + 9);
        }
        const t = tags[i];
        const ty = t === 0 ? 0 : tagType2(t) + 1;
        counts[b + ty]++;
        if (t !== 0 && tagKind2(t) !== 3) counts[b + 4 + ty]++;
      }
    }
    const keys = new Uint32Array(doc2.n * 10);
    const off = new Int32Array(doc2.n + 1);
    let k = 0;
    for (let s = 0; s < doc2.sents.length; s++) {
      const sp = doc2.sents[s];
      const tags = firstPass[s];
      const cb = sp.caps ? 1 : 0;
      for (let i = 0; i < sp.infos.length; i++) {
        const inf = sp.infos[i];
        if (inf.caseClass >= 2) {
          const b = inf.lid * 9;
          const tag = tags[i];
          const ty = tag === 0 ? 0 : tagType2(tag) + 1;
          const long = tag !== 0 && tagKind2(tag) !== 3;
          let total = 0;
          let best2 = -1;
          let bestC = 0;
          for (let t = 0; t < 5; t++) {
            const c = counts[b + t] - (t === ty ? 1 : 0);
            total += c;
            if (c > bestC) {
              bestC = c;
              best2 = t;
            }
            if (t > 0 && c > 0) keys[k++] = hmix3(K2.D2H, t * 2 + cb);
          }
          if (total === 0) keys[k++] = hmix3(K2.D2M, 10 + cb);
          else {
            keys[k++] = hmix3(K2.D2M, best2 * 2 + cb);
            if (bestC * 2 > total) keys[k++] = hmix3(K2.D2O, best2 * 2 + cb);
          }
          for (let t = 1; t < 5; t++) {
            const c = counts[b + 4 + t] - (long && t === ty ? 1 : 0);
            if (c > 0) keys[k++] = hmix3(K2.D2L, t * 2 + cb);
          }
        }
        off[sp.first + i + 1] = k;
      }
    }
    return { keys, off };
  }
};
var EMPTY = new Uint32Array(0);
var EMPTY_OFF = new Int32Array(1);

// server/src/core/ner/viterbi.ts
var NT2 = NT;
var ALLOWED2 = ALLOWED;
var ALLOWED_END2 = ALLOWED_END;
var { PRED, PRED_OFF } = (() => {
  const pred = [];
  const off = new Int32Array(NT2 + 1);
  for (let c = 0; c < NT2; c++) {
    for (let p = 0; p < NT2; p++) if (ALLOWED2[p * NT2 + c]) pred.push(p);
    off[c + 1] = pred.length;
  }
  return { PRED: Int32Array.from(pred), PRED_OFF: off };
})();
var vPrev = new Float64Array(NT2);
var vCur = new Float64Array(NT2);
var vBack = new Uint8Array(256 * NT2);
var tpScratch = new Float64Array(PRED.length);
var startScratch = new Float64Array(NT2);
function transitionTables(trans, tp, start) {
  for (let c = 0; c < NT2; c++) {
    for (let q = PRED_OFF[c]; q < PRED_OFF[c + 1]; q++) tp[q] = trans[PRED[q] * NT2 + c];
    start[c] = ALLOWED2[NT2 * NT2 + c] ? trans[NT2 * NT2 + c] : -Infinity;
  }
}
function decodeSentence(e, base, stride, scale, tp, start, n, out) {
  if (n === 0) return;
  if (vBack.length < n * NT2) vBack = new Uint8Array(n * NT2 * 2);
  const back = vBack;
  let prev = vPrev;
  let cur = vCur;
  for (let c = 0; c < NT2; c++) prev[c] = start[c] === -Infinity ? -Infinity : e[base + c] * scale + start[c];
  for (let i = 1; i < n; i++) {
    const eo = base + i * stride;
    const bo = i * NT2;
    for (let c = 0; c < NT2; c++) {
      let best3 = -Infinity;
      let arg2 = 0;
      for (let q = PRED_OFF[c], qe = PRED_OFF[c + 1]; q < qe; q++) {
        const p = PRED[q];
        const v = prev[p] + tp[q];
        if (v > best3) {
          best3 = v;
          arg2 = p;
        }
      }
      cur[c] = best3 + e[eo + c] * scale;
      back[bo + c] = arg2;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best2 = -Infinity;
  let arg = 0;
  for (let c = 0; c < NT2; c++) {
    if (ALLOWED_END2[c] && prev[c] > best2) {
      best2 = prev[c];
      arg = c;
    }
  }
  vPrev = prev;
  vCur = cur;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT2 + out[i]];
}

// server/src/core/ner/modelFile.ts
var MAGIC = Buffer.from([78, 77, 78, 69, 82, 0, 0, 4]);
var pad4 = (n) => n + 3 & ~3;
function decodeModelFile(buf) {
  if (!buf.subarray(0, 8).equals(MAGIC)) throw new Error("ner.bin: bad magic or old format (retrain with npm run train:ner)");
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + hlen));
  if (header.nt !== NT) throw new Error("ner.bin: tag set mismatch");
  let ab = buf.buffer;
  let base = buf.byteOffset;
  if (base % 4 !== 0) {
    ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    base = 0;
  }
  let off = base + pad4(12 + hlen);
  const nr = header.nrows;
  const np = header.passes.length;
  const size = header.tableSize;
  if (!(size >= nr && (size & size - 1) === 0)) throw new Error("ner.bin: bad feature table size");
  const length = pad4(12 + hlen) + size * 8 + pad4(nr * np * NT) + np * (NT + 1) * NT * 4 + header.vocabBytes;
  if (buf.length !== length) throw new Error("ner.bin: truncated or malformed");
  const table = new Int32Array(ab, off, size * 2);
  off += size * 8;
  const W = new Int8Array(ab, off, nr * np * NT);
  off += pad4(nr * np * NT);
  const trans = [];
  for (let p = 0; p < np; p++) {
    trans.push(Float64Array.from(new Float32Array(ab, off, (NT + 1) * NT)));
    off += (NT + 1) * NT * 4;
  }
  const vocab = new SortedLines(buf.subarray(off - base, off - base + header.vocabBytes), false);
  return { table, W, trans, scales: header.passes.map((p) => p.scale), vocab, meta: header.meta };
}

// server/src/core/ner/model.ts
var NT3 = NT;
var COMBO_KEYS2 = COMBO_KEYS;
var IOB2 = Array.from(
  { length: NT3 },
  (_, t) => t === 0 ? "O" : (tagKind(t) === 0 || tagKind(t) === 3 ? "B-" : "I-") + TYPES[tagType(t)]
);
var NerModel = class _NerModel {
  fs;
  meta;
  npass;
  /** Use the second (document-level) pass when the model has one. */
  twoPass;
  /** Open-addressing table of (feature key, row) pairs; row -1 marks an empty slot. */
  table;
  tMask;
  /** rows x npass x NT quantized weights. */
  W;
  scales;
  e = new Int32Array(4096 * 2 * NT3);
  /** Per pass: transition scores of the allowed pairs in PRED order, and from the sentence start. */
  transPred;
  transStart;
  /** Summed scores of the COMBO_KEYS leading keys per `DocPrep.combo` id. */
  comboCache = /* @__PURE__ */ new Map();
  /** `table` as `lookupTable` builds it (the model file holds it). */
  constructor(table, W, scales, trans, fs2, meta = {}) {
    this.fs = fs2;
    this.meta = meta;
    this.npass = scales.length;
    this.twoPass = this.npass > 1;
    this.W = W;
    this.scales = scales;
    this.transPred = trans.map(() => new Float64Array(PRED.length));
    this.transStart = trans.map(() => new Float64Array(NT3));
    trans.forEach((tr, p) => transitionTables(tr, this.transPred[p], this.transStart[p]));
    this.table = table;
    this.tMask = table.length / 2 - 1;
  }
  /** The tagger of a model file's bytes (see modelFile.ts), used in place. */
  static fromBuffer(buf, gaz, clusters) {
    const f = decodeModelFile(buf);
    const lcSet = { has: (word) => f.vocab.find(word) >= 0 };
    if (f.meta["clusters"] && clusters === void 0) throw new Error("this NER model needs its word clusters (ner-clusters.txt)");
    return new _NerModel(f.table, f.W, f.scales, f.trans, new FeatureSet(gaz, lcSet, f.meta["clusters"] ? clusters : void 0), f.meta);
  }
  /** Row of a feature key, -1 when the model has none. */
  row(key4) {
    const { table, tMask } = this;
    const k = key4 | 0;
    let s = k & tMask;
    for (; ; ) {
      const r = table[s * 2 + 1];
      if (r < 0 || table[s * 2] === k) return r;
      s = s + 1 & tMask;
    }
  }
  /** Sums and caches the scores of the COMBO_KEYS keys from `keys[k0]` under `cid`. */
  comboVec(cid, keys, k0) {
    const w = this.npass * NT3;
    const v = new Int32Array(w);
    for (let k = k0; k < k0 + COMBO_KEYS2; k++) {
      const r = this.row(keys[k]);
      if (r < 0) continue;
      for (let t = 0; t < w; t++) v[t] += this.W[r * w + t];
    }
    if (this.comboCache.size > 1e5) this.comboCache = /* @__PURE__ */ new Map();
    this.comboCache.set(cid, v);
    return v;
  }
  /** Summed lexical scores of a word type: 5 offsets x npass x NT (cached on the word). */
  lexVec(inf) {
    let v = inf.vec;
    if (v !== void 0) return v;
    const w = this.npass * NT3;
    v = new Int16Array(5 * w);
    inf.vec = v;
    const W = this.W;
    for (let o = -2; o <= 2; o++) {
      const keys = this.fs.lexKeys(inf, o);
      const base = (o + 2) * w;
      for (let k = 0; k < keys.length; k++) {
        const r = this.row(keys[k]);
        if (r < 0) continue;
        const wo = r * w;
        for (let t = 0; t < w; t++) v[base + t] += W[wo + t];
      }
    }
    return v;
  }
  /** BILOU tag indexes per token for a document given as tokenized sentences. */
  tagBilou(sentences) {
    const doc2 = this.fs.prepDoc(sentences);
    const two = this.twoPass && this.npass > 1;
    const w = this.npass * NT3;
    const W = this.W;
    const tab = this.table;
    const tMask = this.tMask;
    const nTok = doc2.n;
    if (this.e.length < nTok * w) this.e = new Int32Array(nTok * w * 2);
    const e = this.e;
    e.fill(0, 0, nTok * w);
    const { keys, off } = doc2;
    const pad3 = this.lexVec(this.fs.pad);
    for (let s = 0; s < doc2.sents.length; s++) {
      const sp = doc2.sents[s];
      const n = sp.infos.length;
      const infos = sp.infos;
      const g0 = sp.first;
      for (let j = -2; j < n + 2; j++) {
        const v = j < 0 || j >= n ? pad3 : infos[j].vec ?? this.lexVec(infos[j]);
        const oLo = j - n + 3 > 0 ? j - n + 3 : 0;
        const oHi = j + 2 < 4 ? j + 2 : 4;
        for (let o = oLo; o <= oHi; o++) {
          const eo = (g0 + j - o + 2) * w;
          const b = o * w;
          for (let t = 0; t < w; t++) e[eo + t] += v[b + t];
        }
      }
      for (let i = 0; i < n; i++) {
        const g = g0 + i;
        const eo = g * w;
        let k0 = off[g];
        const cid = doc2.combo[g];
        if (cid >= 0) {
          const v = this.comboCache.get(cid) ?? this.comboVec(cid, keys, k0);
          for (let t = 0; t < w; t++) e[eo + t] += v[t];
          k0 += COMBO_KEYS2;
        }
        for (let k = k0, ke = off[g + 1]; k < ke; k++) {
          const key4 = keys[k] | 0;
          let slot = (key4 & tMask) << 1;
          let r = -1;
          for (; ; ) {
            const rr = tab[slot + 1];
            if (rr < 0) break;
            if (tab[slot] === key4) {
              r = rr;
              break;
            }
            slot = slot + 2 & tMask * 2 + 1;
          }
          if (r < 0) continue;
          const wo = r * w;
          for (let t = 0; t < w; t++) e[eo + t] += W[wo + t];
        }
      }
    }
    const first = this.decodeAll(doc2, 0, w);
    if (!two) return first;
    const extra = this.fs.pass2Keys(doc2, first);
    for (let g = 0; g < nTok; g++) {
      const eo = g * w + NT3;
      for (let k = extra.off[g], ke = extra.off[g + 1]; k < ke; k++) {
        const r = this.row(extra.keys[k]);
        if (r < 0) continue;
        const wo = r * w + NT3;
        for (let t = 0; t < NT3; t++) e[eo + t] += W[wo + t];
      }
    }
    return this.decodeAll(doc2, 1, w);
  }
  /** Viterbi over every sentence of the document with pass `p`'s integer emission scores. */
  decodeAll(doc2, p, w) {
    const e = this.e;
    const scale = this.scales[p];
    const tp = this.transPred[p];
    const start = this.transStart[p];
    const all2 = new Uint8Array(doc2.n);
    const out = new Array(doc2.sents.length);
    for (let s = 0; s < doc2.sents.length; s++) {
      const sp = doc2.sents[s];
      const n = sp.infos.length;
      const tags = out[s] = all2.subarray(sp.first, sp.first + n);
      if (n > 0) decodeSentence(e, sp.first * w + p * NT3, w, scale, tp, start, n, tags);
    }
    return out;
  }
  /** IOB2 tags (`B-PER`, `I-ORG`, `O`) per token. */
  tagDocument(sentences) {
    return this.tagBilou(sentences).map((tags) => {
      const out = new Array(tags.length);
      for (let i = 0; i < tags.length; i++) out[i] = IOB2[tags[i]];
      return out;
    });
  }
};

// server/src/core/ner/nerTagger.ts
var MODEL_FILE = "ner.bin";
var GAZETTEER_FILE = "ner-gazetteer.txt";
var CLUSTERS_FILE = "ner-clusters.txt";
function resolveModelPath() {
  const found = resolveModelFile(MODEL_FILE);
  if (found === void 0) throw new Error(`NER model ${MODEL_FILE} not found from ${__dirname}`);
  return found;
}
function loadNerModel(file) {
  const p = file ?? resolveModelPath();
  const dir = path2.dirname(p);
  const gaz = new Gazetteer(readModelFile(path2.join(dir, GAZETTEER_FILE)));
  const clusterBytes = readModelFileIfAny(path2.join(dir, CLUSTERS_FILE));
  const clusters = clusterBytes ? new WordClusters(clusterBytes) : void 0;
  return NerModel.fromBuffer(readModelFile(p), gaz, clusters);
}
var singleton;
function getNerModel() {
  if (singleton === void 0) singleton = loadNerModel();
  return singleton;
}

// server/src/core/entities/knowledge.ts
var countryIndex;
var placeLines;
var key = (s) => {
  const k = s.toLowerCase();
  return /[.’']/.test(k) || k !== k.trim() ? k.replace(/[’']s$/, "").replace(/\./g, "").trim() : k;
};
function countriesIndex() {
  if (countryIndex) return countryIndex;
  const index = {
    countries: [],
    byName: /* @__PURE__ */ new Map(),
    byDemonym: /* @__PURE__ */ new Map(),
    byCapital: /* @__PURE__ */ new Map(),
    byCode: /* @__PURE__ */ new Map(),
    organizations: /* @__PURE__ */ new Map()
  };
  const file = resolveModelFile("knowledge-countries.json");
  if (file) {
    const data = JSON.parse(readModelFile(file).toString("utf8"));
    index.countries = data.countries;
    for (const c of data.countries) {
      index.byCode.set(c.cca2, c);
      if (!index.byName.has(key(c.name))) index.byName.set(key(c.name), c);
    }
    const bySize = [...data.countries].sort((a, b) => b.area - a.area);
    for (const c of bySize) {
      for (const n of c.names) if (!index.byName.has(key(n))) index.byName.set(key(n), c);
      for (const d of c.demonyms) if (!index.byDemonym.has(key(d))) index.byDemonym.set(key(d), c);
      for (const cap of c.capital) if (!index.byCapital.has(key(cap))) index.byCapital.set(key(cap), c);
    }
    for (const o of data.organizations) {
      index.organizations.set(key(o.acronym), o);
      index.organizations.set(key(o.name), o);
    }
  }
  countryIndex = index;
  return index;
}
function countryByName(name) {
  return countriesIndex().byName.get(key(name));
}
function countryByDemonym(demonym) {
  return countriesIndex().byDemonym.get(key(demonym));
}
function countryByCapital(name) {
  return countriesIndex().byCapital.get(key(name));
}
function organizationByName(name) {
  return countriesIndex().organizations.get(key(name));
}
function placeByName(name) {
  const place = placeMemo.get(key(name));
  return place === null ? void 0 : { ...place };
}
var placeMemo = new StringMemo((k) => {
  placeLines ??= knowledgeLines("knowledge-cities.tsv");
  const at = placeLines.find(k);
  if (at < 0) return null;
  const [, n, country, pop, lat, lon, cap] = placeLines.fields(at);
  return { name: n, country, population: Number(pop), capital: cap === "C", lat: Number(lat), lon: Number(lon) };
});
var nameLines;
function knowledgeLines(name) {
  const file = resolveModelFile(name);
  return new SortedLines(file ? readModelFile(file) : Buffer.alloc(0));
}
function firstNameGender(name) {
  nameLines ??= knowledgeLines("knowledge-names.tsv");
  const at = nameLines.find(name.toLowerCase());
  if (at < 0) return void 0;
  const g = nameLines.fields(at)[2];
  return g === "F" || g === "M" ? g : void 0;
}

// server/src/core/entities/types.ts
var DEMONYM = /(?:ans?|ians?|ese|ish|i|ic|ch|ers?|ites?|ists?)$/;
var GROUP_WORDS = new Set(
  "Western Westerners Eastern Arab Arabs Kurd Kurds Muslim Muslims Christian Christians Jewish Jew Jews Sunni Sunnis Shia Shiite Shiites Catholic Catholics Protestant Protestants Hindu Hindus Buddhist Buddhists Sikh Sikhs Democrat Democrats Republican Republicans Latino Latinos Latina Roma Slav Slavs Bedouin English Englishman Englishmen Welsh Welshman Welshmen Scottish Scots Scot Scotsman Scotsmen Cornish Basque Basques Catalan Catalans Flemish Kurdish Tibetan Tibetans Palestinian Palestinians".split(
    " "
  )
);
function entityTypeOf(label, text) {
  if (label !== "MISC" && isGroupWord(text)) return "group";
  switch (label) {
    case "PER":
      return "person";
    case "ORG":
      return "organization";
    case "LOC":
      return "place";
    case "MISC": {
      const words2 = text.split(/\s+/);
      const last = words2[words2.length - 1];
      if (GROUP_WORDS.has(last) && words2.length <= 2) return "group";
      return words2.length <= 3 && DEMONYM.test(last) && /^\p{Lu}/u.test(last) ? "group" : "other";
    }
  }
}
function isGroupWord(text) {
  if (GROUP_WORDS.has(text)) return true;
  if (text.length < 4 || !/^\p{Lu}/u.test(text) || countryByName(text)) return false;
  if (countryByDemonym(text)) return true;
  if (text.endsWith("s") && countryByDemonym(text.slice(0, -1))) return true;
  const person = /^(.+?)(?:man|woman|men|women)$/.exec(text);
  return person !== null && countryByDemonym(person[1]) !== void 0;
}

// server/src/core/entities/mentions.ts
function findMentions(plain, sentences, tokens) {
  const words2 = sentences.map((s) => {
    const list = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) list.push(tokens[i].text);
    return list;
  });
  const tags = getNerModel().tagDocument(words2);
  const mentions = [];
  sentences.forEach((s, si) => {
    for (const span3 of spansFromTags(tags[si])) {
      let lastIndex = span3.end - 1;
      while (lastIndex > span3.start && startsLowerCase(tokens[s.tokenStart + lastIndex].text)) lastIndex--;
      const first = tokens[s.tokenStart + span3.start];
      const last = tokens[s.tokenStart + lastIndex];
      const label = span3.label;
      let start = glueCut(plain, first.start, last.end);
      const prev = span3.start > 0 ? tokens[s.tokenStart + span3.start - 1] : void 0;
      if (label === "PER" && start === first.start && prev && plain.slice(prev.end, first.start) === " ") {
        const cut2 = glueCut(plain, prev.start, prev.end);
        if (cut2 > prev.start && /^\p{Lu}\p{Ll}+$/u.test(plain.slice(cut2, prev.end))) start = cut2;
      }
      const end = last.end;
      const slash = label === "PER" ? lastSlash(plain, start, end) : -1;
      if (slash >= 0 && /^\p{Lu}/u.test(plain.slice(slash + 1, end))) start = slash + 1;
      const text = plain.slice(start, end);
      if (!startsUpperAscii(text) && !/(?:^|[\s-])\p{Lu}/u.test(text)) continue;
      mentions.push({ start, end, text, label, type: entityTypeOf(label, text), entity: -1, sentence: s.index });
    }
  });
  return mentions;
}
function unglue(text, start, end) {
  const ascii = asciiGlue(text, start, end);
  if (ascii !== void 0) return ascii;
  const slice = text.slice(start, end);
  let cut2 = 0;
  for (const m of slice.matchAll(/\p{Ll}{3}(?=\p{Lu}\p{Ll})/gu)) cut2 = (m.index ?? 0) + 3;
  return start + cut2;
}
var GLUE_LABEL = /(?:^|[^\p{L}]|\p{Ll})(?:Icon|Writers?|Reporters?|Reporting|Staff|Photos?|Photograph|Photographer|Images?|Video|Caption|Credit|Source|Getty|Updated|Published|Share|Advertisement|Editor|Correspondent|Agency|By)$/u;
function glueCut(text, start, end) {
  const cut2 = unglue(text, start, end);
  return cut2 > start && GLUE_LABEL.test(text.slice(Math.max(start, cut2 - 24), cut2)) ? cut2 : start;
}
function asciiGlue(text, start, end) {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return void 0;
  for (let i = end - 2; i >= start + 3; i--) {
    if (isUpperAscii(text.charCodeAt(i)) && isLowerAscii(text.charCodeAt(i + 1)) && isLowerAscii(text.charCodeAt(i - 1)) && isLowerAscii(text.charCodeAt(i - 2)) && isLowerAscii(text.charCodeAt(i - 3))) {
      return i;
    }
  }
  return start;
}
var isUpperAscii = (c) => c >= 65 && c <= 90;
var isLowerAscii = (c) => c >= 97 && c <= 122;
function startsLowerCase(word) {
  const c = word.charCodeAt(0);
  if (c < 128) return isLowerAscii(c);
  return /^\p{Ll}/u.test(word);
}
function startsUpperAscii(text) {
  return isUpperAscii(text.charCodeAt(0));
}
function lastSlash(text, start, end) {
  for (let i = end - 1; i >= start; i--) if (text.charCodeAt(i) === 47) return i;
  return -1;
}

// server/src/core/entities/acronyms.ts
var MINOR = /* @__PURE__ */ new Set(["of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "&"]);
function isAcronym(text) {
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^\p{Lu}(?:\.?\p{Lu}){1,6}\.?$/u.test(text) || /^\p{Lu}{2,}\d*$/u.test(text);
}
function initials(text) {
  return text.split(/[\s-]+/).filter((w) => w.length > 0 && !MINOR.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join("");
}
function expands(short2, long) {
  if (!isAcronym(short2) || long.split(/\s+/).length < 2) return false;
  const letters = short2.replace(/\./g, "");
  if (initials(long) === letters) return true;
  const known = organizationByName(short2);
  return known !== void 0 && known.acronym !== known.name && known.name.toLowerCase() === long.toLowerCase();
}

// server/src/core/entities/chars.ts
function isLetterOrDigitAt(text, at) {
  return isLetterOrDigit(text.charCodeAt(at));
}
function onlySpaces(text, from, to) {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
function lastRunsStart(text, lo, hi, runs) {
  let i = hi;
  for (let n = 0; n < runs; n++) {
    while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === lo) return lo;
    while (i > lo && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}
function inWord(cp, k) {
  return (k & (LETTER | MARK)) !== 0 || cp === 39 || cp === 45 || cp === 8217;
}
function capitalizedWordEnd(text, i, limit) {
  const c = text.charCodeAt(i);
  if (c < 128 && (c < 65 || c > 90)) return -1;
  if (!(classAt(text, i, limit) & UPPER)) return -1;
  let end = -1;
  for (let j = i + codePointLength(text, i, limit); j < limit; ) {
    const k = classAt(text, j, limit);
    if (!inWord(text.charCodeAt(j), k)) break;
    j += codePointLength(text, j, limit);
    if (k & LETTER) end = j;
  }
  return end;
}

// server/src/core/entities/titles.ts
var TITLE_WORDS = [
  "President",
  "President-elect",
  "Vice-President",
  "Premier",
  "Prime",
  "Minister",
  "Chancellor",
  "Secretary",
  "General",
  "Gen.",
  "Lieutenant",
  "Lt.",
  "Colonel",
  "Col.",
  "Major",
  "Maj.",
  "Captain",
  "Capt.",
  "Admiral",
  "Adm.",
  "Sergeant",
  "Sgt.",
  "Commander",
  "Marshal",
  "Field",
  "Brigadier",
  "Corporal",
  "Private",
  "Senator",
  "Sen.",
  "Rep.",
  "Representative",
  "Congressman",
  "Congresswoman",
  "Governor",
  "Gov.",
  "Mayor",
  "Judge",
  "Justice",
  "Attorney",
  "Ambassador",
  "Commissioner",
  "Speaker",
  "Chairman",
  "Chairwoman",
  "Chair",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Emperor",
  "Pope",
  "Cardinal",
  "Archbishop",
  "Bishop",
  "Rev.",
  "Reverend",
  "Father",
  "Rabbi",
  "Imam",
  "Sheikh",
  "Ayatollah",
  "Dr.",
  "Dr",
  "Prof.",
  "Professor",
  "Mr.",
  "Mr",
  "Mrs.",
  "Mrs",
  "Ms.",
  "Ms",
  "Miss",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Councillor",
  "Councilor",
  "Cllr",
  "Alderman",
  "Premier",
  "Treasurer",
  "Spokesman",
  "Spokeswoman",
  "Chief",
  "Director",
  "Coach",
  "Chief Executive",
  "CEO",
  "Detective",
  "Inspector",
  "Sheriff",
  "Officer"
];
var TITLE_MODIFIERS = new Set(
  ["Foreign", "Defence", "Defense", "Finance", "Interior", "Justice", "Health", "Vice", "Deputy", "Acting", "Former", "former", "Interim", "Lieutenant", "Army", "Supreme", "First", "Grand", "Crown", "State", "Home"].concat()
);
var TITLES = new Set(TITLE_WORDS);
function isTitleWord(word) {
  return TITLES.has(word);
}
function isTitleModifier(word) {
  return TITLE_MODIFIERS.has(word);
}
function splitTitle(text) {
  const first = firstWord(text);
  if (!TITLES.has(first) && !TITLE_MODIFIERS.has(first)) return { title: "", name: text, offset: 0 };
  const words2 = [...text.matchAll(/\S+/g)];
  let k = 0;
  while (k < words2.length - 1 && (TITLES.has(words2[k][0]) || TITLE_MODIFIERS.has(words2[k][0]))) k++;
  if (k === 0 || !words2.slice(0, k).some((w) => TITLES.has(w[0]))) return { title: "", name: text, offset: 0 };
  const offset = words2[k].index ?? 0;
  return { title: text.slice(0, offset).trim(), name: text.slice(offset), offset };
}
function stripPossessive(text) {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === S) return n >= 2 && isApostrophe2(text.charCodeAt(n - 2)) ? text.slice(0, n - 2) : text;
  if (isApostrophe2(last)) return n >= 2 && text.charCodeAt(n - 2) === S ? text.slice(0, n - 1) : text;
  return text;
}
var S = 115;
var isApostrophe2 = (c) => c === 39 || c === 8217;
function firstWord(text) {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}
var ROLE_NOUNS = new Set(
  "spokesman spokeswoman spokesperson treasurer chairman chairwoman chair president minister secretary director executive manager coach captain lawyer attorney analyst economist professor researcher scientist senator governor mayor councillor councilor commander general ambassador envoy prosecutor judge leader founder owner editor teacher doctor nurse officer inspector detective superintendent commissioner chancellor premier sheriff striker midfielder defender goalkeeper winger batsman bowler singer actor actress author novelist presenter".split(
    " "
  )
);
var ROLE_MODIFIERS = new Set(
  "former then acting interim deputy vice assistant associate senior junior chief head prime foreign defence defense finance health education interior justice state executive general managing team club party opposition police army military government company campaign union press communications national regional".split(
    " "
  )
);
function lowerRoleBefore(before) {
  const tail = before.slice(lastRunsStart(before, 0, before.length, 5));
  const m = /(?<![\p{L}-])((?:[\p{L}][\p{L}.-]*\s+){0,4}[\p{L}][\p{L}.-]*)(?:,\s*|\s+)$/u.exec(tail);
  if (!m) return void 0;
  const words2 = m[1].trim().split(/\s+/);
  if (!ROLE_NOUNS.has(words2[words2.length - 1])) return void 0;
  let k = words2.length - 1;
  while (k > 0 && words2.length - k < 3 && (ROLE_MODIFIERS.has(words2[k - 1]) || ROLE_NOUNS.has(words2[k - 1]))) k--;
  let caps = 0;
  while (k > 0 && caps < 2 && /^\p{Lu}[\p{L}.-]*$/u.test(words2[k - 1]) && !/^(?:The|A|An)$/.test(words2[k - 1])) {
    k--;
    caps++;
  }
  return words2.slice(k).join(" ");
}
function stripName(text, person) {
  const name = stripPossessive(text.replace(/^the\s+/i, ""));
  return person ? splitTitle(name).name : name;
}
var bareNames = [new StringMemo((text) => stripName(text, false)), new StringMemo((text) => stripName(text, true))];
function bareName(text, person) {
  return bareNames[person ? 1 : 0].get(text);
}

// server/src/core/entities/facts.ts
var PREDICATES = /^\s+(?:was|were|has been|had been|is|will be)\s+((?:appointed|elected|named|replaced|dismissed|fired|sacked|arrested|charged|killed|wounded|injured|sentenced|nominated|promoted|detained|released|acquitted|convicted)\b[^,.;:"“”]*)/;
var OBJECT_OF = /\b(replacing|replaced|succeeding|succeeded|dismissed|fired|sacked)\s+$/;
function isSeparator(c) {
  return isSpace(c) || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 8220 || c === 8221;
}
var WordsBefore = class {
  constructor(plain, lo, hi) {
    this.plain = plain;
    this.lo = lo;
    this.at_ = hi;
  }
  plain;
  lo;
  found = [];
  at_;
  at(j) {
    while (this.found.length <= j) {
      let end = this.at_;
      while (end > this.lo && isSeparator(this.plain.charCodeAt(end - 1))) end--;
      if (end === this.lo) return void 0;
      let start = end;
      while (start > this.lo && !isSeparator(this.plain.charCodeAt(start - 1))) start--;
      this.found.push({ text: this.plain.slice(start, end), start, end });
      this.at_ = start;
    }
    return this.found[j];
  }
};
function limitWords(s, n) {
  const words2 = s.trim().split(/\s+/);
  return words2.length > n ? `${words2.slice(0, n).join(" ")} \u2026` : words2.join(" ");
}
function mentionFacts(plain, sentence, mention, text, type) {
  const roles = [];
  const facts = [];
  let roleStart;
  const after2 = plain.slice(mention.end, sentence.end);
  if (type === "person") {
    const own = splitTitle(text);
    const words2 = new WordsBefore(plain, sentence.start, mention.start);
    let n = 0;
    for (let w = words2.at(0); w; w = words2.at(n)) {
      if (!onlySpaces(plain, w.end, n > 0 ? words2.at(n - 1).start : mention.start)) break;
      if (!isTitleWord(w.text) && !isTitleModifier(w.text)) break;
      n++;
    }
    if (n > 0 && titleAmong(words2, n)) {
      const first2 = words2.at(n - 1);
      let start = first2.start;
      const prev = words2.at(n);
      const prev2 = words2.at(n + 1);
      if (prev && /^\p{Lu}/u.test(prev.text)) {
        if (prev2 && /^\p{Lu}/u.test(prev2.text) && countryByDemonym(`${prev2.text} ${prev.text}`)) start = prev2.start;
        else if (/['’]s$/.test(prev.text) || countryByDemonym(prev.text) || countryByName(prev.text)) start = prev.start;
      }
      roleStart = start;
      const phrase = plain.slice(start, own.title ? mention.start + own.title.length : mention.start).replace(/\s+/g, " ").trim();
      roles.push(phrase);
      const qualifier = stripPossessive(plain.slice(start, first2.start).trim());
      const country = qualifier ? countryByName(qualifier) ?? countryByDemonym(qualifier) : void 0;
      if (country) facts.push(`affiliation: ${country.name}`);
    } else if (own.title) {
      if (!/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|M)\.?$/.test(own.title)) roles.push(own.title);
    } else {
      const lower3 = lowerRoleBefore(plain.slice(sentence.start, mention.start));
      if (lower3) roles.push(lower3);
    }
    const age = startsWithComma(after2) ? /^,\s*(\d{1,3}),/.exec(after2) : null;
    if (age && Number(age[1]) > 0 && Number(age[1]) < 120) facts.push(`age ${age[1]}`);
    const rest = age ? after2.slice(age[0].length - 1) : after2;
    const appo2 = startsWithComma(rest) ? /^,\s*((?:the|a|an)\s+[^,;.:"“”]*?),/.exec(rest) : null;
    if (appo2) roles.push(limitWords(appo2[1].replace(/\s+/g, " "), 10));
    const who = appo2 || !startsWithComma(rest) ? void 0 : /^,\s*who\s+((?:is|was|chairs|leads|heads|runs|owns|founded|represents|serves|served|became|coaches|manages)\b[^,;.:"“”]*?),/.exec(rest);
    if (who) roles.push(limitWords(who[1], 10));
    const predicate = appo2 ? rest.slice(appo2[0].length - 1) : rest;
    const comma = startsWithComma(predicate) ? 1 : 0;
    const pred = isSpace(predicate.charCodeAt(comma)) ? PREDICATES.exec(comma ? predicate.slice(1) : predicate) : null;
    if (pred) facts.push(limitWords(pred[1], 10));
    const objectEnd = roleStart ?? mention.start;
    const lastLetter = plain.charCodeAt(lastBeforeSpaces(plain, sentence.start, objectEnd));
    const obj = lastLetter === 103 || lastLetter === 100 ? OBJECT_OF.exec(plain.slice(lastRunsStart(plain, sentence.start, objectEnd, 1), objectEnd)) : null;
    if (obj) facts.push(obj[1].startsWith("replac") || obj[1].startsWith("succeed") ? "replaced" : obj[1]);
    const kept = roles.filter((r) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|M)\.?$/.test(r));
    if (kept.length === 0 && facts.length === 0 && roleStart === void 0) return NO_FACTS;
    return { roles: dedupe(kept), facts: dedupe(facts), roleStart };
  }
  if (type !== "place" && type !== "organization") return NO_FACTS;
  const poss = endsWithPossessive(plain, sentence.start, mention.start) ? /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u.exec(plain.slice(lastRunsStart(plain, sentence.start, mention.start, 2), mention.start)) : null;
  if (poss) {
    const owner = countryByName(poss[1]);
    if (owner) facts.push(type === "place" ? `in ${owner.name}` : `of ${owner.name}`);
  }
  const appo = startsWithComma(after2) ? /^,\s*((?:the|a|an)\s+[a-z][^,;.:"“”]*?),/.exec(after2) : null;
  if (appo) facts.push(limitWords(appo[1].replace(/^(?:a|an|the)\s+/, ""), 10));
  const first = after2.charCodeAt(0);
  const rel = first === 44 || first === 119 || first === 116 || isSpace(first) ? /^,?\s*(?:which|that)\s+((?:borders?|lies|is|was|has)\b[^,;.:"“”]*?)(?:,| and |\.|$)/.exec(after2) : null;
  if (rel) facts.push(limitWords(rel[1], 8));
  return facts.length === 0 ? NO_FACTS : { roles, facts: dedupe(facts) };
}
function startsWithComma(text) {
  return text.charCodeAt(0) === 44;
}
function lastBeforeSpaces(text, lo, hi) {
  let i = hi;
  while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
  return i === hi || i === lo ? -1 : i - 1;
}
function endsWithPossessive(text, lo, hi) {
  const s = lastBeforeSpaces(text, lo, hi);
  if (s - 1 < lo || text.charCodeAt(s) !== 115) return false;
  const apostrophe = text.charCodeAt(s - 1);
  return apostrophe === 39 || apostrophe === 8217;
}
function titleAmong(words2, n) {
  for (let j = 0; j < n; j++) if (isTitleWord(words2.at(j).text)) return true;
  return false;
}
var NO_FACTS = Object.freeze({ roles: Object.freeze([]), facts: Object.freeze([]) });
function dedupe(list) {
  if (list.length === 0) return list;
  if (list.length === 1) return list[0].length > 0 ? list : [];
  return [...new Set(list.filter((s) => s.length > 0))];
}

// server/src/core/multimap.ts
function pushTo(map, key4, value) {
  const list = map.get(key4);
  if (list) list.push(value);
  else map.set(key4, [value]);
}

// server/src/core/entities/pronouns.ts
function personsBySentence(mentions) {
  const map = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    if (m.type !== "person" || isHeOrShe(m.text)) continue;
    pushTo(map, m.sentence, m);
  }
  return map;
}
function isHeOrShe(text) {
  const n = text.length;
  if (n === 2) return (text.charCodeAt(0) | 32) === 104 && (text.charCodeAt(1) | 32) === 101;
  if (n !== 3) return false;
  return (text.charCodeAt(0) | 32) === 115 && (text.charCodeAt(1) | 32) === 104 && (text.charCodeAt(2) | 32) === 101;
}
var MALE = /\b(?:Mr|King|Prince|Lord|Sir|Congressman|Chairman|Spokesman|Father|Pope)\b/;
function titleGender(roleText) {
  const tail = roleText.slice(-20);
  if (FEMALE.test(tail)) return "F";
  if (MALE.test(tail)) return "M";
  return void 0;
}
var LOOKBACK = 5;
var FEMALE = /\b(?:Mrs|Ms|Miss|Queen|Princess|Lady|Dame|Congresswoman|Chairwoman|Spokeswoman)\b/;
function findPronouns(plain, sentences) {
  const sites = [];
  for (const s of sentences) {
    if (!mayOpenWithPronoun(plain, s.start, Math.min(s.end, s.start + 12))) continue;
    const m = /^["“'‘(\s]*(He|She)\b/.exec(plain.slice(s.start, Math.min(s.end, s.start + 12)));
    if (m) {
      const start = s.start + m[0].length - m[1].length;
      sites.push({ start, end: start + m[1].length, text: m[1], sentence: s.index });
    }
  }
  return sites;
}
function mayOpenWithPronoun(text, from, to) {
  let i = from;
  for (; i < to; i++) {
    const c2 = text.charCodeAt(i);
    if (!(c2 === 34 || c2 === 8220 || c2 === 39 || c2 === 8216 || c2 === 40 || isSpace(c2))) break;
  }
  const c = text.charCodeAt(i);
  return i < to && (c === 72 || c === 83);
}
function antecedent(bySentence, sentence, offset, pronoun, roleText, genderOf) {
  const female = /^she$/i.test(pronoun);
  const wanted = female ? "F" : "M";
  for (let s = sentence; s >= 0 && s >= sentence - LOOKBACK; s--) {
    const candidates = (bySentence.get(s) ?? []).filter((m) => {
      if (m.start >= offset) return false;
      const g = genderOf?.(m);
      return g === void 0 || g === wanted;
    });
    if (candidates.length === 0) continue;
    if (female && roleText) {
      const f = candidates.find((m) => FEMALE.test(roleText(m)));
      if (f) return f;
    }
    return candidates[0];
  }
  return void 0;
}

// server/src/core/entities/spelling.ts
var folded = new StringMemo(fold);
function foldName(s) {
  return folded.get(s);
}
function fold(s) {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']s$/, "").replace(/[^\p{L}\p{N} ]+/gu, "");
}
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best2 = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best2) best2 = v;
    }
    if (best2 > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
function isSpellingVariant(a, b) {
  const fa = foldName(a);
  const fb = foldName(b);
  if (a === b) return false;
  if (fa === fb) return true;
  const len = Math.min(fa.length, fb.length);
  if (fa[0] !== fb[0]) return false;
  if (len >= 5 && fa.replace(/(.)\1+/g, "$1") === fb.replace(/(.)\1+/g, "$1")) return true;
  if (len < 6) return false;
  const max = len >= 9 ? 2 : 1;
  return editDistance(fa, fb, max) <= max;
}

// server/src/core/entities/parties.ts
var PARTY_WORDS = /* @__PURE__ */ new Set(
  [
    "labour",
    "new labour",
    "tory",
    "tories",
    "conservative",
    "conservatives",
    "liberal democrat",
    "liberal democrats",
    "lib dem",
    "lib dems",
    "libdem",
    "libdems",
    "green",
    "greens",
    "snp",
    "plaid cymru",
    "plaid",
    "ukip",
    "sinn fein",
    "sinn f\xE9in",
    "dup",
    "sdlp",
    "uup",
    "liberal",
    "liberals",
    "social democrat",
    "social democrats",
    "unionist",
    "unionists",
    "nationalist",
    "nationalists"
  ]
);
var BODY_ONLY = /^(?:tories|conservatives|liberal democrats|lib dems|libdems|greens|new labour|liberals|social democrats|unionists|nationalists)$/;
var ADJECTIVE = /^(?:tory|conservative|liberal democrat|lib dem|libdem|social democrat|republican|democrat)$/;
var QUALIFIED = /^\s+(?:leaders?|leadership|MPs?|MSPs?|MEPs?|AMs?|peers?|candidates?|government|governments|administration|chancellor|ministers?|backbenchers?|frontbenchers?|activists?|voters?|supporters?|members?|councillors?|spokes(?:man|woman|person)|chairman|chairwoman|policy|policies|plans?|proposals?|claims?|manifesto|campaign|conference|figures|sources?|rebels?|rebellion|politicians?|heartlands?|seats?|victory|majority|vote|votes|years|era|rule|MP's|high command|whips?|deputy|grandees?|modernisers?|critics?|donors?|strategists?|officials?|colleagues?|benches|opposition|spending|tax|taxes|cuts|pledges?|promises?|rivals?|counterparts?|challenger|hopefuls?|councils?)\b/;
function isPartyWord(text) {
  return PARTY_WORDS.has(text.replace(/^the\s+/i, "").toLowerCase());
}
function typeParties(plain, mentions) {
  for (const m of mentions) {
    if (m.type === "person" && /\s/.test(m.text)) continue;
    if (/^Democrats?$/.test(m.text) && plain.slice(Math.max(0, m.start - 8), m.start) === "Liberal ") {
      m.start -= 8;
      m.text = plain.slice(m.start, m.end);
    }
    const name = m.text.replace(/^the\s+/i, "").replace(/['’]s?$/, "");
    const key4 = name.toLowerCase();
    if (!PARTY_WORDS.has(key4)) continue;
    const after2 = plain.slice(m.end, m.end + 24);
    const adjective = ADJECTIVE.test(key4) && /^\s+\p{Ll}/u.test(after2);
    if (!BODY_ONLY.test(key4) && (QUALIFIED.test(after2) || adjective)) {
      m.type = "group";
      m.label = "MISC";
    } else if (!/^(?:green|liberal|nationalist|unionist)$/.test(key4) || m.label === "ORG") {
      m.type = key4 === "tory" ? "group" : "organization";
      m.label = key4 === "tory" ? "MISC" : "ORG";
    }
  }
}

// server/src/core/entities/spans.ts
var PLACE_HEAD = /^ (?:region|province|oblast|district|county|governorate|prefecture)\b/;
var ORG_HEAD = /^ (?:(?:military|naval|air|regional|operational|southern|northern|eastern|western|central|joint|special) )?(?:command|ministry|army|brigade|council|committee|agency|party|court|parliament|government|police|university|corporation|company|group)\b/;
var UNIT_BEFORE = /\bthe ((?:[a-z-]+ ){0,4}(?:group|brigade|battalion|regiment|division|corps|unit|task force)) $/;
var UNIT_ENDINGS = ["group ", "brigade ", "battalion ", "regiment ", "division ", "corps ", "unit ", "task force "];
var STREET = /\s(?:Avenue|Ave\.?|Road|Rd\.?|Street|St\.|Lane|Drive|Crescent|Boulevard|Terrace|Close|Gardens|Parade|Highway|Motorway)$/;
var PORTFOLIO = new Set(
  "Health Finance Education Defence Defense Interior Foreign Justice Transport Environment Energy Trade Business Culture Sport Sports Home Economics Economy Science Technology Crime Security Agriculture Housing Employment Immigration Politics Political Diplomatic Legal Arts Travel Weather".split(
    " "
  )
);
var ROLE_AFTER = /^\s+(?:[Mm]inister|[Ss]ecretary|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Ss]pokes(?:man|woman|person)|[Cc]ommissioner|[Cc]ommittee|[Dd]esk|[Cc]zar|[Cc]hief)\b/;
function untitle(plain, m) {
  const t = splitTitle(m.text);
  if (!t.title || t.name.trim() === "") return;
  m.start += t.offset;
  m.text = plain.slice(m.start, m.end);
}
function inOrder(list, order) {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1], list[i]) > 0) return false;
  return true;
}
function normalizeSpans(plain, mentions) {
  const dropped = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (PORTFOLIO.has(m.text) && ROLE_AFTER.test(plain.slice(m.end, m.end + 20))) {
      dropped.add(m);
      continue;
    }
    if (m.type !== "group" && STREET.test(m.text)) {
      m.type = "place";
      m.label = "LOC";
      continue;
    }
    if (m.type === "person") {
      untitle(plain, m);
      continue;
    }
    const titled = splitTitle(m.text);
    const words2 = titled.name.split(/\s+/);
    const roleBefore = m.type !== "group" && words2.length >= 2 && words2.length <= 4 && lowerRoleBefore(plain.slice(Math.max(0, m.start - 60), m.start));
    const honorific = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/.test(titled.title) && /^\p{Lu}/u.test(titled.name);
    if (titled.title && words2.length >= 2 && firstNameGender(words2[0]) || roleBefore || honorific) {
      m.type = "person";
      m.label = "PER";
      untitle(plain, m);
      continue;
    }
    const after2 = plain.slice(m.end, m.end + 40);
    const before = plain.slice(Math.max(0, m.start - 60), m.start);
    const place = PLACE_HEAD.exec(after2);
    const org = ORG_HEAD.exec(after2);
    const unit = UNIT_ENDINGS.some((w) => before.endsWith(w)) ? UNIT_BEFORE.exec(before) : null;
    if (m.type === "place" && place && !/s$/.test(place[0])) {
      m.end += place[0].length;
    } else if (org && m.type !== "group" && !isPartyWord(m.text) && !countryByName(m.text)) {
      m.end += org[0].length;
      m.type = "organization";
      m.label = "ORG";
    } else if (unit) {
      m.start -= unit[1].length + 1;
      m.type = "organization";
      m.label = "ORG";
    } else if (m.type === "organization") {
      const title = /(\p{Lu}[\p{L}.]*) $/u.exec(before.slice(lastRunsStart(before, 0, before.length, 1)));
      if (title && isTitleWord(title[1])) m.start -= title[0].length;
    }
    m.text = plain.slice(m.start, m.end);
  }
  const order = (a, b) => a.start - b.start || b.end - a.end;
  if (!inOrder(mentions, order)) mentions.sort(order);
  const kept = [];
  for (const m of mentions) {
    if (dropped.has(m)) continue;
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

// server/src/core/entities/order.ts
function inStartOrder(list) {
  for (let i = 1; i < list.length; i++) if (list[i - 1].start > list[i].start) return false;
  return true;
}
function sortedCopyByStart(list) {
  return inStartOrder(list) ? list.slice() : [...list].sort((a, b) => a.start - b.start);
}
function mergeByStart(a, b) {
  if (!inStartOrder(a) || !inStartOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && b[j].start < m.start) out.push(b[j++]);
    out.push(m);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}

// server/src/core/entities/heads.ts
var POST_NOMINAL = /\s+(?:MP|MPs|MSP|MEP|AM|QC|KC|OBE|MBE|CBE|KBE|DBE|PhD|Jr\.?|Sr\.?)$/;
var PARTICLE = /^(?:van|von|de|da|di|del|della|der|den|du|des|la|le|bin|ibn|al|el|y|dos|das|do|ter|ten|af|zu|st\.?)$/;
var HYPHEN_SUFFIX = /^(.+?)-(?:based|born|bred|led|owned|run|backed|listed|made|style|funded|controlled|registered|headquartered|focused)$/;
var HYPHEN_PREFIX = /^(?:ex|pro|anti|non|post|pre|then|once|would-be)-(?=\p{Lu})/u;
var ORG_HEAD2 = /\s(?:Group|Holdings|Corp\.?|Corporation|Inc\.?|Ltd\.?|plc|PLC|Plc|Bank|Airways|Airlines|Motors|Securities|Partners|Capital|Telecom|Communications|Systems|Technologies|Studios|Pictures|Records|University|College|School|Council|Committee|Commission|Association|Federation|Institute|Foundation|Trust|Agency|Authority|Ministry|Department|Fusiliers|Highlanders|Borderers|Regiment|Air|Airways|Airlines|Pay|Foods|Homes|Retail|Trains|Rail|Pharma|Media|Insurance|Logistics|Semiconductor|Software)$/;
var EVENT_HEAD = /(?:^|\s)(?:Olympics|Olympiad|Paralympics|Games|Cup|Championships?|Open|Grand Prix|Festival|Awards|Trophy|Prize|Marathon|Grammys?|Oscars?|Baftas?|Emmys?|Brits|Expo|Six Nations|Tri-Nations|World Series)$/;
var LAW_HEAD = /\s(?:Act|Amendment|Treaty|Convention|Protocol|Accord|Accords|Directive|Constitution|Charter|Bill)$/;
var PRODUCT_HEAD = /\s(?:Player|Messenger|Explorer|Portable|Mini|Navigator|Browser|Console)$/;
var DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co\.uk|org\.uk|biz|info)$/u;
var EVENT_AFTER = /^\s+(?:awards?|prize|prizes|trophy|medal|nominations?|ceremony)\b/;
var WORK_BEFORE = /\b(?:film|films|movie|movies|blockbuster|book|novel|novels|bestseller|series|sitcom|soap|drama|comedy|programme|documentary|album|song|musical|opera|console|handset|browser|software|gadget)\s+$/;
var PRODUCT_AFTER = /^\s+(?:console|handset|handheld|browser|software|operating system|smartphone|phone|laptop|player|games? console|gadget)\b/;
var LABEL = { person: "PER", organization: "ORG", place: "LOC", group: "MISC", other: "MISC" };
function retype(m, type) {
  m.type = type;
  m.label = LABEL[type];
}
function cut(plain, m, start, end) {
  m.start = start;
  m.end = end;
  m.text = plain.slice(start, end);
}
function typeByHeads(plain, mentions) {
  const works = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    const lead = /^[^\p{L}\p{N}]+/u.exec(m.text);
    const trail = /[\s—–,:;"“”‘-]+$/u.exec(m.text);
    if ((lead || trail) && (lead?.[0].length ?? 0) + (trail?.[0].length ?? 0) < m.text.length) {
      cut(plain, m, m.start + (lead?.[0].length ?? 0), m.end - (trail?.[0].length ?? 0));
    }
    if (m.type === "person" && !/\s/.test(m.text) && WORK_BEFORE.test(plain.slice(Math.max(0, m.start - 16), m.start))) {
      retype(m, "other");
      works.add(m.text);
      continue;
    }
    if (m.type === "person") {
      if (ORG_HEAD2.test(m.text)) {
        retype(m, "organization");
        continue;
      }
      const post = POST_NOMINAL.exec(m.text);
      if (post && post.index > 0) cut(plain, m, m.start, m.start + post.index);
      const inner = /\s(\p{Ll}[\p{L}'’-]*)\s/u.exec(m.text);
      if (inner && !PARTICLE.test(inner[1])) cut(plain, m, m.start, m.start + inner.index);
      continue;
    }
    const suffixed = HYPHEN_SUFFIX.exec(m.text);
    if (suffixed && /^\p{Lu}/u.test(suffixed[1])) {
      cut(plain, m, m.start, m.start + suffixed[1].length);
      if (countryByName(m.text) || placeByName(m.text)) retype(m, "place");
      else if (m.type === "other") retype(m, "organization");
      continue;
    }
    const prefixed = HYPHEN_PREFIX.exec(m.text);
    if (prefixed) cut(plain, m, m.start + prefixed[0].length, m.end);
    if (m.type === "group") continue;
    if (ORG_HEAD2.test(m.text) || DOMAIN.test(m.text)) {
      retype(m, "organization");
      continue;
    }
    if (m.type !== "place" && countryByName(m.text)) {
      retype(m, "place");
      continue;
    }
    if (LAW_HEAD.test(m.text) || PRODUCT_HEAD.test(m.text)) {
      retype(m, "other");
      continue;
    }
    if (EVENT_HEAD.test(m.text) || EVENT_AFTER.test(plain.slice(m.end, m.end + 16))) {
      if (!/^(?:Open|Games|Cup)$/.test(m.text)) retype(m, "other");
      continue;
    }
    if (m.type === "place" && (countryByName(m.text) || placeByName(m.text))) continue;
    if (WORK_BEFORE.test(plain.slice(Math.max(0, m.start - 16), m.start)) || PRODUCT_AFTER.test(plain.slice(m.end, m.end + 20))) {
      retype(m, "other");
      works.add(m.text);
    }
  }
  shortForms(mentions);
  if (works.size === 0) return;
  for (const m of mentions) {
    if (m.type === "group" || m.type === "other" || !works.has(m.text)) continue;
    if (m.type === "place" && (countryByName(m.text) || placeByName(m.text))) continue;
    retype(m, "other");
  }
}
function shortForms(mentions) {
  const companies = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    const head = m.type === "organization" ? companyShortForm(m.text) : void 0;
    if (head !== void 0) companies.add(head);
  }
  if (companies.size === 0) return;
  for (const m of mentions) {
    if ((m.type === "person" || m.type === "place") && companies.has(m.text.replace(/['’]s?$/, ""))) retype(m, "organization");
  }
}
function companyShortForm(name) {
  if (!ORG_HEAD2.test(name)) return void 0;
  const head = name.slice(0, name.lastIndexOf(" "));
  return /^\p{Lu}\S*$/u.test(head) ? head : void 0;
}
function joinEvents(plain, mentions) {
  const out = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.type !== "person" && m.type === "other" && plain.slice(prev.end, m.start) === " " && EVENT_HEAD.test(` ${m.text}`) && !/\s/.test(m.text)) {
      cut(plain, prev, prev.start, m.end);
      retype(prev, "other");
      continue;
    }
    out.push(m);
  }
  return out;
}
function dropCommonWords(plain, sentences, mentions) {
  const verdict = /* @__PURE__ */ new Map();
  return mentions.filter((m) => {
    if (isTitleWord(m.text.replace(/^(?:ex|former)-/, ""))) return false;
    if (m.type === "person" || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return true;
    const s = sentences[m.sentence];
    if (!s || !(/^[\s"'“‘(]*$/.test(plain.slice(s.start, m.start)) || titleCased(plain.slice(s.start, s.end)))) return true;
    let common = verdict.get(m.text);
    if (common === void 0) {
      const lower3 = m.text.toLowerCase();
      common = new RegExp(`(?<![\\p{L}\\p{N}])${escape(lower3)}(?![\\p{L}\\p{N}])`, "u").test(plain) && !new RegExp(`[\\p{Ll},;]\\s+${escape(m.text)}(?![\\p{L}\\p{N}])`, "u").test(plain) && !countryByName(m.text) && !placeByName(m.text) && !organizationByName(m.text);
      verdict.set(m.text, common);
    }
    return !common;
  });
}
function titleCased(text) {
  const words2 = text.match(/\p{L}{3,}/gu) ?? [];
  if (words2.length < 3) return false;
  const upper = words2.filter((w) => /^\p{Lu}/u.test(w)).length;
  return upper >= 0.8 * words2.length;
}
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function includeTitleThe(plain, mentions) {
  const titled = /* @__PURE__ */ new Set();
  const before = (m) => m.start >= 4 && plain.slice(m.start - 4, m.start) === "The ";
  for (const m of mentions) {
    if (m.type !== "other" || !before(m)) continue;
    let i = m.start - 5;
    while (i >= 0 && /\s/.test(plain[i])) i--;
    if (i >= 0 && /[\p{L}\p{N},;:]/u.test(plain[i])) titled.add(m.text);
  }
  if (titled.size === 0) return;
  for (const m of mentions) {
    if (m.type === "other" && before(m) && titled.has(m.text)) cut(plain, m, m.start - 4, m.end);
  }
}
var BODY_NAME = /(?<=\bthe )(?:\p{Lu}[\p{Ll}-]+ ){1,4}(?:Staff|Ministry|Army|Navy|Council|Commission|Committee|Agency|Command|Parliament|Senate|Assembly|Court|Office|Service|Department|Directorate|Inspectorate|Tribunal|Authority)\b/gu;
function findBodies(plain, sentences, mentions) {
  const found = [];
  let k = 0;
  for (const s of sentences) {
    const text = plain.slice(s.start, s.end);
    if (!text.includes("the ")) continue;
    for (const hit of text.matchAll(BODY_NAME)) {
      const start = s.start + (hit.index ?? 0);
      const end = start + hit[0].length;
      while (k < mentions.length && mentions[k].end <= start) k++;
      if (k < mentions.length && mentions[k].start < end) continue;
      found.push({ start, end, text: hit[0], type: "organization", label: "ORG", entity: -1, sentence: s.index });
    }
  }
  return found.length === 0 ? mentions : mergeByStart(mentions, found);
}

// server/src/core/entities/teams.ts
var TEAM_AFTER = /^['’]?s?\s+(?:boss|bosses|manager|head coach|coach|striker|midfielder|defender|goalkeeper|keeper|winger|forward|lock|prop|flanker|hooker|fly-half|scrum-half|full-back|skipper|squad|chairman|chairwoman|chief executive)\b/;
var BODY_AFTER = /^['’]?s?\s+(?:fans|supporters|shares|shareholders|stock|executives|staff|employees|workers|board|spokes(?:man|woman|person))\b/;
var KIND_BEFORE = /\b(?:firm|company|group|bank|carrier|airline|retailer|distributor|broadcaster|publisher|maker|manufacturer|giant|operator|chain|insurer|lender|supermarket|network|club|clubs|studio|provider|conglomerate|subsidiary)\s+$/;
var BRACKETED = /^\s*\((\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\)\s*(?:[,;.]|and\b|$)/u;
function typeTeams(plain, mentions) {
  const surnames = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const w = m.text.trim().split(/\s+/);
    if (w.length > 1) surnames.add(foldName(stripPossessive(w[w.length - 1])));
  }
  const keyOf = (m) => foldName(stripPossessive(m.text.replace(/^the\s+/i, "")));
  const teams = /* @__PURE__ */ new Set();
  const consider = (m) => {
    if (m.type === "group" || m.type === "other") return;
    const key4 = keyOf(m);
    if (surnames.has(key4) || countryByName(stripPossessive(m.text))) return;
    const first = /^(\S+)\s/.exec(m.text);
    if (m.type === "person" && first && firstNameGender(first[1])) return;
    teams.add(key4);
  };
  const bracketed = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const after2 = plain.slice(m.end, m.end + 24);
    if (TEAM_AFTER.test(after2) || m.type === "person" && BODY_AFTER.test(after2)) consider(m);
    else if (KIND_BEFORE.test(plain.slice(Math.max(0, m.start - 24), m.start))) consider(m);
    const next = mentions[i + 1];
    if (m.type === "person" && next && plain.charCodeAt(next.start - 1) === 40 && BRACKETED.test(plain.slice(m.end, next.end + 4))) bracketed.push(next);
  }
  if (bracketed.length >= 2) for (const m of bracketed) consider(m);
  if (teams.size === 0) return;
  for (const m of mentions) {
    if ((m.type === "person" || m.type === "place") && teams.has(keyOf(m))) {
      m.type = "organization";
      m.label = "ORG";
    }
  }
}
var LIST_GAP = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+)$/;
function typeLineUps(plain, mentions) {
  let i = 0;
  while (i < mentions.length) {
    let j = i + 1;
    while (j < mentions.length && mentions[j].sentence === mentions[i].sentence && !/\s/.test(mentions[j - 1].text) && LIST_GAP.test(plain.slice(mentions[j - 1].end, mentions[j].start)))
      j++;
    const run = mentions.slice(i, j).filter((m) => !/\s/.test(m.text));
    if (run.length >= 4) {
      const colon = /:\s*$/.test(plain.slice(Math.max(0, run[0].start - 3), run[0].start));
      const persons = run.filter((m) => m.type === "person").length;
      if (colon || persons * 2 >= run.length) {
        for (const m of run) {
          if (m.type === "person" || m.type === "group" || countryByName(m.text) || placeByName(m.text)) continue;
          m.type = "person";
          m.label = "PER";
        }
      }
    }
    i = j;
  }
}

// server/src/core/entities/senses.ts
var LABEL2 = { person: "PER", organization: "ORG", place: "LOC", group: "MISC", other: "MISC" };
var VOTERS = /* @__PURE__ */ new Set(["place", "organization", "other"]);
function unifySenses(mentions, plain = "") {
  const surnames = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const surname = surnameKeyOf(m.text);
    if (surname !== void 0) surnames.add(surname);
  }
  const byName = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    const loner = m.type === "person" && !/\s/.test(m.text.trim()) && !surnames.has(foldName(stripPossessive(m.text)));
    if (!VOTERS.has(m.type) && !loner) continue;
    pushTo(byName, senseKeyOf(m.text), m);
  }
  for (const list of byName.values()) {
    const types = new Set(list.map((m) => m.type));
    if (types.size < 2) continue;
    const type = decide(list, types, plain);
    for (const m of list) {
      m.type = type;
      m.label = LABEL2[type];
    }
  }
}
var surnameKeys = new StringMemo((text) => {
  const w = text.trim().split(/\s+/);
  return w.length > 1 ? foldName(stripPossessive(w[w.length - 1])) : void 0;
});
function surnameKeyOf(text) {
  return surnameKeys.get(text);
}
var senseKeys = new StringMemo((text) => foldName(stripPossessive(text.replace(/^the\s+/i, ""))));
function senseKeyOf(text) {
  return senseKeys.get(text);
}
var LOCATIVE = /\b(?:in|at|near|from|outside|across|around|into|towards?)\s+$/;
function decide(list, types, plain) {
  const name = stripPossessive(list[0].text.replace(/^the\s+/i, ""));
  if (types.has("place") && (countryByName(name) || countryByCapital(name) || placeByName(name))) return "place";
  if (types.has("organization") && organizationByName(name)) return "organization";
  const votes = /* @__PURE__ */ new Map();
  for (const m of list) {
    const t = plain && LOCATIVE.test(plain.slice(Math.max(0, m.start - 12), m.start)) ? "place" : m.type;
    votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  let best2 = types.has("person") ? "person" : list[0].type;
  for (const [t, n] of votes) if (n > (votes.get(best2) ?? 0)) best2 = t;
  return best2;
}

// server/src/core/search.ts
function partitionPoint(length, before) {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// server/src/core/entities/propagate.ts
var LABEL3 = { person: "PER", organization: "ORG", place: "LOC", group: "MISC", other: "MISC" };
function propagateNames(plain, sentences, mentions) {
  if (sentences.length === 0 || mentions.length === 0) return mentions;
  const sorted2 = sortedCopyByStart(mentions);
  const starts = sorted2.map((m) => m.start);
  const coveredAt = (start, end) => {
    const lo = partitionPoint(starts.length, (i) => starts[i] < end);
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (sorted2[i].end > start) return true;
    return false;
  };
  const exact = /* @__PURE__ */ new Map();
  const longSurnames = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (m.type === "group" || m.type === "other") continue;
    const name = bareName(m.text, m.type === "person");
    if (!/^\p{Lu}/u.test(name) || name.length < 3) continue;
    if (!exact.has(name)) exact.set(name, m.type);
    const short2 = m.type === "organization" ? companyShortForm(name) : void 0;
    if (short2 !== void 0 && short2.length >= 3 && !exact.has(short2)) exact.set(short2, "organization");
    if (m.type === "person") {
      const w = name.split(/\s+/);
      const last = w[w.length - 1];
      if (w.length > 1 && last.length >= 3 && !exact.has(last)) exact.set(last, "person");
      if (last.length >= 6) longSurnames.add(last);
    }
  }
  const byFirst = /* @__PURE__ */ new Map();
  for (const [name, t] of exact) {
    const first = stripPossessive(name.split(/\s+/)[0]);
    pushTo(byFirst, first, [name, t]);
  }
  const surnames = [...longSurnames];
  const variantOf = /* @__PURE__ */ new Map();
  const isVariant = (word) => {
    let v = variantOf.get(word);
    if (v === void 0) {
      const folded2 = foldName(word);
      variantOf.set(word, v = surnames.some((s) => !folded2.startsWith(foldName(s)) && isSpellingVariant(s, word)));
    }
    return v;
  };
  const firstWords = /* @__PURE__ */ new Set();
  for (const first of byFirst.keys()) firstWords.add(firstAndLength(first.charCodeAt(0), first.length));
  const surnameInitials = new Set(surnames.map((s) => foldName(s).charCodeAt(0)));
  const mayMatter = (start, end) => {
    const c = plain.charCodeAt(start);
    const length = end - start;
    if (firstWords.has(firstAndLength(c, length))) return true;
    if (surnames.length > 0 && length >= 5 && (c >= 128 || surnameInitials.has(c + 32))) return true;
    return length >= 2 && !(plain.charCodeAt(start + 1) >= 97 && plain.charCodeAt(start + 1) <= 122);
  };
  const added = [];
  for (const s of sentences) {
    let text;
    let shouting;
    for (let at = s.start; at < s.end; ) {
      const c = plain.charCodeAt(at);
      if (c < 128 && (c < 65 || c > 90)) {
        at++;
        continue;
      }
      const wordEnd3 = capitalizedWordEnd(plain, at, s.end);
      if (wordEnd3 < 0) {
        at += codePointLength(plain, at, s.end);
        continue;
      }
      const start = at;
      at = wordEnd3;
      if (!mayMatter(start, possessiveEnd(plain, start, wordEnd3))) continue;
      const word = stripPossessive(plain.slice(start, wordEnd3));
      let end = -1;
      let type;
      for (const [name, t] of byFirst.get(word) ?? []) {
        if (t === "person" && !name.includes(" ") && name.length <= 4 && start === s.start + (/^\P{L}*/u.exec(text ??= plain.slice(s.start, s.end))?.[0].length ?? 0)) continue;
        if (plain.startsWith(name, start) && boundaryAfter(plain, start + name.length) && (end < 0 || name.length > end - start)) {
          end = start + name.length;
          type = t;
        }
      }
      if (type === void 0 && !(shouting ??= isShouting(text ??= plain.slice(s.start, s.end)))) {
        if (surnames.length > 0 && word.length >= 5 && /\p{Ll}/u.test(word) && isVariant(word)) {
          type = "person";
          end = start + word.length;
        } else if (isAcronym(word) && organizationByName(word)?.acronym === word) {
          type = "organization";
          end = start + word.length;
        }
      }
      if (type === void 0 || end < 0 || !boundaryBefore(plain, start) || coveredAt(start, end)) continue;
      added.push({ start, end, text: plain.slice(start, end), type, label: LABEL3[type], entity: -1, sentence: s.index });
      at = end;
    }
  }
  if (added.length === 0) return sorted2;
  return mergeByStart(sorted2, added);
}
function firstAndLength(first, length) {
  return first * 256 + Math.min(length, 255);
}
function possessiveEnd(text, start, end) {
  if (end - start < 2) return end;
  const last = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  if (last === 115 && (before === 39 || before === 8217)) return end - 2;
  if ((last === 39 || last === 8217) && before === 115) return end - 1;
  return end;
}
function boundaryBefore(text, at) {
  return at === 0 || !isLetterOrDigitAt(text, at - 1);
}
function boundaryAfter(text, at) {
  return at >= text.length || !isLetterOrDigitAt(text, at);
}
function isShouting(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 12 && letters === letters.toUpperCase();
}

// server/src/core/entities/personIndex.ts
var PersonIndex = class {
  byShape = /* @__PURE__ */ new Map();
  bySurnameInitial = /* @__PURE__ */ new Map();
  sameNames = /* @__PURE__ */ new Map();
  surnames = /* @__PURE__ */ new Map();
  starts = /* @__PURE__ */ new Map();
  add(g) {
    pushTo(this.byShape, shapeOf(g.key), g);
    const w = g.key.split(" ");
    if (w.length >= 2) pushTo(this.bySurnameInitial, initialOf(w[w.length - 1]), g);
  }
  /** The first person (in the order added) whose name is `name` or a spelling variant of it. */
  withSameName(name) {
    let e = this.sameNames.get(name);
    if (!e) this.sameNames.set(name, e = { shape: shapeOf(name), checked: 0 });
    if (e.found) return e.found;
    const bucket = this.byShape.get(e.shape) ?? [];
    for (; e.checked < bucket.length; e.checked++) {
      if (sameName(bucket[e.checked].key, name)) return e.found = bucket[e.checked];
    }
    return void 0;
  }
  /** The person whose surname this is, preferring the nearest full mention before `at`. */
  nearestBySurname(surname, at) {
    let best2;
    let bestDistance = Infinity;
    for (const p of this.withSurname(surname)) {
      const starts = this.mentionStarts(p);
      const before = partitionPoint(starts.length, (i) => starts[i] < at);
      const d = before > 0 ? at - starts[before - 1] : 1e12 + starts[0];
      if (d < bestDistance) {
        best2 = p;
        bestDistance = d;
      }
    }
    return best2;
  }
  /** Persons with two or more names whose surname is `surname` or a variant of it, in the order added. */
  withSurname(surname) {
    let e = this.surnames.get(surname);
    if (!e) this.surnames.set(surname, e = { initial: initialOf(surname), checked: 0, persons: [] });
    const bucket = this.bySurnameInitial.get(e.initial) ?? [];
    for (; e.checked < bucket.length; e.checked++) {
      const p = bucket[e.checked];
      const w = p.key.split(" ");
      const last = w[w.length - 1];
      if (foldName(last) === foldName(surname) || isSpellingVariant(last, surname)) e.persons.push(p);
    }
    return e.persons;
  }
  /** The starts of a person's mentions, sorted; mentions are only ever appended while clustering. */
  mentionStarts(g) {
    let s = this.starts.get(g);
    if (!s) this.starts.set(g, s = { count: 0, sorted: [] });
    for (; s.count < g.mentions.length; s.count++) insertSorted(s.sorted, g.mentions[s.count].start);
    return s.sorted;
  }
};
function insertSorted(sorted2, value) {
  if (sorted2.length === 0 || sorted2[sorted2.length - 1] <= value) sorted2.push(value);
  else sorted2.splice(partitionPoint(sorted2.length, (i) => sorted2[i] <= value), 0, value);
}
function initialOf(word) {
  return foldName(word).charAt(0);
}
function shapeOf(name) {
  const w = name.split(" ");
  return `${w.length}|${w.map(initialOf).join("")}`;
}
function sameName(a, b) {
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => foldName(w) === foldName(wb[i]) || isSpellingVariant(w, wb[i]));
}

// server/src/core/entities/nameForms.ts
function fullest(names2) {
  const count = /* @__PURE__ */ new Map();
  for (const n of names2) count.set(n, (count.get(n) ?? 0) + 1);
  let best2 = names2[0];
  for (const n of count.keys()) {
    const d = words(n) - words(best2) || n.length - best2.length || (count.get(n) ?? 0) - (count.get(best2) ?? 0);
    if (d > 0) best2 = n;
  }
  return best2;
}
function words(s) {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) n++;
  }
  return n;
}
var slugs = new StringMemo(
  (s) => s.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "entity"
);
function slug(s) {
  return slugs.get(s);
}

// server/src/core/entities/cluster.ts
var Membership = class {
  constructor(groups, mentions) {
    this.groups = groups;
    for (const m of mentions) m.entity = -1;
  }
  groups;
  clustered = [];
  set(m, g) {
    if (m.entity < 0) this.clustered.push(m);
    m.entity = g.index;
  }
  get(m) {
    return m.entity >= 0 ? this.groups[m.entity] : void 0;
  }
};
var REGION_WORD = / (?:region|province|oblast|district|county|governorate|prefecture)$/;
var names = [new StringMemo((text) => bareName(text, false).replace(/\s+/g, " ")), new StringMemo((text) => bareName(text, true).replace(/\s+/g, " "))];
function nameOf(m) {
  return names[m.type === "person" ? 1 : 0].get(m.text);
}
function formOf(m, entity) {
  const name = nameOf(m);
  if (isHeOrShe(name)) return "pronoun";
  if (m.type === "group" && entity?.type === "place") return "nationality";
  if (entity?.type === "place" && countryByCapital(name) && !countryByName(name)) {
    const country = countryByName(entity.name);
    if (country && country.capital.some((c) => foldName(c) === foldName(name))) return "capital";
  }
  if (entity && isAcronym(name) && name !== entity.name) return "acronym";
  if (entity?.type === "person" && !name.includes(" ") && entity.name.includes(" ")) return "surname";
  return "name";
}
function placementOf(type, name, named) {
  if (type === "group") {
    const c = demonymCountry(name);
    return { key: c ? `group:${c.cca2}` : `group:${foldName(name)}`, init: { type: "group" } };
  }
  if (type === "place") {
    const c = countryByName(name);
    const capitalOf = countryByCapital(name);
    if (c) return { key: `country:${c.cca2}`, init: { type: "place", country: c.cca2 } };
    if (capitalOf && named.has(capitalOf.cca2)) return { key: `country:${capitalOf.cca2}`, init: { type: "place", country: capitalOf.cca2 } };
    return { key: `place:${foldName(name.replace(REGION_WORD, ""))}`, init: { type: "place" } };
  }
  if (type === "organization") {
    const known = organizationByName(name);
    return { key: `organization:${known ? foldName(known.name) : foldName(name)}`, init: { type: "organization" } };
  }
  return { key: `${type}:${foldName(name)}`, init: { type } };
}
function demonymCountry(name) {
  return countryByDemonym(name) ?? (name.endsWith("s") ? countryByDemonym(name.slice(0, -1)) : void 0);
}
function buildEntities(input) {
  const { plain, sentences } = input;
  const normalized = normalizeSpans(plain, input.mentions);
  typeByHeads(plain, normalized);
  const spans = findBodies(plain, sentences, dropCommonWords(plain, sentences, joinEvents(plain, normalized)));
  includeTitleThe(plain, spans);
  typeParties(plain, spans);
  typeTeams(plain, spans);
  typeLineUps(plain, spans);
  unifySenses(spans, plain);
  const tagged = propagateNames(plain, sentences, spans).filter((m) => !isHeOrShe(nameOf(m)));
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  const groupOf = new Membership(groups, tagged);
  const add = (key4, m, init = {}) => {
    let g = byKey.get(key4);
    if (!g) {
      g = { key: key4, index: groups.length, mentions: [], ...init };
      byKey.set(key4, g);
      groups.push(g);
    }
    g.mentions.push(m);
    groupOf.set(m, g);
    return g;
  };
  const named = /* @__PURE__ */ new Set();
  for (const m of tagged) {
    if (m.type !== "place") continue;
    const c = countryByName(nameOf(m));
    if (c) named.add(c.cca2);
  }
  const persons = new PersonIndex();
  const byFirstName = /* @__PURE__ */ new Map();
  for (const { m, name, words: words2 } of personsFullestFirst(tagged)) {
    let g = persons.withSameName(name);
    if (!g && words2 === 1) g = persons.nearestBySurname(name, m.start);
    if (!g && words2 === 1) {
      const same = byFirstName.get(foldName(name));
      if (same && same.length === 1 && firstNameGender(name)) g = same[0];
    }
    if (g) {
      g.mentions.push(m);
      groupOf.set(m, g);
    } else {
      g = add(`person:${foldName(name)}`, m, { type: "person" });
      g.key = name;
      persons.add(g);
      if (words2 >= 2) pushTo(byFirstName, foldName(name.slice(0, name.indexOf(" "))), g);
    }
  }
  const countryOrCapital = /* @__PURE__ */ new Map();
  const isCountryOrCapital = (name) => {
    let known = countryOrCapital.get(name);
    if (known === void 0) countryOrCapital.set(name, known = !!(countryByName(name) || countryByCapital(name)));
    return known;
  };
  const placements = /* @__PURE__ */ new Map();
  for (const m of tagged) {
    if (m.type === "person") continue;
    const name = nameOf(m);
    if (m.type !== "group" && !isCountryOrCapital(name)) {
      const p = name.includes(" ") ? persons.withSameName(name) : persons.nearestBySurname(name, m.start);
      if (p) {
        m.type = "person";
        m.label = "PER";
        p.mentions.push(m);
        groupOf.set(m, p);
        continue;
      }
    }
    let byName = placements.get(m.type);
    if (!byName) placements.set(m.type, byName = /* @__PURE__ */ new Map());
    let placement = byName.get(name);
    if (!placement) byName.set(name, placement = placementOf(m.type, name, named));
    add(placement.key, m, placement.init);
  }
  mergeAcronymsAndVariants(groups, groupOf);
  const all2 = sortedByStart(tagged, () => [...groupOf.clustered]);
  const bySentence = personsBySentence(all2);
  const roleText = (m) => plain.slice(Math.max(0, m.start - 30), m.end);
  const titleGenderOf = (x) => titleGender(plain.slice(Math.max(0, x.start - 20), x.start));
  const genders = /* @__PURE__ */ new Map();
  const genderOf = (m) => {
    const g = groupOf.get(m);
    if (!g) return titleGenderOf(m);
    let scan = genders.get(g);
    if (!scan) genders.set(g, scan = { byName: firstNameGenderOf(g), scanned: 0 });
    if (scan.byName) return scan.byName;
    while (!scan.byTitle && scan.scanned < g.mentions.length) scan.byTitle = titleGenderOf(g.mentions[scan.scanned++]);
    return scan.byTitle;
  };
  const pronouns = [];
  for (const site of findPronouns(plain, sentences)) {
    if (covered(all2, site.start)) continue;
    const target = antecedent(bySentence, site.sentence, site.start, site.text, roleText, genderOf);
    const g = target && groupOf.get(target);
    if (!g) continue;
    const p = { start: site.start, end: site.end, text: site.text, type: "person", label: "PER", entity: -1, sentence: site.sentence };
    g.mentions.push(p);
    groupOf.set(p, g);
    pronouns.push(p);
  }
  const live = groups.filter((g) => g.mentions.length > 0);
  for (const g of live) g.mentions.sort((a, b) => a.start - b.start);
  live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const mentions = sortedByStart(pronouns.length > 0 ? mergeByStart(all2, pronouns) : all2, () => [...groupOf.clustered]);
  live.forEach((g, e) => {
    for (const m of g.mentions) m.entity = e;
  });
  const mentionIndexes = indexesByEntity(mentions, live.length);
  const used = /* @__PURE__ */ new Set();
  const entities = live.map((g, e) => {
    const type = g.type ?? g.mentions[0].type;
    const name = canonicalName(g, type);
    let id = `${type}:${slug(name)}`;
    for (let n = 2; used.has(id); n++) id = `${type}:${slug(name)}-${n}`;
    used.add(id);
    const roles = [];
    const facts = [];
    for (const m of g.mentions) {
      if (isHeOrShe(m.text)) continue;
      const f = mentionFacts(plain, sentences[m.sentence], m, m.text, type);
      for (const r of f.roles) if (!roles.includes(r)) roles.push(r);
      for (const x of f.facts) if (!facts.includes(x)) facts.push(x);
    }
    return { id, type, name, mentions: mentionIndexes[e], roles, facts, quoteCount: 0, attributionCount: 0 };
  });
  return { mentions, entities };
}
function firstNameGenderOf(g) {
  const first = g.type === "person" && g.key.includes(" ") ? g.key.split(" ")[0] : "";
  return first ? firstNameGender(first) : void 0;
}
function sortedByStart(list, all2) {
  for (let i = 1; i < list.length; i++) if (list[i - 1].start >= list[i].start) return all2().sort((a, b) => a.start - b.start);
  return list;
}
function indexesByEntity(mentions, entities) {
  const out = Array.from({ length: entities }, () => []);
  mentions.forEach((m, i) => out[m.entity].push(i));
  return out;
}
function covered(sorted2, offset) {
  const lo = partitionPoint(sorted2.length, (i) => sorted2[i].start <= offset);
  return lo > 0 && offset < sorted2[lo - 1].end;
}
function mergeAcronymsAndVariants(groups, groupOf) {
  const buckets = /* @__PURE__ */ new Map();
  for (const g of groups) {
    if (g.type === "person" || g.type === "group" || g.country) continue;
    const k = `${g.type}|${foldName(nameOf(g.mentions[0])).charAt(0)}`;
    pushTo(buckets, k, g);
  }
  for (const bucket of buckets.values()) mergeWithin(bucket, groupOf);
}
function mergeWithin(groups, groupOf) {
  const merge = (into, from) => {
    for (const m of from.mentions) {
      into.mentions.push(m);
      groupOf.set(m, into);
    }
    from.mentions = [];
  };
  for (const a of groups) {
    if (a.mentions.length === 0) continue;
    const an = nameOf(a.mentions[0]);
    for (const b of groups) {
      if (b === a || b.mentions.length === 0) continue;
      const bn = nameOf(b.mentions[0]);
      if (a.type === "organization" && (expands(bn, an) || shortFormOf(bn, an) || companyShortForm(an) === bn) || isSpellingVariant(an, bn)) merge(a, b);
    }
  }
}
var ORG_SUFFIX = /^(?:Town|City|United|Rovers|Wanderers|Athletic|Albion|County|FC|AFC|CF|SC|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Plc|Group|Holdings|Co\.?|Company|AG|SA|NV|LLC|GmbH)$/;
function shortFormOf(short2, long) {
  if (!long.startsWith(`${short2} `)) return false;
  const rest = long.slice(short2.length + 1).split(/\s+/);
  return rest.length > 0 && rest.every((w) => ORG_SUFFIX.test(w));
}
function canonicalName(g, type) {
  if (g.country) {
    const own = g.mentions.filter((m) => m.type === "place" && countryByName(nameOf(m))?.cca2 === g.country).map(nameOf);
    if (own.length > 0) return fullest(own);
    const c = countryByCapital(nameOf(g.mentions[0])) ?? demonymCountry(nameOf(g.mentions[0]));
    return c?.name ?? nameOf(g.mentions[0]);
  }
  const named = g.mentions.filter((m) => !isHeOrShe(m.text));
  const names2 = (named.length > 0 ? named : g.mentions).map(nameOf);
  if (type === "group") {
    const adjective = names2.find((n) => countryByDemonym(n));
    if (adjective) return adjective;
  }
  if (type === "organization") {
    const long = names2.filter((n) => !isAcronym(n));
    if (long.length > 0 && long.length < names2.length) return fullest(long);
  }
  return fullest(names2);
}
function personsFullestFirst(tagged) {
  const list = [];
  for (const m of tagged) {
    if (m.type !== "person") continue;
    const name = nameOf(m);
    list.push({ m, name, words: words(name) });
  }
  return list.sort((a, b) => b.words - a.words || a.m.start - b.m.start);
}

// server/src/core/entities/consistency.ts
var nameWordMemo = [new StringMemo((raw) => splitNameWords(raw, false)), new StringMemo((raw) => splitNameWords(raw, true))];
function nameWordsOf(raw, person) {
  return nameWordMemo[person ? 1 : 0].get(raw);
}
function splitNameWords(raw, person) {
  let offset = 0;
  const the = /^the\s+/i.exec(raw);
  if (the && raw.length > the[0].length) offset = the[0].length;
  if (person) offset += splitTitle(raw.slice(offset)).offset;
  const name = stripPossessive(raw.slice(offset));
  return [...name.matchAll(/[^\s]+/g)].map((w) => {
    const from = offset + (w.index ?? 0);
    return { text: w[0], from, to: from + w[0].length, lower: lower2(w[0]), lettered: /\p{L}{2}/u.test(w[0]) };
  });
}
function mentionWords(text, m) {
  const raw = m.text.length === m.end - m.start && text.startsWith(m.text, m.start) ? m.text : text.slice(m.start, m.end);
  return nameWordsOf(raw, m.type === "person");
}
function nameWords(text, m) {
  const found = mentionWords(text, m);
  return found.map((w, i) => wordAt(m, w, i, found.length));
}
function wordAt(m, w, i, words2) {
  return { text: w.text, start: m.start + w.from, end: m.start + w.to, fromEnd: words2 - 1 - i, words: words2 };
}
var lower2 = (s) => s.normalize("NFC").toLocaleLowerCase("en");
function formsOf(input, entity) {
  const memo = /* @__PURE__ */ new Map();
  return (m) => {
    let byText = memo.get(m.type);
    if (!byText) memo.set(m.type, byText = /* @__PURE__ */ new Map());
    let f = byText.get(m.text);
    if (f === void 0) byText.set(m.text, f = formOf(m, entity));
    return f;
  };
}
function consistencyDiagnostics(input) {
  const out = [];
  input.entities.forEach((entity) => {
    if (entity.type === "group") return;
    const form = formsOf(input, entity);
    out.push(...spellingDiagnostics(input, entity, form));
    if (entity.type === "person") {
      const d = surnameFirst(input, entity, form);
      if (d) out.push(d);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
function spellingDiagnostics(input, entity, formOfMention) {
  const slots = [];
  const slotOf = /* @__PURE__ */ new Map();
  const compared = (m) => m.type !== "group" && isNameForm(formOfMention(m));
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!compared(m)) continue;
    for (const w of mentionWords(input.text, m)) {
      if (!w.lettered) continue;
      const k = w.lower;
      if (slotOf.has(k)) continue;
      let slot = slots.find((s) => [...s.spellings].some((o) => isSpellingVariant(o, k)));
      if (!slot) slots.push(slot = { words: [], spellings: /* @__PURE__ */ new Set() });
      slot.spellings.add(k);
      slotOf.set(k, slot);
    }
  }
  if (slots.every((s) => s.spellings.size < 2)) return [];
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!compared(m)) continue;
    const found = mentionWords(input.text, m);
    found.forEach((w, j) => {
      const slot = w.lettered ? slotOf.get(w.lower) : void 0;
      if (slot && slot.spellings.size >= 2) slot.words.push(wordAt(m, w, j, found.length));
    });
  }
  const out = [];
  for (const slot of slots) {
    const bySpelling = /* @__PURE__ */ new Map();
    for (const w of slot.words) pushTo(bySpelling, lower2(w.text), w);
    if (bySpelling.size < 2) continue;
    const majority = majoritySpelling(bySpelling, entity);
    const model = bySpelling.get(majority)?.find((w) => w.text !== w.text.toUpperCase()) ?? bySpelling.get(majority)?.[0];
    if (!model) continue;
    for (const [k, list] of bySpelling) {
      if (k === majority) continue;
      for (const w of list) {
        out.push({
          code: "name-inconsistency",
          severity: "warning",
          start: w.start,
          end: w.end,
          message: `"${w.text}" is spelled "${model.text}" elsewhere in this article (${bySpelling.get(majority)?.length ?? 0} of ${slot.words.length} times): use one spelling for ${entity.name}`,
          related: [{ start: model.start, end: model.end, message: `"${model.text}" is used here` }],
          data: { replacement: model.text, entity: entity.id, spelling: w.text }
        });
      }
    }
  }
  return out;
}
function majoritySpelling(bySpelling, entity) {
  const canonical = new Set(entity.name.split(/\s+/).map(lower2));
  let best2 = "";
  let bestScore = -1;
  let bestFirst = Infinity;
  for (const [k, list] of bySpelling) {
    const score2 = list.length * 2 + (canonical.has(k) ? 1 : 0);
    const first = list[0].start;
    if (score2 > bestScore || score2 === bestScore && first < bestFirst) {
      best2 = k;
      bestScore = score2;
      bestFirst = first;
    }
  }
  return best2;
}
function isNameForm(form) {
  return form === "name" || form === "surname";
}
function surnameFirst(input, entity, formOfMention) {
  if (!entity.name.includes(" ")) return void 0;
  const inBody = (m) => input.paragraphs[input.sentences[m.sentence]?.paragraph]?.role === "body" && formOfMention(m) !== "pronoun";
  let first;
  let full;
  for (const i of entity.mentions) {
    const m = input.mentions[i];
    if (!inBody(m)) continue;
    if (!first) {
      first = m;
      if (mentionWords(input.text, first).length !== 1) return void 0;
    } else if (mentionWords(input.text, m).length > 1) {
      full = m;
      break;
    }
  }
  if (!first) return void 0;
  if (!full) return void 0;
  const fullName = nameWords(input.text, full).map((w) => w.text).join(" ");
  const shown = input.text.slice(first.start, first.end);
  return {
    code: "surname-before-full-name",
    severity: "information",
    start: first.start,
    end: first.end,
    message: `"${shown}" is the first mention of ${fullName} in the body, but the full name only comes later: give the full name at first mention`,
    related: [{ start: full.start, end: full.end, message: `full name "${fullName}" first used here` }],
    data: { fullName, entity: entity.id }
  };
}

// server/src/core/numbers/lexer.ts
var POSSESSIVE_DATE_WORDS = /* @__PURE__ */ new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "year",
  "month",
  "week",
  "weekend",
  "day",
  "night",
  "season",
  "decade",
  "century",
  "quarter",
  "today",
  "yesterday",
  "tomorrow",
  "tonight",
  "summer",
  "winter",
  "spring",
  "autumn",
  "fall"
]);
function letterAt(text, i) {
  return lengthIfClass(text, i, LETTER);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function tokenEnd(text, s) {
  let len = letterAt(text, s);
  if (len > 0) {
    let p = s + len;
    for (; ; ) {
      while ((len = letterAt(text, p)) > 0) p += len;
      const c2 = text.charCodeAt(p);
      if ((c2 === 39 || c2 === 8217) && letterAt(text, p + 1) > 0) p++;
      else return p;
    }
  }
  if (isDigit(text.charCodeAt(s))) {
    let p = s + 1;
    for (; ; ) {
      while (isDigit(text.charCodeAt(p))) p++;
      const c2 = text.charCodeAt(p);
      if ((c2 === 46 || c2 === 44 || c2 === 58) && isDigit(text.charCodeAt(p + 1))) p++;
      else return p;
    }
  }
  const c = text.charCodeAt(s);
  const d = text.charCodeAt(s + 1);
  return c >= 55296 && c <= 56319 && d >= 56320 && d <= 57343 ? s + 2 : s + 1;
}
var SENTINELS = 6;
function lex(text, sentences, from = 0, to = text.length) {
  const toks = [];
  const length = text.length;
  let pos = from;
  const c0 = text.charCodeAt(pos);
  if (c0 >= 56320 && c0 <= 57343 && pos > 0 && text.charCodeAt(pos - 1) >= 55296 && text.charCodeAt(pos - 1) <= 56319) pos--;
  let prevEnd = from;
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1])) prevEnd--;
  let si = 0;
  let sentStartSeen = -1;
  const ns = sentences.length;
  for (; ; ) {
    while (pos < length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= length) break;
    const s = pos;
    if (s >= to) break;
    const e = tokenEnd(text, s);
    pos = e;
    const t = text.slice(s, e);
    const c = t.charCodeAt(0);
    let k;
    if (c >= 48 && c <= 57) k = 1 /* Num */;
    else if (t.length > 1 || isLetter(c)) k = 0 /* Word */;
    else k = 2 /* Punct */;
    let sp = s === 0;
    let nl = s === 0;
    for (let p = prevEnd; p < s; p++) {
      const ch = text.charCodeAt(p);
      if (ch === 10 || ch === 13) nl = true;
      sp = true;
    }
    while (si < ns - 1 && s >= sentences[si].end) si++;
    let first = false;
    if (k !== 2 /* Punct */ && sentStartSeen !== si) {
      sentStartSeen = si;
      first = true;
    }
    if (nl && k !== 2 /* Punct */) first = true;
    const lc = k === 0 /* Word */ ? t.toLowerCase() : t;
    const cap = k === 0 /* Word */ && lc !== t && t[0] !== lc[0];
    const apos = k === 0 /* Word */ && t.length > 3 ? t.charCodeAt(t.length - 2) : 0;
    if ((apos === 39 || apos === 8217) && (lc.endsWith("'s") || lc.endsWith("\u2019s")) && POSSESSIVE_DATE_WORDS.has(lc.slice(0, -2))) {
      toks.push({ s, e: e - 2, t: t.slice(0, -2), lc: lc.slice(0, -2), k, sp, nl, first, cap, sent: si });
      toks.push({ s: e - 2, e, t: t.slice(-2), lc: lc.slice(-2), k: 2 /* Punct */, sp: false, nl: false, first: false, cap: false, sent: si });
    } else {
      toks.push({ s, e, t, lc, k, sp, nl, first, cap, sent: si });
    }
    prevEnd = e;
  }
  const end = to;
  const last = ns > 0 ? ns - 1 : 0;
  for (let i = 0; i < SENTINELS; i++) {
    toks.push({ s: end, e: end, t: "", lc: "", k: 3 /* End */, sp: true, nl: true, first: false, cap: false, sent: last });
  }
  return toks;
}

// server/src/core/numbers/context.ts
function emit(ctx, a, b, type, value, counted) {
  const first = ctx.toks[a];
  const last = ctx.toks[b - 1];
  const sentence = ctx.sentences.length > 0 ? ctx.sentences[first.sent].index : 0;
  const m = { start: first.s, end: last.e, text: ctx.text.slice(first.s, last.e), type, value, sentence };
  if (counted) {
    const cs = ctx.toks[counted[0]].s;
    const ce = ctx.toks[counted[1] - 1].e;
    m.counted = { start: cs, end: ce, text: ctx.text.slice(cs, ce) };
  }
  ctx.out.push(m);
  return b;
}
var FUTURE_RE = /\b(?:will|won't|'ll|plans?|planned|planning|is due|are due|scheduled|expected to|is set to|are set to|going to|next|upcoming|would|intends?|to attend|to visit|to meet|to travel)\b/i;
function sentenceIsFuture(ctx, i) {
  const pos = ctx.toks[i].sent;
  let f = ctx.future.get(pos);
  if (f === void 0) {
    const s = ctx.sentences[pos];
    const slice = s ? ctx.text.slice(s.start, s.end) : ctx.text.slice(Math.max(0, ctx.toks[i].s - 200), ctx.toks[i].e + 200);
    f = FUTURE_RE.test(slice);
    ctx.future.set(pos, f);
  }
  return f;
}

// server/src/core/numbers/dates.ts
var MONTHS = /* @__PURE__ */ new Map([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12]
]);
var MONTH_ABBREVIATIONS = /* @__PURE__ */ new Map([
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12]
]);
var MONTH_NAMES = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var WEEKDAYS = /* @__PURE__ */ new Map([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6]
]);
var WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var SEASONS = /* @__PURE__ */ new Set(["spring", "summer", "autumn", "fall", "winter"]);
var DAY_MS = 864e5;
function parseIso(iso) {
  if (!iso) return void 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return void 0;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDate(ymd.y, ymd.m, ymd.d) ? ymd : void 0;
}
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return d <= daysInMonth(y, m);
}
function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function toDays(ymd) {
  return Math.floor(Date.UTC(ymd.y, ymd.m - 1, ymd.d) / DAY_MS);
}
function fromDays(days) {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function weekday(ymd) {
  return new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d)).getUTCDay();
}
function addDays(ymd, n) {
  return fromDays(toDays(ymd) + n);
}
function addMonths(y, m, n) {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: idx % 12 + 1 };
}
var pad = (n) => n < 10 ? "0" + n : String(n);
function isoDay(ymd) {
  return `${ymd.y}-${pad(ymd.m)}-${pad(ymd.d)}`;
}
function isoMonth(y, m) {
  return `${y}-${pad(m)}`;
}
function isoWeek(ymd, offsetWeeks) {
  const wd = (weekday(ymd) + 6) % 7;
  const monday = addDays(ymd, -wd + 7 * offsetWeeks);
  return { from: monday, to: addDays(monday, 6) };
}
function describeDay(ymd) {
  return `${WEEKDAY_NAMES[weekday(ymd)]} ${isoDay(ymd)}`;
}
function findDatelineDate(text) {
  const head = text.slice(0, 2e3).split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 3).join("\n").slice(0, 600);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  const monthDay = /\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(head);
  const dayMonth2 = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b/.exec(head);
  const found = [];
  if (iso) found.push({ index: iso.index, ymd: { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) } });
  for (const [m, monthIdx, dayIdx] of [[monthDay, 1, 2], [dayMonth2, 2, 1]]) {
    if (!m) continue;
    const name = m[monthIdx].toLowerCase();
    const month = MONTHS.get(name) ?? MONTH_ABBREVIATIONS.get(name);
    if (month) found.push({ index: m.index, ymd: { y: Number(m[3]), m: month, d: Number(m[dayIdx]) } });
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) if (validDate(f.ymd.y, f.ymd.m, f.ymd.d)) return isoDay(f.ymd);
  return void 0;
}

// server/src/core/numbers/currency.ts
var SYMBOLS = /* @__PURE__ */ new Map([
  ["$", "USD"],
  ["\xA3", "GBP"],
  ["\u20AC", "EUR"],
  ["\xA5", "JPY"],
  ["\u20B9", "INR"],
  ["\u20BD", "RUB"],
  ["\u20B4", "UAH"],
  ["\u20A9", "KRW"],
  ["\u20BA", "TRY"],
  ["\u20AA", "ILS"],
  ["\u20A6", "NGN"]
]);
var DOLLAR_PREFIXES = /* @__PURE__ */ new Map([
  ["US", "USD"],
  ["U.S.", "USD"],
  ["A", "AUD"],
  ["AU", "AUD"],
  ["C", "CAD"],
  ["CA", "CAD"],
  ["NZ", "NZD"],
  ["HK", "HKD"],
  ["S", "SGD"],
  ["NT", "TWD"],
  ["Mex", "MXN"],
  ["R", "BRL"]
]);
var ISO_CODES = /* @__PURE__ */ new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "RUB",
  "UAH",
  "INR",
  "CHF",
  "CAD",
  "AUD",
  "NZD",
  "HKD",
  "SGD",
  "KRW",
  "TRY",
  "BRL",
  "ZAR",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "MXN",
  "ILS",
  "SAR",
  "AED",
  "NGN",
  "KES",
  "EGP",
  "TWD",
  "CZK",
  "HUF",
  "RON",
  "THB",
  "IDR",
  "MYR",
  "PHP",
  "PKR",
  "QAR",
  "KZT"
]);
var NAMES = /* @__PURE__ */ new Map([
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["rouble", "RUB"],
  ["roubles", "RUB"],
  ["ruble", "RUB"],
  ["rubles", "RUB"],
  ["hryvnia", "UAH"],
  ["hryvnias", "UAH"],
  ["hryvnias", "UAH"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["renminbi", "CNY"],
  ["rupee", "INR"],
  ["rupees", "INR"],
  ["francs", "CHF"],
  ["pesos", "MXN"],
  ["reais", "BRL"],
  ["rand", "ZAR"],
  ["lira", "TRY"],
  ["liras", "TRY"],
  ["shekel", "ILS"],
  ["shekels", "ILS"],
  ["riyal", "SAR"],
  ["riyals", "SAR"],
  ["dirham", "AED"],
  ["dirhams", "AED"],
  ["naira", "NGN"],
  ["kronor", "SEK"],
  ["kroner", "NOK"],
  ["zloty", "PLN"],
  ["zlotys", "PLN"],
  ["pound", "GBP"],
  ["pounds", "GBP"],
  ["won", "KRW"],
  ["cents", "USD"],
  ["cent", "USD"],
  ["pence", "GBP"]
]);
var WEAK_NAMES = /* @__PURE__ */ new Set(["pound", "pounds", "won", "rand"]);
var SUBUNITS = /* @__PURE__ */ new Set(["cent", "cents", "pence", "p"]);
var DOLLAR_ADJECTIVES = /* @__PURE__ */ new Map([
  ["us", "USD"],
  ["australian", "AUD"],
  ["canadian", "CAD"],
  ["singapore", "SGD"],
  ["taiwan", "TWD"],
  ["zealand", "NZD"],
  ["kong", "HKD"],
  ["taiwanese", "TWD"]
]);
function matchCurrencyPrefix(toks, j) {
  const t = toks[j];
  if (t.k === 2 /* Punct */) {
    const c = SYMBOLS.get(t.t);
    if (c && toks[j + 1].k === 1 /* Num */ && !toks[j + 1].sp) return { currency: c, end: j + 1, factor: 1 };
    return void 0;
  }
  if (t.k !== 0 /* Word */) return void 0;
  const next = toks[j + 1];
  if (next.t === "$" && !next.sp && toks[j + 2].k === 1 /* Num */ && !toks[j + 2].sp) {
    const c = DOLLAR_PREFIXES.get(t.t);
    if (c) return { currency: c, end: j + 2, factor: 1 };
  }
  if (ISO_CODES.has(t.t) && next.k === 1 /* Num */) return { currency: t.t, end: j + 1, factor: 1 };
  if ((t.t === "Rs" || t.t === "Rs.") && next.k === 1 /* Num */) return { currency: "INR", end: j + 1, factor: 1 };
  return void 0;
}
function matchCurrencySuffix(toks, j, afterScale, glued) {
  const t = toks[j];
  if (t.k !== 0 /* Word */) return void 0;
  if (glued) {
    const pm = toks[j + 1].t === "." && toks[j + 2].lc === "m" && !toks[j + 2].sp;
    const gluedLetters = !toks[j + 1].sp && /\p{L}/u.test(toks[j + 1].t.slice(0, 1));
    if (t.t === "p" && !gluedLetters && !pm) return { currency: "GBP", end: j + 1, factor: 0.01 };
    return void 0;
  }
  if (ISO_CODES.has(t.t)) return { currency: t.t, end: j + 1, factor: 1 };
  const adj = DOLLAR_ADJECTIVES.get(t.lc);
  if (adj) {
    let k = j + 1;
    if (t.lc === "hong" || t.lc === "new") k++;
    if (toks[k].lc === "dollars" || toks[k].lc === "dollar") return { currency: adj, end: k + 1, factor: 1 };
    if (t.lc === "hong" && toks[j + 1].lc === "kong" && toks[j + 2].lc === "dollars") return { currency: "HKD", end: j + 3, factor: 1 };
  }
  if (t.lc === "new" && toks[j + 1].lc === "zealand" && toks[j + 2].lc.startsWith("dollar")) return { currency: "NZD", end: j + 3, factor: 1 };
  if (t.lc === "swiss" && toks[j + 1].lc === "francs") return { currency: "CHF", end: j + 2, factor: 1 };
  const c = NAMES.get(t.lc);
  if (!c) return void 0;
  if (WEAK_NAMES.has(t.lc) && !afterScale) {
    if ((t.lc === "pounds" || t.lc === "pound") && toks[j + 1].lc === "sterling") return { currency: "GBP", end: j + 2, factor: 1 };
    return void 0;
  }
  if ((t.lc === "pounds" || t.lc === "pound") && toks[j + 1].lc === "sterling") return { currency: "GBP", end: j + 2, factor: 1 };
  return { currency: c, end: j + 1, factor: SUBUNITS.has(t.lc) ? 0.01 : 1 };
}

// server/src/core/numbers/units.ts
var DEFS = [
  { symbol: "km", dimension: "length", factor: 1e3, to: "mi" },
  { symbol: "m", dimension: "length", factor: 1, to: "ft" },
  { symbol: "cm", dimension: "length", factor: 0.01, to: "in" },
  { symbol: "mm", dimension: "length", factor: 1e-3, to: "in" },
  { symbol: "mi", dimension: "length", factor: 1609.344, to: "km" },
  { symbol: "nmi", dimension: "length", factor: 1852, to: "km" },
  { symbol: "yd", dimension: "length", factor: 0.9144, to: "m" },
  { symbol: "ft", dimension: "length", factor: 0.3048, to: "m" },
  { symbol: "in", dimension: "length", factor: 0.0254, to: "cm" },
  { symbol: "km\xB2", dimension: "area", factor: 1e6, to: "sq mi" },
  { symbol: "m\xB2", dimension: "area", factor: 1, to: "sq ft" },
  { symbol: "ha", dimension: "area", factor: 1e4, to: "acres" },
  { symbol: "acres", dimension: "area", factor: 4046.8564224, to: "ha" },
  { symbol: "sq mi", dimension: "area", factor: 2589988110336e-6, to: "km\xB2" },
  { symbol: "sq ft", dimension: "area", factor: 0.09290304, to: "m\xB2" },
  { symbol: "kg", dimension: "mass", factor: 1, to: "lb" },
  { symbol: "g", dimension: "mass", factor: 1e-3, to: "oz" },
  { symbol: "mg", dimension: "mass", factor: 1e-6 },
  { symbol: "t", dimension: "mass", factor: 1e3, to: "lb" },
  { symbol: "tons", dimension: "mass", factor: 907.18474, to: "t" },
  { symbol: "lb", dimension: "mass", factor: 0.45359237, to: "kg" },
  { symbol: "oz", dimension: "mass", factor: 0.028349523125, to: "g" },
  { symbol: "l", dimension: "volume", factor: 1, to: "gal" },
  { symbol: "ml", dimension: "volume", factor: 1e-3, to: "fl oz" },
  { symbol: "m\xB3", dimension: "volume", factor: 1e3, to: "cu ft" },
  { symbol: "gal", dimension: "volume", factor: 3.785411784, to: "l" },
  { symbol: "bbl", dimension: "volume", factor: 158.987294928, to: "l" },
  { symbol: "fl oz", dimension: "volume", factor: 0.0295735295625 },
  { symbol: "cu ft", dimension: "volume", factor: 28.316846592 },
  { symbol: "\xB0C", dimension: "temperature", factor: 1, to: "\xB0F" },
  { symbol: "\xB0F", dimension: "temperature", factor: 1, to: "\xB0C" },
  { symbol: "km/h", dimension: "speed", factor: 1 / 3.6, to: "mph" },
  { symbol: "mph", dimension: "speed", factor: 0.44704, to: "km/h" },
  { symbol: "kn", dimension: "speed", factor: 0.514444, to: "km/h" },
  { symbol: "m/s", dimension: "speed", factor: 1, to: "km/h" },
  { symbol: "kW", dimension: "power", factor: 1e3 },
  { symbol: "MW", dimension: "power", factor: 1e6 },
  { symbol: "GW", dimension: "power", factor: 1e9 },
  { symbol: "kWh", dimension: "energy", factor: 36e5 },
  { symbol: "MWh", dimension: "energy", factor: 36e8 },
  { symbol: "GWh", dimension: "energy", factor: 36e11 },
  { symbol: "TWh", dimension: "energy", factor: 36e14 },
  { symbol: "degrees", dimension: "angle", factor: 1 },
  { symbol: "au", dimension: "length", factor: 149597870700, to: "km" },
  { symbol: "ly", dimension: "length", factor: 9460730472580800, to: "km" }
];
var BY_SYMBOL = new Map(DEFS.map((d) => [d.symbol, d]));
function unitBySymbol(symbol) {
  return BY_SYMBOL.get(symbol);
}
var SPELLINGS = [
  ["km", "kilometre kilometres kilometer kilometers km kms"],
  ["m", "metre metres meter meters ~m"],
  ["cm", "centimetre centimetres centimeter centimeters cm"],
  ["mm", "millimetre millimetres millimeter millimeters mm"],
  ["mi", "mile miles"],
  ["nmi", "nautical|mile nautical|miles"],
  ["yd", "yard yards yd yds"],
  ["ft", "foot feet ft"],
  ["in", "inch inches =in"],
  ["au", "astronomical|unit astronomical|units ~AU"],
  ["ly", "light|year light|years light-year light-years"],
  ["km\xB2", "square|kilometres square|kilometre square|kilometers square|kilometer sq|km km\xB2 km2 sq|kilometres"],
  ["m\xB2", "square|metres square|metre square|meters square|meter sq|m m\xB2 m2"],
  ["ha", "hectare hectares ha"],
  ["acres", "acre acres"],
  ["sq mi", "square|miles square|mile sq|mi"],
  ["sq ft", "square|feet square|foot sq|ft"],
  ["kg", "kilogram kilograms kilogramme kilogrammes kg kgs kilo kilos"],
  ["g", "gram grams gramme grammes ~g"],
  ["mg", "milligram milligrams milligramme milligrammes mg"],
  ["t", "tonne tonnes metric|ton metric|tons =t"],
  ["tons", "ton tons"],
  ["lb", "lb lbs pound pounds"],
  ["oz", "ounce ounces oz"],
  ["l", "litre litres liter liters =l =L"],
  ["ml", "millilitre millilitres milliliter milliliters ml"],
  ["m\xB3", "cubic|metres cubic|metre cubic|meters cubic|meter m\xB3 m3"],
  ["gal", "gallon gallons"],
  ["bbl", "barrel barrels bbl"],
  ["\xB0C", "=C \xB0 degrees|celsius degrees|centigrade degree|celsius celsius"],
  ["\xB0F", "=F \xB0 degrees|fahrenheit degree|fahrenheit fahrenheit"],
  ["km/h", "km / h km|/|hr kph kmh kmph kilometres|per|hour kilometers|per|hour kilometres|an|hour"],
  ["mph", "mph miles|per|hour miles|an|hour"],
  ["kn", "knot knots"],
  ["m/s", "~m / s metres|per|second meters|per|second"],
  ["kW", "~kW kilowatt kilowatts"],
  ["MW", "~MW megawatt megawatts"],
  ["GW", "~GW gigawatt gigawatts"],
  ["kWh", "~kWh kilowatt|hours kilowatt-hours"],
  ["MWh", "~MWh megawatt|hours"],
  ["GWh", "~GWh gigawatt|hours"],
  ["TWh", "~TWh terawatt|hours"],
  ["degrees", "degrees"]
];
var BY_FIRST = /* @__PURE__ */ new Map();
function addSpelling(raw, def) {
  let caseSensitive = false;
  let gluedOnly = false;
  let s = raw;
  if (s.startsWith("=")) {
    caseSensitive = true;
    gluedOnly = true;
    s = s.slice(1);
  } else if (s.startsWith("~")) {
    caseSensitive = true;
    s = s.slice(1);
  }
  const parts = s.split("|").flatMap((p) => p === "/" ? ["/"] : splitSymbol(p));
  const spelling = { parts: caseSensitive ? parts : parts.map((p) => p.toLowerCase()), caseSensitive, gluedOnly, def };
  const key4 = caseSensitive ? parts[0] : parts[0].toLowerCase();
  const list = BY_FIRST.get(key4) ?? [];
  list.push(spelling);
  BY_FIRST.set(key4, list);
}
function splitSymbol(p) {
  return p.match(/\p{L}+|\d+|[^\p{L}\d]/gu) ?? [p];
}
for (const [symbol, spellings] of SPELLINGS) {
  const def = BY_SYMBOL.get(symbol);
  const items = spellings.split(" ");
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (items[i + 1] === "/" && items[i + 2] !== void 0) {
      addSpelling(`${it}|/|${items[i + 2].replace(/^~/, "")}`, def);
      i += 2;
      continue;
    }
    if (it === "\xB0") {
      addSpelling(`\xB0|${symbol.slice(1)}`, def);
      continue;
    }
    addSpelling(it, def);
  }
}
function matchUnit(toks, j, glued) {
  const first = toks[j];
  if (!first || first.k !== 0 /* Word */ && first.k !== 2 /* Punct */) return void 0;
  const cands = [...BY_FIRST.get(first.t) ?? [], ...first.t !== first.lc ? BY_FIRST.get(first.lc) ?? [] : []];
  let best2;
  for (const sp of cands) {
    if (sp.gluedOnly && !glued) continue;
    let ok = true;
    for (let p = 0; p < sp.parts.length; p++) {
      const tok = toks[j + p];
      if (!tok || tok.k === 3 /* End */) {
        ok = false;
        break;
      }
      const text = sp.caseSensitive ? tok.t : tok.lc;
      if (text !== sp.parts[p]) {
        ok = false;
        break;
      }
      if (p > 0 && tok.sp && (!/^\p{L}/u.test(sp.parts[p]) || sp.parts[p - 1] === "/")) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const end = j + sp.parts.length;
    if (!best2 || end > best2.end) best2 = { def: sp.def, end };
  }
  return best2;
}
function convert(value, from) {
  if (!from.to) return void 0;
  const to = BY_SYMBOL.get(from.to);
  if (!to) return void 0;
  if (from.dimension === "temperature") {
    return { value: from.symbol === "\xB0C" ? value * 9 / 5 + 32 : (value - 32) * 5 / 9, def: to };
  }
  return { value: value * from.factor / to.factor, def: to };
}

// server/src/core/numbers/words.ts
var UNITS_WORDS = /* @__PURE__ */ new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19]
]);
var TENS_WORDS = /* @__PURE__ */ new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90]
]);
var SCALE_WORDS = /* @__PURE__ */ new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["mln", 1e6],
  ["bln", 1e9]
]);
var SCALE_SUFFIXES = /* @__PURE__ */ new Map([
  ["m", 1e6],
  ["mn", 1e6],
  ["bn", 1e9],
  ["b", 1e9],
  ["k", 1e3],
  ["tn", 1e12],
  ["trn", 1e12]
]);
var VAGUE_MAGNITUDES = /* @__PURE__ */ new Map([
  ["dozens", 12],
  ["scores", 20],
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
  ["trillions", 1e12]
]);
var ORDINAL_UNITS = /* @__PURE__ */ new Map([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
  ["fortieth", 40],
  ["fiftieth", 50],
  ["sixtieth", 60],
  ["seventieth", 70],
  ["eightieth", 80],
  ["ninetieth", 90],
  ["hundredth", 100],
  ["thousandth", 1e3]
]);
function ordinalWord(lc) {
  return ORDINAL_UNITS.get(lc);
}
var FRACTION_WORDS = /* @__PURE__ */ new Map([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["sixth", 6],
  ["sixths", 6],
  ["tenth", 10],
  ["tenths", 10]
]);
function foldWord(lc) {
  if (!lc.endsWith("fold") || lc.length < 7) return void 0;
  return UNITS_WORDS.get(lc.slice(0, -4)) ?? TENS_WORDS.get(lc.slice(0, -4));
}
function ordinalSuffixOk(n, suffix) {
  const lastTwo = n % 100;
  const last = n % 10;
  const expected = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return suffix === expected;
}
function parseDigits(t) {
  if (t.indexOf(":") >= 0) return NaN;
  const commas = t.indexOf(",") >= 0;
  if (commas) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return NaN;
    return Number(t.replace(/,/g, ""));
  }
  const dots = t.split(".").length - 1;
  if (dots > 1) return NaN;
  return Number(t);
}
var NUMBER_DISPLAY_SCALES = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"]
];
function formatNumber(n) {
  const abs = Math.abs(n);
  for (const [scale, name] of NUMBER_DISPLAY_SCALES) {
    if (abs >= scale) {
      const q = n / scale;
      const r = Math.round(q * 1e3) / 1e3;
      if (Math.abs(r - q) < 1e-9) return `${trimNumber(r)} ${name}`;
    }
  }
  return groupDigits(n);
}
function groupDigits(n) {
  const neg = n < 0;
  const abs = Math.abs(n);
  const rounded = Math.round(abs * 1e6) / 1e6;
  const [int, frac] = String(rounded).split(".");
  let out = "";
  const s = int ?? "0";
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ",";
    out += s[i];
  }
  return (neg ? "-" : "") + out + (frac ? "." + frac : "");
}
function trimNumber(n) {
  return String(Math.round(n * 1e3) / 1e3);
}

// server/src/core/numbers/parse.ts
var MAGNITUDE_OF = /* @__PURE__ */ new Map([
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9]
]);
function scaleAfter(toks, j) {
  const t = toks[j];
  if (t.k !== 0 /* Word */) return { scale: 1, end: j };
  if (!t.sp && t.t === t.lc) {
    if (t.t === "m") return { scale: 1, end: j, m: true };
    const s = SCALE_SUFFIXES.get(t.t);
    if (s) return { scale: s, end: j + 1 };
  }
  if (t.sp) {
    const s = SCALE_WORDS.get(t.lc);
    if (s && t.lc !== "hundred") return { scale: s, end: j + 1 };
  }
  return { scale: 1, end: j };
}
function wordCardinal(toks, i) {
  let total = 0;
  let cur = 0;
  let any = false;
  let k = i;
  let last = "none";
  let usedScale = 1;
  for (; ; ) {
    const w = toks[k];
    if (w.k !== 0 /* Word */) break;
    const u = UNITS_WORDS.get(w.lc);
    const tens = TENS_WORDS.get(w.lc);
    if (u !== void 0 || tens !== void 0) {
      if (last === "unit" || last === "tens" && tens !== void 0) break;
      if (last === "tens" && u !== void 0 && u >= 10) break;
      cur += u ?? tens;
      any = true;
      k++;
      last = tens !== void 0 ? "tens" : "unit";
      if (tens !== void 0 && toks[k].t === "-" && !toks[k].sp && !toks[k + 1].sp) {
        const u2 = UNITS_WORDS.get(toks[k + 1].lc);
        if (u2 !== void 0 && u2 < 10) {
          cur += u2;
          k += 2;
          last = "unit";
        }
      }
      continue;
    }
    if (!any) break;
    if (w.lc === "hundred" && last !== "scale") {
      cur = (cur || 1) * 100;
      k++;
      last = "scale";
      continue;
    }
    if (w.lc === "dozen" && last !== "scale") {
      cur *= 12;
      k++;
      last = "scale";
      continue;
    }
    const sc = w.lc === "thousand" ? 1e3 : w.lc === "million" ? 1e6 : w.lc === "billion" ? 1e9 : w.lc === "trillion" ? 1e12 : 0;
    if (sc) {
      total += cur * sc;
      cur = 0;
      k++;
      last = "scale";
      usedScale = Math.max(usedScale, sc);
      continue;
    }
    if (w.lc === "and" && last === "scale") {
      const nx = toks[k + 1].lc;
      if (UNITS_WORDS.has(nx) || TENS_WORDS.has(nx)) {
        k++;
        continue;
      }
    }
    break;
  }
  if (!any) return void 0;
  const value = total + cur;
  const isOne = k === i + 1 && toks[i].lc === "one";
  return { end: k, value, word: true, int: true, scale: usedScale, isOne };
}
var HALF_BLOCK_PREV = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "first",
  "second",
  "other",
  "latter",
  "former",
  "each",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her"
]);
function parseNum(toks, i) {
  const n = parseNumCore(toks, i);
  if (!n || n.vague || n.fraction || n.halfPending || n.mSuffix || !n.int || n.scale !== 1) return n;
  const e = n.end;
  if (toks[e].lc !== "and" || toks[e + 1].lc !== "a" || toks[e + 2].lc !== "half") return n;
  const sc = toks[e + 3].sp ? SCALE_WORDS.get(toks[e + 3].lc) : void 0;
  const scale = sc && toks[e + 3].lc !== "hundred" ? sc : 1;
  return { ...n, end: e + 3 + (scale > 1 ? 1 : 0), value: (n.value + 0.5) * scale, int: scale > 1, scale, isOne: false };
}
function parseNumCore(toks, i) {
  const t = toks[i];
  if (t.k === 1 /* Num */) {
    const v = parseDigits(t.t);
    if (Number.isNaN(v)) return void 0;
    const sc = scaleAfter(toks, i + 1);
    return { end: sc.end, value: v * sc.scale, word: false, int: Number.isInteger(v), scale: sc.scale, mSuffix: sc.m };
  }
  if (t.k !== 0 /* Word */) return void 0;
  const lc = t.lc;
  const n1 = toks[i + 1];
  if (lc === "a" || lc === "an") {
    if (n1.lc === "dozen") return { end: i + 2, value: 12, word: true, int: true, scale: 1 };
    const s = SCALE_WORDS.get(n1.lc);
    if (s && n1.lc !== "mln" && n1.lc !== "bln") return { end: i + 2, value: s, word: true, int: true, scale: s };
    const den = FRACTION_WORDS.get(n1.lc);
    if (den && den > 2 && !n1.lc.endsWith("s") && (toks[i + 2].lc === "of" || toks[i - 1]?.lc === "by")) {
      return { end: i + 2, value: 1 / den, word: true, int: false, scale: 1, fraction: true };
    }
    return void 0;
  }
  if (lc === "half" && n1.lc === "of" && !HALF_BLOCK_PREV.has(toks[i - 1]?.lc ?? "")) {
    return { end: i + 1, value: 0.5, word: true, int: false, scale: 1, fraction: true };
  }
  if (lc === "half" && (n1.lc === "a" || n1.lc === "an")) {
    const s = SCALE_WORDS.get(toks[i + 2].lc);
    if (s) return { end: i + 3, value: 0.5 * s, word: true, int: true, scale: s };
    return { end: i + 2, value: 0.5, word: true, int: false, scale: 1, halfPending: true };
  }
  const mag = VAGUE_MAGNITUDES.get(lc);
  if (mag !== void 0) {
    const m2 = toks[i + 1].lc === "of" ? MAGNITUDE_OF.get(toks[i + 2].lc) : void 0;
    if (m2 && m2 > mag) return { end: i + 3, value: mag * m2, vague: true, word: true, int: true, scale: 1 };
    return { end: i + 1, value: mag, vague: true, word: true, int: true, scale: 1 };
  }
  if (lc === "tens" && n1.lc === "of") {
    const m2 = MAGNITUDE_OF.get(toks[i + 2].lc);
    if (m2) return { end: i + 3, value: 10 * m2, vague: true, word: true, int: true, scale: 1 };
    return void 0;
  }
  const fold2 = foldWord(lc);
  if (fold2 !== void 0) return { end: i + 1, value: fold2, word: true, int: true, scale: 1 };
  const u = UNITS_WORDS.get(lc);
  if (u !== void 0 && n1.t === "-" && !n1.sp && !toks[i + 2].sp) {
    const den = FRACTION_WORDS.get(toks[i + 2].lc);
    if (den) return { end: i + 3, value: u / den, word: true, int: false, scale: 1, fraction: true };
  }
  return wordCardinal(toks, i);
}
function parseNumRange(toks, i, between, noTo) {
  const a = parseNum(toks, i);
  if (!a || a.vague || a.halfPending || a.mSuffix) return a;
  const j = a.end;
  const joiner = toks[j];
  const dash = (joiner.t === "-" || joiner.t === "\u2013") && !joiner.sp && !toks[j + 1].sp;
  let ok = false;
  if (dash) ok = !a.word && toks[j + 1].k === 1 /* Num */;
  else if (between) ok = joiner.lc === "and";
  else if (joiner.lc === "to") ok = !noTo;
  else if (joiner.lc === "or") ok = a.word || a.int;
  if (!ok) return a;
  const b = parseNum(toks, j + 1);
  if (!b || b.vague || b.halfPending || b.fraction) return a;
  if (dash && a.int && b.int && a.scale === 1 && b.scale === 1 && a.value < 1e3 && b.value < 1e3 && a.value >= b.value) {
    return { ...a, end: b.end, high: b.value, score: true };
  }
  let low = a.value;
  if (a.scale === 1 && b.scale > 1 && low * b.scale <= b.value) low *= b.scale;
  if (b.value <= low) return between ? void 0 : a;
  return { ...a, value: low, high: b.value, end: b.end, scale: Math.max(a.scale, b.scale), mSuffix: b.mSuffix, isOne: false };
}

// server/src/core/numbers/rules.ts
var QUALIFIERS = [
  [["more", "than"], ">"],
  [["over"], ">"],
  [["above"], ">"],
  [["upwards", "of"], ">"],
  [["in", "excess", "of"], ">"],
  [["greater", "than"], ">"],
  [["higher", "than"], ">"],
  [["at", "least"], ">="],
  [["no", "fewer", "than"], ">="],
  [["no", "less", "than"], ">="],
  [["a", "minimum", "of"], ">="],
  [["less", "than"], "<"],
  [["fewer", "than"], "<"],
  [["under"], "<"],
  [["below"], "<"],
  [["lower", "than"], "<"],
  [["up", "to"], "<="],
  [["at", "most"], "<="],
  [["no", "more", "than"], "<="],
  [["a", "maximum", "of"], "<="],
  [["as", "many", "as"], "<="],
  [["as", "much", "as"], "<="],
  [["about"], "~"],
  [["around"], "~"],
  [["roughly"], "~"],
  [["approximately"], "~"],
  [["some"], "~"],
  [["an", "estimated"], "~"],
  [["estimated"], "~"],
  [["circa"], "~"],
  [["approx"], "~"],
  [["nearly"], "<~"],
  [["almost"], "<~"],
  [["close", "to"], "<~"]
];
var QUALIFIER_INDEX = /* @__PURE__ */ new Map();
for (const q of QUALIFIERS) {
  const list = QUALIFIER_INDEX.get(q[0][0]) ?? [];
  list.push(q);
  list.sort((a, b) => b[0].length - a[0].length);
  QUALIFIER_INDEX.set(q[0][0], list);
}
var QUALIFIER_FIRST_WORDS = new Set(QUALIFIER_INDEX.keys());
function matchQualifier(toks, i) {
  const list = QUALIFIER_INDEX.get(toks[i].lc);
  if (!list) return void 0;
  for (const [words2, q] of list) {
    let ok = true;
    for (let p = 1; p < words2.length; p++) {
      if (toks[i + p].lc !== words2[p]) {
        ok = false;
        break;
      }
    }
    if (ok) return { q, end: i + words2.length, words: words2 };
  }
  return void 0;
}
var TIME_UNITS = /* @__PURE__ */ new Map([
  ["second", "second"],
  ["seconds", "second"],
  ["secs", "second"],
  ["minute", "minute"],
  ["minutes", "minute"],
  ["mins", "minute"],
  ["hour", "hour"],
  ["hours", "hour"],
  ["hrs", "hour"],
  ["day", "day"],
  ["days", "day"],
  ["week", "week"],
  ["weeks", "week"],
  ["fortnight", "fortnight"],
  ["fortnights", "fortnight"],
  ["month", "month"],
  ["months", "month"],
  ["year", "year"],
  ["years", "year"],
  ["decade", "decade"],
  ["decades", "decade"],
  ["century", "century"],
  ["centuries", "century"],
  ["millennium", "millennium"],
  ["millennia", "millennium"]
]);
var PLURAL_TIME_UNITS = /* @__PURE__ */ new Set([
  "seconds",
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "decades",
  "centuries"
]);
var DATE_PREPOSITIONS = /* @__PURE__ */ new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "from",
  "to",
  "of",
  "before",
  "after",
  "during",
  "through",
  "between",
  "and",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "on",
  "around",
  "about",
  "throughout",
  "for",
  "until",
  "end",
  "start",
  "beginning",
  "as",
  "summer",
  "winter",
  "spring",
  "autumn",
  "fall",
  "year"
]);
var FUNCTION_WORDS = /* @__PURE__ */ new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "since",
  "until",
  "after",
  "before",
  "during",
  "of",
  "to",
  "and",
  "but",
  "or",
  "with",
  "the",
  "a",
  "an",
  "only",
  "just",
  "all",
  "some",
  "about",
  "nearly",
  "almost",
  "over",
  "around",
  "roughly",
  "approximately",
  "more",
  "less",
  "fewer",
  "up",
  "at",
  "by",
  "another",
  "every",
  "each",
  "those",
  "these",
  "its",
  "their",
  "his",
  "her",
  "our",
  "than",
  "top",
  "between",
  "another",
  "then",
  "now",
  "still",
  "another",
  "when",
  "while",
  "as",
  "if",
  "another",
  "another",
  "under",
  "below",
  "above",
  "estimated",
  "exactly",
  "nearly",
  "so",
  "yet",
  "both",
  "through"
]);
var ADDRESS_WORDS = /* @__PURE__ */ new Set([
  "street",
  "road",
  "avenue",
  "lane",
  "drive",
  "boulevard",
  "way",
  "place",
  "square",
  "terrace",
  "court",
  "crescent",
  "close",
  "st",
  "rd",
  "ave",
  "highway",
  "parkway"
]);
function isNamePrefix(t) {
  if (t.k !== 0 /* Word */ || !(t.cap || /^\p{Ll}+\p{Lu}/u.test(t.t))) return false;
  if (MONTHS.has(t.lc) || WEEKDAYS.has(t.lc) || ISO_CODES.has(t.t)) return false;
  if (FUNCTION_WORDS.has(t.lc) && (t.first || t.lc === "the")) return false;
  return true;
}
function isHouseNumber(toks, i) {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = toks[k];
    if (t.k !== 0 /* Word */ || !t.cap) return false;
    if (ADDRESS_WORDS.has(t.lc) && k > i + 1) return true;
  }
  return false;
}
var ONE_BLOCK_NEXT = /* @__PURE__ */ new Set([
  "of",
  "another",
  "thing",
  "way",
  "who",
  "that",
  "which",
  "whose",
  "day",
  "point",
  "side",
  "hand",
  "such",
  "by",
  "is",
  "was",
  "has",
  "had",
  "would",
  "could",
  "should",
  "can",
  "will",
  "may",
  "might",
  "must",
  "does",
  "did",
  "time",
  "last",
  "more",
  "another",
  "or",
  "and",
  "in",
  "at",
  "on",
  "for",
  "to",
  "too",
  "else",
  "here",
  "there",
  "sees",
  "says",
  "said",
  "knows",
  "needs",
  "wonders",
  "thinks",
  "can",
  "thing",
  "moment",
  "morning",
  "evening",
  "night",
  "afternoon",
  "occasion",
  "stage",
  "instance"
]);
var ONE_BLOCK_PREV = /* @__PURE__ */ new Set([
  "the",
  "this",
  "that",
  "no",
  "any",
  "every",
  "each",
  "which",
  "another",
  "someone",
  "anyone",
  "only",
  "no-one",
  "little",
  "big",
  "new",
  "old",
  "right",
  "wrong",
  "same",
  "latest",
  "last"
]);
function oneIsCount(toks, i, qualified) {
  if (qualified) return true;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && ONE_BLOCK_PREV.has(prev.lc)) return false;
  if (next.k !== 0 /* Word */ || next.cap) return false;
  if (ONE_BLOCK_NEXT.has(next.lc)) return false;
  if (next.lc.endsWith("ly") || next.lc.endsWith("ing") || next.lc.endsWith("ed")) return false;
  return true;
}
var IRREGULAR_PLURALS = /* @__PURE__ */ new Set([
  "people",
  "men",
  "women",
  "children",
  "police",
  "staff",
  "personnel",
  "cattle",
  "sheep",
  "fish",
  "deer",
  "aircraft",
  "crew",
  "feet",
  "teeth",
  "mice",
  "geese",
  "data",
  "media",
  "livestock",
  "infantry",
  "militia",
  "spacecraft",
  "watercraft",
  "offspring",
  "series",
  "species",
  "youth"
]);
var STOP = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "their",
  "its",
  "his",
  "her",
  "our",
  "my",
  "your",
  "of",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "near",
  "to",
  "into",
  "over",
  "under",
  "across",
  "around",
  "since",
  "during",
  "after",
  "before",
  "between",
  "against",
  "per",
  "than",
  "like",
  "as",
  "about",
  "toward",
  "towards",
  "through",
  "without",
  "within",
  "and",
  "or",
  "but",
  "nor",
  "while",
  "who",
  "which",
  "whose",
  "where",
  "when",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "must",
  "can",
  "do",
  "does",
  "did",
  "said",
  "says",
  "still",
  "also",
  "already",
  "more",
  "less",
  "only",
  "just",
  "now",
  "then",
  "so",
  "too",
  "very",
  "each",
  "apiece",
  "ago",
  "later",
  "earlier",
  "away",
  "all",
  "both",
  "out",
  "up",
  "down",
  "off",
  "there",
  "here",
  "not",
  "no",
  "yet",
  "even",
  "each",
  "including",
  "among",
  "amid",
  "if",
  "because",
  "though",
  "although",
  "whom",
  "what",
  "how",
  "why",
  "than",
  "plus",
  "minus",
  "times"
]);
var NOT_PLURAL_ENDINGS = ["ss", "us", "is", "'s", "\u2019s", "ous"];
function isPluralNoun(lc) {
  if (IRREGULAR_PLURALS.has(lc)) return true;
  if (lc.length < 3 || !lc.endsWith("s") || STOP.has(lc)) return false;
  for (const e of NOT_PLURAL_ENDINGS) if (lc.endsWith(e)) return false;
  return true;
}
function countedPhrase(toks, j, one, skipOf) {
  let k = j;
  if (skipOf && toks[k].lc === "of") {
    k++;
    if (toks[k].lc === "the" || toks[k].lc === "their" || toks[k].lc === "its") return void 0;
  }
  const start = k;
  let end = -1;
  for (let w = 0; w < 5; w++, k++) {
    const t = toks[k];
    if (t.k !== 0 /* Word */ || STOP.has(t.lc)) {
      if (t.t === "-" && !t.sp && toks[k + 1].k === 0 /* Word */ && !toks[k + 1].sp) continue;
      break;
    }
    if (one) {
      if (!t.lc.endsWith("ly") && !t.lc.endsWith("ing")) end = k + 1;
      if (!(t.lc.endsWith("al") || t.lc.endsWith("an") || t.lc.endsWith("ese") || t.lc.endsWith("ish") || t.cap)) break;
      continue;
    }
    if (isPluralNoun(t.lc)) end = k + 1;
    else if (end > 0) break;
  }
  return end > start ? [start, end] : void 0;
}
function isListMarker(toks, i) {
  const t = toks[i];
  if (!/^\d{1,2}$/.test(t.t)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && prev.t === "(" && !t.sp && next.t === ")" && !next.sp) {
    return true;
  }
  return t.nl && (next.t === "." || next.t === ")") && !next.sp;
}
var CHANGE_WORDS = /* @__PURE__ */ new Set([
  "rose",
  "fell",
  "climbed",
  "dropped",
  "gained",
  "lost",
  "jumped",
  "slipped",
  "eased",
  "increased",
  "decreased",
  "grew",
  "shrank",
  "declined",
  "added",
  "shed",
  "plunged",
  "soared",
  "surged",
  "tumbled",
  "slumped",
  "edged",
  "sank",
  "rising",
  "falling",
  "up",
  "down",
  "raised",
  "lowered",
  "cut",
  "widened",
  "narrowed"
]);
var TIME_COMPARISON_PREV = /* @__PURE__ */ new Set([
  "for",
  "in",
  "waiting",
  "waited",
  "wait",
  "waits",
  "lasted",
  "lasting",
  "lasts",
  "took",
  "takes",
  "taking",
  "spent",
  "after",
  "served",
  "serving"
]);
var ORDINAL_NAME_HEADS = /* @__PURE__ */ new Set([
  ...ADDRESS_WORDS,
  "battalion",
  "brigade",
  "division",
  "regiment",
  "army",
  "corps",
  "fleet",
  "squadron",
  "airborne",
  "infantry",
  "cavalry",
  "marines",
  "amendment",
  "district",
  "precinct",
  "ward",
  "parallel",
  "congress",
  "dynasty",
  "arrondissement",
  "armoured",
  "armored",
  "mechanised",
  "mechanized",
  "guards",
  "panzer",
  "air",
  "separate",
  "assault"
]);
var PHONE_VERBS = /* @__PURE__ */ new Set(["call", "calling", "called", "dial", "dialled", "dialed", "dialling", "ring", "phone", "text", "texting"]);
var CHANGE_LEVEL_RATIO = 3;
var LABEL_WORDS = /* @__PURE__ */ new Set([
  "stage",
  "level",
  "tier",
  "grade",
  "phase",
  "category",
  "type",
  "class",
  "gate",
  "platform",
  "terminal",
  "room",
  "page",
  "pages",
  "chapter",
  "section",
  "article",
  "clause",
  "paragraph",
  "row",
  "seat",
  "flight",
  "route",
  "ward",
  "junction",
  "episode",
  "volume",
  "version",
  "apartment",
  "suite",
  "nos",
  // plurals, for `junctions 15 and 16`, `pages 5-7`
  "stages",
  "levels",
  "tiers",
  "grades",
  "phases",
  "categories",
  "gates",
  "platforms",
  "terminals",
  "rooms",
  "chapters",
  "sections",
  "articles",
  "clauses",
  "paragraphs",
  "rows",
  "seats",
  "flights",
  "routes",
  "wards",
  "junctions",
  "episodes",
  "volumes",
  "versions"
]);

// server/src/core/numbers/describe.ts
var UNKNOWN_ARTICLE_DATE = "relative to the article date, which is not known";
var QUALIFIER_PREFIX = {
  ">": "> ",
  ">=": "\u2265 ",
  "<": "< ",
  "<=": "\u2264 ",
  "~": "\u2248 ",
  "<~": "just under "
};
function qualifierPrefix(q) {
  return q ? QUALIFIER_PREFIX[q] : "";
}
function amountText(value, high) {
  if (value === void 0) return "";
  return high !== void 0 ? `${formatNumber(value)}\u2013${formatNumber(high)}` : formatNumber(value);
}
function roundForDisplay(n) {
  const abs = Math.abs(n);
  if (abs >= 1e4) return Number(n.toPrecision(3));
  if (abs >= 100) return Math.round(n);
  if (abs >= 1) return Math.round(n * 10) / 10;
  return Number(n.toPrecision(2));
}
function quantityDisplay(v) {
  const unit = v.unit ?? "";
  const sep = unit.startsWith("\xB0") ? "" : " ";
  const main = `${qualifierPrefix(v.qualifier)}${amountText(v.value, v.high)}${sep}${unit}`;
  const def = unitBySymbol(unit);
  if (!def || v.value === void 0) return main;
  const lo = convert(v.value, def);
  if (!lo) return main;
  const hi = v.high !== void 0 ? convert(v.high, def) : void 0;
  const toSep = lo.def.symbol.startsWith("\xB0") ? "" : " ";
  const conv = `${amountText(roundForDisplay(lo.value), hi ? roundForDisplay(hi.value) : void 0)}${toSep}${lo.def.symbol}`;
  return `${main} (\u2248 ${conv})`;
}
function moneyDisplay(v) {
  return `${qualifierPrefix(v.qualifier)}${v.currency ?? ""} ${amountText(v.value, v.high)}`.trim();
}
function percentDisplay(v) {
  const unit = v.unit === "%" || !v.unit ? "%" : ` ${v.unit}`;
  const amount = v.high !== void 0 ? `${formatNumber(v.value ?? 0)}${unit}\u2013${formatNumber(v.high)}${unit}` : `${formatNumber(v.value ?? 0)}${unit}`;
  return `${qualifierPrefix(v.qualifier)}${amount}`;
}
function plainDisplay(v, unit) {
  const u = unit ? ` ${unit}` : "";
  return `${qualifierPrefix(v.qualifier)}${amountText(v.value, v.high)}${u}`;
}
function ordinalText(n) {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

// server/src/core/numbers/temporalValues.ts
function withQ(v, q) {
  if (q) {
    v.qualifier = q;
    v.display = qualifierPrefix(q) + v.display;
  }
  return v;
}
function dayValue(ymd) {
  return { date: isoDay(ymd), display: describeDay(ymd) };
}
function monthValue(y, m) {
  const iso = isoMonth(y, m);
  return { date: iso, display: `${iso} (${MONTH_NAMES[m]} ${y})` };
}
function intervalValue(from, to, label) {
  return { date: `${isoDay(from)}/${isoDay(to)}`, display: `${isoDay(from)}/${isoDay(to)} (${label})` };
}
function unresolved(text) {
  return { display: `${text} (${UNKNOWN_ARTICLE_DATE})` };
}
function agoValue(ctx, n, unit, text) {
  const a = ctx.article;
  if (!a) return unresolved(text);
  if (unit === "day") return dayValue(addDays(a, -n));
  if (unit === "week" || unit === "fortnight") return dayValue(addDays(a, -n * (unit === "week" ? 7 : 14)));
  if (unit === "month") {
    const mm = addMonths(a.y, a.m, -n);
    return monthValue(mm.y, mm.m);
  }
  if (unit === "year") return { date: String(a.y - n), display: String(a.y - n) };
  if (unit === "decade") return { date: String(a.y - 10 * n), display: `about ${a.y - 10 * n}` };
  return unresolved(text);
}

// server/src/core/numbers/timesOfDay.ts
var ZONES = /* @__PURE__ */ new Set([
  "GMT",
  "UTC",
  "BST",
  "CET",
  "CEST",
  "EET",
  "EEST",
  "MSK",
  "EST",
  "EDT",
  "CST",
  "CDT",
  "MST",
  "MDT",
  "PST",
  "PDT",
  "ET",
  "PT",
  "JST",
  "AEST",
  "AEDT",
  "IST",
  "WIB",
  "SGT",
  "HKT"
]);
function zoneAt(ctx, j) {
  const t = ctx.toks[j];
  if (t.k === 0 /* Word */ && ZONES.has(t.t)) return { end: j + 1, zone: t.t };
  if (t.lc === "local" && ctx.toks[j + 1].lc === "time") return { end: j + 2, zone: "local time" };
  return { end: j };
}
function ampmAt(ctx, j) {
  const t = ctx.toks[j];
  if (t.lc === "am" || t.lc === "pm") return { pm: t.lc === "pm", end: j + 1 };
  if ((t.lc === "a" || t.lc === "p") && ctx.toks[j + 1].t === "." && ctx.toks[j + 2].lc === "m" && !ctx.toks[j + 2].sp) {
    const dot = ctx.toks[j + 3];
    return { pm: t.lc === "p", end: dot.t === "." && !dot.sp ? j + 4 : j + 3 };
  }
  return void 0;
}
var pad2 = (n) => n < 10 ? "0" + n : String(n);
function timeValue(h, min, zone) {
  const hm = `${pad2(h)}:${pad2(min)}`;
  const time = zone ? `${hm} ${zone}` : hm;
  return { time, display: time };
}
function timeAt(ctx, i, start, q) {
  const t = ctx.toks[i];
  let h;
  let min = 0;
  let j = i + 1;
  const hm = /^(\d{1,2})[:.](\d{2})$/.exec(t.t);
  if (hm) {
    h = Number(hm[1]);
    min = Number(hm[2]);
    if (min > 59 || h > 24) return -1;
    const isColon = t.t.includes(":");
    const ap = ampmAt(ctx, j);
    if (ap) {
      if (h > 12) return -1;
      h = h % 12 + (ap.pm ? 12 : 0);
      j = ap.end;
    } else if (!isColon) return -1;
  } else if (/^\d{1,2}$/.test(t.t)) {
    h = Number(t.t);
    const ap = ampmAt(ctx, j);
    if (ap && h >= 1 && h <= 12) {
      h = h % 12 + (ap.pm ? 12 : 0);
      j = ap.end;
    } else if (ctx.toks[j].lc === "o'clock" && h >= 1 && h <= 12) {
      j++;
    } else return -1;
  } else if (/^\d{4}$/.test(t.t) && ZONES.has(ctx.toks[j].t)) {
    h = Number(t.t.slice(0, 2));
    min = Number(t.t.slice(2));
    if (h > 23 || min > 59) return -1;
  } else return -1;
  const z = zoneAt(ctx, j);
  return emit(ctx, start, z.end, "time", withQ(timeValue(h, min, z.zone), q));
}
function raceTimeAt(ctx, i, start, q) {
  const t = ctx.toks[i];
  const hms = /^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(t.t);
  const ms = /^(\d{1,2}):(\d{2})\.(\d{1,3})$/.exec(t.t);
  if (!hms && !ms) return -1;
  const next = ctx.toks[i + 1];
  if (ampmAt(ctx, i + 1) || ZONES.has(next.t) || next.lc === "local") return -1;
  let secs;
  if (hms) {
    if (!RACE_TIME_PREV.has(ctx.toks[start - 1]?.lc ?? "")) return -1;
    if (Number(hms[2]) > 59 || Number(hms[3]) > 59) return -1;
    secs = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]) + Number(`0.${hms[4] ?? "0"}`);
  } else {
    if (Number(ms[2]) > 59) return -1;
    secs = Number(ms[1]) * 60 + Number(ms[2]) + Number(`0.${ms[3]}`);
  }
  const h = Math.floor(secs / 3600);
  const m = Math.floor(secs % 3600 / 60);
  const s = Math.round(secs % 60 * 1e3) / 1e3;
  const parts = [h ? `${h} h` : "", h || m ? `${m} min` : "", `${s} s`].filter((x) => x);
  return emit(ctx, start, i + 1, "duration", withQ({ value: secs, unit: "second", display: parts.join(" ") }, q));
}
var RACE_TIME_PREV = /* @__PURE__ */ new Set([
  "in",
  "of",
  "time",
  "clocked",
  "timed",
  "record",
  "best",
  "finished",
  "won",
  "ran",
  "completed",
  "winning"
]);

// server/src/core/numbers/years.ts
function centuryAt(ctx, j) {
  const toks = ctx.toks;
  const t = toks[j];
  let n;
  let k = j + 1;
  if (t.k === 1 /* Num */ && /^\d{1,2}$/.test(t.t) && /^(st|nd|rd|th)$/.test(toks[j + 1].lc) && !toks[j + 1].sp) {
    n = Number(t.t);
    k = j + 2;
  } else if (t.k === 0 /* Word */) {
    n = ORDINAL_CENTURY.get(t.lc);
    if (t.lc === "twenty" && toks[j + 1].t === "-" && toks[j + 2].lc === "first") {
      n = 21;
      k = j + 3;
    }
  }
  if (n === void 0 || n < 1 || n > 22 || toks[k].lc !== "century") return void 0;
  const from = (n - 1) * 100 + 1;
  const to = n * 100;
  const label = ctx.text.slice(t.s, toks[k].e);
  return { end: k + 1, v: { date: `${from}/${to}`, display: `${label} (${from}\u2013${to})` } };
}
var ORDINAL_CENTURY = /* @__PURE__ */ new Map([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20]
]);
function decadeAt(ctx, j) {
  const t = ctx.toks[j];
  const s = ctx.toks[j + 1];
  if (s.t !== "s" || s.sp) return void 0;
  const apos = ctx.toks[j - 1];
  if (/^\d0$/.test(t.t) && apos && (apos.t === "'" || apos.t === "\u2019") && !t.sp) {
    const d = Number(t.t);
    const y2 = d <= 10 ? 2e3 + d : 1900 + d;
    return { end: j + 2, v: { date: `${y2}/${y2 + 9}`, display: `${y2}s (${y2}\u2013${y2 + 9})` } };
  }
  if (!/^\d{4}$/.test(t.t) || !t.t.endsWith("0")) return void 0;
  const y = Number(t.t);
  return { end: j + 2, v: { date: `${y}/${y + 9}`, display: `${y}s (${y}\u2013${y + 9})` } };
}
function matchYear(ctx, i, start, q) {
  const t = ctx.toks[i];
  if (!/^\d{4}$/.test(t.t)) return -1;
  const y = Number(t.t);
  if (y < 1800 || y > 2100) return -1;
  const dec = decadeAt(ctx, i);
  if (dec) return emit(ctx, start, dec.end, "date", withQ(dec.v, q));
  const dash = ctx.toks[i + 1];
  const second = ctx.toks[i + 2];
  if ((dash.t === "-" || dash.t === "\u2013" || dash.t === "/") && !dash.sp && !second.sp && second.k === 1 /* Num */) {
    if (second.t.length === 2 && Number(second.t) === (y + 1) % 100) {
      return emit(ctx, start, i + 3, "date", withQ({ date: `${y}/${y + 1}`, display: `${y}\u2013${y + 1} (season)` }, q));
    }
    if (second.t.length === 4 && Number(second.t) > y && Number(second.t) <= 2100) {
      return emit(ctx, start, i + 3, "date", withQ({ date: `${y}/${second.t}`, display: `${y}\u2013${second.t}` }, q));
    }
  }
  const next = ctx.toks[i + 1];
  if (next.k === 0 /* Word */ && !next.sp) return -1;
  if (next.k === 0 /* Word */ && (isPluralNoun(next.lc) || next.lc === "of")) return -1;
  if (next.t === "%") return -1;
  return emit(ctx, start, i + 1, "date", withQ({ date: String(y), display: String(y) }, q));
}

// server/src/core/numbers/temporal.ts
function spanText(ctx, a, b) {
  return ctx.text.slice(ctx.toks[a].s, ctx.toks[b - 1].e);
}
function impliedYear(ctx, i, m, d) {
  const a = ctx.article;
  if (!a) return void 0;
  if (sentenceIsFuture(ctx, i) && (m < a.m || m === a.m && d < a.d)) return a.y + 1;
  return a.y;
}
function yearForWeekday(ctx, i, m, d, wd) {
  const base = impliedYear(ctx, i, m, d);
  if (base === void 0) return void 0;
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    const y = base + delta;
    if (validDate(y, m, d) && weekday({ y, m, d }) === wd) return y;
  }
  return base;
}
function dayRangeValue(ctx, i, y, m, d1, d2) {
  const year = y ?? impliedYear(ctx, i, m, d1);
  const label = `${d1}\u2013${d2} ${MONTH_NAMES[m]}`;
  if (year === void 0) return { display: `${label}, year not given (${UNKNOWN_ARTICLE_DATE})` };
  return intervalValue({ y: year, m, d: d1 }, { y: year, m, d: d2 }, `${label} ${year}`);
}
function dayRangeEnd(ctx, j, d1, m) {
  const dash = ctx.toks[j];
  if (dash.t !== "-" && dash.t !== "\u2013" || dash.sp || ctx.toks[j + 1].sp) return void 0;
  const d2 = isDayToken(ctx, j + 1);
  if (!d2 || d2.d <= d1 || !validDate(2024, m, d2.d)) return void 0;
  return d2;
}
function dateValue(ctx, i, y, m, d, text) {
  const year = y ?? impliedYear(ctx, i, m, d ?? 32);
  if (year === void 0) {
    const what = d !== void 0 ? `${d} ${MONTH_NAMES[m]}` : MONTH_NAMES[m];
    return { display: `${what}, year not given (${UNKNOWN_ARTICLE_DATE})` };
  }
  if (d !== void 0 && validDate(year, m, d)) return dayValue({ y: year, m, d });
  void text;
  return monthValue(year, m);
}
function isDayToken(ctx, j) {
  const t = ctx.toks[j];
  if (t.k !== 1 /* Num */ || !/^\d{1,2}$/.test(t.t)) return void 0;
  const d = Number(t.t);
  if (d < 1 || d > 31) return void 0;
  let end = j + 1;
  const suf = ctx.toks[end];
  if (!suf.sp && (suf.lc === "st" || suf.lc === "nd" || suf.lc === "rd" || suf.lc === "th")) end++;
  return { d, end };
}
function yearAt(ctx, j) {
  const t = ctx.toks[j];
  if (t.k !== 1 /* Num */ || !/^\d{4}$/.test(t.t)) return void 0;
  const y = Number(t.t);
  return y >= 1e3 && y <= 2999 ? y : void 0;
}
function monthAt(ctx, j) {
  const t = ctx.toks[j];
  if (t.k !== 0 /* Word */ || !t.cap) return void 0;
  const full = MONTHS.get(t.lc);
  if (full) return { m: full, end: j + 1, abbr: false };
  const ab = MONTH_ABBREVIATIONS.get(t.lc);
  if (!ab) return void 0;
  const dot = ctx.toks[j + 1];
  return { m: ab, end: dot.t === "." && !dot.sp ? j + 2 : j + 1, abbr: true };
}
function monthDate(ctx, i) {
  const mo = monthAt(ctx, i);
  if (!mo) return void 0;
  let j = mo.end;
  let d;
  let y;
  const day = isDayToken(ctx, j);
  let d2;
  if (day && !(ctx.toks[day.end].k === 0 /* Word */ && isPluralNoun(ctx.toks[day.end].lc))) {
    d = day.d;
    j = day.end;
    const r = dayRangeEnd(ctx, j, d, mo.m);
    if (r) {
      d2 = r.d;
      j = r.end;
    }
    const comma = ctx.toks[j].t === "," ? 1 : 0;
    const yr = yearAt(ctx, j + comma);
    if (yr !== void 0) {
      y = yr;
      j = j + comma + 1;
    }
  } else {
    const yr = yearAt(ctx, j);
    if (yr !== void 0) {
      y = yr;
      j++;
    }
  }
  const prev = ctx.toks[i - 1];
  const prevLc = prev ? prev.lc : "";
  if (d === void 0 && y === void 0) {
    if (mo.abbr) return void 0;
    if (mo.m === 5 || mo.m === 3) {
      if (!DATE_PREPOSITIONS.has(prevLc) || prevLc === "to" || prevLc === "and") return void 0;
    }
    const next = ctx.toks[j];
    if (next.k === 0 /* Word */ && next.cap && !DATE_PREPOSITIONS.has(prevLc) && !MONTHS.has(next.lc) && !WEEKDAYS.has(next.lc)) {
      return void 0;
    }
  }
  if (d !== void 0 && !validDate(y ?? 2024, mo.m, d)) return void 0;
  return d2 !== void 0 ? { end: j, y, m: mo.m, d, d2 } : { end: j, y, m: mo.m, d };
}
function dayMonth(ctx, i) {
  const day = isDayToken(ctx, i);
  if (!day) return void 0;
  let j = day.end;
  const dash = ctx.toks[j];
  let d2;
  if ((dash.t === "-" || dash.t === "\u2013") && !dash.sp && !ctx.toks[j + 1].sp) {
    const r = isDayToken(ctx, j + 1);
    if (r && r.d > day.d && monthAt(ctx, r.end)) {
      d2 = r.d;
      j = r.end;
    }
  }
  if (ctx.toks[j].lc === "of") j++;
  const mo = monthAt(ctx, j);
  if (!mo) return void 0;
  j = mo.end;
  const yr = yearAt(ctx, j);
  if (yr !== void 0) j++;
  if (!validDate(yr ?? 2024, mo.m, day.d) || d2 !== void 0 && !validDate(yr ?? 2024, mo.m, d2)) return void 0;
  return d2 !== void 0 ? { end: j, y: yr, m: mo.m, d: day.d, d2 } : { end: j, y: yr, m: mo.m, d: day.d };
}
function resolveWeekday(ctx, i, wd, mod) {
  const a = ctx.article;
  if (!a) return void 0;
  const today = weekday(a);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (mod === "last") return addDays(a, -(back === 0 ? 7 : back));
  if (mod === "next") return addDays(a, ahead === 0 ? 7 : ahead);
  if (mod === "this" || !pastVerbBefore(ctx, i) && sentenceIsFuture(ctx, i)) return addDays(a, ahead);
  return addDays(a, -back);
}
var IRREGULAR_PAST = /* @__PURE__ */ new Set([
  "said",
  "told",
  "was",
  "were",
  "had",
  "met",
  "made",
  "took",
  "gave",
  "went",
  "came",
  "left",
  "held",
  "won",
  "lost",
  "began",
  "fell",
  "rose",
  "struck",
  "hit",
  "shot",
  "found",
  "saw",
  "sent",
  "spoke",
  "wrote",
  "broke",
  "ran",
  "flew",
  "led",
  "paid",
  "sold",
  "brought",
  "caught",
  "fought",
  "kept",
  "put",
  "set",
  "quit",
  "resigned",
  "died"
]);
function pastVerbBefore(ctx, i) {
  let k = i - 1;
  if (ctx.toks[k]?.lc !== "on") return false;
  k--;
  if (ctx.toks[k]?.lc === "late" || ctx.toks[k]?.lc === "early") k--;
  const w = ctx.toks[k];
  if (!w || w.k !== 0 /* Word */) return false;
  const past = IRREGULAR_PAST.has(w.lc) || w.lc.length > 4 && w.lc.endsWith("ed");
  const aux = ctx.toks[k - 1]?.lc;
  return past && aux !== "be" && aux !== "will" && aux !== "to";
}
var SEASON_MONTHS = Object.assign(/* @__PURE__ */ Object.create(null), { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 });
function relative(ctx, i, start, q) {
  const mod = ctx.toks[i].lc;
  const w = ctx.toks[i + 1];
  if (w.k !== 0 /* Word */) return -1;
  const unit = w.lc.replace(/['’]s$/, "");
  const end = i + 2;
  const a = ctx.article;
  const text = spanText(ctx, start, end);
  const off = mod === "last" ? -1 : mod === "next" ? 1 : 0;
  let v;
  if (unit === "week" || unit === "weekend") {
    if (!a) v = unresolved(text);
    else {
      const wk = isoWeek(a, off);
      v = unit === "week" ? intervalValue(wk.from, wk.to, `week of ${describeDay(wk.from)}`) : intervalValue(addDays(wk.from, 5), wk.to, `weekend of ${describeDay(addDays(wk.from, 5))}`);
    }
  } else if (unit === "month") {
    if (!a) v = unresolved(text);
    else {
      const mm = addMonths(a.y, a.m, off);
      v = monthValue(mm.y, mm.m);
    }
  } else if (unit === "year") {
    v = a ? { date: String(a.y + off), display: String(a.y + off) } : unresolved(text);
  } else if (unit === "night" && mod === "last") {
    v = a ? dayValue(addDays(a, -1)) : unresolved(text);
  } else if ((unit === "morning" || unit === "afternoon" || unit === "evening") && mod === "this") {
    v = a ? dayValue(a) : unresolved(text);
  } else if (WEEKDAYS.has(unit) && w.cap) {
    const day = resolveWeekday(ctx, i, WEEKDAYS.get(unit), mod);
    v = day ? dayValue(day) : unresolved(text);
  } else if (MONTHS.has(unit) && w.cap) {
    const m = MONTHS.get(unit);
    if (!a) v = unresolved(text);
    else {
      const y = off < 0 ? m < a.m ? a.y : a.y - 1 : off > 0 ? m > a.m ? a.y : a.y + 1 : a.y;
      v = monthValue(y, m);
    }
  } else if (SEASONS.has(unit)) {
    if (!a) v = unresolved(text);
    else {
      const first = SEASON_MONTHS[unit];
      let y = a.y;
      if (off < 0) y = a.m > first + 2 ? a.y : a.y - 1;
      if (off > 0) y = a.m < first ? a.y : a.y + 1;
      const from = { y, m: first, d: 1 };
      const last = addMonths(y, first, 2);
      const to = { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) };
      v = intervalValue(from, to, `${unit} ${y}`);
    }
  }
  if (unit === "season") v = { display: `${text} (a sports or farming season; not resolved to dates)` };
  if (!v) return -1;
  return emit(ctx, start, end, "date", withQ(v, q));
}
var SIMPLE_RELATIVE = Object.assign(/* @__PURE__ */ Object.create(null), { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 });
function numericDate(ctx, i, start) {
  const t = ctx.toks[i];
  let parts;
  let end = i + 1;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.t);
  if (dotted) parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (/^\d{1,4}$/.test(t.t)) {
    const s1 = ctx.toks[i + 1];
    const p2 = ctx.toks[i + 2];
    const s2 = ctx.toks[i + 3];
    const p3 = ctx.toks[i + 4];
    const glued = !s1.sp && !p2.sp && !s2.sp && !p3.sp;
    if (glued && s1.t === s2.t && (s1.t === "/" || s1.t === "-") && p2.k === 1 /* Num */ && p3.k === 1 /* Num */) {
      parts = [Number(t.t), Number(p2.t), Number(p3.t)];
      end = i + 5;
      if (t.t.length === 4 && s1.t === "-") {
        const [y2, m2, d2] = parts;
        if (!validDate(y2, m2, d2)) return -1;
        return emit(ctx, start, end, "date", dayValue({ y: y2, m: m2, d: d2 }));
      }
      if (p3.t.length !== 4) return -1;
    }
  }
  if (!parts) return -1;
  const [a, b, y] = parts;
  let d = ctx.dayFirst ? a : b;
  let m = ctx.dayFirst ? b : a;
  if (m > 12 && d <= 12) [d, m] = [m, d];
  if (!validDate(y, m, d)) return -1;
  return emit(ctx, start, end, "date", dayValue({ y, m, d }));
}
function matchTemporalNumber(ctx, i, start, q) {
  let r = numericDate(ctx, i, start);
  if (r >= 0) return r;
  r = timeAt(ctx, i, start, q);
  if (r >= 0) return r;
  const dm = dayMonth(ctx, i);
  if (dm && dm.d2 !== void 0) return emit(ctx, start, dm.end, "date", withQ(dayRangeValue(ctx, i, dm.y, dm.m, dm.d, dm.d2), q));
  if (dm) return emit(ctx, start, dm.end, "date", withQ(dateValue(ctx, i, dm.y, dm.m, dm.d, ""), q));
  return -1;
}
function matchTemporalWord(ctx, i, start, q) {
  const t = ctx.toks[i];
  const lc = t.lc;
  if (t.cap && (MONTHS.has(lc) || MONTH_ABBREVIATIONS.has(lc))) {
    const md = monthDate(ctx, i);
    if (!md) return -1;
    if (md.d !== void 0 && md.d2 !== void 0) return emit(ctx, start, md.end, "date", withQ(dayRangeValue(ctx, i, md.y, md.m, md.d, md.d2), q));
    return emit(ctx, start, md.end, "date", withQ(dateValue(ctx, i, md.y, md.m, md.d, ""), q));
  }
  if (t.cap && WEEKDAYS.has(lc)) {
    let j = i + 1;
    if (ctx.toks[j].t === ",") j++;
    const md = monthDate(ctx, j);
    const dm = md ? void 0 : dayMonth(ctx, j);
    const full = md && md.d !== void 0 ? md : dm;
    if (full && full.d !== void 0) {
      const y = full.y ?? yearForWeekday(ctx, j, full.m, full.d, WEEKDAYS.get(lc));
      return emit(ctx, start, full.end, "date", withQ(dateValue(ctx, j, y, full.m, full.d, ""), q));
    }
    const day = resolveWeekday(ctx, i, WEEKDAYS.get(lc), "");
    return emit(ctx, start, i + 1, "date", withQ(day ? dayValue(day) : unresolved(WEEKDAY_NAMES[WEEKDAYS.get(lc)]), q));
  }
  if (lc === "last" || lc === "next" || lc === "this") {
    if (ctx.toks[i - 1]?.lc === "the") return -1;
    return relative(ctx, i, start, q);
  }
  const possessive = ctx.toks[i + 1].t === "'s" || ctx.toks[i + 1].t === "\u2019s";
  if (lc in SIMPLE_RELATIVE && !(lc === "today" && t.first && !possessive)) {
    const a = ctx.article;
    return emit(ctx, start, i + 1, "date", withQ(a ? dayValue(addDays(a, SIMPLE_RELATIVE[lc])) : unresolved(t.t), q));
  }
  if (lc === "noon" || lc === "midnight") {
    return emit(ctx, start, i + 1, "time", withQ(timeValue(lc === "noon" ? 12 : 0, 0, void 0), q));
  }
  if (lc === "early" || lc === "late" || lc === "mid") {
    let j = i + 1;
    if (lc === "mid") {
      if (ctx.toks[j].t !== "-" || ctx.toks[j].sp) return -1;
      j++;
    }
    const before = ctx.out.length;
    const r = matchModifiedDate(ctx, j, start, q);
    if (r >= 0 && ctx.out.length > before) {
      const v = ctx.out[ctx.out.length - 1].value;
      v.display = `${lc === "mid" ? "mid-" : lc + " "}${v.display}`;
    }
    return r;
  }
  if (SEASONS.has(lc)) {
    const y = yearAt(ctx, i + 1);
    if (y === void 0 || ctx.toks[i + 1].t.length !== 4) return -1;
    const first = SEASON_MONTHS[lc];
    const last = addMonths(y, first, 2);
    return emit(ctx, start, i + 2, "date", withQ(intervalValue({ y, m: first, d: 1 }, { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) }, `${lc} ${y}`), q));
  }
  return -1;
}
function matchModifiedDate(ctx, j, start, q) {
  const t = ctx.toks[j];
  if (t.k === 0 /* Word */ && (MONTHS.has(t.lc) || t.lc === "last" || t.lc === "next" || t.lc === "this" || SEASONS.has(t.lc))) {
    if (t.lc === "last" || t.lc === "next" || t.lc === "this") return relative(ctx, j, start, q);
    return matchTemporalWord(ctx, j, start, q);
  }
  const y = yearAt(ctx, j);
  if (y !== void 0 && y >= 1800 && y <= 2100) {
    return emit(ctx, start, j + 1, "date", withQ({ date: String(y), display: String(y) }, q));
  }
  const dec = decadeAt(ctx, j);
  if (dec) return emit(ctx, start, dec.end, "date", withQ(dec.v, q));
  const c = centuryAt(ctx, j);
  if (c) return emit(ctx, start, c.end, "date", withQ(c.v, q));
  return -1;
}

// server/src/core/numbers/people.ts
var PERSON_NOUNS = /* @__PURE__ */ new Set([
  "man",
  "woman",
  "boy",
  "girl",
  "child",
  "baby",
  "infant",
  "toddler",
  "teenager",
  "teen",
  "son",
  "daughter",
  "mother",
  "father",
  "brother",
  "sister",
  "wife",
  "husband",
  "partner",
  "grandmother",
  "grandfather",
  "girlfriend",
  "boyfriend",
  "person",
  "student",
  "pupil",
  "player",
  "striker",
  "goalkeeper",
  "midfielder",
  "defender",
  "forward",
  "winger",
  "captain",
  "coach",
  "manager",
  "driver",
  "rider",
  "cyclist",
  "runner",
  "swimmer",
  "boxer",
  "officer",
  "soldier",
  "sergeant",
  "general",
  "colonel",
  "commander",
  "teacher",
  "nurse",
  "doctor",
  "lawyer",
  "judge",
  "executive",
  "chief",
  "president",
  "minister",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "veteran",
  "victim",
  "suspect",
  "resident",
  "worker",
  "employee",
  "farmer",
  "pilot",
  "journalist",
  "reporter",
  "actor",
  "actress",
  "singer",
  "musician",
  "artist",
  "writer",
  "author",
  "politician",
  "senator",
  "mayor",
  "candidate",
  "leader",
  "founder",
  "entrepreneur",
  "businessman",
  "businesswoman",
  "star",
  "champion",
  "athlete",
  "fan",
  "patient",
  "pensioner",
  "retiree",
  "volunteer",
  "mum",
  "mom",
  "dad",
  "grandson",
  "granddaughter",
  "nephew",
  "niece",
  "cousin",
  "friend",
  "neighbour",
  "neighbor",
  "widow",
  "widower",
  "refugee",
  "migrant",
  "prisoner",
  "defendant",
  "gunman",
  "attacker",
  "hostage",
  "survivor",
  "climber",
  "hiker",
  "skier",
  "golfer",
  "jockey",
  "bowler",
  "batsman",
  "scientist",
  "researcher",
  "professor",
  "engineer",
  "activist",
  "protester",
  "civilian",
  "motorist",
  "pedestrian",
  "cleric",
  "priest",
  "bishop",
  "pope",
  "king",
  "queen",
  "prince",
  "princess",
  "rapper",
  "model",
  "designer",
  "chef",
  "owner",
  "director",
  "youngster",
  "debutant",
  "rookie",
  "prodigy",
  "veteran",
  "centenarian",
  "heir",
  "guard",
  "policeman",
  "policewoman",
  "firefighter",
  "paramedic",
  "teammate",
  "opponent",
  "skipper",
  "playmaker",
  "keeper",
  "fighter",
  "wrestler"
]);
var THING_NOUNS = /* @__PURE__ */ new Set([
  "war",
  "conflict",
  "invasion",
  "dispute",
  "crisis",
  "ban",
  "law",
  "building",
  "bridge",
  "house",
  "tree",
  "company",
  "firm",
  "business",
  "tradition",
  "rule",
  "policy",
  "ceasefire",
  "truce",
  "siege",
  "strike",
  "record",
  "mystery",
  "case",
  "investigation",
  "rivalry",
  "partnership",
  "alliance",
  "treaty",
  "feud",
  "moratorium",
  "blockade",
  "occupation",
  "insurgency",
  "campaign",
  "programme",
  "program",
  "project",
  "deal",
  "agreement",
  "debt",
  "loan",
  "bond",
  "contract",
  "plan",
  "regime",
  "government",
  "era",
  "marriage",
  "relationship",
  "career",
  "institution",
  "church",
  "castle",
  "tower",
  "temple",
  "pipeline",
  "reactor",
  "plant",
  "factory",
  "ship",
  "vessel",
  "aircraft",
  "car",
  "vehicle",
  "fleet",
  "station",
  "stadium",
  "school",
  "hospital",
  "mine",
  "dam",
  "road",
  "wall",
  "stalemate",
  "standoff",
  "drought",
  "embargo",
  "lockdown",
  "shutdown",
  "protest",
  "movement",
  "uprising",
  "revolution",
  "party",
  "coalition",
  "system",
  "network",
  "species",
  "fossil",
  "painting",
  "manuscript",
  "wine",
  "whisky",
  "recipe",
  "song",
  "film",
  "show",
  "series",
  "brand",
  "design"
]);

// server/src/core/numbers/ages.ts
function isApposedAge(ctx, i) {
  const toks = ctx.toks;
  const t = toks[i];
  if (!/^\d{1,3}$/.test(t.t)) return false;
  const v = Number(t.t);
  if (v < 1 || v > 119) return false;
  const c = toks[i - 1]?.lc === "then" || toks[i - 1]?.lc === "now" ? i - 2 : i - 1;
  if (toks[c]?.t !== ",") return false;
  const w = toks[c - 1];
  if (!w || w.k !== 0 /* Word */) return false;
  const person = w.cap ? !MONTHS.has(w.lc) && !WEEKDAYS.has(w.lc) && !(w.t.length > 1 && w.t === w.t.toUpperCase()) : PERSON_NOUNS.has(w.lc);
  if (!person) return false;
  const next = toks[i + 1];
  if (next.t === "," || next.t === ";" || next.t === ")") return true;
  return next.t === "." && (toks[i + 2].k === 3 /* End */ || toks[i + 2].cap || toks[i + 2].nl);
}
function headIsPerson(ctx, j, unit) {
  for (let k = j; k < j + 3; k++) {
    const t = ctx.toks[k];
    if (t.k !== 0 /* Word */) break;
    if (PERSON_NOUNS.has(t.lc)) return true;
    if (THING_NOUNS.has(t.lc)) return false;
    if (!t.cap) break;
  }
  return unit === "year";
}
function ageValue(n) {
  const v = { value: n.value, unit: "year", display: "" };
  if (n.high !== void 0) v.high = n.high;
  v.display = plainDisplay(v, "years");
  return v;
}
function plausibleAge(n) {
  return !!n && n.int && !n.vague && n.value >= 0 && n.value < 125 && n.scale === 1 && (n.high === void 0 || n.high < 125);
}
function aged(ctx, i) {
  const toks = ctx.toks;
  const between = toks[i + 1].lc === "between";
  const s = between ? i + 1 : i + 1;
  const n = parseNumRange(toks, between ? i + 2 : i + 1, between, false);
  if (!plausibleAge(n)) return -1;
  let end = emit(ctx, s, n.end, "age", ageValue(n));
  if (!between && toks[end].lc === "and") {
    const m = parseNum(toks, end + 1);
    const after2 = toks[m?.end ?? end];
    if (plausibleAge(m) && (after2.k !== 0 /* Word */ || !(isPluralNoun(after2.lc) || TIME_UNITS.has(after2.lc)))) end = emit(ctx, end + 1, m.end, "age", ageValue(m));
  }
  return end;
}
function turnsAge(ctx, i) {
  const n = parseNum(ctx.toks, i + 1);
  if (!plausibleAge(n) || n.value < 1) return -1;
  const after2 = ctx.toks[n.end];
  if (after2.k === 0 /* Word */ && (TIME_UNITS.has(after2.lc) || isPluralNoun(after2.lc) || after2.lc === "percent")) return -1;
  if (after2.t === "%") return -1;
  return emit(ctx, i + 1, n.end, "age", ageValue(n));
}
var TENS_PLURAL = /* @__PURE__ */ new Map([
  ["teens", 13],
  ["twenties", 20],
  ["thirties", 30],
  ["forties", 40],
  ["fifties", 50],
  ["sixties", 60],
  ["seventies", 70],
  ["eighties", 80],
  ["nineties", 90]
]);
function decadeOfLife(ctx, i) {
  const toks = ctx.toks;
  const pron = toks[i + 1].lc;
  if (pron !== "his" && pron !== "her" && pron !== "their" && pron !== "its") return -1;
  let k = i + 2;
  if (toks[k].lc === "early" || toks[k].lc === "mid" || toks[k].lc === "late") {
    k++;
    if (toks[k].t === "-" && !toks[k].sp) k++;
  }
  const t = toks[k];
  let decade;
  let end = k + 1;
  if (/^\d0$/.test(t.t) && toks[k + 1].t === "s" && !toks[k + 1].sp) {
    decade = Number(t.t);
    end = k + 2;
  } else decade = TENS_PLURAL.get(t.lc);
  if (decade === void 0) return -1;
  const start = k === i + 2 ? k : i + 2;
  return emit(ctx, start, end, "age", { value: decade, high: decade + 9, vague: true, unit: "year", display: `${decade}\u2013${decade + 9} years (vague)` });
}

// server/src/core/numbers/durations.ts
var A_DURATION_PREV = /* @__PURE__ */ new Set(["for", "in", "within", "over", "after", "than", "half"]);
function aTimeUnit(ctx, j, start, q) {
  const unitTok = ctx.toks[j + 1];
  const unit = TIME_UNITS.get(unitTok.lc);
  if (unit === "second" && ctx.toks[j + 2].k === 0 /* Word */ && ctx.toks[j + 2].lc !== "ago") return -1;
  if (ctx.toks[j + 2].lc === "ago") {
    return emit(ctx, start, j + 3, "date", agoValue(ctx, 1, unit, ctx.text.slice(ctx.toks[start].s, ctx.toks[j + 2].e)));
  }
  const prev = ctx.toks[start - 1];
  const after2 = ctx.toks[j + 2].lc;
  if (!q && !(prev && A_DURATION_PREV.has(prev.lc)) && after2 !== "later" && after2 !== "earlier") return -1;
  return emit(ctx, start, j + 2, "duration", { value: 1, unit, qualifier: q, display: `${qualifierPrefix(q)}1 ${unit}` });
}
function durationDisplay(v, unit) {
  const plural = v.high !== void 0 || v.value !== 1 ? unit === "century" ? "centuries" : unit + "s" : unit;
  return plainDisplay(v, plural);
}
function theDuration(ctx, i) {
  const toks = ctx.toks;
  const mod = toks[i + 1].lc;
  if (mod !== "last" && mod !== "past" && mod !== "next" && mod !== "coming" && mod !== "previous" && mod !== "following") return -1;
  let k = i + 2;
  const num = toks[k].lc === "few" ? void 0 : parseNumRange(toks, k, false, false);
  if (num && !num.vague && !num.halfPending && num.scale === 1) k = num.end;
  else if (num) return -1;
  const unitTok = toks[k];
  const unit = TIME_UNITS.get(unitTok.lc);
  if (!unit) return -1;
  const plural = PLURAL_TIME_UNITS.has(unitTok.lc);
  if (!num && !plural && (unit === "day" || unit === "hour" || unit === "minute" || unit === "second")) return -1;
  if (!num && !plural && (mod === "following" || mod === "coming")) return -1;
  const value = { display: "" };
  if (num) {
    value.value = num.value;
    if (num.high !== void 0) value.high = num.high;
  } else if (plural) {
    value.vague = true;
  } else {
    value.value = 1;
  }
  value.unit = unit;
  value.display = value.vague ? `${unitTok.lc} (vague)` : durationDisplay(value, unit);
  return emit(ctx, i, k + 1, "duration", value);
}
function vagueDuration(ctx, i) {
  const t = ctx.toks[i + 1];
  if (!PLURAL_TIME_UNITS.has(t.lc)) return -1;
  return emit(ctx, i + 1, i + 2, "duration", { vague: true, unit: TIME_UNITS.get(t.lc), display: `${t.lc} (vague)` });
}

// server/src/core/numbers/measures.ts
function measure(ctx, num, value, j, start, glued) {
  const toks = ctx.toks;
  let k = j;
  let compound = false;
  if ((toks[k].t === "-" || toks[k].t === "\u2013") && !toks[k].sp && toks[k + 1].k === 0 /* Word */ && !toks[k + 1].sp) {
    k++;
    compound = true;
  }
  const unitTok = toks[k];
  const timeUnit = TIME_UNITS.get(unitTok.lc);
  if (timeUnit && (compound || !glued)) {
    let end = k + 1;
    value.unit = timeUnit;
    const old = compound ? toks[end].t === "-" && !toks[end].sp && toks[end + 1].lc === "old" && !toks[end + 1].sp : toks[end].lc === "old";
    if (old && !compound && (num.scale > 1 || num.value > 125)) {
      value.display = durationDisplay(value, timeUnit);
      return emit(ctx, start, end, "duration", value);
    }
    if (old) {
      end += compound ? 2 : 1;
      const isAge = !compound || headIsPerson(ctx, end, timeUnit);
      value.display = durationDisplay(value, timeUnit);
      return emit(ctx, start, end, isAge ? "age" : "duration", value);
    }
    if (!compound && toks[end].lc === "ago") {
      return emit(ctx, start, end + 1, "date", agoValue(ctx, num.value, timeUnit, ctx.text.slice(toks[start].s, toks[end].e)));
    }
    value.display = durationDisplay(value, timeUnit);
    if (!compound && toks[end].lc === "and") {
      const n2 = parseNum(toks, end + 1);
      const u2 = n2 ? TIME_UNITS.get(toks[n2.end].lc) : void 0;
      if (n2 && u2) {
        value.display += ` ${n2.value} ${n2.value === 1 ? u2 : u2 + "s"}`;
        end = n2.end + 1;
      }
    }
    return emit(ctx, start, end, "duration", value);
  }
  if (toks[k].lc === "magnitude" && !num.word && num.value < 11) {
    value.unit = "magnitude";
    value.display = `magnitude ${amountText(value.value, value.high)}`;
    return emit(ctx, start, k + 1, "quantity", value);
  }
  const unit = matchUnit(toks, k, !compound && glued);
  if (unit && (!compound || unit.def.symbol !== "in")) {
    value.unit = unit.def.symbol;
    let end = unit.end;
    const pair = IMPERIAL_PAIRS.get(unit.def.symbol);
    const small = pair && value.high === void 0 && toks[end].k === 1 /* Num */ ? parseNum(toks, end) : void 0;
    const smallTok = small ? toks[small.end] : void 0;
    const smallEnd = !pair || !small || small.scale !== 1 || !smallTok ? -1 : pair.small === "in" && smallTok.lc === "in" && !smallTok.sp ? small.end + 1 : matchUnit(toks, small.end, !smallTok.sp)?.def.symbol === pair.small ? matchUnit(toks, small.end, !smallTok.sp).end : -1;
    if (pair && small && smallEnd > 0 && small.value < pair.per) {
      value.value = (value.value ?? 0) + small.value / pair.per;
      end = smallEnd;
    }
    value.display = quantityDisplay(value);
    if (pair && end !== unit.end) {
      const si = Math.round((value.value ?? 0) * pair.factor * 100) / 100;
      value.display = `${qualifierPrefix(value.qualifier)}${num.value} ${unit.def.symbol} ${small.value} ${pair.small} (\u2248 ${si} ${pair.si})`;
    }
    return emit(ctx, start, end, "quantity", value);
  }
  return -1;
}
function magnitudeAt(ctx, i) {
  const t = ctx.toks[i + 1];
  if (t.k !== 1 /* Num */) return -1;
  const n = parseNum(ctx.toks, i + 1);
  if (!n || n.scale !== 1 || n.value >= 11) return -1;
  return emit(ctx, i, n.end, "quantity", { value: n.value, unit: "magnitude", display: `magnitude ${amountText(n.value)}` });
}
var IMPERIAL_PAIRS = /* @__PURE__ */ new Map([
  ["ft", { small: "in", per: 12, factor: 0.3048, si: "m" }],
  ["lb", { small: "oz", per: 16, factor: 0.45359237, si: "kg" }]
]);

// server/src/core/numbers/recognize.ts
var TRIGGERS = /* @__PURE__ */ new Set([
  ...QUALIFIER_FIRST_WORDS,
  ...UNITS_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_MAGNITUDES.keys(),
  ...MONTHS.keys(),
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAYS.keys(),
  ...SEASONS,
  "a",
  "an",
  "half",
  "tens",
  "last",
  "next",
  "this",
  "yesterday",
  "today",
  "tomorrow",
  "tonight",
  "noon",
  "midnight",
  "early",
  "late",
  "mid",
  "the",
  "for",
  "within",
  "aged",
  "turns",
  "turned",
  "turning",
  "turn",
  "in",
  "between",
  "minus",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "hundredth",
  "rs",
  "magnitude"
]);
var METRE_NEXT = /* @__PURE__ */ new Set(["hurdles", "freestyle", "relay", "sprint", "final", "race", "dash"]);
function recognizeNumbers(text, sentences, options) {
  const out = [];
  const article = parseIso(options.articleDate);
  const dayFirst = options.dayFirst ?? true;
  let from = 0;
  let first = 0;
  while (first < sentences.length || sentences.length === 0 && from === 0) {
    let last = first;
    while (last < sentences.length - 1 && sentences[last].end - sentences[first].start < CHUNK_CHARS) last++;
    const to = last >= sentences.length - 1 ? text.length : sentences[last + 1].start;
    const chunk = sentences.slice(first, last + 1);
    const toks = lex(text, chunk, from, to);
    const ctx = { text, toks, n: toks.length - SENTINELS, sentences: chunk, article, dayFirst, out, future: /* @__PURE__ */ new Map() };
    for (let i = 0; i < ctx.n; ) {
      const r = matchAt(ctx, i);
      i = r > i ? r : i + 1;
    }
    if (sentences.length === 0) break;
    from = to;
    first = last + 1;
  }
  return out;
}
var CHUNK_CHARS = 16e3;
function matchAt(ctx, i) {
  const t = ctx.toks[i];
  if (t.k === 1 /* Num */) return numberAt(ctx, i, i, void 0, false);
  if (t.k === 2 /* Punct */) {
    if (t.t === "-" && t.sp && ctx.toks[i + 1].k === 1 /* Num */ && !ctx.toks[i + 1].sp) return numberAt(ctx, i, i, void 0, false);
    return matchCurrencyPrefix(ctx.toks, i) ? numberAt(ctx, i, i, void 0, false) : -1;
  }
  if (t.k !== 0 /* Word */) return -1;
  const lc = t.lc;
  if (!TRIGGERS.has(lc) && foldWord(lc) === void 0) {
    return matchCurrencyPrefix(ctx.toks, i) ? numberAt(ctx, i, i, void 0, false) : -1;
  }
  const glued = ctx.toks[i - 1]?.t === "-" && !t.sp;
  const q = glued ? void 0 : matchQualifier(ctx.toks, i);
  if (q && q.end === i + 1 && ctx.toks[i + 1].t === "-" && !ctx.toks[i + 1].sp && ctx.toks[i + 2].k === 1 /* Num */ && !ctx.toks[i + 2].sp) {
    return ctx.toks[i + 3].t === "s" && !ctx.toks[i + 3].sp ? i + 4 : i + 3;
  }
  if (q) {
    const r2 = afterQualifier(ctx, q.end, i, q.q, q.words[0]);
    if (r2 >= 0) return r2;
  }
  let r = matchTemporalWord(ctx, i, i, void 0);
  if (r >= 0) return r;
  switch (lc) {
    case "the":
      return theDuration(ctx, i);
    case "for":
    case "within":
      return vagueDuration(ctx, i);
    case "aged":
      return aged(ctx, i);
    case "turns":
    case "turned":
    case "turning":
    case "turn":
      return turnsAge(ctx, i);
    case "in":
      return decadeOfLife(ctx, i);
    case "between":
      return numberAt(ctx, i + 1, i, void 0, true);
    case "magnitude":
      return magnitudeAt(ctx, i);
  }
  r = ordinalWordAt(ctx, i);
  if (r >= 0) return r;
  return numberAt(ctx, i, i, void 0, false);
}
function afterQualifier(ctx, j, start, q, qWord) {
  const t = ctx.toks[j];
  const timeWord = t.lc === "noon" || t.lc === "midnight";
  if (timeWord) return matchTemporalWord(ctx, j, start, q);
  if ((qWord === "over" || qWord === "under") && !TIME_COMPARISON_PREV.has(ctx.toks[start - 1]?.lc ?? "")) {
    if (t.lc === "a" || t.lc === "an" || t.lc === "the") return -1;
    const n = parseNumRange(ctx.toks, j, false, false);
    if (n && TIME_UNITS.has(ctx.toks[n.end].lc)) return -1;
  }
  if (qWord === "some" && t.k !== 1 /* Num */ && !UNITS_WORDS.has(t.lc) && !TENS_WORDS.has(t.lc) && t.lc !== "half") return -1;
  return numberAt(ctx, j, start, q, false);
}
function inName(ctx, i, start) {
  const toks = ctx.toks;
  const t = toks[i];
  const prev = toks[i - 1];
  if (prev && !t.sp && prev.k === 0 /* Word */) return true;
  if (prev && !t.sp && prev.t === "-" && !prev.sp) {
    const w = toks[i - 2];
    if (w && w.k === 0 /* Word */ && (w.cap || w.t === w.t.toUpperCase())) return true;
  }
  const next = toks[i + 1];
  const w2 = toks[i + 2];
  if (next.t === "-" && !next.sp && w2.k === 0 /* Word */ && !w2.sp && w2.cap && !TIME_UNITS.has(w2.lc) && !matchUnit(toks, i + 2, false) && w2.lc !== "magnitude") return true;
  if (next.k === 0 /* Word */ && !next.sp) {
    const lc = next.lc;
    const known = matchUnit(toks, i + 1, true) || lc === "am" || lc === "pm" || lc === "s" || lc === "p" || next.t === "pc" || lc === "st" || lc === "nd" || lc === "rd" || lc === "th" || next.t === lc && ["m", "bn", "k", "b", "mn", "tn", "trn"].includes(lc);
    if (!known) return true;
  }
  const score2 = (next.t === "-" || next.t === "\u2013") && !next.sp && toks[i + 2].k === 1 /* Num */ && !toks[i + 2].sp;
  if (start === i && prev && prev.sp !== void 0 && isNamePrefix(prev) && t.sp && !score2) return true;
  const labelAt = (w) => !!w && w.k === 0 /* Word */ && !w.cap && LABEL_WORDS.has(w.lc);
  const secondLabel = !!prev && (prev.lc === "and" || prev.lc === "to" || prev.lc === "or" || prev.t === ",") && toks[i - 2]?.k === 1 /* Num */ && labelAt(toks[i - 3]);
  if (start === i && (labelAt(prev) || secondLabel) && t.sp && !score2 && /^\d{1,4}$/.test(t.t) && next.t !== "%" && !(next.k === 0 /* Word */ && followedByMeasure(ctx, i + 1))) return true;
  if (/^\d{1,4}$/.test(t.t) && isHouseNumber(toks, i)) return true;
  return false;
}
function numberAt(ctx, i, start, q, between) {
  const toks = ctx.toks;
  const cur = matchCurrencyPrefix(toks, i);
  let j = cur ? cur.end : i;
  let neg = false;
  if (toks[j].lc === "minus" || toks[j].t === "-" && toks[j + 1].k === 1 /* Num */ && !toks[j + 1].sp) {
    if (toks[j + 1].k !== 1 /* Num */) return -1;
    neg = true;
    j++;
  }
  const t = toks[j];
  if (t.k === 1 /* Num */ && !cur && !neg) {
    if (!q && !between && inName(ctx, j, start)) return j + 1;
    if (isListMarker(toks, j)) return j + 1;
    if (!q && !between && isPhoneNumber(ctx, j)) return j + 1;
    const slash = slashPair(ctx, j);
    if (slash >= 0) return slash;
    const decade = /^\d0$/.test(t.t) ? decadeAt(ctx, j) : void 0;
    if (decade) return emit(ctx, start === j ? j - 1 : start, decade.end, "date", decade.v);
    const race = raceTimeAt(ctx, j, start, q);
    if (race >= 0) return race;
    const r = matchTemporalNumber(ctx, j, start, q);
    if (r >= 0) return r;
    const century = centuryAt(ctx, j);
    if (century) return emit(ctx, start, century.end, "date", century.v);
    const ord = toks[j + 1];
    if (!ord.sp && /^(st|nd|rd|th)$/.test(ord.lc) && /^\d+$/.test(t.t) && ordinalSuffixOk(Number(t.t), ord.lc)) {
      const after2 = toks[j + 2];
      if (after2.k === 0 /* Word */ && after2.cap && !MONTHS.has(after2.lc) && ordinalInName(ctx, j + 2)) return j + 2;
      const n = Number(t.t);
      return emit(ctx, start, j + 2, "ordinal", { value: n, display: ordinalText(n) });
    }
    if (!q && !between && isApposedAge(ctx, j)) {
      return emit(ctx, start, j + 1, "age", { value: Number(t.t), unit: "year", display: `${t.t} years` });
    }
    if (/^\d{4}$/.test(t.t) && !followedByMeasure(ctx, j + 1)) {
      if (between) return -1;
      const y = matchYear(ctx, j, start, q);
      if (y >= 0) return y;
    }
  }
  if (t.k === 0 /* Word */) {
    if ((t.lc === "a" || t.lc === "an") && TIME_UNITS.has(toks[j + 1].lc)) return aTimeUnit(ctx, j, start, q);
    if (t.cap && !t.first && (UNITS_WORDS.has(t.lc) || TENS_WORDS.has(t.lc))) return j + 1;
    if ((UNITS_WORDS.has(t.lc) || TENS_WORDS.has(t.lc)) && toks[j + 1].t === ",") {
      const p = toks[j - 1];
      if (t.first || !p || p.t === ";" || p.t === ":") return j + 1;
    }
  }
  const prevLc = toks[start - 1]?.lc ?? "";
  const noTo = prevLc === "from" || prevLc === "by";
  let num = parseNumRange(toks, j, between, noTo);
  if (!num) return -1;
  if (!noTo && !between && CHANGE_WORDS.has(prevLc) && num.high !== void 0 && num.high > CHANGE_LEVEL_RATIO * num.value) {
    const single = parseNumRange(toks, j, false, true);
    if (single && toks[single.end].lc === "to") num = single;
  }
  if (neg) num.value = -num.value;
  return classify2(ctx, num, j, start, q, cur, between);
}
function followedByMeasure(ctx, j) {
  const t = ctx.toks[j];
  if (t.t === "%" || t.k !== 0 /* Word */) return false;
  if (SCALE_WORDS.has(t.lc) || t.lc === "percent" || t.lc === "per") return true;
  return !!matchUnit(ctx.toks, j, !t.sp) || !!matchCurrencySuffix(ctx.toks, j, false, !t.sp) || TIME_UNITS.has(t.lc);
}
function classify2(ctx, num, numStart, start, q, cur, between) {
  const toks = ctx.toks;
  let j = num.end;
  const value = { value: num.value, display: "" };
  if (num.high !== void 0) value.high = num.high;
  if (q) value.qualifier = q;
  if (num.vague) value.vague = true;
  let scaled = num.scale > 1;
  if (num.mSuffix) {
    const after2 = toks[j + 1];
    const million = !!cur || after2.lc === "of" || after2.k === 0 /* Word */ && isPluralNoun(after2.lc) && !METRE_NEXT.has(after2.lc) || !!matchUnit(toks, j + 1, false) || !!matchCurrencySuffix(toks, j + 1, true, false);
    if (million) {
      value.value = num.value * 1e6;
      if (value.high !== void 0) value.high *= 1e6;
      scaled = true;
      j++;
    }
  }
  let type = "cardinal";
  let counted;
  const next = toks[j];
  const glued = !next.sp;
  if (cur) {
    type = "money";
    value.currency = cur.currency;
  } else if (next.t === "%" || next.lc === "percent" || next.lc === "pct" || next.t === "pc" || next.lc === "per" && toks[j + 1].lc === "cent") {
    type = "percent";
    value.unit = "%";
    j += next.lc === "per" ? 2 : 1;
  } else if (next.lc === "percentage" && /^points?$/.test(toks[j + 1].lc)) {
    type = "percent";
    value.unit = "percentage points";
    j += 2;
  } else if (next.lc === "basis" && /^points?$/.test(toks[j + 1].lc)) {
    type = "percent";
    value.unit = "basis points";
    j += 2;
  } else if (num.vague && next.lc === "of" && matchCurrencySuffix(toks, j + 1, true, false)) {
    const money = matchCurrencySuffix(toks, j + 1, true, false);
    type = "money";
    value.currency = money.currency;
    j = money.end;
  } else {
    const money = matchCurrencySuffix(toks, j, scaled, glued);
    if (money) {
      type = "money";
      value.currency = money.currency;
      if (money.factor !== 1) {
        value.value = (value.value ?? 0) * money.factor;
        if (value.high !== void 0) value.high *= money.factor;
      }
      j = money.end;
    } else {
      const idx2 = ctx.out.length;
      const r = measure(ctx, num, value, j, start, glued);
      if (r >= 0 && ctx.out.length === idx2 + 1 && ctx.out[idx2].type === "quantity") return mergeRange(ctx, idx2, start, r, "quantity", between);
      if (r >= 0) return r;
    }
  }
  if (num.halfPending) return -1;
  if (type === "cardinal") {
    const inTok = toks[j];
    let ratio = false;
    if (inTok.lc === "in" && num.int && num.high === void 0) {
      const d = parseNum(toks, j + 1);
      if (d && d.int && d.value > num.value && d.value <= 1e3 && !/^\d{4}$/.test(toks[j + 1].t)) {
        j = d.end;
        ratio = true;
        value.display = `${qualifierPrefix(q)}${amountText(num.value)} in ${amountText(d.value)}`;
      }
    }
    if (num.isOne && !ratio && !oneIsCount(toks, numStart, !!q)) return -1;
    counted = countedPhrase(toks, j, num.value === 1 && num.high === void 0, !!num.vague || !!num.fraction);
    if (!value.display) {
      if (num.score) value.display = `${num.value}\u2013${num.high} (score or vote)`;
      else if (num.fraction) value.display = `${qualifierPrefix(q)}${ctx.text.slice(toks[numStart].s, toks[num.end - 1].e).toLowerCase()} (${Number(num.value.toFixed(2))})`;
      else if (num.vague) value.display = `${qualifierPrefix(q)}${ctx.text.slice(toks[numStart].s, toks[num.end - 1].e).toLowerCase()} (vague, order of ${amountText(num.value)})`;
      else value.display = plainDisplay(value);
    }
  } else if (type === "money") {
    value.display = moneyDisplay(value);
  } else {
    value.display = percentDisplay(value);
  }
  const idx = ctx.out.length;
  const end = emit(ctx, start, j, type, value, counted);
  if (type !== "cardinal") return mergeRange(ctx, idx, start, end, type, between);
  return end;
}
function mergeRange(ctx, idx, startTok, end, type, between) {
  const toks = ctx.toks;
  const j = toks[end];
  const ok = between ? j.lc === "and" : j.lc === "to" || (j.t === "-" || j.t === "\u2013") && !j.sp;
  const before1 = toks[startTok - 1]?.lc;
  if (!ok || before1 === "from" || !between && before1 === "by") return end;
  const change = !between && CHANGE_WORDS.has(before1 ?? "");
  const before = ctx.out.length;
  const r = numberAt(ctx, end + 1, end + 1, void 0, false);
  if (r < 0 || ctx.out.length !== before + 1) return r < 0 ? end : r;
  const a = ctx.out[idx];
  const b = ctx.out[before];
  if (b.type !== type || b.value.unit !== a.value.unit || b.value.currency !== a.value.currency) return r;
  if (b.value.value === void 0 || (a.value.value ?? 0) >= b.value.value) return r;
  if (change && b.value.value > CHANGE_LEVEL_RATIO * (a.value.value ?? 0)) return r;
  ctx.out.pop();
  a.value.high = b.value.value;
  a.end = b.end;
  a.text = ctx.text.slice(a.start, a.end);
  a.value.display = type === "quantity" ? quantityDisplay(a.value) : `${a.value.display} \u2013 ${b.value.display}`;
  return r;
}
function ordinalWordAt(ctx, i) {
  const toks = ctx.toks;
  const t = toks[i];
  const century = t.cap && !t.first ? void 0 : centuryAt(ctx, i);
  if (century) return emit(ctx, i, century.end, "date", century.v);
  let n = ordinalWord(t.lc);
  let end = i + 1;
  if (n === void 0) {
    const tens = TENS_WORDS.get(t.lc);
    if (tens === void 0 || toks[i + 1].t !== "-" || toks[i + 1].sp || toks[i + 2].sp) return -1;
    const u = ordinalWord(toks[i + 2].lc);
    if (u === void 0 || u > 9) return -1;
    n = tens + u;
    end = i + 3;
  }
  const next = toks[end];
  if (t.cap && (!t.first || next.k === 0 /* Word */ && next.cap)) return end;
  if (t.first && next.t === ",") return end;
  if (toks[i - 1]?.lc === "at" && t.lc === "first") return end;
  if (next.t === "-" && !next.sp && ORDINAL_COMPOUNDS.has(toks[end + 1].lc)) return end;
  return emit(ctx, i, end, "ordinal", { value: n, display: ordinalText(n) });
}
function isPhoneNumber(ctx, j) {
  const prev = ctx.toks[j - 1];
  if (!prev || !PHONE_VERBS.has(prev.lc) || !/^\d{3,}$/.test(ctx.toks[j].t)) return false;
  const next = ctx.toks[j + 1];
  return !(next.k === 0 /* Word */ && (isPluralNoun(next.lc) || followedByMeasure(ctx, j + 1)));
}
function slashPair(ctx, j) {
  const toks = ctx.toks;
  const sl = toks[j + 1];
  const b = toks[j + 2];
  if (sl.t !== "/" || sl.sp || b.sp || b.k !== 1 /* Num */ || !/^\d{1,2}$/.test(toks[j].t) || !/^\d{1,2}$/.test(b.t)) return -1;
  if (toks[j + 3].t === "/" && !toks[j + 3].sp) return -1;
  return j + 3;
}
function ordinalInName(ctx, k) {
  const w = ctx.toks[k];
  if (ORDINAL_NAME_HEADS.has(w.lc)) return true;
  const n = ctx.toks[k + 1];
  return n.k === 0 /* Word */ && n.cap && !w.first;
}
var ORDINAL_COMPOUNDS = /* @__PURE__ */ new Set([
  "hand",
  "time",
  "timer",
  "timers",
  "class",
  "party",
  "rate",
  "string",
  "degree",
  "person",
  "guess",
  "guessing",
  "generation"
]);

// server/src/core/numbers/dateline.ts
var PLACE = String.raw`(?:[A-Z][A-Z.'’-]*(?:[ -][A-Z][A-Z.'’-]*)*|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)`;
var REGION = String.raw`(?:,\s*[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*)*)?`;
var MONTH_DAY = new RegExp(String.raw`^\s*${PLACE}${REGION},\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s`, "m");
var DAY_MONTH = new RegExp(String.raw`^\s*${PLACE}${REGION},\s+(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s`, "m");
function monthOf(name) {
  const lc = name.toLowerCase();
  return MONTHS.get(lc) ?? MONTH_ABBREVIATIONS.get(lc);
}
function datelineDate(text, today) {
  const head = text.slice(0, 3e3);
  const full = fullDateLine(head);
  if (full) return { date: full, yearInferred: false };
  let m;
  let d;
  const md = MONTH_DAY.exec(head);
  const dm = DAY_MONTH.exec(head);
  if (md && (!dm || md.index <= dm.index)) {
    m = monthOf(md[1]);
    d = Number(md[2]);
  } else if (dm) {
    m = monthOf(dm[2]);
    d = Number(dm[1]);
  }
  if (m === void 0 || d === void 0 || !validDate(2e3, m, d)) return void 0;
  const y = yearFromText(text, m, d) ?? yearFromToday(m, d, today);
  if (y === void 0 || !validDate(y, m, d)) return void 0;
  return { date: isoDay({ y, m, d }), yearInferred: true };
}
function yearFromText(text, m, d) {
  const re = /\b(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4}))\b/g;
  let r;
  while ((r = re.exec(text)) !== null) {
    const month = monthOf(r[1] ?? r[5]);
    const day = Number(r[2] ?? r[4]);
    if (month === m && day === d) return Number(r[3] ?? r[6]);
  }
  return void 0;
}
function yearFromToday(m, d, today) {
  const t = parseIso(today);
  if (!t) return void 0;
  for (let y = t.y; y >= t.y - 1; y--) {
    if (validDate(y, m, d) && toDays({ y, m, d }) <= toDays(t)) return y;
  }
  for (let y = t.y - 2; y >= t.y - 8; y--) if (validDate(y, m, d)) return y;
  return void 0;
}
function fullDateLine(head) {
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 8);
  for (const line of lines) {
    const sep = /\s(?:-{1,2}|–|—)\s/.exec(line);
    if (sep && new RegExp(String.raw`^\s*${PLACE}${REGION},\s+\S`).test(line)) {
      const date2 = findDatelineDate(line.slice(0, sep.index));
      if (date2) return date2;
    }
    const date = findDatelineDate(line);
    if (!date) continue;
    const rest = line.replace(/\b(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4})\b/, " ");
    if ((rest.match(/\p{L}+/gu) ?? []).length <= 5) return date;
  }
  return void 0;
}

// server/src/core/claims/words.ts
function letterOrNumberAt(text, i) {
  return lengthIfClass(text, i, LETTER | NUMBER);
}
function numberAt2(text, i) {
  return lengthIfClass(text, i, NUMBER);
}
function thousandsCommaAt(text, i) {
  let p = i + 1;
  for (let k = 0; k < 3; k++) {
    const len = numberAt2(text, p);
    if (len === 0) return false;
    p += len;
  }
  return true;
}
function wordEnd2(text, i, len) {
  let p = i + len;
  let lastIsNumber = numberAt2(text, i) > 0;
  for (; ; ) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (c >= 97 && c <= 122 || c >= 65 && c <= 90) lastIsNumber = false;
      else if (c >= 48 && c <= 57) lastIsNumber = true;
      else if (c === 38 || (c === 39 || c === 46 || c === 45) && letterOrNumberAt(text, p + 1) > 0) lastIsNumber = false;
      else if (c === 44 && lastIsNumber && thousandsCommaAt(text, p)) lastIsNumber = false;
      else return p;
      p++;
      continue;
    }
    const ln = letterOrNumberAt(text, p);
    if (ln > 0) {
      lastIsNumber = numberAt2(text, p) > 0;
      p += ln;
    } else if (c === 8217 && letterOrNumberAt(text, p + 1) > 0) {
      lastIsNumber = false;
      p++;
    } else {
      return p;
    }
  }
}
function punctOf(c) {
  switch (c) {
    case 44:
      return ",";
    case 59:
      return ";";
    case 58:
      return ":";
    case 40:
      return "(";
    case 41:
      return ")";
    case 8212:
    case 8211:
      return "-";
    // — –
    case 34:
    case 8220:
    case 8221:
    case 171:
    case 187:
      return "Q";
    // " “ ” « »
    default:
      return void 0;
  }
}
function wordsOf(text, start, end) {
  const out = [];
  const n = text.length;
  let p = start;
  if (isTrailSurrogate(text.charCodeAt(p)) && isLeadSurrogate(text.charCodeAt(p - 1))) p--;
  while (p < n) {
    const c = text.charCodeAt(p);
    let e = -1;
    let punct = "";
    const ln = letterOrNumberAt(text, p);
    if (ln > 0) e = wordEnd2(text, p, ln);
    else if (c === 45 && text.charCodeAt(p + 1) === 45) {
      e = p + 2;
      punct = "-";
    } else if ((c === 96 || c === 39) && text.charCodeAt(p + 1) === c) {
      e = p + 2;
      punct = "Q";
    } else {
      const single = punctOf(c);
      if (single !== void 0) {
        e = p + 1;
        punct = single;
      }
    }
    if (e < 0) {
      p += codePointLength(text, p, text.length);
      continue;
    }
    if (e > end) break;
    const t = text.slice(p, e);
    let lower3 = t;
    if (punct === "") {
      lower3 = t.toLowerCase();
      if (lower3.indexOf("\u2019") >= 0) lower3 = lower3.replace(/’/g, "'");
    }
    out.push({ text: t, lower: lower3, start: p, end: e, punct, pos: "", chunk: "" });
    p = e;
  }
  return out;
}
function isLeadSurrogate(c) {
  return c >= 55296 && c <= 56319;
}
function isTrailSurrogate(c) {
  return c >= 56320 && c <= 57343;
}
function isCapitalized(w) {
  if (w.punct !== "") return false;
  const c = w.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(w.text);
}
var UPPER_FIRST = /^\p{Lu}/u;
function set(s) {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}
var DETERMINERS = set("the a an this that these those its his her their our my your some any each every no");
var PRONOUNS = set("he she they it we i");
var AUX_ADVERBS = set(
  "has have had also previously later earlier again further then would will could did does do not never has_also once repeatedly recently separately subsequently initially originally first last publicly privately told_reporters already just only still often always frequently"
);
var TIME_WORDS = set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow morning afternoon evening night week month year weekend earlier later recently now january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec last this next on late early"
);
var CLAUSE_WORDS = set(
  "that which who whom whose when while because although though if unless since as so where whereas after before until than but or nor yet whether"
);
var COMMON_VERBS = set(
  "is are was were be been being am has have had do does did will would can could shall should may might must isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't shouldn't wouldn't haven't hasn't it's that's he's she's they're we're i'm you're there's i've we've they've i'll we'll you'll go goes went gone come comes came get gets got make makes made take takes took know knows knew think thinks thought want wants need needs see sees saw look looks feel feels felt love loves hate hates like likes stop stops keep keeps let lets say says said tell tells give gives find finds leave leaves work works win wins lose loses run runs try tries help helps mean means matter matters fail fails happen happens believe believes hope hopes fight fights pay pays live lives die dies kill kills hurt hurts move moves change changes wait stand stands"
);

// server/src/core/claims/quotes.ts
function findQuotations(plain, paragraphs) {
  const quotes = [];
  const checked = paragraphs.filter((p) => p.role === "body");
  const re = /``|''|["“”]/g;
  let ahead;
  let aheadFrom = 0;
  checked.forEach((p, k) => {
    let open;
    const push2 = (end, innerEnd) => {
      if (!open) return;
      const inner = plain.slice(open.at + open.len, innerEnd);
      quotes.push({
        start: open.at,
        end,
        innerStart: open.at + open.len,
        innerEnd,
        words: countWords(inner),
        isClaim: isQuotationClaim(inner),
        attribution: -1,
        paragraph: p.index,
        unbalanced: false
      });
    };
    let m;
    if (ahead !== void 0 && aheadFrom <= p.start && (ahead === null || ahead.index >= p.start)) {
      m = ahead;
      if (m !== null) re.lastIndex = m.index + m[0].length;
    } else {
      re.lastIndex = p.start;
      aheadFrom = p.start;
      m = re.exec(plain);
    }
    for (; m !== null && m.index < p.end; aheadFrom = re.lastIndex, m = re.exec(plain)) {
      const mark = m[0];
      const at = m.index;
      const shape = markShape(plain, at, mark, p.start, p.end);
      if (!open) {
        if (shape === "close") continue;
        open = { at, len: mark.length, mark };
        continue;
      }
      const sameFamily = open.mark === "\u201C" ? mark === "\u201C" || mark === "\u201D" : open.mark === "``" ? mark === "``" || mark === "''" : mark === '"';
      if (!sameFamily) continue;
      if (shape === "open") {
        let e = at;
        while (e > open.at + open.len && /\s/.test(plain[e - 1])) e--;
        push2(e, e);
        open = { at, len: mark.length, mark };
        continue;
      }
      push2(at + mark.length, at);
      open = void 0;
    }
    ahead = m;
    if (open) {
      const next = checked[k + 1];
      const continues = next !== void 0 && /^\s*(?:["“]|``)/.test(plain.slice(next.start, next.end));
      push2(p.end, p.end);
      quotes[quotes.length - 1].unbalanced = !continues;
    }
  });
  return quotes;
}
function markShape(plain, at, mark, start, end) {
  if (mark === "\u201C" || mark === "``") return "open";
  if (mark === "\u201D" || mark === "''") return "close";
  const before = at > start ? plain[at - 1] : " ";
  const after2 = at + 1 < end ? plain[at + 1] : " ";
  const spaceBefore = /[\s([\[{\u2014\u2013/-]/.test(before);
  const spaceAfter = /\s/.test(after2);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && (spaceAfter || /[.,;:!?)\]\u2014\u2013'’-]/.test(after2))) return "close";
  return "either";
}
function unbalancedQuoteDiagnostics(quotes) {
  return quotes.filter((q) => q.unbalanced).map((q) => ({
    code: "unbalanced-quote",
    severity: "warning",
    start: q.start,
    end: q.innerStart,
    message: "Unbalanced quotation mark: this quotation never closes in its paragraph. Add the closing mark, or open the next paragraph with a quotation mark if the quote continues.",
    related: []
  }));
}
function isQuotationClaim(inner) {
  const words2 = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words2.length <= 6 && !/[.!?,;:]\s*$/.test(inner.trim()) && words2.every((w, k) => /^\p{Lu}/u.test(w) || k > 0 && /^(?:a|an|the|of|to|in|on|and|or|for|at|by|with|from)$/.test(w)) && words2.length > 1) return false;
  if (words2.length >= 4) return true;
  if (words2.length < 2) return false;
  return words2.some((w, k) => {
    const lower3 = w.toLowerCase().replace(/’/g, "'");
    if (COMMON_VERBS.has(lower3)) return true;
    if (k === 0 && /^(?:i|we|you|he|she|they|it|nobody|everybody|everyone|someone|somebody|nothing|everything|no-one|this|that|these|those|who|what)$/.test(lower3)) return true;
    if (k === 0 && /^(?:it|them|us|me|him|her|yourselves|yourself)$/i.test(words2[1] ?? "")) return true;
    if (k === 1 && /^\p{Ll}[\p{Ll}-]{2,}ed$/u.test(w) && !/^(?:the|a|an|this|that|its|his|her|their|our|my|so|very|too|much)$/i.test(words2[0] ?? "")) return true;
    const last = k === words2.length - 1;
    return last && k > 0 && /^\p{Ll}[\p{Ll}-]{2,}(?:ing|ed)$/u.test(w);
  });
}
function countWords(s) {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

// server/src/core/claims/mentionLookup.ts
var sortedCache = /* @__PURE__ */ new WeakMap();
var MAX_NAME = 300;
function sorted(mentions) {
  let s = sortedCache.get(mentions);
  if (s === void 0) {
    let ok = true;
    for (let i = 1; i < mentions.length && ok; i++) ok = mentions[i - 1].start <= mentions[i].start;
    s = ok ? mentions : [...mentions].sort((a, b) => a.start - b.start);
    sortedCache.set(mentions, s);
  }
  return s;
}
function lowerBound(list, offset) {
  return partitionPoint(list.length, (i) => list[i].start < offset);
}
function mentionsWithin(mentions, start, end) {
  const list = sorted(mentions);
  const out = [];
  for (let i = lowerBound(list, start); i < list.length && list[i].start < end; i++) {
    if (list[i].end <= end) out.push(list[i]);
  }
  return out;
}
function mentionsCovering(mentions, start, end) {
  const list = sorted(mentions);
  const out = [];
  for (let i = lowerBound(list, Math.max(0, start - MAX_NAME)); i < list.length && list[i].start <= start; i++) {
    if (list[i].end >= end) out.push(list[i]);
  }
  return out;
}
function mentionCovering(mentions, start, end) {
  return mentionsCovering(mentions, start, end)[0];
}

// server/src/core/claims/sources.ts
function set2(s) {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}
var ROLE_NOUNS2 = set2(
  "official officials spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives source sources analyst analysts expert experts critic critics diplomat diplomats observer observers insider insiders aide aides adviser advisers advisor advisors person people man men woman women resident residents witness witnesses employee employees worker workers member members officer officers agent agents trooper troopers attorney attorneys lawyer lawyers prosecutor prosecutors investigator investigators economist economists researcher researchers scientist scientists doctor doctors nurse nurses teacher teachers student students parent parents neighbour neighbours neighbor neighbors friend friends relative relatives executive executives manager managers leader leaders organiser organisers organizer organizers activist activists campaigner campaigners protester protesters protestor protestors supporter supporters opponent opponents voter voters citizen citizens fan fans player players coach coaches sheriff mayor governor judge judges chief chiefs commander commanders minister ministers president chairman chairwoman chair ceo founder owner owners authorities lawmakers legislators senators politicians bloggers traders investors dealers bankers brokers sources_close engineer engineers inspector inspectors detective detectives firefighters paramedics medics soldiers troops pilot pilots driver drivers passenger passengers victim victims survivor survivors guard guards clerk director directors secretary insiders staffers staffer consultant consultants planners planner negotiators negotiator mediator mediators observers commentators commentator pundits pundit strategists strategist radiomen radioman someone somebody others many most several barrister barristers solicitor solicitors counsel deputy deputies groups forecasters meteorologists residents locals bystanders onlookers villagers shoppers commuters staff_member colleague colleagues associate associates ally allies confidant confidants family relatives spokespersons physician physicians surgeon surgeons paramedic gp gps pharmacist pharmacists midwife midwives psychologist psychologists psychiatrist psychiatrists epidemiologist epidemiologists professor professors academic academics historian historians lecturer lecturers headteacher headteachers principal principals pupil pupils farmer farmers fisherman fishermen landlord landlords tenant tenants shopkeeper shopkeepers accountant accountants auditor auditors architect architects councillor councillors councilor councilors mp mps lawmaker legislator senator politician banker trader investor dealer broker regulator regulators contractor contractors developer developers official_s insiders participants participant delegate delegates envoy envoys emissary ambassador ambassadors attendee attendees fan_s users user customers customer patients patient survivors employees_s unionists organisers observers monitors wife husband son daughter mother father brother sister partner widow widower fiance fiancee grandson granddaughter niece nephew cousin uncle aunt"
);
var INSTITUTION_NOUNS = set2(
  "military army navy airforce government ministry department agency police council court company firm bank board committee commission office command force forces service administration parliament congress senate house regulator union party club team league federation association university hospital school district city county state institute bureau authority exchange group corporation business campaign cabinet presidency kremlin embassy consulate municipality prosecution defence defense coalition alliance organisation organization foundation charity network channel newspaper agency operator utility insurer lender retailer manufacturer carrier airline developer startup studio publisher staff headquarters secretariat tribunal jury"
);
var DOCUMENT_NOUNS = set2(
  "statement report reports letter letters document documents filing filings data figures statistics survey study studies poll polls records record release website announcement memo analysis note notes census estimate estimates tally count results findings complaint indictment ruling affidavit lawsuit transcript minutes budget forecast review audit portal register registry database tracker dashboard index tally papers paper accounts filings disclosure disclosures book books biography memoir"
);
var QUANTIFIERS = set2("one two three four five six seven eight nine ten some many most several all none few each both");
var PREPOSITIONS = set2("of at for from with in on to by close familiar within inside near among who which that whose");
function classifySource(span3, ctx) {
  const words2 = wordsOf(ctx.plain, span3.start, span3.end).filter((w) => w.punct !== "Q" && w.punct !== "(" && w.punct !== ")");
  const segments = [[]];
  for (const w of words2) {
    if (w.punct === "," || w.punct === "-" || w.punct === ";") segments.push([]);
    else if (w.punct === "") segments[segments.length - 1].push(w);
  }
  for (const seg of segments) {
    if (seg.length > 2 && QUANTIFIERS.has(seg[0].lower) && seg[1].lower === "of") seg.splice(0, 2);
  }
  const cores = segments.filter((s) => s.length > 0).map((s) => coreOf(s));
  if (cores.length === 0) return { quality: "vague", personLike: false, plural: true };
  let firstRole;
  let institution;
  for (const { core, head, rest } of cores) {
    if (!head) continue;
    const lower3 = head.lower.replace(/'s$/, "");
    const headIsKnownNoun = ROLE_NOUNS2.has(lower3) || INSTITUTION_NOUNS.has(lower3) || DOCUMENT_NOUNS.has(lower3);
    if (isCapitalized(head) && !headIsKnownNoun && !(head.lower === "it" || head.lower === "they")) {
      if (isGroupName(head, ctx.mentions)) {
        if (core.length === 2 && core[0].lower === "the" && /s$/.test(head.lower)) return { quality: "named", personLike: false, plural: true };
        firstRole ??= { head, core };
        continue;
      }
      const personLike = isPersonName(core, head, ctx.mentions);
      return { quality: "named", personLike, plural: false };
    }
    if (ROLE_NOUNS2.has(lower3)) {
      firstRole ??= { head, core };
      continue;
    }
    institution ??= { head, core, rest };
  }
  if (institution) {
    const { head, core, rest } = institution;
    const lower3 = head.lower;
    const determiner = core[0]?.lower ?? "";
    const possessive = core.some((w) => /['’]s$/.test(w.text) || ["its", "his", "her", "their", "our"].includes(w.lower));
    const properModifier = core.slice(0, -1).some((w, k) => isCapitalized(w) && !isGroupName(w, ctx.mentions) && !(k === 0 && DETERMINERS.has(w.lower)) && !(k === 0 && startsSentence2(w, ctx) && !inNameMention(w, ctx.mentions)));
    const namedPP = rest.some((w) => isCapitalized(w)) || /^(?:the|its|their)$/.test(rest[1]?.lower ?? "");
    const plural = /s$/.test(lower3) && !/ss$/.test(lower3);
    const bodyModifier = core.slice(0, -1).some((w) => INSTITUTION_NOUNS.has(w.lower));
    const identifiedDocument = DOCUMENT_NOUNS.has(lower3) && (rest.length >= 1 || core.length >= 3);
    if (determiner === "the" || possessive || properModifier || namedPP || bodyModifier || identifiedDocument || lower3 === "police" || isCapitalized(head)) {
      return { quality: "named", personLike: false, plural };
    }
  }
  if (firstRole && mentionsWithin(ctx.mentions, span3.start, span3.end).some((m) => namesTheSource(m, ctx.plain))) {
    return { quality: "named", personLike: true, plural: false };
  }
  if (firstRole && /\b(?:polled|surveyed|interviewed|questioned)\s+by\s+\p{Lu}/u.test(ctx.plain.slice(span3.start, span3.end))) {
    return { quality: "named", personLike: false, plural: true };
  }
  if (firstRole) {
    const { head, core } = firstRole;
    const plural = /s$/.test(head.lower) || /men$|people$/.test(head.lower);
    const definite = core[0]?.lower === "the" && !plural;
    if (definite && namedEarlier(head.lower, ctx)) return { quality: "named", personLike: true, plural: false };
    if (definite && OFFICES.has(head.lower) && mentionsWithin(ctx.mentions, 0, ctx.sentenceStart).some((m) => m.type === "person")) {
      return { quality: "named", personLike: true, plural: false };
    }
    return { quality: "vague", personLike: !plural, plural };
  }
  return { quality: "vague", personLike: false, plural: false };
}
var OFFICES = new Set("minister chancellor president premier governor mayor secretary pope king queen chairman chairwoman".split(" "));
function namesTheSource(m, plain) {
  if (m.type !== "person" || !/^\p{Lu}/u.test(m.text)) return false;
  if (/^['’]s?\b/u.test(plain.slice(m.end, m.end + 2))) return false;
  if (/\b(?:of|for|to|at|from|by|with|about)\s+$/i.test(plain.slice(Math.max(0, m.start - 6), m.start))) return false;
  return /\s/.test(m.text.trim());
}
function startsSentence2(w, ctx) {
  return !/\S/.test(ctx.plain.slice(ctx.sentenceStart, w.start));
}
function inNameMention(w, mentions) {
  return mentionsCovering(mentions, w.start, w.end).some((m) => m.type === "person" || m.type === "organization");
}
function coreOf(seg) {
  let k = 0;
  while (k < seg.length && !(k > 0 && (PREPOSITIONS.has(seg[k].lower) || /^\p{Ll}+ing$/u.test(seg[k].text) && ROLE_NOUNS2.has(seg[k - 1].lower)))) k++;
  if (PREPOSITIONS.has(seg[0]?.lower ?? "") && seg[0].lower !== "the") k = seg.length;
  let core = seg.slice(0, k);
  const participle = (w, prev) => !ROLE_NOUNS2.has(w.lower) && !DOCUMENT_NOUNS.has(w.lower) && !INSTITUTION_NOUNS.has(w.lower) && (/^\p{Ll}+ed$/u.test(w.text) || /^\p{Ll}+ing$/u.test(w.text) && prev !== void 0 && (ROLE_NOUNS2.has(prev.lower) || /[^s]s$/.test(prev.lower)));
  while (core.length > 1 && participle(core[core.length - 1], core[core.length - 2])) core = core.slice(0, -1);
  while (core.length > 1 && TIME_WORDS.has(core[core.length - 1].lower)) core = core.slice(0, -1);
  return { core, head: core[core.length - 1], rest: seg.slice(core.length) };
}
var DEMONYM2 = /(?:ans|ians|ese|ish|is|crats|icans|ites|ists)$/;
function isGroupName(w, mentions) {
  const m = mentionCovering(mentions, w.start, w.end);
  if (m && m.type === "group") return /s$/.test(w.text) || true;
  if (m && (m.type === "person" || m.type === "organization")) return false;
  return DEMONYM2.test(w.lower) && /^\p{Lu}\p{Ll}+$/u.test(w.text);
}
var ORG_HEAD3 = /^(?:\p{Lu}{2,}|.*(?:Inc|Corp|Ltd|Co|Group|Ministry|Staff|Command|Office|Agency|Bank|Council|Court|Police|Party|Union|Reuters|Times|News|Post|Journal|Press|Service|Department|Institute|University|Association|Federation|Commission|Committee|Fund|Board|Authority|Army|Navy|Force|Forces|Government|Parliament|Congress|Senate|House|Club|FC|United|City|Company|Foundation|Trust|Network|Media|Airlines|Motors|Industries|Holdings|Partners|Capital|Systems|Energy|Health|Hospital|School|College|Centre|Center|Museum|Library|Exchange|Reserve|Group|League|Organisation|Organization))$/u;
function isPersonName(core, head, mentions) {
  const m = mentionCovering(mentions, head.start, head.end);
  if (m) {
    if (m.type === "person") return true;
    if (m.type === "organization") return false;
  }
  if (ORG_HEAD3.test(head.text)) return false;
  if (core[0]?.lower === "the") return false;
  return true;
}
function namedEarlier(role, ctx) {
  const { plain, sentenceStart: limit } = ctx;
  const len = role.length;
  for (const at of roleOccurrences(role, ctx)) {
    if (at + len > limit) break;
    if (roleNamedAt(plain, at, at + len, limit)) return true;
  }
  const tailFrom = Math.max(0, limit - len - 1);
  const tail = new RegExp(`\\b${role}$`, "iu").exec(plain.slice(tailFrom, limit));
  return tail !== null && roleNamedAt(plain, tailFrom + tail.index, limit, limit);
}
function roleNamedAt(plain, at, end, limit) {
  const after2 = plain.slice(end, Math.min(end + 40, limit));
  if (/^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}'’-]+/u.test(after2) && /^\p{Lu}/u.test(plain.slice(at, end))) return true;
  const lead = plain.slice(Math.max(0, at - 80), at);
  if (/[\p{Lu}][\p{L}'’-]+,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.test(lead) && !/[.!?]/.test(lead.slice(lead.lastIndexOf(",")))) {
    const name = /([\p{Lu}][\p{L}'’-]+),\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.exec(lead);
    if (name && !DETERMINERS.has(name[1].toLowerCase())) return true;
  }
  return false;
}
var roleOccurrenceCache = /* @__PURE__ */ new WeakMap();
function roleOccurrences(role, ctx) {
  let cached = roleOccurrenceCache.get(ctx.mentions);
  if (cached === void 0 || cached.plain !== ctx.plain) {
    cached = { plain: ctx.plain, byRole: /* @__PURE__ */ new Map() };
    roleOccurrenceCache.set(ctx.mentions, cached);
  }
  const byRole = cached.byRole;
  let list = byRole.get(role);
  if (list === void 0) {
    list = /^[a-z]+$/.test(role) ? asciiWordOccurrences(role, ctx.plain) : wordOccurrences(role, ctx.plain);
    byRole.set(role, list);
  }
  return list;
}
function wordOccurrences(role, plain) {
  const list = [];
  const re = new RegExp(`\\b${role}\\b`, "giu");
  let m;
  while ((m = re.exec(plain)) !== null) list.push(m.index);
  return list;
}
function asciiWordOccurrences(role, plain) {
  const list = [];
  const re = new RegExp(role.replace(/s/g, "[s\\u017f]").replace(/k/g, "[k\\u212a]"), "gi");
  let m;
  while ((m = re.exec(plain)) !== null) {
    const at = m.index;
    re.lastIndex = at + 1;
    if (!isWordCharIU(plain.charCodeAt(at - 1)) && !isWordCharIU(plain.charCodeAt(at + role.length))) list.push(at);
  }
  return list;
}
function isWordCharIU(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 383 || c === 8490;
}
function resolveEntity(span3, mentions, entities, plain) {
  const inside = mentionsWithin(mentions, span3.start, span3.end).filter((m) => m.entity >= 0);
  const person = inside.find((m) => m.type === "person");
  const pick = person ?? inside.find((m) => m.type === "organization") ?? inside.find((m) => m.type !== "group");
  const text = plain.slice(span3.start, span3.end);
  if (pick) {
    const e = entities[pick.entity];
    if (e && e.type !== "person") {
      const better = surnameEntity(pick.text, entities);
      if (better >= 0) return better;
    }
    return pick.entity;
  }
  const cap = /([\p{Lu}][\p{L}'’-]+)\s*$/u.exec(text);
  return cap ? surnameEntity(cap[1], entities) : -1;
}
function surnameEntity(word, entities) {
  const w = word.replace(/['’]s$/, "");
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.type === "person" && e.name !== w && e.name.endsWith(` ${w}`)) return i;
  }
  return -1;
}

// server/src/core/claims/attributionVerbs.ts
function set3(s) {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}
var SAY_VERBS = set3(
  "said says say told tells tell reported reports announced announces estimated estimates confirmed confirms warned warns wrote writes testified testifies stated states explained explains insisted insists argued argues acknowledged acknowledges asserted asserts disclosed discloses revealed reveals predicted predicts stressed stresses emphasised emphasized emphasises emphasizes contended contends alleged alleges complained complains tweeted forecast forecasts cautioned cautions believes believed recounted recounts reiterated reiterates promised promises predicted projected announce confirm estimate report warn write testify state explain insist argue"
);
var STRICT_VERBS = set3(
  "added adds noted notes claimed claims charged charges continued continues maintained maintains observed observes concluded concludes admitted admits agreed agrees denied denies replied replies responded responds recalled recalls countered counters indicated indicates suggested suggests posted remarked remarks conceded concedes projected projects calculated calculates commented comments answered answers explained asked asks declared declares questioned questions"
);
var QUOTE_VERBS = set3(
  "urged urges pledged pledges confessed confesses recommended recommends demanded demands appealed pleaded joked jokes quipped quips exclaimed shouted shouts whispered sighed mused boasted boasts vowed vows"
);
var PROGRESSIVE = set3("warning saying claiming predicting forecasting insisting arguing telling reporting estimating suggesting");
var SHOW_VERBS = set3("show shows showed shown found finds suggest suggests indicate indicate indicated");
var AMBIGUOUS = set3("forecast forecasts estimate estimates report reports claims notes states statement warns");
var BASE_FORMS = set3("announce confirm estimate report warn write testify state explain insist argue show suggest indicate");
var PASSIVE_AUX = set3("is are was were be been being");
var IMPERSONAL = set3(
  "believed reported learned learnt estimated announced testified understood thought said claimed alleged rumoured rumored feared disclosed revealed stated confirmed told known expected predicted projected tipped"
);
var BELIEF_VERBS = set3("believe believes believed expect expects expected fear fears feared suspect suspects suspected");
var HEARING_SUBJECTS = set3("court jury tribunal inquiry inquest hearing trial panel committee magistrates councillors meeting");
var MODALS = set3("will would could might may can should must shall");
var NEGATIONS = set3("not never n't no");
var AGENT_VERBS = set3("announced reported disclosed confirmed revealed estimated stated said released published testified");
var LEADING_DROP = set3("but and so meanwhile however also then yet still now");
var NAMING_VERBS = set3("call calls called described describes branded brands dubbed labelled labeled termed");
var TRIGGER_WORDS = /* @__PURE__ */ new Set([
  "reportedly",
  "according",
  "saying",
  "put",
  "heard",
  "told",
  "speculation",
  ...SAY_VERBS,
  ...STRICT_VERBS,
  ...QUOTE_VERBS,
  ...PROGRESSIVE,
  ...SHOW_VERBS,
  ...BELIEF_VERBS,
  ...IMPERSONAL,
  ...NAMING_VERBS
]);
var TRIGGER_TEXT = new RegExp(`\\b(?:${[...TRIGGER_WORDS].join("|")})\\b`, "i");
function mayAttribute(text) {
  return TRIGGER_TEXT.test(text) || text.includes("_") || text.includes("\u212A");
}
function quotationFollows(words2, i) {
  if (words2[i + 1]?.lower === "for" || words2[i + 1]?.lower === "on") return false;
  for (let k = i + 1; k < Math.min(words2.length, i + 6); k++) if (words2[k].punct === "Q") return true;
  return false;
}
function negation(w) {
  return NEGATIONS.has(w.lower) || /n't$/.test(w.lower);
}
function putsFigure(words2, i) {
  if (words2[i + 1]?.lower === "it" && (words2[i + 2] === void 0 || words2[i + 2].punct !== "" || words2[i + 2].lower === "at")) return true;
  for (let k = i + 1; k < Math.min(words2.length, i + 6); k++) {
    if (words2[k].punct !== "") return false;
    if (words2[k].lower === "at") return k > i + 1;
  }
  return false;
}
function verbUse(words2, i, j) {
  if (/^(?:have|has|had)$/.test(words2[i - 1]?.lower ?? "") || /^(?:have|has|had)$/.test(words2[i - 2]?.lower ?? "") && AUX_ADVERBS.has(words2[i - 1].lower)) return true;
  const next = words2[i + 1];
  const objectFollows = !next || next.punct !== "" || /^(?:that|a|an|the|its|their|his|her|it|they|he|she|profit|sales|revenue|growth|losses?)$/.test(next.lower) || /^\p{N}/u.test(next.text);
  if (!objectFollows) return false;
  for (let k = j; k >= 0 && k >= j - 4 && words2[k].punct === ""; k--) {
    if (/^(?:its|their|his|her|our|my|your)$/.test(words2[k].lower) || /['’]s$/.test(words2[k].text)) return false;
    if (/^(?:previous|new|latest|earlier|annual|official|own|initial|original|revised|last|first)$/.test(words2[k].lower)) return false;
    if (DETERMINERS.has(words2[k].lower)) break;
  }
  return true;
}
function baseFormUse(words2, i) {
  const next = words2[i + 1];
  if (next && isCapitalized(next)) return false;
  let j = i - 1;
  while (j >= 0 && words2[j].punct === "" && AUX_ADVERBS.has(words2[j].lower)) j--;
  const prev = words2[j];
  if (!prev || prev.punct !== "") return false;
  if (/^(?:they|we|i|you)$/.test(prev.lower)) return true;
  return /[^s']s$/.test(prev.lower) || /(?:men|people|police)$/.test(prev.lower);
}
function reportingUse(words2, i) {
  const next = words2[i + 1];
  const prev = words2[i - 1];
  if (!next) return true;
  if (next.punct === "," || next.punct === ":" || next.punct === "Q" || next.lower === "that") return true;
  if (/^(?:whether|how|why|if|what)$/.test(next.lower)) return true;
  if (/^(?:NNP|NNPS|NNS|PRP)$/.test(next.pos) && words2[i + 2]?.lower === "that") return true;
  for (let k2 = i + 2; k2 < Math.min(words2.length, i + 7) && words2[k2].punct === ""; k2++) {
    if (words2[k2].lower === "that") return /^(?:on|in|to|at)$/.test(next.lower);
  }
  if (prev && prev.punct === "Q") return true;
  if (/^(?:DT|PRP|PRP\$|NNP|NNPS|NN|NNS)$/.test(next.pos)) {
    for (let k2 = i + 2; k2 < Math.min(words2.length, i + 8) && words2[k2].punct === ""; k2++) {
      const t = words2[k2].pos;
      if (t === "VBD" || t === "VBZ" || t === "VBP" || t === "MD") return true;
      if (t === "IN" || t === "TO" || t === "WDT" || t === "WP") break;
    }
  }
  let k = i + 1;
  while (k < words2.length && words2[k].punct === "" && (TIME_WORDS.has(words2[k].lower) || /^(?:in|a|an|the|statement|interview|later|earlier)$/.test(words2[k].lower))) k++;
  return k >= words2.length || words2[k].punct !== "";
}

// server/src/core/claims/sourcePhrases.ts
function span(a, b) {
  return { start: a.start, end: b.end };
}
function leftNP(words2, i, j) {
  if (j >= 2 && (words2[j].lower === "who" || words2[j].lower === "which") && words2[j - 1].punct === ",") {
    const app = apposition(words2, j - 1);
    if (app) return app;
    const seg = segmentBefore(words2, j - 1);
    return seg ? { span: { start: words2[seg[0]].start, end: words2[seg[1]].end }, firstIndex: seg[0], lastIndex: seg[1] } : void 0;
  }
  if (j < 0 || words2[j].punct !== "") {
    if (j >= 1 && words2[j].punct === ",") return apposition(words2, j);
    return void 0;
  }
  let k = j;
  while (k - 1 >= 0 && words2[k - 1].punct === "" && !CLAUSE_WORDS.has(words2[k - 1].lower) && !(SAY_VERBS.has(words2[k - 1].lower) && !BASE_FORMS.has(words2[k - 1].lower))) k--;
  let first = k;
  if (k - 1 >= 0 && (words2[k - 1].lower === "who" || words2[k - 1].lower === "whose") && first <= j) {
    return void 0;
  }
  for (let a = j - 1; a > first; a--) {
    if ((words2[a].lower === "and" || words2[a].lower === "but") && a - first >= 3) {
      first = a + 1;
      break;
    }
  }
  while (first <= j && LEADING_DROP.has(words2[first].lower)) first++;
  if (first <= j && /^(?:in|on|at|for|with|from|by|of|after|before|during|under|over|to|into|about)$/.test(words2[first].lower)) return void 0;
  let last = j;
  while (last > first && TIME_WORDS.has(words2[last].lower)) last--;
  while (last > first && /^(?:on|in|at|late|early|this|last)$/.test(words2[last].lower)) last--;
  if (first > last) return void 0;
  if (last - first >= 12) return void 0;
  return { span: { start: words2[first].start, end: words2[last].end }, firstIndex: first, lastIndex: last };
}
function apposition(words2, comma) {
  const seg2 = segmentBefore(words2, comma);
  if (!seg2) return void 0;
  let [a2] = seg2;
  const b2 = seg2[1];
  if ((words2[a2 - 1]?.lower === "who" || words2[a2 - 1]?.lower === "which") && words2[a2 - 2]?.punct === ",") a2--;
  if (words2[a2 - 1]?.punct !== ",") return void 0;
  const seg1 = segmentBefore(words2, a2 - 1);
  if (!seg1) return void 0;
  const [a1, b1] = seg1;
  const first2 = words2[a2];
  const head1 = words2[b1];
  const head2 = words2[b2];
  const parenthetical = /^(?:in|at|on|speaking|writing|citing|according|released|published|issued|quoted|asked|interviewed|contacted|reached)$/.test(first2.lower) || /^\p{Ll}+ed$/u.test(first2.text);
  if (parenthetical && b1 - a1 <= 7 && (isCapitalized(head1) || ROLE_NOUNS2.has(head1.lower) || INSTITUTION_NOUNS.has(head1.lower) || DOCUMENT_NOUNS.has(head1.lower) || DETERMINERS.has(words2[a1].lower))) {
    let first3 = a1;
    while (first3 < b1 && LEADING_DROP.has(words2[first3].lower)) first3++;
    return { span: { start: words2[first3].start, end: words2[b1].end }, firstIndex: first3, lastIndex: b1 };
  }
  const appositive = /^(?:a|an|the|who|which|whose|its|his|her|their|our|chief|head|former|deputy|senior|director|president|spokesman|spokeswoman)$/.test(first2.lower) || ROLE_NOUNS2.has(head2.lower) || INSTITUTION_NOUNS.has(head2.lower) || isCapitalized(first2) && ROLE_NOUNS2.has(head1.lower) || // `A spokesman for the ministry, Ivan Petrov, said`
  isCapitalized(first2) && isCapitalized(head2) && words2.slice(a1, b1 + 1).some((w) => ROLE_NOUNS2.has(w.lower) && !isCapitalized(w)) || isCapitalized(head1) && !isCapitalized(first2);
  if (!appositive) return void 0;
  if (b1 - a1 > 7) return void 0;
  if (!(isCapitalized(head1) || ROLE_NOUNS2.has(head1.lower) || INSTITUTION_NOUNS.has(head1.lower) || DETERMINERS.has(words2[a1].lower) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/.test(words2[a1].lower))) return void 0;
  let first = a1;
  while (first < b1 && LEADING_DROP.has(words2[first].lower)) first++;
  return { span: { start: words2[first].start, end: words2[b2].end }, firstIndex: first, lastIndex: b2 };
}
function segmentBefore(words2, end) {
  const b = end - 1;
  if (b < 0 || words2[b].punct !== "") return void 0;
  let a = b;
  while (a - 1 >= 0 && words2[a - 1].punct === "" && !CLAUSE_WORDS.has(words2[a - 1].lower)) a--;
  return [a, b];
}
function rightNP(words2, i) {
  let k = i;
  while (k < words2.length && TIME_WORDS.has(words2[k].lower) && !isCapitalized(words2[k])) k++;
  if (k >= words2.length || words2[k].punct !== "") return void 0;
  const start = k;
  let end = k;
  let commas = 0;
  while (end + 1 < words2.length) {
    const nx = words2[end + 1];
    if (nx.punct === ";" || nx.punct === "Q" || nx.punct === ":" || nx.punct === "(" || nx.punct === ")") break;
    if (nx.punct === "-") break;
    if (nx.punct === ",") {
      const after2 = words2[end + 2];
      const named = after2 !== void 0 && isCapitalized(after2) && (ROLE_NOUNS2.has(words2[end].lower) || DOCUMENT_NOUNS.has(words2[end].lower));
      if (!after2 || commas > 0 || !named && !/^(?:a|an|the|who|its|his|her|their|chief|head|former|deputy|senior)$/.test(after2.lower)) break;
      commas++;
      end++;
      continue;
    }
    if (nx.punct === "" && (nx.lower === "that" || nx.lower === "which" || nx.lower === "when" || nx.lower === "because")) break;
    end++;
  }
  while (end > start && TIME_WORDS.has(words2[end].lower)) end--;
  while (end > start && /^(?:on|in|at|this|last)$/.test(words2[end].lower)) end--;
  return { start: words2[start].start, end: words2[end].end };
}
function mainSubject(words2, saying) {
  let s = 0;
  const firstComma = words2.findIndex((w) => w.punct === ",");
  if (firstComma > 0 && firstComma < saying - 1) {
    const lead = words2[0].lower;
    if (/^(?:in|on|at|last|after|before|meanwhile|earlier|later|during|since|with|for|as|while|when|although|yesterday|today|this|however|on|by|following|separately|also)$/.test(lead) || TIME_WORDS.has(lead)) {
      s = firstComma + 1;
    }
  }
  const first = words2[s];
  if (!first || first.punct !== "") return void 0;
  if (PRONOUNS.has(first.lower)) return { source: span(first, first), pronoun: first.lower };
  let e = s;
  if (isCapitalized(first) && !DETERMINERS.has(first.lower)) {
    while (e + 1 < saying && words2[e + 1].punct === "" && (isCapitalized(words2[e + 1]) || (words2[e + 1].lower === "of" || words2[e + 1].lower === "the") && isCapitalized(words2[e + 2] ?? words2[e + 1]) || /^\p{Ll}/u.test(words2[e + 1].text) && e + 2 < saying && isCapitalized(words2[e + 2]) && (ROLE_NOUNS2.has(words2[e + 1].lower) || /^(?:executive|officer|secretary|general|manager|director|minister|president)$/.test(words2[e + 1].lower))))
      e++;
    return { source: { start: first.start, end: words2[e].end } };
  }
  if (DETERMINERS.has(first.lower)) {
    while (e + 1 < saying && e - s < 5 && words2[e + 1].punct === "" && !/ed$/.test(words2[e + 1].lower) && !AUX_ADVERBS.has(words2[e + 1].lower) && !PASSIVE_AUX.has(words2[e + 1].lower)) e++;
    return e > s ? { source: { start: first.start, end: words2[e].end } } : void 0;
  }
  return void 0;
}

// server/src/core/syntax/modelFile.ts
var MAGIC2 = 1498631502;
var VERSION = 2;
function pad42(n) {
  return n + 3 & ~3;
}
function readModel(bytes, at, tags) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = dv.getUint32(at, true);
  const size = dv.getUint32(at + 4, true);
  const pairs = dv.getUint32(at + 8, true);
  at += 12;
  const table = new Int32Array(bytes.buffer, bytes.byteOffset + at, 2 * size);
  at += 8 * size;
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + at, keys + 1);
  at += 4 * (keys + 1);
  const pairWeights = new Int16Array(bytes.buffer, bytes.byteOffset + at, pairs);
  const pairTags = new Uint8Array(bytes.buffer, bytes.byteOffset + at + 2 * pairs, pairs);
  return { model: { tags, table, mask: size - 1, offsets, pairTags, pairWeights }, end: at + pad42(3 * pairs) };
}
function decodeSyntaxModel(input) {
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || dv.getUint32(0, true) !== MAGIC2) throw new Error("not a syntax model file");
  if (dv.getUint32(4, true) !== VERSION) throw new Error(`syntax model file version ${dv.getUint32(4, true)}, expected ${VERSION}`);
  const headerLength = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  const pos = readModel(bytes, pad42(12 + headerLength), header.posTags);
  const chunk = readModel(bytes, pos.end, header.chunkTags);
  return { pos: pos.model, chunk: chunk.model, meta: header.meta };
}

// server/src/core/syntax/features.ts
var T = {
  bias: "a",
  word: "b",
  lower: "c",
  suf1: "d",
  suf2: "e",
  suf3: "f",
  suf4: "g",
  pre1: "h",
  pre2: "i",
  pre3: "j",
  shape: "k",
  first: "l",
  prev1: "m",
  prev2: "n",
  next1: "o",
  next2: "p",
  prevSuf: "q",
  nextSuf: "r",
  tag1: "s",
  tag12: "t",
  tag1word: "u",
  nextShape: "v",
  wordNext: "w",
  prevWord: "x",
  nextSuf2: "y",
  tag1suf: "z",
  // chunker
  cw: "A",
  cp0: "B",
  cpm1: "C",
  cpm2: "D",
  cpp1: "E",
  cpp2: "F",
  cpm1p0: "G",
  cp0p1: "H",
  cc1: "I",
  cc12: "J",
  cc1p0: "K",
  cwm1: "L",
  cwp1: "M",
  cc1pm1p0: "N",
  cpm2pm1p0: "O",
  cp0p1p2: "P",
  cc1w: "Q",
  cwp0: "R",
  cwm1p0: "S",
  cwp1p0: "U",
  cpm1p1: "V",
  cwm2: "W",
  cwp2: "X",
  cc1p1: "Y",
  csuf: "Z",
  cwm1w: "0",
  cww1: "1",
  cshm1: "2",
  cshp1: "3",
  cshp0: "4",
  cc1sh: "5"
};
function key2(template, value) {
  return fnv1a(fnv1a(FNV_OFFSET, template), value) >>> 0;
}
function key22(template, a, b) {
  return fnv1a(fnv1a(fnv1a(fnv1a(FNV_OFFSET, template), a), ""), b) >>> 0;
}
function key3(template, a, b, c) {
  return fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(FNV_OFFSET, template), a), ""), b), ""), c) >>> 0;
}
function normalize(word) {
  return word.toLowerCase().replace(/\d/g, "0");
}
function shapeOf2(word) {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word[i];
    const s = c >= "A" && c <= "Z" ? "X" : c >= "a" && c <= "z" ? "x" : c >= "0" && c <= "9" ? "d" : /\p{Lu}/u.test(c) ? "X" : /\p{L}/u.test(c) ? "x" : c;
    if (s !== last) out += s;
    last = s;
  }
  return out;
}
function sentenceForms(words2) {
  return { words: words2, norm: words2.map(normalize), shape: words2.map(shapeOf2) };
}
var START2 = "<s>";
var END = "</s>";
function posKeys(f, i, tags, out) {
  out.length = 0;
  const w = f.words[i];
  const n = f.norm[i];
  const t1 = i > 0 ? tags[i - 1] : START2;
  const t2 = i > 1 ? tags[i - 2] : START2;
  out.push(key2(T.bias, ""));
  out.push(key2(T.word, w));
  out.push(key2(T.lower, n));
  out.push(key2(T.suf1, n.slice(-1)));
  out.push(key2(T.suf2, n.slice(-2)));
  out.push(key2(T.suf3, n.slice(-3)));
  if (n.length > 4) out.push(key2(T.suf4, n.slice(-4)));
  out.push(key2(T.pre1, n.slice(0, 1)));
  if (n.length > 2) out.push(key2(T.pre2, n.slice(0, 2)));
  if (n.length > 3) out.push(key2(T.pre3, n.slice(0, 3)));
  out.push(key2(T.shape, f.shape[i]));
  if (i === 0) out.push(key2(T.first, f.shape[i]));
  out.push(key2(T.prev1, i > 0 ? f.norm[i - 1] : START2));
  out.push(key2(T.prev2, i > 1 ? f.norm[i - 2] : START2));
  out.push(key2(T.next1, i + 1 < f.words.length ? f.norm[i + 1] : END));
  out.push(key2(T.next2, i + 2 < f.words.length ? f.norm[i + 2] : END));
  out.push(key2(T.prevSuf, i > 0 ? f.norm[i - 1].slice(-3) : START2));
  out.push(key2(T.nextSuf, i + 1 < f.words.length ? f.norm[i + 1].slice(-3) : END));
  out.push(key2(T.nextShape, i + 1 < f.words.length ? f.shape[i + 1] : END));
  out.push(key2(T.tag1, t1));
  out.push(key22(T.tag12, t2, t1));
  out.push(key22(T.tag1word, t1, n));
  out.push(key22(T.tag1suf, t1, n.slice(-3)));
  out.push(key22(T.wordNext, n, i + 1 < f.words.length ? f.norm[i + 1] : END));
  out.push(key22(T.prevWord, i > 0 ? f.norm[i - 1] : START2, n));
  out.push(key2(T.nextSuf2, i + 1 < f.words.length ? f.norm[i + 1].slice(-2) : END));
}
function chunkKeys(f, pos, i, chunks, out) {
  out.length = 0;
  const len = pos.length;
  const p = (k) => k < 0 ? START2 : k >= len ? END : pos[k];
  const c1 = i > 0 ? chunks[i - 1] : START2;
  const c2 = i > 1 ? chunks[i - 2] : START2;
  const n = f.norm[i];
  out.push(key2(T.bias, ""));
  out.push(key2(T.cw, n));
  out.push(key2(T.cp0, p(i)));
  out.push(key2(T.cpm1, p(i - 1)));
  out.push(key2(T.cpm2, p(i - 2)));
  out.push(key2(T.cpp1, p(i + 1)));
  out.push(key2(T.cpp2, p(i + 2)));
  out.push(key22(T.cpm1p0, p(i - 1), p(i)));
  out.push(key22(T.cp0p1, p(i), p(i + 1)));
  out.push(key3(T.cpm2pm1p0, p(i - 2), p(i - 1), p(i)));
  out.push(key3(T.cp0p1p2, p(i), p(i + 1), p(i + 2)));
  out.push(key2(T.cc1, c1));
  out.push(key22(T.cc12, c2, c1));
  out.push(key22(T.cc1p0, c1, p(i)));
  out.push(key3(T.cc1pm1p0, c1, p(i - 1), p(i)));
  out.push(key22(T.cc1w, c1, n));
  out.push(key2(T.cwm1, i > 0 ? f.norm[i - 1] : START2));
  out.push(key2(T.cwp1, i + 1 < len ? f.norm[i + 1] : END));
  out.push(key2(T.shape, f.shape[i]));
  out.push(key22(T.cwp0, n, p(i)));
  out.push(key22(T.cwm1p0, i > 0 ? f.norm[i - 1] : START2, p(i)));
  out.push(key22(T.cwp1p0, i + 1 < len ? f.norm[i + 1] : END, p(i)));
  out.push(key22(T.cpm1p1, p(i - 1), p(i + 1)));
  out.push(key2(T.cwm2, i > 1 ? f.norm[i - 2] : START2));
  out.push(key2(T.cwp2, i + 2 < len ? f.norm[i + 2] : END));
  out.push(key22(T.cc1p1, c1, p(i + 1)));
  out.push(key2(T.csuf, n.slice(-3)));
  out.push(key22(T.cwm1w, i > 0 ? f.norm[i - 1] : START2, n));
  out.push(key22(T.cww1, n, i + 1 < len ? f.norm[i + 1] : END));
  out.push(key2(T.cshm1, i > 0 ? f.shape[i - 1] : START2));
  out.push(key2(T.cshp1, i + 1 < len ? f.shape[i + 1] : END));
  out.push(key22(T.cshp0, f.shape[i], p(i)));
  out.push(key22(T.cc1sh, c1, f.shape[i]));
}

// server/src/core/syntax/tagger.ts
function filterBit(key4) {
  return Math.imul(key4, 2654435761) >>> 12;
}
function pack(m) {
  const slots = new Int32Array(m.table.length);
  for (let s = 0; s < m.table.length; s += 2) {
    const row = m.table[s + 1];
    slots[s] = m.table[s];
    slots[s + 1] = row < 0 ? -1 : m.offsets[row] << 8 | m.offsets[row + 1] - m.offsets[row];
  }
  const pairs = new Int32Array(m.pairTags.length);
  for (let j = 0; j < pairs.length; j++) pairs[j] = m.pairWeights[j] << 8 | m.pairTags[j];
  const filter = new Int32Array(1 << 15);
  for (let s = 0; s < m.table.length; s += 2) {
    if (m.table[s + 1] < 0) continue;
    const b = filterBit(m.table[s]);
    filter[b >>> 5] |= 1 << (b & 31);
  }
  return { slots, mask: m.mask, pairs, filter };
}
function score(m, keys, scores) {
  scores.fill(0);
  const { slots, mask, pairs, filter } = m;
  for (let k = 0; k < keys.length; k++) {
    const key4 = keys[k] | 0;
    const b = filterBit(key4);
    if ((filter[b >>> 5] & 1 << (b & 31)) === 0) continue;
    let s = key4 & mask;
    let row = -1;
    for (; ; ) {
      const r = slots[2 * s + 1];
      if (r === -1) break;
      if (slots[2 * s] === key4) {
        row = r;
        break;
      }
      s = s + 1 & mask;
    }
    if (row < 0) continue;
    for (let j = row >>> 8, e = j + (row & 255); j < e; j++) {
      const p = pairs[j];
      scores[p & 255] += p >> 8;
    }
  }
}
function best(scores, allowed) {
  let bi = -1;
  for (let t = 0; t < scores.length; t++) {
    if (allowed && !allowed(t)) continue;
    if (bi < 0 || scores[t] > scores[bi]) bi = t;
  }
  return bi;
}
var SyntaxTagger = class {
  constructor(file) {
    this.file = file;
    this.posModel = pack(file.pos);
    this.chunkModel = pack(file.chunk);
    this.posScores = new Int32Array(file.pos.tags.length);
    this.chunkScores = new Int32Array(file.chunk.tags.length);
    this.inside = file.chunk.tags.map((t) => t.startsWith("I-") ? t.slice(2) : "");
    this.chunkType = file.chunk.tags.map((t) => t === "O" ? "" : t.slice(2));
  }
  file;
  posScores;
  chunkScores;
  keys = [];
  /** Per chunk tag: its type for an `I-` tag (else ''), and whether it may follow each type. */
  inside;
  chunkType;
  posModel;
  chunkModel;
  /** POS tags of a sentence's words. */
  pos(words2) {
    const f = sentenceForms(words2);
    const tags = [];
    const names2 = this.file.pos.tags;
    for (let i = 0; i < words2.length; i++) {
      posKeys(f, i, tags, this.keys);
      score(this.posModel, this.keys, this.posScores);
      tags.push(names2[best(this.posScores)]);
    }
    return tags;
  }
  /** Chunk tags (IOB2) of a sentence's words given their POS tags; `I-X` only after `B-X` or `I-X`. */
  chunks(words2, pos) {
    const f = sentenceForms(words2);
    const tags = [];
    const names2 = this.file.chunk.tags;
    let prevType = "";
    const allowed = (t) => this.inside[t] === "" || this.inside[t] === prevType;
    for (let i = 0; i < words2.length; i++) {
      chunkKeys(f, pos, i, tags, this.keys);
      score(this.chunkModel, this.keys, this.chunkScores);
      const t = best(this.chunkScores, allowed);
      tags.push(names2[t]);
      prevType = this.chunkType[t];
    }
    return tags;
  }
  tag(words2) {
    const pos = this.pos(words2);
    return { pos, chunk: this.chunks(words2, pos) };
  }
  /** Tags of sentences already seen, by their words: an editor re-analyzes the same sentences on every keystroke. */
  cache = /* @__PURE__ */ new Map();
  /**
   * POS tags, and chunk tags when `withChunks`, of a sentence, from the cache when its words were
   * tagged before (the cache is emptied when it holds 20,000 sentences).
   */
  tagCached(words2, withChunks) {
    const key4 = words2.join("");
    let t = this.cache.get(key4);
    if (t === void 0) {
      if (this.cache.size >= 2e4) this.cache = /* @__PURE__ */ new Map();
      t = { pos: this.pos(words2) };
      this.cache.set(key4, t);
    }
    if (withChunks && t.chunk === void 0) t.chunk = this.chunks(words2, t.pos);
    return t;
  }
};

// server/src/core/syntax/shippedTagger.ts
var SYNTAX_MODEL_FILE = "syntax.bin";
var singleton2;
function getSyntaxTagger() {
  if (singleton2 === void 0) {
    const file = resolveModelFile(SYNTAX_MODEL_FILE);
    if (file === void 0) throw new Error(`${SYNTAX_MODEL_FILE} not found: run npm run train:syntax`);
    singleton2 = new SyntaxTagger(decodeSyntaxModel(readModelFile(file)));
  }
  return singleton2;
}

// server/src/core/claims/wordTags.ts
var SentenceSyntax = class {
  constructor(tokens, sentences) {
    this.tokens = tokens;
    this.sentences = sentences;
  }
  tokens;
  sentences;
  bySentence = /* @__PURE__ */ new Map();
  tagsOf(si, withChunks) {
    let t = this.bySentence.get(si);
    if (t === void 0) {
      const s = this.sentences[si];
      const toks = this.tokens.slice(s.tokenStart, s.tokenEnd);
      const words2 = toks.map((x) => x.text);
      const tags = toks.length > 0 ? getSyntaxTagger().tagCached(words2, withChunks) : { pos: [], chunk: [] };
      const starts = /* @__PURE__ */ new Map();
      toks.forEach((x, k) => starts.set(x.start, k));
      t = { starts, words: words2, pos: tags.pos, chunk: tags.chunk };
      this.bySentence.set(si, t);
    } else if (withChunks && t.chunk === void 0) {
      t.chunk = t.words.length > 0 ? getSyntaxTagger().tagCached(t.words, true).chunk : [];
    }
    return t;
  }
  /**
   * Sets `pos` (and `chunk`, with `withChunks`) on the words of sentence `si`; words with no token
   * starting there keep ''. Only the part-of-speech pass runs unless chunks are asked for.
   */
  tag(si, words2, withChunks = false) {
    if (si < 0 || si >= this.sentences.length) return words2;
    const t = this.tagsOf(si, withChunks);
    for (const w of words2) {
      const k = t.starts.get(w.start);
      if (k === void 0) continue;
      w.pos = t.pos[k];
      if (t.chunk !== void 0) w.chunk = t.chunk[k];
    }
    return words2;
  }
};
function isVerb(w) {
  return w.pos.startsWith("VB") || w.pos === "MD";
}

// server/src/core/claims/attribution.ts
function findSentenceAttributions(words2) {
  const out = [];
  const n = words2.length;
  for (let i = 0; i < n; i++) {
    const w = words2[i];
    if (w.punct !== "") continue;
    const lower3 = w.lower;
    if (!TRIGGER_WORDS.has(lower3)) continue;
    if (lower3 === "speculation") {
      let a = i - 1;
      while (a >= 0 && words2[a].punct === "" && /^(?:fresh|renewed|growing|widespread|much|some|intense|mounting|media|press)$/.test(words2[a].lower)) a--;
      let b = a;
      while (b >= 0 && words2[b].punct === "" && /^(?:is|was|has|have|had|been|be)$/.test(words2[b].lower)) b--;
      if (b >= 0 && b < a && words2[b].lower === "there") out.push({ source: span2(words2[b], w), verb: span2(words2[b], w), kind: "impersonal" });
      continue;
    }
    if (lower3 === "reportedly") {
      out.push({ source: span2(w, w), verb: span2(w, w), kind: "impersonal" });
      continue;
    }
    if (lower3 === "according" && words2[i + 1]?.lower === "to") {
      const np = rightNP(words2, i + 2);
      if (np) out.push({ source: np, verb: span2(w, words2[i + 1]), kind: "according" });
      continue;
    }
    if (lower3 === "saying" && words2[i - 1]?.lower === "as") {
      const q = words2.findIndex((x, k) => k < i && x.lower === "quoted");
      if (q > 0) {
        let j2 = q - 1;
        while (j2 >= 0 && words2[j2].punct === "" && (PASSIVE_AUX.has(words2[j2].lower) || AUX_ADVERBS.has(words2[j2].lower))) j2--;
        const left2 = leftNP(words2, q, j2);
        if (left2) {
          const first = words2[left2.firstIndex];
          const pronoun = left2.firstIndex === left2.lastIndex && PRONOUNS.has(first.lower) ? first.lower : void 0;
          out.push(rawAttribution(left2.span, span2(words2[q], w), "active", pronoun));
        }
        continue;
      }
    }
    if (lower3 === "saying" && words2[i - 1]?.punct === ",") {
      const subj = mainSubject(words2, i);
      if (subj) out.push(rawAttribution(subj.source, span2(w, w), "saying", subj.pronoun));
      continue;
    }
    const prevPos = i > 0 ? words2[i - 1].pos : "";
    if (w.pos !== "" && !isVerb(w) && words2[i + 1]?.punct === "" && /^(?:JJ|NNP|NNPS|PRP\$|DT|POS|NN)$/.test(prevPos) && (AMBIGUOUS.has(lower3) || STRICT_VERBS.has(lower3) || QUOTE_VERBS.has(lower3))) continue;
    if (w.pos === "VBN" && i > 0 && words2[i - 1].punct === "" && /^NN/.test(prevPos) && /^(?:IN|TO)$/.test(words2[i + 1]?.pos ?? "") && words2[i + 1].lower !== "that" && lower3 !== "said" && lower3 !== "told") continue;
    if (BELIEF_VERBS.has(lower3) && /^(?:of|for)$/.test(words2[i + 1]?.lower ?? "")) continue;
    const quotesOnly = QUOTE_VERBS.has(lower3);
    if (quotesOnly && !words2.some((x) => x.punct === "Q")) continue;
    const putIt = lower3 === "put" && putsFigure(words2, i) || NAMING_VERBS.has(lower3) && quotationFollows(words2, i);
    const belief = BELIEF_VERBS.has(lower3);
    const heard = lower3 === "heard";
    const say = SAY_VERBS.has(lower3) || putIt || quotesOnly;
    const strict = STRICT_VERBS.has(lower3);
    const show = SHOW_VERBS.has(lower3);
    const impersonal = IMPERSONAL.has(lower3) || lower3 === "told";
    const progressive = PROGRESSIVE.has(lower3);
    if (!say && !strict && !show && !belief && !heard && !impersonal && !progressive) continue;
    let j = i - 1;
    let hedged = false;
    while (j >= 0 && words2[j].punct === "" && (AUX_ADVERBS.has(words2[j].lower) || words2[j].lower === "now" || MODALS.has(words2[j].lower) || negation(words2[j]) || /^\p{Ll}+ly$/u.test(words2[j].text))) {
      if (MODALS.has(words2[j].lower) || negation(words2[j])) hedged = true;
      j--;
    }
    const before = j >= 0 ? words2[j] : void 0;
    if (before && (DETERMINERS.has(before.lower) || before.lower === "reportedly") && j === i - 1) continue;
    if (before && PASSIVE_AUX.has(before.lower) && PROGRESSIVE.has(lower3) && !hedged) {
      const subj = leftNP(words2, j, j - 1);
      if (subj && reportingUse(words2, i)) {
        const first = words2[subj.firstIndex];
        const pronoun = subj.firstIndex === subj.lastIndex && PRONOUNS.has(first.lower) ? first.lower : void 0;
        out.push(rawAttribution(subj.span, span2(words2[j], w), "active", pronoun));
      }
      continue;
    }
    if (before && PASSIVE_AUX.has(before.lower)) {
      const passive = hedged ? void 0 : passiveAttribution(words2, j, i);
      if (passive) out.push(passive);
      continue;
    }
    if (hedged || before?.lower === "to") continue;
    if (!say && !strict && !show && !belief && !heard) continue;
    if (strict && !reportingUse(words2, i)) continue;
    if (BASE_FORMS.has(lower3) && !show && !baseFormUse(words2, i) && !(words2[i - 1]?.lower === "and" && coordinatedSubject(words2, i - 1))) continue;
    if (AMBIGUOUS.has(lower3) && !verbUse(words2, i, j)) continue;
    if (lower3 === "pointed" && words2[i + 1]?.lower !== "out") continue;
    let left = leftNP(words2, i, j);
    if (left && left.lastIndex > left.firstIndex && /^(?:and|but)$/.test(words2[left.lastIndex].lower)) {
      const f = left.firstIndex;
      left = (f >= 2 && words2[f - 1].punct === "," ? apposition(words2, f - 1) : void 0) ?? coordinatedSubject(words2, left.lastIndex);
      if (!left) continue;
    }
    if (left && words2[left.firstIndex].pos !== "") {
      const first = words2[left.firstIndex];
      if (first.pos === "WRB" || first.pos === "WP") continue;
      let verbAt = -1;
      for (let k = left.firstIndex; k <= left.lastIndex && verbAt < 0; k++) {
        if (/^(?:who|whom|whose|which|that)$/.test(words2[k].lower)) break;
        if (clauseVerb(words2[k])) verbAt = k;
      }
      if (verbAt >= 0) {
        let conj = -1;
        for (let k = verbAt + 1; k <= left.lastIndex; k++) if (words2[k].lower === "and") conj = k;
        if (conj < 0 || left.firstIndex === verbAt) continue;
        left = leftNP(words2, verbAt, verbAt - 1);
        if (!left) continue;
      }
    }
    if (left && left.firstIndex > 0 && /^(?:told|tell|tells|said|say|says|telling|saying)$/.test(words2[left.firstIndex - 1].lower)) continue;
    if (left && left.firstIndex > 1 && words2[left.firstIndex - 1].lower !== "that" && /^(?:told|tell|tells|telling)$/.test(words2[left.firstIndex - 2].lower)) continue;
    if (belief || heard) {
      if (!left || !PRONOUNS.has(words2[left.lastIndex].lower) && !holder(words2, left, heard)) continue;
    }
    if (left) {
      if (show && !isDataSubject(words2, left)) continue;
      const first = words2[left.firstIndex];
      const pronoun = left.firstIndex === left.lastIndex && PRONOUNS.has(first.lower) ? first.lower : void 0;
      const kind = show ? "show" : NAMING_VERBS.has(lower3) ? "naming" : "active";
      const r = rawAttribution(left.span, span2(w, w), kind, pronoun);
      if (quotesOnly) r.quotesOnly = true;
      out.push(r);
      continue;
    }
    if (show) continue;
    const right = rightNP(words2, i + 1);
    if (right && (!before || before.punct === "," || before.punct === "Q" || before.punct === ":")) {
      const firstRight = words2.find((x) => x.start === right.start);
      const rightWords = words2.filter((x) => x.start >= right.start && x.end <= right.end);
      if (firstRight && (isCapitalized(firstRight) || DETERMINERS.has(firstRight.lower) || PRONOUNS.has(firstRight.lower) || rightWords.some((x) => isCapitalized(x) || ROLE_NOUNS2.has(x.lower)))) {
        const pronoun = PRONOUNS.has(firstRight.lower) && firstRight.end === right.end ? firstRight.lower : void 0;
        const r = rawAttribution(right, span2(w, w), "inverted", pronoun);
        if (quotesOnly) r.quotesOnly = true;
        out.push(r);
      }
    }
  }
  return out;
}
function coordinatedSubject(words2, conj) {
  let v = -1;
  for (let k = conj - 1; k >= 0 && words2[k].punct !== ";" && words2[k].punct !== ":" && words2[k].punct !== "Q"; k--) {
    if (CLAUSE_WORDS.has(words2[k].lower)) break;
    if (clauseVerb(words2[k])) v = k;
  }
  if (v <= 0) return void 0;
  let j = v - 1;
  while (j >= 0 && words2[j].punct === "" && AUX_ADVERBS.has(words2[j].lower)) j--;
  const subj = leftNP(words2, v, j);
  if (!subj || subj.lastIndex >= v) return void 0;
  for (let k = subj.firstIndex; k <= subj.lastIndex; k++) if (clauseVerb(words2[k])) return void 0;
  return subj;
}
function clauseVerb(w) {
  if (w.pos !== "VBD" && w.pos !== "VBZ" && w.pos !== "VBP") return false;
  if (isCapitalized(w) || PASSIVE_AUX.has(w.lower) || /^(?:has|have|had|do|does|did)$/.test(w.lower)) return false;
  return !ROLE_NOUNS2.has(w.lower) && !INSTITUTION_NOUNS.has(w.lower) && !DOCUMENT_NOUNS.has(w.lower);
}
var FORECASTS = /* @__PURE__ */ new Set(["expected", "predicted", "forecast", "projected", "tipped"]);
var FORECAST_VERBS = new Set(
  "grow rise fall reach increase decrease drop climb hit top exceed total cost double treble halve shrink expand slow fell be remain stay peak surpass near".split(" ")
);
function holder(words2, left, heard) {
  const head = words2[left.lastIndex];
  const lower3 = head.lower.replace(/'s$/, "");
  if (heard) {
    for (let k = left.firstIndex; k <= left.lastIndex; k++) if (HEARING_SUBJECTS.has(words2[k].lower.replace(/s$/, "")) || HEARING_SUBJECTS.has(words2[k].lower)) return true;
    return false;
  }
  return ROLE_NOUNS2.has(lower3) || INSTITUTION_NOUNS.has(lower3) || isCapitalized(head) && !DETERMINERS.has(head.lower);
}
function rawAttribution(source, verb, kind, pronoun) {
  const r = { source, verb, kind };
  if (pronoun) r.pronoun = pronoun;
  return r;
}
function span2(a, b) {
  return { start: a.start, end: b.end };
}
function passiveAttribution(words2, aux, verb) {
  const v = words2[verb];
  for (let k = verb + 1; k < Math.min(words2.length, verb + 5); k++) {
    if (words2[k].punct !== "") break;
    if (words2[k].lower === "by" && AGENT_VERBS.has(v.lower)) {
      const np = rightNP(words2, k + 1);
      if (np) return { source: np, verb: { start: words2[aux].start, end: v.end }, kind: "agent" };
      break;
    }
  }
  if (FORECASTS.has(v.lower) && words2[verb + 1]?.lower === "to") {
    if (!FORECAST_VERBS.has(words2[verb + 2]?.lower ?? "")) return void 0;
    let figure = false;
    for (let k = verb + 3; k < words2.length && words2[k].punct === "" && !figure; k++) figure = /^\p{N}/u.test(words2[k].text) || words2[k].text.includes("%");
    if (!figure) return void 0;
    return { source: { start: words2[aux].start, end: v.end }, verb: { start: words2[aux].start, end: v.end }, kind: "impersonal" };
  }
  if (!IMPERSONAL.has(v.lower)) return void 0;
  if (v.lower === "told") {
    const left = leftNP(words2, aux, aux - 1);
    if (left && words2[verb + 1]?.lower === "that") {
      for (let k = left.firstIndex; k <= left.lastIndex; k++) {
        if (HEARING_SUBJECTS.has(words2[k].lower)) return { source: left.span, verb: { start: words2[aux].start, end: v.end }, kind: "agent" };
      }
    }
    const subj = words2[aux - 1];
    if (subj && (subj.lower === "we" || subj.lower === "i") && (words2[verb + 1]?.lower === "that" || words2[verb + 1]?.punct !== "" || !words2[verb + 1])) {
      return { source: { start: subj.start, end: v.end }, verb: { start: subj.start, end: v.end }, kind: "impersonal" };
    }
    return void 0;
  }
  let a = aux;
  while (a - 1 >= 0 && words2[a - 1].punct === "" && /^(?:has|have|had|is|was|been|it)$/.test(words2[a - 1].lower)) a--;
  if (words2[a].lower === "it") {
    return { source: { start: words2[a].start, end: v.end }, verb: { start: words2[a].start, end: v.end }, kind: "impersonal" };
  }
  const to = words2[verb + 1];
  if (to?.lower === "to") {
    const be = words2[verb + 2];
    const endWord = be && /^(?:be|have|been)$/.test(be.lower) ? be : to;
    return { source: { start: words2[aux].start, end: endWord.end }, verb: { start: words2[aux].start, end: endWord.end }, kind: "impersonal" };
  }
  return void 0;
}
function isDataSubject(words2, left) {
  for (let k = left.firstIndex; k <= left.lastIndex; k++) if (DOCUMENT_NOUNS.has(words2[k].lower)) return true;
  return false;
}
function headlineSpeaker(plain, p) {
  const text = plain.slice(p.start, p.end);
  const m = /:\s*((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*$/u.exec(text);
  if (!m || m.index === void 0) return void 0;
  const start = p.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

// server/src/core/claims/records.ts
var SUPERLATIVE_WORD = /^(?:\p{L}+est|best|worst|most|least)(?:-ever)?$/u;
var NOT_SUPERLATIVE = /^(?:interest|request|forest|honest|modest|earnest|harvest|protest|contest|manifest|arrest|chest|guest|quest|test|west|rest|nest|pest|vest|zest|latest)$/;
function superlative(words2, k) {
  const w = words2[k];
  if (w.punct !== "" || NOT_SUPERLATIVE.test(w.lower)) return false;
  if (w.lower === "most" || w.lower === "least") return /^(?:JJ|RB|VBN)/.test(words2[k + 1]?.pos ?? "") && words2[k + 1].punct === "";
  return (w.pos === "JJS" || w.pos === "RBS") && SUPERLATIVE_WORD.test(w.lower);
}
function npAround(words2, k) {
  if (!words2[k].chunk.endsWith("-NP")) return void 0;
  let a = k;
  while (a > 0 && words2[a].chunk === "I-NP") a--;
  let b = k;
  while (b + 1 < words2.length && words2[b + 1].chunk === "I-NP") b++;
  return [a, b];
}
var YEAR_OR_COUNT = /^(?:1[89]\d\d|20\d\d|\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/;
var TIME_UNIT = /^(?:years?|decades?|months?|weeks?|seasons?|centur(?:y|ies))$/;
function baselineAfter(words2, b) {
  const w1 = words2[b + 1];
  const w2 = words2[b + 2];
  const w3 = words2[b + 3];
  if (!w1 || w1.punct !== "") return -1;
  if (w1.lower === "ever" || w1.lower === "yet") return b + 1;
  if (w1.lower === "on" && w2?.lower === "record") return b + 2;
  if (w1.lower === "since" && w2 && /^(?:1[89]\d\d|20\d\d|records?)$/.test(w2.lower)) return w2.lower === "records" && w3?.lower === "began" ? b + 3 : b + 2;
  if (w1.lower === "in" && w2 && YEAR_OR_COUNT.test(w2.lower) && w3 && TIME_UNIT.test(w3.lower)) return b + 3;
  if (w1.lower === "in" && w2?.lower === "history") return b + 2;
  if (w1.lower === "in" && w2?.lower === "the" && w3 && /^(?:world|country|history)$/.test(w3.lower)) return b + 3;
  return -1;
}
function possessiveBefore(words2, a, k) {
  for (let i = Math.max(0, a - 1); i < k; i++) {
    const w = words2[i];
    if (/['’]s?$/.test(w.text) && (w.lower.startsWith("world") || /^\p{Lu}/u.test(w.text))) return true;
  }
  return false;
}
function sinceClause(words2, b) {
  let k = b + 1;
  if (words2[k]?.pos === "IN" && words2[k].lower !== "since") {
    const np = k + 1 < words2.length ? npAround(words2, k + 1) : void 0;
    k = np ? np[1] + 1 : -1;
  }
  if (k < 0 || words2[k]?.lower !== "since") return -1;
  let last = k;
  while (last + 1 < words2.length && words2[last + 1].punct === "") last++;
  return last > k ? last : -1;
}
var WORLD_RANK = /\b(?:the\s+)?world\s+(?:number|no\.?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/giu;
var ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;
function recordPhrases(words2) {
  const out = [];
  const n = words2.length;
  if (n === 0 || words2[0].pos === "") return out;
  for (let k = 0; k < n; k++) {
    const w = words2[k];
    const isSup = superlative(words2, k) || /-ever$/.test(w.lower);
    const isOrd = !isSup && ORDINAL.test(w.lower);
    if (!isSup && !isOrd) continue;
    let np = npAround(words2, k);
    if (!np && isSup && w.chunk.endsWith("-ADJP")) {
      let a0 = k;
      while (a0 > 0 && words2[a0].chunk === "I-ADJP") a0--;
      let b0 = k;
      while (b0 + 1 < n && words2[b0 + 1].chunk === "I-ADJP") b0++;
      const next = b0 + 1 < n && words2[b0 + 1].chunk === "B-NP" ? npAround(words2, b0 + 1) : void 0;
      if (next) np = [a0, next[1]];
      else if (words2[b0].pos.startsWith("NN")) np = [a0, b0];
    }
    if (!np) continue;
    let [a, b] = np;
    let last = -1;
    let base = baselineAfter(words2, b);
    if (base < 0 && b + 1 < n && /^(?:VBG|NN|NNS)$/.test(words2[b + 1].pos)) {
      base = baselineAfter(words2, b + 1);
      if (base >= 0) b++;
    }
    if (base >= 0) last = base;
    else if (isSup && (possessiveBefore(words2, a, k) || /-ever$/.test(w.lower))) {
      last = b;
      if (a > 0 && /['’]s?$/.test(words2[a - 1].text) && !/['’]s?$/.test(words2[a].text)) {
        a--;
        if (a > 0 && words2[a - 1].lower === "the") a--;
      }
    }
    if (last < 0 && (isSup || w.lower === "first")) last = sinceClause(words2, b);
    if (last < 0 && isOrd && (words2[b + 1]?.lower === "for" || words2[b + 1]?.lower === "in")) {
      const np2 = b + 2 < n ? npAround(words2, b + 2) : void 0;
      last = np2 ? baselineAfter(words2, np2[1]) : -1;
    }
    if (last < 0) continue;
    if (a >= 2 && words2[a - 1].lower === "of" && /^(?:one|two|three|some|among)$/.test(words2[a - 2].lower)) a -= 2;
    const s = { start: words2[a].start, end: words2[last].end };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
    k = last;
  }
  return out;
}

// server/src/core/claims/statistics.ts
var NOT_STATISTIC = /* @__PURE__ */ new Set(["date", "time", "duration", "age", "ordinal"]);
function findStatistics(sentence, numbers, ctx) {
  const text = ctx.masked.slice(sentence.start, sentence.end);
  const out = comparisons(sentence, text);
  for (const m of text.includes("orld") ? text.matchAll(WORLD_RANK) : []) {
    const at = sentence.start + (m.index ?? 0);
    out.push({ start: at, end: at + m[0].length, kind: "comparison" });
  }
  for (const r of ctx.words ? recordPhrases(ctx.words) : []) {
    if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push({ start: r.start, end: r.end, kind: "comparison" });
  }
  const missed = missedOrdinals(sentence, numbers, text);
  const sorted2 = missed.length === 0 ? [...numbers] : [...numbers, ...missed];
  sorted2.sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted2.length; k++) {
    const n = sorted2[k];
    if (n.start < sentence.start || n.end > sentence.end) continue;
    if (ctx.masked[n.start] !== ctx.plain[n.start]) continue;
    if (ctx.excluded.some((e) => n.start >= e.start && n.end <= e.end)) continue;
    if (n.type === "money" && k > 0 && conversionOf(sorted2, k, ctx.plain)) continue;
    let end = n.end;
    const ordinal = n.type === "ordinal" || n.type === "date" && /^\S+\s+century$/i.test(n.text) && /\b(?:his|her|their|its)\s+$/i.test(ctx.plain.slice(Math.max(0, n.start - 8), n.start));
    if (ordinal) {
      const word = /^\S+/.exec(n.text)?.[0] ?? n.text;
      const rank = rankEnd(n.type === "date" ? { ...n, text: word, end: n.start + word.length } : n, ctx.plain, sentence.end);
      if (rank < 0) continue;
      end = rank;
    } else {
      if (NOT_STATISTIC.has(n.type) && !measuredDuration(n, ctx.plain)) continue;
      if (n.type === "cardinal" && (!countLike(n, ctx) || framesTime(n, ctx.plain) || ageLimit(n, ctx.plain) || phoneNumber(n, ctx.plain, sentence) || partOfName(n, ctx.plain))) continue;
      if (n.type === "quantity" && eventName(n, ctx.plain)) continue;
      if (n.counted && n.counted.start >= n.end && n.counted.start - n.end <= 12) end = Math.max(end, n.counted.end);
      else if (n.type === "cardinal") end = countedEnd(ctx.plain, n.end, sentence.end);
      const next = sorted2[k + 1];
      const between = next ? ctx.plain.slice(n.end, next.start) : "";
      const pair = next !== void 0 && next.type === n.type && next.end <= sentence.end && n.type !== "cardinal" && (/^\s+(?:to|and)\s+$/.test(between) && /\b(?:from|between)\s+$/i.test(ctx.plain.slice(Math.max(0, n.start - 9), n.start)) || n.type === "quantity" && /^\s+by\s+$/.test(between));
      if (pair) {
        end = next.end;
        k++;
      } else if (n.type === "cardinal" && next?.type === "cardinal" && next.end <= sentence.end && (/^(?:\s+[\p{L}]+)?\s+(?:to|for)\s+$/u.test(between) || /^\s+of\s+(?:the|their|its|his|her)\s+$/.test(between))) {
        end = next.counted && next.counted.start >= next.end && next.counted.start - next.end <= 12 ? Math.max(next.end, next.counted.end) : countedEnd(ctx.plain, next.end, sentence.end);
        k++;
      }
      while (/^\d+-\d+$/.test(ctx.plain.slice(n.start, end)) || /\d-\d+$/.test(ctx.plain.slice(n.start, end))) {
        const more = sorted2[k + 1];
        if (!more || more.end > sentence.end || !/^\d+-\d+$/.test(more.text) || !/^\s+$/.test(ctx.plain.slice(end, more.start))) break;
        end = more.end;
        k++;
      }
    }
    const stat = { start: n.start, end, kind: "number" };
    if (out.some((o) => o.start < stat.end && stat.start < o.end)) continue;
    out.push(stat);
  }
  return out.sort((a, b) => a.start - b.start);
}
function rankEnd(n, plain, limit) {
  const after2 = plain.slice(n.end, Math.min(limit, n.end + 60));
  const standing = /^\s+in\s+the\s+(?:[\p{L}-]+\s+)?(?:table|standings|league|world|rankings?|group|division|conference|championship|pool|race|polls?|charts?)\b/iu.exec(after2);
  if (standing) return n.end + standing[0].length;
  const sup = /^[-\s](?:largest|biggest|highest|lowest|best|worst|richest|poorest|busiest|fastest|strongest|oldest|youngest|most\s+[\p{L}-]+|ranked|placed|place|position|spot|seed(?:ed)?)\b/u.exec(after2);
  if (sup) return n.end + sup[0].length;
  const before = plain.slice(Math.max(0, n.start - 30), n.start).toLowerCase();
  if (/\b(?:was|were|is|are)\s+(?:joint\s+)?$/.test(before) && /^\s*(?:[,.;]|$)/.test(after2)) return n.end;
  if (/\b(?:finish(?:ed|es|ing)?|ranked|ranks|rank|placed|came|comes|come|sits?|sitting|lies|lie|lying|(?:climb(?:ed|s|ing)?|rose|rise[sn]?|moved?|moving|jump(?:ed|s)?|dropped|drop|fell|falls?|slipped|slips?|slumped|up|down)\s+(?:up\s+)?to)\s+(?:joint\s+|equal\s+)?$/.test(before)) {
    return n.end;
  }
  if (/\b(?:the|its|their|his|her)\s+$/.test(before)) {
    const sofar = /^(?:\s+[\p{L}'’-]+){1,6}?\s+(?:(?:so\s+far\s+)?this\s+(?:year|season|month|week|decade|century)|since\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|records\s+began))\b/u.exec(after2);
    if (sofar && !/^first$/i.test(n.text)) return n.end + sofar[0].length;
  }
  if (/\b(?:his|her|their|its)\s+$/.test(before) && !/^first$/i.test(n.text)) {
    const tail = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:goals?|wins?|victory|victories|titles?|medals?|trophy|century|centuries|tries|try|hat-tricks?|defeats?|losses|straight|consecutive|successive)\b(?:\s+of\s+the\s+(?:season|year|campaign|tournament|competition)|\s+(?:this|of)\s+(?:season|year|campaign))?/iu.exec(after2);
    if (tail) return n.end + tail[0].length;
  }
  return -1;
}
function conversionOf(sorted2, k, plain) {
  for (let p = k - 1; p >= 0 && p >= k - 2; p--) {
    const prev = sorted2[p];
    if (prev.type !== "money") return false;
    const between = plain.slice(prev.end, sorted2[k].start);
    if (/^\s*\(\s*$/.test(between) || /^\s*[;,]\s*$/.test(between) && /\(\s*$/.test(plain.slice(Math.max(0, prev.start - 3), prev.start))) return true;
  }
  return false;
}
function ageLimit(n, plain) {
  const before = plain.slice(Math.max(0, n.start - 24), n.start).toLowerCase();
  if (/^(?:over|under|above)\s+\d{2}$/.test(n.text.toLowerCase()) && /\b(?:people|those|anyone|adults|men|women|patients|residents|voters|drivers|workers|pensioners|children)\s+$/.test(before)) return true;
  if (/\bat\s+$/.test(before) && /^\d{1,2}$/.test(n.text) && /^\s*(?:[,.;]|to\s+\p{Ll}|and\s|$)/u.test(plain.slice(n.end, n.end + 12))) return true;
  return /\b(?:ages?|aged|age\s+(?:of|to|from|limit\s+(?:of|to)))\s+(?:(?:of|to|from|between|over|under)\s+)?$/.test(before) || /\baged\s+\d+\s+(?:to|and|-)\s*$/.test(before);
}
function partOfName(n, plain) {
  if (plain[n.start - 1] === "/" || plain[n.end] === "/") return true;
  if (plain[n.start - 1] === "#" && plain[n.start - 2] === "&") return true;
  if (/^(?:1[89]|20)\d{2}$/.test(n.text) && /^\s+\p{Lu}/u.test(plain.slice(n.end, n.end + 3))) return true;
  if (/\b(?:version|release|model|series|mark|generation|phase|stage|grade|type|class|chapter|episode|article|section|clause|page|room|gate|platform|tier|category)\s+$/i.test(plain.slice(Math.max(0, n.start - 12), n.start))) return true;
  if (/^\d{8,}$/.test(n.text) || /\bthe\s+number\s+$/i.test(plain.slice(Math.max(0, n.start - 12), n.start))) return true;
  if (/^\d{1,2}$/.test(n.text) && Number(n.text) <= 31 && DAY_RANGE.test(plain.slice(n.end, n.end + 30))) return true;
  if (/\b\d{1,2}\s*(?:and|to|-|–)\s*\d{1,2}$/.test(n.text) && DAY_RANGE.test(` and 1${plain.slice(n.end, n.end + 12)}`)) return true;
  return /\b(?:No\.|Number|Nos\.)\s*$/.test(plain.slice(Math.max(0, n.start - 8), n.start));
}
var DAY_RANGE = /^\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
function phoneNumber(n, plain, sentence) {
  const before = plain.slice(Math.max(sentence.start, n.start - 60), n.start).toLowerCase();
  return /\b(?:call|calls|calling|ring|dial|phone|telephone|text|contact|hotline|helpline)\b[^.]{0,50}\b(?:on|number)\s+$/.test(before) || /^0\d{2,}/.test(n.text);
}
var ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/giu;
var DIGIT_ORDINAL_HINT = /\d(?:[sſ]t|nd|rd|th)/i;
var WORD_ORDINAL_HINT = /fir[sſ]t|[sſ]econd|third|fourth|fifth|[sſ]ixth|[sſ]eventh|eighth|ninth|tenth|eleventh|twelfth/i;
function missedOrdinals(sentence, numbers, text) {
  const out = [];
  if (!DIGIT_ORDINAL_HINT.test(text) && !WORD_ORDINAL_HINT.test(text)) return out;
  ORDINAL_WORD.lastIndex = 0;
  let m;
  while ((m = ORDINAL_WORD.exec(text)) !== null) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (numbers.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, text: m[0], type: "ordinal", value: { display: m[0] }, sentence: -1 });
  }
  return out;
}
function framesTime(n, plain) {
  const before = plain.slice(Math.max(0, n.start - 20), n.start).toLowerCase();
  if (!/\b(?:the|its|their|his|her|our)\s+(?:last|past|previous|next|coming|first|final)\s+$/.test(before)) return false;
  return /^\s+(?:years?|months?|weeks?|days?|decades?|cycles?|seasons?|elections?|quarters?|terms?|sessions?|centuries|hours?|minutes?|nights?|weekends?|summers?|winters?|generations?)\b/i.test(plain.slice(n.end, n.end + 16));
}
function eventName(n, plain) {
  return /^\s+(?:world\s+|national\s+|olympic\s+|european\s+)?(?:records?|title|finals?|race|event|hurdles|relay|freestyle|butterfly|backstroke|breaststroke|medley|steeplechase|heats?|semi-finals?|champion(?:ship)?s?|gold|silver|bronze|specialist|runner)\b/i.test(
    plain.slice(n.end, n.end + 30)
  );
}
function measuredDuration(n, plain) {
  if (n.type !== "duration") return false;
  const before = plain.slice(Math.max(0, n.start - 30), n.start).toLowerCase();
  if (/\b(?:lasted|lasting|took|takes|taking|clocking|clocked|clocks?|in a time of|a time of|finished in|finishing in|won in|completed in|ran|swam|timed at|record of|best of)\s+(?:up to\s+|about\s+|nearly\s+|more than\s+|under\s+|just\s+(?:under|over)\s+|a\s+)?$/.test(before)) return true;
  return /^\d+\.\d+\s*(?:s|sec|secs|seconds?)$/i.test(n.text.trim());
}
var SMALL_REMENTION = /\b(?:the|all|both|those|these|each of the|all of the|the other)\s+$/i;
function countLike(n, ctx) {
  const plain = ctx.plain;
  const text = n.text.toLowerCase();
  if (/^(?:one|a|an)$/.test(text)) return false;
  const before = plain.slice(Math.max(0, n.start - 20), n.start);
  if (SMALL_REMENTION.test(before) && !/\bother\b/i.test(plain.slice(n.end, n.end + 8))) {
    if (!/\d/.test(text) || writtenBefore(ctx, text, n.start)) return false;
  }
  if (/^(?:several|some|many|few|a few|numerous)$/.test(text)) return false;
  const after2 = plain.slice(n.end, n.end + 4);
  if (/^\s*(?:of\s+(?:the|them|us|those|these|his|her|their))\b/i.test(after2 + plain.slice(n.end + 4, n.end + 12)) && /^(?:one|two|three|four|five|\d)$/.test(text)) return false;
  return true;
}
var isNumberChar = (c) => c >= 48 && c <= 57 || c === 46 || c === 44;
function writtenBefore(ctx, figure, before) {
  const plain = ctx.plain;
  let first = ctx.firstFigures.get(figure);
  if (first === void 0) {
    first = -1;
    for (let at2 = plain.indexOf(figure); at2 >= 0; at2 = plain.indexOf(figure, at2 + 1)) {
      const end = at2 + figure.length;
      if ((at2 === 0 || !isNumberChar(plain.charCodeAt(at2 - 1))) && (end === plain.length || !isNumberChar(plain.charCodeAt(end)))) {
        first = at2;
        break;
      }
    }
    ctx.firstFigures.set(figure, first);
  }
  if (first >= 0 && first + figure.length <= before) return true;
  const at = before - figure.length;
  return at >= 0 && plain.startsWith(figure, at) && (at === 0 || !isNumberChar(plain.charCodeAt(at - 1)));
}
var COUNT_STOP = new Set(
  "were was are is be been had has have will would could should may might did do does who which that and or but in on at to for from by with as than of said says told since after before when while into over under about between during its their his her the a an this these those it they he she we also still now not".split(
    " "
  )
);
function countedEnd(plain, from, limit) {
  const re = /\s+(?:of\s+)?([\p{L}][\p{L}'’-]*)/uy;
  let end = from;
  let pos = from;
  for (let k = 0; k < 4; k++) {
    re.lastIndex = pos;
    const m = re.exec(plain);
    if (!m || m.index + m[0].length > limit) break;
    const word = m[1].toLowerCase();
    if (COUNT_STOP.has(word) || /ly$/.test(word)) break;
    if (/^of\s/.test(m[0].trimStart()) && k > 0) break;
    end = m.index + m[0].length;
    pos = end;
    if (/[^s]s$/.test(word) && k > 0) break;
  }
  return end;
}
var SUPERLATIVE = /\b(?:(?:most|least)\s+[\p{L}-]+|best|worst|biggest|largest|highest|lowest|fastest|slowest|strongest|weakest|deadliest|hottest|coldest|wettest|driest|busiest|sharpest|steepest|longest|shortest|greatest|smallest|heaviest|warmest|cheapest|costliest|widest|deepest|worst-ever|best-ever)\s+/giu;
var BASELINE = /^(?:[\p{L}'’-]+\s+){0,8}?(?:since\b|in\s+(?:(?:more\s+than|almost|nearly|over|at\s+least)\s+)?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a\s+hundred)\s+(?:[\p{L}-]+\s+)?(?:decades?|years?|centur(?:y|ies)|generations?|months?)\b|on\s+record\b|(?:so\s+far\s+)?this\s+(?:year|season|month|week|decade|century)\b|in\s+(?:(?:its|their|his|her|the)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?history\b|ever\b|in\s+(?:\d{4}|its\s+history)\b|for\s+(?:(?:more\s+than|almost|nearly|at\s+least)\s+)?(?:a|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:decades?|years?|months?)\b)/iu;
var RECORD_NOUN = /(?:,\s+|\b(?:set|sets|setting|equalled|equaled|broke|breaks|breaking)\s+)(?:a|an)\s+(?:new\s+)?((?:[\p{L}-]+\s+){0,2}record)\b/giu;
var RECORD = /\b(?:(?:a|an|the)\s+)?(?:record|all-time|record-breaking)\s+(?:high|low|level|levels|number|numbers|pace|amount|year|heat|temperatures?|sales|profits?|losses?|turnout|highs|lows|close|closing)\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b/giu;
var COMPARISON_HINT = /est\s|most\s|least\s|best|worst|record|all-time|doubled|tripled|trebled|quadrupled|halved/i;
var NUMBER_WORD = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
var COMPOUND_COUNT = new RegExp(
  `\\b${NUMBER_WORD}-(?:match|game|fight|race|point|goal|stroke|shot|run|seat|vote|wicket|try)\\s+(?:(?:unbeaten|winning|losing|scoreless|undefeated|perfect)\\s+)?(?:run|streak|sequence|lead|win|victory|margin|majority|defeat|advantage|deficit|cushion|haul)\\b`,
  "giu"
);
var COMPOUND_COUNT_HINT = /-(?:match|game|fight|race|point|goal|[s\u017f]tro[k\u212a]e|[s\u017f]hot|run|[s\u017f]eat|vote|wic[k\u212a]et|try)/i;
var FIRST_TO = /\bthe\s+(?:first|only)\s+(?!(?:time|step|thing|day|week|month|year|half|quarter|round)\b)(?:[\p{L}'’-]+\s+){1,7}?to\s+(?!(?:the|a|an|his|her|their|its|be|date|this|that)\b)\p{Ll}+/giu;
var FIRST_TO_HINT = /fir[sſ]t|only/i;
function comparisons(sentence, text) {
  const out = [];
  let m;
  if (COMPOUND_COUNT_HINT.test(text)) {
    COMPOUND_COUNT.lastIndex = 0;
    while ((m = COMPOUND_COUNT.exec(text)) !== null) {
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, kind: "comparison" });
    }
  }
  if (FIRST_TO_HINT.test(text)) {
    FIRST_TO.lastIndex = 0;
    while ((m = FIRST_TO.exec(text)) !== null) {
      const at = m.index + m[0].indexOf(" ") + 1;
      const end = clauseEnd(text, m.index + m[0].length, true);
      out.push({ start: sentence.start + at, end: sentence.start + end, kind: "comparison" });
    }
  }
  if (!COMPARISON_HINT.test(text)) return out;
  for (const m2 of text.matchAll(SUPERLATIVE)) {
    const at = m2.index ?? 0;
    const rest = text.slice(at + m2[0].length);
    const b = BASELINE.exec(rest);
    if (!b) continue;
    const tailStart = at + m2[0].length + b[0].length;
    const end = clauseEnd(text, tailStart, /since$/i.test(b[0]) || /\bin$/i.test(b[0]));
    out.push({ start: sentence.start + at, end: sentence.start + end, kind: "comparison" });
  }
  for (const m2 of text.matchAll(RECORD_NOUN)) {
    const at = (m2.index ?? 0) + m2[0].length - m2[1].length;
    const s = { start: sentence.start + at, end: sentence.start + (m2.index ?? 0) + m2[0].length, kind: "comparison" };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  }
  for (const m2 of text.matchAll(RECORD)) {
    const at = (m2.index ?? 0) + (/^(?:a|an|the)\s/i.test(m2[0]) ? m2[0].indexOf(" ") + 1 : 0);
    const s = { start: sentence.start + at, end: sentence.start + (m2.index ?? 0) + m2[0].length, kind: "comparison" };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  }
  return out;
}
function clauseEnd(text, from, openBaseline) {
  if (!openBaseline) return trimRight(text, from);
  const re = /[,;:)(—–]|\s(?:as|while|and|but|when|after|because|although|though|with|which|where|who|according)\s|[.!?]["”’]?\s*$|\s-\s/giu;
  re.lastIndex = from;
  const m = re.exec(text);
  return trimRight(text, m ? m.index : text.length);
}
function trimRight(text, end) {
  while (end > 0 && /[\s.!?"”’]/.test(text[end - 1])) end--;
  return end;
}

// server/src/core/claims/fallbackNumbers.ts
var MONTHS2 = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
var WORD_NUM = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\\s+dozen|dozens|hundreds|thousands|millions|billions|tens\\s+of\\s+thousands|half|a\\s+third|a\\s+quarter|two-thirds|three-quarters";
var NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?`;
var SCALE = `(?:\\s*(?:million|billion|trillion|thousand|bn|m|k)\\b)?`;
var QUAL = `(?:(?:about|around|roughly|approximately|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|up\\s+to|over|under|just\\s+over|just\\s+under|some|an\\s+estimated|a\\s+total\\s+of)\\s+)?`;
var UNITS = "km|kilometres?|kilometers?|miles?|metres?|meters?|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|acres?|hectares?|sq\\s+km|square\\s+(?:miles?|kilometres?|kilometers?|feet|metres?|meters?)|feet|foot|ft|inches?|mph|km/h|kph|degrees?|\xB0[CF]?|C|F|MW|GW|kWh|barrels?|bpd|points?|goals?|runs?|yards?|wickets?|votes?|seats?";
var TIME_UNITS2 = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|nights?";
var FALLBACK = new RegExp(
  [
    `(?<date>\\b(?:${MONTHS2})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?\\b|\\b\\d{1,2}\\s+(?:${MONTHS2})\\b(?:\\s+\\d{4})?|\\b(?:${MONTHS2})\\s+\\d{4}\\b|\\b(?:1[89]|20)\\d{2}s?\\b(?![\\s-]*(?:%|per|km|people|tonnes))|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\b\\d{1,2}:\\d{2}\\b)`,
    `(?<age>\\b\\d{1,3}-years?-old\\b|\\baged\\s+\\d{1,3}\\b|(?<=\\p{Lu}[\\p{L}'\u2019-]+,\\s)\\d{1,3}(?=,))`,
    `(?<money>${QUAL}(?:US\\$|A\\$|C\\$|NZ\\$|\\$|\xA3|\u20AC|\xA5)\\s?${NUM}${SCALE}|${QUAL}${NUM}${SCALE}\\s+(?:dollars|euros|pounds|roubles|rubles|yen|yuan|rupees|hryvnias)\\b)`,
    `(?<percent>${QUAL}${NUM}\\s?(?:%|per\\s?cent\\b|percent\\b|percentage\\s+points?\\b))`,
    `(?<duration>\\b(?:${QUAL})(?:${NUM}|${WORD_NUM}|a|an)[\\s-]+(?:${TIME_UNITS2})\\b)`,
    `(?<quantity>${QUAL}${NUM}${SCALE}\\s?(?:${UNITS})(?![\\p{L}]))`,
    `(?<cardinal>${QUAL}(?<![\\p{L}\\p{N}][-.]?)(?:${NUM}${SCALE}|\\b(?:${WORD_NUM})(?:[\\s-]+(?:${WORD_NUM}))*\\b(?:\\s+(?:million|billion|thousand))?)(?![\\p{L}\\p{N}]))`
  ].join("|"),
  "giu"
);
function fallbackNumbers(plain, sentence, index) {
  const out = [];
  const text = plain.slice(sentence.start, sentence.end);
  ANCHOR.lastIndex = 0;
  let covered2 = 0;
  let a;
  while ((a = ANCHOR.exec(text)) !== null) {
    if (a.index < covered2) continue;
    const from = Math.max(covered2, a.index - 30);
    FALLBACK.lastIndex = from;
    let m;
    while ((m = FALLBACK.exec(text)) !== null && m.index <= a.index) {
      covered2 = Math.max(covered2, m.index + m[0].length);
      const n = fallbackMatch(plain, sentence, index, m);
      if (n && !out.some((o) => o.start < n.end && n.start < o.end)) out.push(n);
    }
    covered2 = Math.max(covered2, a.index + a[0].length);
  }
  return out;
}
var ANCHOR = new RegExp(`[\\d$\xA3\u20AC\xA5]|\\b(?:${WORD_NUM})\\b`, "gi");
function fallbackMatch(plain, sentence, index, m) {
  {
    const g = m.groups ?? {};
    const type = Object.keys(g).find((k) => g[k] !== void 0);
    if (!type) return void 0;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const prev = plain.slice(Math.max(sentence.start, start - 12), start);
    if (type === "cardinal" && /\d/.test(m[0]) && /\p{Lu}[\p{L}]*\s$/u.test(prev) && !/^(?:About|Some|Nearly|More|Over|Around|Almost|Only|Just|To|Of|In|And|Than|By)\s$/.test(prev.slice(prev.lastIndexOf(" ", prev.length - 2) + 1))) return void 0;
    if (/[\p{L}]$/u.test(plain[start - 1] ?? " ") && /^\d/.test(m[0])) return void 0;
    return { start, end, text: m[0], type, value: { display: m[0] }, sentence: index };
  }
}

// server/src/core/claims/sourcing.ts
function resolvePronoun(pronoun, before, antecedents) {
  for (let k = antecedents.length - 1; k >= 0; k--) {
    const a = antecedents[k];
    if (a.offset >= before) continue;
    if ((pronoun === "he" || pronoun === "she") && a.personLike && !a.plural) return a;
    if (pronoun === "it" && a.organization && !a.plural) return a;
    if (pronoun === "they" && (a.plural || a.organization)) return a;
  }
  return void 0;
}
function subjectMentions(plain, sentences, mentions) {
  const out = [];
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const s = sentences[m.sentence];
    if (!s) continue;
    if (m.start <= s.start) {
      out.push(m);
      continue;
    }
    const lead = plain.slice(s.start, m.start);
    const adverbial = /^\s*(?:(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s*)?/u.exec(lead)?.[0] ?? "";
    const title = lead.slice(adverbial.length).split(/\s+/).filter((w) => w !== "");
    if (title.length <= 4 && title.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS2.has(w.toLowerCase()) || TITLE_WORDS2.has(w.toLowerCase()))) out.push(m);
  }
  return out;
}
var TITLE_WORDS2 = new Set("master executive general chief head deputy senior former acting interim vice state county city district regional national".split(" "));
function groupSubject(plain, s) {
  const m = /^(\s*(?:(?:The|Some|Many|Several|Local|Other)\s+)?(?:[\p{L}'’-]+\s+){0,2}?)([\p{L}'’-]+)\b/u.exec(plain.slice(s.start, Math.min(s.end, s.start + 80)));
  if (!m) return void 0;
  const head = m[2].toLowerCase();
  const start = s.start + (/\S/.exec(m[0])?.index ?? 0);
  if (head === "police" && m[1].trim() === "") return { start, end: s.start + m[0].length, quality: "named", plural: true };
  if (INSTITUTION_NOUNS.has(head) && /^\s*The\s/.test(m[1])) return { start, end: s.start + m[0].length, quality: "named", plural: false };
  if (!ROLE_NOUNS2.has(head) || !/(?:[^s]s|people|men)$/.test(head)) return void 0;
  return { start, end: s.start + m[0].length, quality: "vague", plural: true };
}
function onlyQuotation(masked, span3, quotations) {
  if (!quotations.some((q) => q.start >= span3.start && q.start < span3.end)) return false;
  const rest = masked.slice(span3.start, span3.end).replace(/``|''|["“”]/g, "");
  return !/[\p{L}\p{N}]/u.test(rest);
}
function endsWithIntroduction(plain, p) {
  const tail = plain.slice(Math.max(p.start, p.end - 40), p.end);
  return /(?::|--|—|\bas follows\s*[:.-]*)\s*$/u.test(tail);
}
function citationsBySentence(text, sentences, paragraphs, footnoteRefs, footnoteDefs, links) {
  const out = /* @__PURE__ */ new Map();
  const marks = [
    ...footnoteRefs.filter((r) => footnoteDefs[r.id] !== void 0),
    ...links
  ].map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end) }));
  if (marks.length === 0) return out;
  for (const s of sentences) {
    const p = paragraphs[s.paragraph];
    const next = sentences[s.index + 1];
    const lineEnd = text.indexOf("\n", p.end);
    const reach = next && next.paragraph === s.paragraph ? next.start : lineEnd < 0 ? text.length : lineEnd;
    const c = marks.find((m) => m.start >= s.start && m.start < Math.max(reach, s.end));
    if (c) out.set(s.index, c);
  }
  return out;
}
function carried(a, sentence) {
  return { ...a, sentence, via: "carry-over" };
}

// server/src/core/claims/diagnosticMessages.ts
function short(text, max = 60) {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}\u2026`;
}
function unsourcedDiagnostic(code, claim, sentence, plain, footnote) {
  const what = code === "unsourced-quote" ? "quotation" : "statistic";
  const example = code === "unsourced-quote" ? '"..., she said"' : '"..., officials said"';
  const shown = code === "unsourced-quote" ? short(claim.text.replace(/^(?:``|["“])|(?:''|["”])$/g, "")) : short(claim.text);
  const { terminator, afterQuote } = sentenceEnding(plain, sentence);
  const data = {
    claim: claim.text,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    terminator,
    afterQuote,
    citeAt: claim.end,
    footnote
  };
  return {
    code,
    severity: "warning",
    start: claim.start,
    end: claim.end,
    message: `Unsourced ${what} "${shown}": add who said it, e.g. ${example}, or cite it with [^${footnote}]`,
    related: [],
    data
  };
}
function sentenceEnding(plain, sentence) {
  let e = sentence.end;
  while (e > sentence.start && /\s/.test(plain[e - 1])) e--;
  let q = e;
  while (q > sentence.start && /["”’')\]]/.test(plain[q - 1])) q--;
  const hasQuote = q < e && /["”]/.test(plain.slice(q, e));
  if (q > sentence.start && /[.!?]/.test(plain[q - 1])) {
    return { terminator: q - 1, afterQuote: hasQuote ? e : -1 };
  }
  return { terminator: -1, afterQuote: hasQuote ? e : -1 };
}
function vagueSourceDiagnostic(a, related, impersonal) {
  const message = impersonal ? `Vague source "${short(a.source.text)}": impersonal phrasing hides who says this. Name the person or body, or explain why the source cannot be named` : `Vague source "${short(a.source.text)}": no one can be identified. Name the person or body, or explain why the source cannot be named`;
  return {
    code: "vague-source",
    severity: "information",
    start: a.source.start,
    end: a.source.end,
    message,
    related,
    data: { source: a.source.text, sentence: a.sentence }
  };
}

// server/src/core/claims/vagueSources.ts
function vagueSourceDiagnostics(plain, sentences, attributions, antecedents, claims, diagnostics) {
  const claimsByAttribution = /* @__PURE__ */ new Map();
  for (const c of claims) {
    pushTo(claimsByAttribution, c.attribution, c);
  }
  attributions.forEach((a, k) => {
    if (a.quality !== "vague" || a.via !== "sentence" && a.via !== "pronoun") return;
    if (anonymityExplained(plain, sentences, a.sentence)) return;
    const related = (claimsByAttribution.get(k) ?? []).map((c) => ({ start: c.start, end: c.end, message: `The ${c.kind} this source is given for: "${short(c.text)}"` }));
    if (a.via === "pronoun") {
      const ante = antecedents.filter((x) => x.offset < a.source.start && x.quality === "vague").pop();
      if (ante) related.push({ start: ante.source.start, end: ante.source.end, message: `"${a.source.text}" refers to "${short(plain.slice(ante.source.start, ante.source.end))}"` });
    }
    diagnostics.push(vagueSourceDiagnostic(a, related, a.source.start === a.verb.start && a.source.end === a.verb.end));
  });
}
var ANONYMITY = /\b(?:on (?:the )?condition of anonymity|asked not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|did not want to be (?:named|identified)|requested anonymity|(?:was|were|is|are|wasn't|weren't) not (?:authori[sz]ed|allowed|permitted) to (?:speak|comment|talk)|(?:wasn't|weren't|isn't|aren't) (?:authori[sz]ed|allowed|permitted) to (?:speak|comment|talk))\b/i;
function anonymityExplained(plain, sentences, si) {
  const s = sentences[si];
  if (!s) return false;
  if (ANONYMITY.test(plain.slice(s.start, s.end))) return true;
  const next = sentences[si + 1];
  if (next === void 0 || next.paragraph !== s.paragraph) return false;
  const text = plain.slice(next.start, next.end);
  return /^\s*(?:He|She|They|Both|Neither|All|Each|The\s+\p{L}+\s+(?:spoke|asked|declined|did|was|were))\b/u.test(text) && ANONYMITY.test(text);
}

// server/src/core/claims/analyzeClaims.ts
function analyzeClaims(input) {
  const { plain, paragraphs, sentences } = input;
  const quotations = findQuotations(plain, paragraphs);
  const body = paragraphs.filter((p) => p.role === "body");
  const masked = maskQuotations(plain, quotations);
  const firstBody = body[0];
  const datelineEnd = firstBody && firstBody.index <= 5 ? datelinePrefixEnd(plain, firstBody) : 0;
  const quotesBySentence = /* @__PURE__ */ new Map();
  for (const q of quotations) {
    const s = sentenceAt(sentences, paragraphs[q.paragraph], q.start);
    if (s < 0) continue;
    const list = quotesBySentence.get(s) ?? [];
    list.push(q);
    quotesBySentence.set(s, list);
  }
  const sourcing = new Sourcing(input, masked, quotations, quotesBySentence, firstBody, datelineEnd);
  sourcing.shortQuotations();
  sourcing.headline();
  for (const p of body) sourcing.paragraph(p);
  sourcing.citations();
  const { attributions, antecedents } = sourcing;
  const { claims, diagnostics } = collectClaims(input, sourcing, body);
  claims.sort((a, b) => a.start - b.start);
  vagueSourceDiagnostics(plain, sentences, attributions, antecedents, claims, diagnostics);
  diagnostics.push(...unbalancedQuoteDiagnostics(quotations));
  return { quotations, attributions, claims, diagnostics: diagnostics.sort((a, b) => a.start - b.start) };
}
var Sourcing = class {
  constructor(input, masked, quotations, quotesBySentence, firstBody, datelineEnd) {
    this.input = input;
    this.masked = masked;
    this.quotations = quotations;
    this.quotesBySentence = quotesBySentence;
    this.firstBody = firstBody;
    this.datelineEnd = datelineEnd;
    this.subjects = subjectMentions(input.plain, input.sentences, input.mentions);
    this.syntax = new SentenceSyntax(input.tokens, input.sentences);
    for (const q of quotations) this.lastQuoteOf.set(q.paragraph, q);
  }
  input;
  masked;
  quotations;
  quotesBySentence;
  firstBody;
  datelineEnd;
  attributions = [];
  /** Source quality facts of each attribution, by index. */
  infos = [];
  /** Sentence -> its own attributions. */
  own = /* @__PURE__ */ new Map();
  /** Sentence -> carried-over attribution. */
  inherited = /* @__PURE__ */ new Map();
  /** Attributions by a verb of speaking that source quotations only (`urged`, `pledged`). */
  quotesOnly = /* @__PURE__ */ new Set();
  syntax;
  antecedents = [];
  subjects;
  nextSubject = 0;
  /** Attribution of the last attributed quotation of the previous body paragraph. */
  previousSpeaker = -1;
  /** Attribution of a previous paragraph that ends in `X said:`. */
  previousIntro = -1;
  /** A previous paragraph that ends inside an open, unattributed multi-paragraph quotation, or -1. */
  previousOpen = -1;
  /** The last quotation of each paragraph (quotations are in document order). */
  lastQuoteOf = /* @__PURE__ */ new Map();
  /** Per paragraph: the attribution of its latest attributed quotation, and its latest attribution. */
  paragraphSpeaker = -1;
  lastAttribution = -1;
  add(a, info) {
    this.attributions.push(a);
    this.infos.push(info);
    return this.attributions.length - 1;
  }
  /**
   * A quotation of two or three words is a claim only with a verb (section 2): where the words
   * look like one (`"wasteful spending"`), the part-of-speech tags of the sentence decide.
   */
  shortQuotations() {
    const { plain } = this.input;
    for (const [si, quotes] of this.quotesBySentence) {
      for (const q of quotes) {
        if (!q.isClaim || q.words > 3) continue;
        const words2 = this.syntax.tag(si, wordsOf(plain, q.innerStart, q.innerEnd), true).filter((w) => w.punct === "");
        const last = words2[words2.length - 1];
        if (!last || !/(?:ing|ed)$/.test(last.lower) || words2.some((w) => COMMON_VERBS.has(w.lower) || w.pos === "PRP")) continue;
        if (words2.every((w) => w.pos !== "") && !words2.some((w) => isVerb(w) && w.chunk !== "I-NP")) q.isClaim = false;
      }
    }
  }
  /** Headline `Claim: Speaker`. */
  headline() {
    const { plain, paragraphs, mentions, entities } = this.input;
    const headline = paragraphs[0]?.role === "headline" ? paragraphs[0] : void 0;
    if (!headline) return;
    const sp = headlineSpeaker(plain, headline);
    if (!sp) return;
    const info = classifySource(sp, { plain, mentions, sentenceStart: headline.start });
    const entity = info.quality === "named" ? resolveEntity(sp, mentions, entities, plain) : -1;
    this.add(
      {
        source: { start: sp.start, end: sp.end, text: plain.slice(sp.start, sp.end) },
        verb: { start: sp.start - 1, end: sp.start - 1, text: "" },
        quality: info.quality,
        entity,
        sentence: headline.sentences[0] ?? -1,
        via: "headline"
      },
      info
    );
  }
  /** One body paragraph: its sentences, then what it hands on to the next paragraph. */
  paragraph(p) {
    const { plain, paragraphs } = this.input;
    this.paragraphSpeaker = -1;
    this.lastAttribution = -1;
    for (const si of p.sentences) this.sentence(p, si);
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
  sentence(p, si) {
    const { sentences } = this.input;
    const masked = this.masked;
    const s = sentences[si];
    const start = p === this.firstBody ? Math.max(s.start, this.datelineEnd) : s.start;
    if (start >= s.end) return;
    const subjects = this.subjects;
    while (this.nextSubject < subjects.length && subjects[this.nextSubject].start < s.start) {
      const m = subjects[this.nextSubject++];
      this.antecedents.push({ offset: m.start, source: m, quality: "named", entity: m.entity, personLike: true, plural: false, organization: false });
    }
    const list = [];
    const raws = mayAttribute(masked.slice(start, s.end)) ? findSentenceAttributions(this.syntax.tag(si, wordsOf(masked, start, s.end))).filter((r) => r.kind !== "naming" || (this.quotesBySentence.get(si) ?? []).some((q) => q.isClaim)) : [];
    const group = raws.length === 0 ? groupSubject(masked, { start, end: s.end }) : void 0;
    if (group) this.antecedents.push({ offset: group.start, source: { start: group.start, end: group.end }, quality: group.quality, entity: -1, personLike: false, plural: group.plural, organization: group.quality === "named" });
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
      let carry = this.paragraphSpeaker;
      const last = this.lastAttribution;
      if (carry < 0 && last >= 0 && this.attributions[last].sentence === si - 1 && this.infos[last].quality === "named") carry = last;
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
  record(raw, s, si) {
    const { plain, mentions, entities } = this.input;
    const source = { start: raw.source.start, end: raw.source.end, text: plain.slice(raw.source.start, raw.source.end) };
    const verb = { start: raw.verb.start, end: raw.verb.end, text: plain.slice(raw.verb.start, raw.verb.end) };
    let info;
    let entity = -1;
    let via = "sentence";
    if (raw.pronoun) {
      via = "pronoun";
      const ante = raw.pronoun === "i" || raw.pronoun === "we" ? void 0 : resolvePronoun(raw.pronoun, raw.source.start, this.antecedents);
      const quality = ante?.quality ?? (raw.pronoun === "they" ? "vague" : "named");
      info = { quality, personLike: raw.pronoun === "he" || raw.pronoun === "she", plural: raw.pronoun === "they" };
      entity = ante?.entity ?? -1;
    } else if (raw.kind === "impersonal") {
      info = { quality: "vague", personLike: false, plural: false };
    } else {
      info = classifySource(raw.source, { plain, mentions, sentenceStart: s.start });
      if (info.quality === "named") entity = resolveEntity(raw.source, mentions, entities, plain);
    }
    const idx = this.add({ source, verb, quality: info.quality, entity, sentence: si, via }, info);
    if (raw.quotesOnly) this.quotesOnly.add(idx);
    if (!raw.pronoun && raw.kind !== "impersonal") {
      const org = !info.personLike && (info.quality === "named" || info.plural);
      this.antecedents.push({ offset: raw.source.start, source, quality: info.quality, entity, personLike: info.personLike, plural: info.plural, organization: org });
    }
    return idx;
  }
  /** Citations source sentences with no attribution. */
  citations() {
    const { text, sentences, paragraphs, footnoteRefs, footnoteDefs, links } = this.input;
    for (const [si, c] of citationsBySentence(text, sentences, paragraphs, footnoteRefs, footnoteDefs, links)) {
      if (this.own.has(si) || this.inherited.has(si) || paragraphs[sentences[si].paragraph].role !== "body") continue;
      const idx = this.add(
        { source: c, verb: c, quality: "named", entity: -1, sentence: si, via: "citation" },
        { quality: "named", personLike: false, plural: false }
      );
      this.inherited.set(si, idx);
      for (const q of this.quotesBySentence.get(si) ?? []) if (q.attribution < 0) q.attribution = idx;
    }
  }
};
function collectClaims(input, sourcing, body) {
  const numbersBySentence = /* @__PURE__ */ new Map();
  for (const n of input.numbers) {
    pushTo(numbersBySentence, n.sentence, n);
  }
  const pass = {
    input,
    sourcing,
    numbersBySentence,
    useFallback: input.numbers.length === 0,
    firstFigures: /* @__PURE__ */ new Map(),
    footnote: nextFootnote(input.footnoteRefs, input.footnoteDefs),
    claims: [],
    diagnostics: []
  };
  for (const p of body) {
    for (const si of p.sentences) sentenceClaims(pass, p, si);
  }
  return { claims: pass.claims, diagnostics: pass.diagnostics };
}
var RECORD_HINT = /est\b|\b(?:most|least|best|worst)\b|-ever\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\d(?:st|nd|rd|th)\b/i;
function sentenceClaims(pass, p, si) {
  const { plain, sentences } = pass.input;
  const { attributions, own, inherited, quotesBySentence, firstBody, datelineEnd, masked } = pass.sourcing;
  const { claims, diagnostics, footnote } = pass;
  const s = sentences[si];
  const start = p === firstBody ? Math.max(s.start, datelineEnd) : s.start;
  if (start >= s.end) return;
  const span3 = { start, end: s.end };
  const ownList = own.get(si) ?? [];
  const statList = ownList.filter((k) => !pass.sourcing.quotesOnly.has(k));
  const fallback = inherited.get(si) ?? -1;
  for (const q of quotesBySentence.get(si) ?? []) {
    if (!q.isClaim) continue;
    const claim = { start: q.start, end: q.end, text: plain.slice(q.start, q.end), kind: "quotation", sentence: si, attribution: q.attribution };
    claims.push(claim);
    if (claim.attribution < 0) diagnostics.push(unsourcedDiagnostic("unsourced-quote", claim, s, plain, footnote));
  }
  const numbers = pass.useFallback ? fallbackNumbers(masked, span3, si) : pass.numbersBySentence.get(si) ?? [];
  const excluded = statList.map((k) => attributions[k].source);
  const words2 = RECORD_HINT.test(masked.slice(start, s.end)) ? pass.sourcing.syntax.tag(si, wordsOf(masked, start, s.end), true) : void 0;
  for (const st of findStatistics(span3, numbers, { plain, masked, excluded, firstFigures: pass.firstFigures, words: words2 })) {
    const attribution = statList.length > 0 ? nearest(statList, attributions, st) : fallback;
    const claim = { start: st.start, end: st.end, text: plain.slice(st.start, st.end), kind: "statistic", sentence: si, attribution };
    claims.push(claim);
    if (claim.attribution < 0) diagnostics.push(unsourcedDiagnostic("unsourced-statistic", claim, s, plain, footnote));
  }
}
function maskQuotations(plain, quotations) {
  if (quotations.length === 0) return plain;
  const parts = [];
  let pos = 0;
  for (const q of quotations) {
    if (q.innerStart < pos) continue;
    parts.push(plain.slice(pos, q.innerStart));
    parts.push(blank(plain.slice(q.innerStart, q.innerEnd)));
    pos = q.innerEnd;
  }
  parts.push(plain.slice(pos));
  return parts.join("");
}
function blank(s) {
  if (!s.includes("\n")) return " ".repeat(s.length);
  return s.split("\n").map((line) => " ".repeat(line.length)).join("\n");
}
function sentenceAt(sentences, p, offset) {
  if (!p) return -1;
  for (const si of p.sentences) {
    const s = sentences[si];
    if (offset >= s.start && offset < s.end) return si;
  }
  return p.sentences[p.sentences.length - 1] ?? -1;
}
function nearest(list, attributions, c) {
  let best2 = list[0];
  let bestDistance = Infinity;
  for (const k of list) {
    const a = attributions[k];
    const d = a.source.end <= c.start ? c.start - a.source.end : a.source.start >= c.end ? a.source.start - c.end : 0;
    if (d < bestDistance) {
      best2 = k;
      bestDistance = d;
    }
  }
  return best2;
}
function nextFootnote(refs, defs) {
  let max = 0;
  for (const id of [...refs.map((r) => r.id), ...Object.keys(defs)]) {
    if (/^\d+$/.test(id)) max = Math.max(max, Number(id));
  }
  return max + 1;
}

// server/src/core/claims/counts.ts
function countSpeakers(entities, quotations, attributions) {
  for (const e of entities) {
    e.quoteCount = 0;
    e.attributionCount = 0;
  }
  for (const a of attributions) {
    const e = a.entity >= 0 ? entities[a.entity] : void 0;
    if (!e) continue;
    if (a.via === "headline" || (a.via === "sentence" || a.via === "pronoun") && !isParticiple(a.verb.text)) e.attributionCount++;
  }
  for (const q of quotations) {
    const a = q.attribution >= 0 ? attributions[q.attribution] : void 0;
    const e = a && a.entity >= 0 ? entities[a.entity] : void 0;
    if (e) e.quoteCount++;
  }
}
function isParticiple(verb) {
  const first = verb.trim().split(/\s+/)[0] ?? "";
  return /^[a-z]+ing$/i.test(first);
}

// server/src/core/inputText.ts
function analysisText(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
function markupCrossing(text, plain) {
  if (plain === text) return () => false;
  const runs = [];
  for (let i = 0; i < text.length; i++) {
    if (plain.charCodeAt(i) === text.charCodeAt(i)) continue;
    const start = i;
    while (i < text.length && plain.charCodeAt(i) !== text.charCodeAt(i)) i++;
    runs.push(start, i);
  }
  return (span3) => {
    const lo = partitionPoint(runs.length / 2, (i) => runs[2 * i + 1] <= span3.start);
    return lo < runs.length / 2 && runs[2 * lo] < span3.end;
  };
}

// server/src/core/analyze.ts
function analyzeArticle(document, options = {}) {
  const languageId = options.languageId ?? "news";
  const text = analysisText(document);
  const markup = extractMarkup(text, languageId);
  const plain = markup.plain;
  const crossesMarkup = markupCrossing(document, plain);
  const paragraphSpans = splitParagraphs(plain, text, languageId);
  const roles = assignRoles(plain, text, paragraphSpans);
  const paragraphs = [];
  const sentences = [];
  const tokens = [];
  paragraphSpans.forEach((span3, index) => {
    const paragraph = { start: span3.start, end: span3.end, index, role: roles[index], sentences: [] };
    paragraphs.push(paragraph);
    for (const s of splitSentences(plain, span3)) {
      const tokenStart = tokens.length;
      tokenizeInto(plain, s.start, s.end, tokens);
      const sentence = {
        start: s.start,
        end: s.end,
        index: sentences.length,
        paragraph: index,
        tokenStart,
        tokenEnd: tokens.length
      };
      paragraph.sentences.push(sentence.index);
      sentences.push(sentence);
    }
  });
  const articleDate = resolveArticleDate(options, markup.frontMatter, plain);
  const tagged = findMentions(plain, sentences, tokens).filter((m) => !crossesMarkup(m));
  const { mentions, entities } = buildEntities({ plain, paragraphs, sentences, mentions: tagged });
  const numbers = recognizeNumbers(plain, sentences, {
    articleDate: articleDate?.date,
    dayFirst: options.dayFirst
  }).filter((n) => !crossesMarkup(n));
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
    links: markup.links
  });
  countSpeakers(entities, claims.quotations, claims.attributions);
  const diagnostics = [...claims.diagnostics, ...consistencyDiagnostics({ text, paragraphs, sentences, mentions, entities })].sort(
    (a, b) => a.start - b.start || a.end - b.end
  );
  return {
    text: document,
    languageId,
    plain,
    articleDate,
    paragraphs,
    sentences,
    tokens,
    mentions,
    entities,
    numbers,
    quotations: claims.quotations,
    attributions: claims.attributions,
    claims: claims.claims,
    diagnostics,
    directives: markup.directives,
    footnotes: markup.footnoteDefs
  };
}
function resolveArticleDate(options, frontMatter, plain) {
  if (options.articleDate && isIsoDate(options.articleDate)) return { date: options.articleDate, origin: "setting" };
  const fm = frontMatter["date"];
  if (fm) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(fm);
    if (m && isIsoDate(m[1])) return { date: m[1], origin: "front-matter" };
  }
  const dl = datelineDate(plain, options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10));
  if (dl) return { date: dl.date, origin: "dateline", ...dl.yearInferred ? { yearInferred: true } : {} };
  return void 0;
}
function isIsoDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

// ../../tmp/prof/phase.ts
var all = (0, import_node_fs.readFileSync)("/work/shared/data/bbc-unlabeled/bbc-news-2004-05.txt", "utf8").split(/^=== .*$/m).map((s) => s.trim()).filter(Boolean);
function doc(bytes, off) {
  const parts = ["Headline for a long article", ""];
  let n = 0;
  for (let i = off; n < bytes; i++) {
    const a = all[i % all.length];
    for (const p of a.split(/\n\n+/).slice(1)) {
      parts.push(p, "");
      n += p.length + 2;
      if (n >= bytes) break;
    }
  }
  return parts.join("\n");
}
for (const kb of [20, 100]) {
  const t = doc(kb * 1024, 100);
  analyzeArticle(t);
  const mid = Math.floor(t.length / 2);
  const times = [];
  for (let i = 0; i < 15; i++) {
    const e = t.slice(0, mid + i) + "x" + t.slice(mid + i);
    const s = performance.now();
    analyzeArticle(e);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(kb, "KB edit p50", times[7].toFixed(1));
}

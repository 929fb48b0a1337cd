import type { ParagraphRole, Span } from '../model';

/**
 * Article roles of paragraphs: headline, byline, dateline, caption, boilerplate, heading,
 * footnote definitions, and body. Only body paragraphs are checked for claims
 * (docs/rules.md, Article structure); the outline shows headline and byline.
 */

const AGENCIES =
  'Reuters|AP|AFP|AAP|Associated Press|Agence France-Presse|Bloomberg|dpa|DPA|Xinhua|PA|PA Media|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Interfax|CNN|BBC';

const BYLINE = new RegExp(
  `^(?:By\\s+\\p{Lu}|Staff\\s+Writers?|Staff\\s+Reporters?|From\\s+staff|Written\\s+by\\s|Reporting\\s+by\\s)|(?:${AGENCIES})$`,
  'u',
);

/**
 * Image captions and credits. The alternatives anchored at the start are tried first; the
 * others can match anywhere, so they only run on paragraphs that have what each needs
 * (`mayHaveCaptionInside`): scanning every body paragraph with them was costly.
 */
const CAPTION_START =
  /^(?:Camera\s*Icon|Photo(?:graph)?\s*:|Image\s*:|Picture\s*:|Caption\s*:|Pictured\s*:|Image\s+caption\s*,)/iu;
const CAPTION_INSIDE =
  /\((?:AP|AFP|AAP|Reuters|Getty)\s+(?:PHOTO|Photo|Images)\)|\((?:AP|AFP|AAP|Reuters|Getty(?:\s+Images)?|Supplied|File|Handout)\)\s*$|\bPhoto(?:graph)?\s*:\s*[\p{Lu}][^.:]{1,60}$|\bCredit\s*:|\bPhoto(?:graph)?\s*(?:by|credit)\s*:?|\/\s*(?:Reuters|AFP|Getty Images|AP)\s*$/iu;

function isCaption(text: string): boolean {
  return CAPTION_START.test(text) || (mayHaveCaptionInside(text) && CAPTION_INSIDE.test(text));
}

/**
 * A necessary condition for `CAPTION_INSIDE`, much cheaper to test: a `/`, a `(` before the
 * first letter of one of its bracketed names (AP, Reuters, Getty, Supplied, File, Handout;
 * under `iu` the long s `ſ` matches `s`), or `photo` or `credit` in any case (under `iu` no
 * other character matches these letters, and without `u` only ASCII letters do).
 */
const CAPTION_INSIDE_HINT = /\/|\([argsfhſ]|photo|credit/i;

function mayHaveCaptionInside(text: string): boolean {
  return CAPTION_INSIDE_HINT.test(text);
}

/** Does `text` have the lower-case ASCII `word` at `i`, in any case? */
function hasWordAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    const l = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    if (l !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Boilerplate lines by their start, or by their end (`BOILERPLATE_END`). */
const BOILERPLATE_START =
  /^(?:\(?(?:Reporting|Additional\s+reporting|Writing|Editing)\s+by\s|Our\s+Standards\s*:|Updated\s*:?\s|Published\s*:?\s|Last\s+updated|Posted\s*:?\s|Tags\s*:|Topics\s*:|Comments?\s*\(|Most\s+(?:read|popular)|Trending|Recommended|Loading|Show\s+more|Print\s+this|Email\s+this|Read\s+more|Read\s+next|Related\s*:|Related\s+(?:stories|articles|coverage)|Sign\s+up|Subscribe|Get\s+the\s+latest|Share\s+(?:this|on)|Follow\s+us|Click\s+here|Advertisement|Continue\s+reading|Download\s+our|Join\s+our|Copyright|©|All\s+rights\s+reserved|Watch\s*:|Listen\s*:|More\s*:|Also\s+read|Don't\s+miss|Newsletter|This\s+story\s+(?:was|has\s+been)\s+(?:updated|corrected))/i;
const BOILERPLATE_END = /(?:newsletter|in\s+your\s+inbox)\.?$/i;

function isBoilerplate(text: string): boolean {
  return BOILERPLATE_START.test(text) || (endsWithNewsletterOrInbox(text) && BOILERPLATE_END.test(text));
}

/** A necessary condition for `BOILERPLATE_END` (an unanchored regex scans the whole paragraph). */
function endsWithNewsletterOrInbox(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  return (end >= 10 && hasWordAt(text, end - 10, 'newsletter')) || (end >= 5 && hasWordAt(text, end - 5, 'inbox'));
}

/** Web page chrome copied with the text: timestamps, share buttons, image source and caption labels. */
const WEB_CHROME =
  /^(?:\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|Published|Updated|Share|Save|Print|Listen|Image\s+source\s*,.*|Media\s+caption\s*,.*|Getty\s+Images|Video|Live|Close|Menu)$/iu;

/** A heading that opens a list of links to other stories: everything short after it is chrome. */
const LINK_LIST_HEADER =
  /^(?:More\s+on\s+this\s+story|Related\s+(?:Topics|Internet\s+Links|stories|articles|coverage|content)|You\s+may\s+also\s+like|Most\s+(?:read|popular|watched)|Top\s+stories|Read\s+more\s+(?:on|about)\b.*|Also\s+in\s+the\s+news|Elsewhere\s+on\s+\S+)$/iu;

/** Wire currency notes: `($1 = 10.62 Norwegian crowns)`. */
const CURRENCY_NOTE = /^\(\s*(?:[$€£¥]|US\$|[A-Z]{3}\s?)\s?1\s*=\s*[^)]{1,60}\)$/u;

const DATELINE_ONLY =
  /^[\p{Lu}][\p{Lu}\s.'-]{1,40}(?:,\s*[\p{L}. ]{2,30})?\s*(?:\([^)]{2,30}\))?\s*[-–—]*\s*$/u;

/**
 * A dateline that opens the first body paragraph (`KYIV, Nov 23 (Reuters) -`,
 * `WASHINGTON (AP) —`, `LONDON --`): returns the offset just after it (and the dash and
 * spaces), or `p.start` when the paragraph has none. That prefix is not checked for claims.
 */
export function datelinePrefixEnd(plain: string, p: Span): number {
  const head = plain.slice(p.start, Math.min(p.end, p.start + 120));
  const m = DATELINE_PREFIX.exec(head);
  return m ? p.start + m[0].length : p.start;
}

const DATELINE_PREFIX =
  /^[\p{Lu}][\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{2,30}\))?\s*(?:[-–—]{1,2}|:)\s+/u;

export function assignRoles(plain: string, original: string, paragraphs: Span[]): ParagraphRole[] {
  const roles: ParagraphRole[] = paragraphs.map(() => 'body');
  let bodySeen = false;
  let linkList = false; // inside a `More on this story` / `Related Topics` list of links
  paragraphs.forEach((p, i) => {
    const text = plain.slice(p.start, p.end).trim();
    // Markup blanked in the plain text (`[^1]:`, `# `, `*`) sits before the paragraph's start.
    const raw = original.slice(original.lastIndexOf('\n', p.start - 1) + 1, p.end).trim();
    if (LINK_LIST_HEADER.test(text)) linkList = true;
    else if (linkList && endsLikeSentence(text)) linkList = false;
    if (/^\[\^[^\]]+\]:/.test(raw)) roles[i] = 'footnote';
    else if (i === 0 && looksLikeHeadline(text, raw)) roles[i] = 'headline';
    else if (/^#{1,6}\s/.test(raw) && !linkList) roles[i] = 'heading';
    else if (isBoilerplate(text) || CURRENCY_NOTE.test(text) || WEB_CHROME.test(text) || linkList) roles[i] = 'boilerplate';
    else if (text.length < 400 && isCaption(text) && !/^By\s/.test(text)) roles[i] = 'caption';
    else if (underImage(original, p.start, raw)) roles[i] = 'caption';
    else if ((i <= 3 || (!bodySeen && i <= 10)) && isByline(text)) roles[i] = 'byline';
    else if (i <= 4 && DATELINE_ONLY.test(text)) roles[i] = 'dateline';
    else if (i > 0 && isSubheading(text, paragraphs.length - i)) roles[i] = 'heading';
    if (roles[i] === 'body' && endsLikeSentence(text)) bodySeen = true;
  });
  return roles;
}

/** `/[.!?"”]$/` without scanning the paragraph for where it could match. */
function endsLikeSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201d;
}

/** Markdown: an italic line right under an image (`![..](..)`) is the image's caption. */
function underImage(original: string, start: number, raw: string): boolean {
  if (!/^[*_][^*_]/.test(raw)) return false; // the common case: no italic line, nothing to slice
  const lineStart = original.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = original.indexOf('\n', start);
  const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd).trim();
  if (!/[*_]$/.test(line) || line.length > 400) return false;
  const before = original.slice(Math.max(0, lineStart - 600), lineStart).trimEnd();
  const prevLine = before.slice(before.lastIndexOf('\n') + 1).trim();
  return /^!\[[^\]]*\]\([^)]*\)$/.test(prevLine);
}

function looksLikeHeadline(text: string, raw: string): boolean {
  if (/^#\s/.test(raw)) return true;
  if (text.length > 200) return false;
  // A headline does not end like a sentence (but may end in ? or a quote).
  return !/[.;,]$/.test(text) || /\s[A-Z][a-z]+:?$/.test(text);
}

function isByline(text: string): boolean {
  if (text.length > 80) return false;
  if (BYLINE.test(text)) return true;
  // Glued bylines: `Staff WritersReuters`.
  return new RegExp(`^(?:Staff\\s+Writers?|By\\s).*(?:${AGENCIES})$`, 'u').test(text);
}

/** A short title-like line between body paragraphs (a sub-heading). */
function isSubheading(text: string, remaining: number): boolean {
  if (remaining <= 1 || text.length > 70) return false; // before splitting the words
  const words = text.split(/\s+/);
  if (words.length > 8) return false;
  if (/[.!?,;:"”]$/.test(text)) return false;
  return /^\p{Lu}/u.test(text);
}

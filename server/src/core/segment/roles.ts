import type { ParagraphRole, Span } from '../model';

/**
 * Article roles of paragraphs: headline, byline, dateline, caption, boilerplate, heading,
 * footnote definitions, and body. Only body paragraphs are checked for claims
 * (spec/claims.md section 1); the outline shows headline and byline.
 */

const AGENCIES =
  'Reuters|AP|AFP|AAP|Associated Press|Agence France-Presse|Bloomberg|dpa|DPA|Xinhua|PA|PA Media|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Interfax|CNN|BBC';

const BYLINE = new RegExp(
  `^(?:By\\s+\\p{Lu}|Staff\\s+Writers?|Staff\\s+Reporters?|From\\s+staff|Written\\s+by\\s|Reporting\\s+by\\s)|(?:${AGENCIES})$`,
  'u',
);

const CAPTION =
  /^(?:Camera\s*Icon|Photo(?:graph)?\s*:|Image\s*:|Picture\s*:|Caption\s*:|Pictured\s*:|Image\s+caption\s*,)|\((?:AP|AFP|AAP|Reuters|Getty)\s+(?:PHOTO|Photo|Images)\)|\((?:AP|AFP|AAP|Reuters|Getty(?:\s+Images)?|Supplied|File|Handout)\)\s*$|\bPhoto(?:graph)?\s*:\s*[\p{Lu}][^.:]{1,60}$|\bCredit\s*:|\bPhoto(?:graph)?\s*(?:by|credit)\s*:?|\/\s*(?:Reuters|AFP|Getty Images|AP)\s*$/iu;

const BOILERPLATE =
  /^(?:\(?(?:Reporting|Additional\s+reporting|Writing|Editing)\s+by\s|Our\s+Standards\s*:|Updated\s*:?\s|Published\s*:?\s|Last\s+updated|Posted\s*:?\s|Tags\s*:|Topics\s*:|Comments?\s*\(|Most\s+(?:read|popular)|Trending|Recommended|Loading|Show\s+more|Print\s+this|Email\s+this|Read\s+more|Read\s+next|Related\s*:|Related\s+(?:stories|articles|coverage)|Sign\s+up|Subscribe|Get\s+the\s+latest|Share\s+(?:this|on)|Follow\s+us|Click\s+here|Advertisement|Continue\s+reading|Download\s+our|Join\s+our|Copyright|©|All\s+rights\s+reserved|Watch\s*:|Listen\s*:|More\s*:|Also\s+read|Don't\s+miss|Newsletter|This\s+story\s+(?:was|has\s+been)\s+(?:updated|corrected))|(?:newsletter|in\s+your\s+inbox)\.?$/i;

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
    else if (linkList && /[.!?"”]$/.test(text)) linkList = false;
    if (/^\[\^[^\]]+\]:/.test(raw)) roles[i] = 'footnote';
    else if (i === 0 && looksLikeHeadline(text, raw)) roles[i] = 'headline';
    else if (/^#{1,6}\s/.test(raw) && !linkList) roles[i] = 'heading';
    else if (BOILERPLATE.test(text) || CURRENCY_NOTE.test(text) || WEB_CHROME.test(text) || linkList) roles[i] = 'boilerplate';
    else if (CAPTION.test(text) && text.length < 400 && !/^By\s/.test(text)) roles[i] = 'caption';
    else if (underImage(original, p.start, raw)) roles[i] = 'caption';
    else if ((i <= 3 || (!bodySeen && i <= 10)) && isByline(text)) roles[i] = 'byline';
    else if (i <= 4 && DATELINE_ONLY.test(text)) roles[i] = 'dateline';
    else if (i > 0 && isSubheading(text, paragraphs.length - i)) roles[i] = 'heading';
    if (roles[i] === 'body' && /[.!?"”]$/.test(text)) bodySeen = true;
  });
  return roles;
}

/** Markdown: an italic line right under an image (`![..](..)`) is the image's caption. */
function underImage(original: string, start: number, raw: string): boolean {
  const lineStart = original.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = original.indexOf('\n', start);
  const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd).trim();
  if (!/^[*_][^*_]/.test(raw) || !/[*_]$/.test(line) || line.length > 400) return false;
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
  if (remaining <= 1) return false;
  const words = text.split(/\s+/);
  if (words.length > 8 || text.length > 70) return false;
  if (/[.!?,;:"”]$/.test(text)) return false;
  return /^\p{Lu}/u.test(text);
}

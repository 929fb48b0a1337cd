import type { EntityType, Mention, NerLabel, Sentence } from '../article';
import { countryByName, organizationByName, placeByName } from './knowledge';
import { mergeByStart } from './order';
import { StringMemo } from '../memo';
import { isTitleWord } from './titles';
import { TextWords, titleCased, type DocumentWords } from './textWords';

export { TextWords };

/**
 * What a name's own words and the words next to it say about its type and extent (spec, "Entity
 * types"), for mentions the tagger cut or typed from the name alone:
 * - extent: post-nominals are not part of a person's name (`Ann Lee MP`); nor is a verb the tagger
 *   ran into (`Lee said Harwick`); a place or company joined to a suffix by a hyphen is the name
 *   alone (`Harwick-based`, `ex-Tolvane`);
 * - heads: a name ending in a company or body word is an organization (`Tolvane Group`); an event
 *   (`Harwick Open`, `Eastbury Games`) or award is an other name;
 * - context: a title after a word for a work or a product (`the sitcom Harbour Lights`, `the
 *   Tolvane console`) is an other name.
 * Works in place, before the senses are unified (so one clear mention retypes its name).
 */

const POST_NOMINAL = /\s+(?:MP|MPs|MSP|MEP|AM|QC|KC|OBE|MBE|CBE|KBE|DBE|PhD|Jr\.?|Sr\.?)$/;
/** Lower-case words inside a person's name: particles (`Ludwig van Beethoven`, `Osama bin Laden`). */
const PARTICLE = /^(?:van|von|de|da|di|del|della|der|den|du|des|la|le|bin|ibn|al|el|y|dos|das|do|ter|ten|af|zu|st\.?)$/;
const HYPHEN_SUFFIX = /^(.+?)-(?:based|born|bred|led|owned|run|backed|listed|made|style|funded|controlled|registered|headquartered|focused)$/;
const HYPHEN_PREFIX = /^(?:ex|pro|anti|non|post|pre|then|once|would-be)-(?=\p{Lu})/u;

/** Last words of organizations' names. */
const ORG_HEAD =
  /\s(?:Group|Holdings|Corp\.?|Corporation|Inc\.?|Ltd\.?|plc|PLC|Plc|Bank|Airways|Airlines|Motors|Securities|Partners|Capital|Telecom|Communications|Systems|Technologies|Studios|Pictures|Records|University|College|School|Council|Committee|Commission|Association|Federation|Institute|Foundation|Trust|Agency|Authority|Ministry|Department|Fusiliers|Highlanders|Borderers|Regiment|Air|Airways|Airlines|Pay|Foods|Homes|Retail|Trains|Rail|Pharma|Media|Insurance|Logistics|Semiconductor|Software)$/;
/** Last words of events and awards. */
const EVENT_HEAD =
  /(?:^|\s)(?:Olympics|Olympiad|Paralympics|Games|Cup|Championships?|Open|Grand Prix|Festival|Awards|Trophy|Prize|Marathon|Grammys?|Oscars?|Baftas?|Emmys?|Brits|Expo|Six Nations|Tri-Nations|World Series)$/;
/** Last words of laws, treaties and constitutional texts (other names). */
const LAW_HEAD = /\s(?:Act|Amendment|Treaty|Convention|Protocol|Accord|Accords|Directive|Constitution|Charter|Bill)$/;
/** Last words of named products (`Harwick Messenger`, `Tolvane Mini`). */
const PRODUCT_HEAD = /\s(?:Player|Messenger|Explorer|Portable|Mini|Navigator|Browser|Console)$/;
/** A web address as a name: the site's company (`Tolvane.com`). */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co\.uk|org\.uk|biz|info)$/u;

/** A lower-case word after a name that makes it an award or event (`the Harwick awards`). */
const EVENT_AFTER = /^\s+(?:awards?|prize|prizes|trophy|medal|nominations?|ceremony)\b/;
/** A word for a work or product right before a name (`the sitcom Harbour Lights`). */
const WORK_BEFORE =
  /\b(?:film|films|movie|movies|blockbuster|book|novel|novels|bestseller|series|sitcom|soap|drama|comedy|programme|documentary|album|song|musical|opera|console|handset|browser|software|gadget)\s+$/;
/** A word for a product right after a name (`the Tolvane console`). */
const PRODUCT_AFTER = /^\s+(?:console|handset|handheld|browser|software|operating system|smartphone|phone|laptop|player|games? console|gadget)\b/;

const LABEL: Record<EntityType, NerLabel> = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'MISC', other: 'MISC' };

function retype(m: Mention, type: EntityType): void {
  m.type = type;
  m.label = LABEL[type];
}

function cut(plain: string, m: Mention, start: number, end: number): void {
  m.start = start;
  m.end = end;
  m.text = plain.slice(start, end);
}

export function typeByHeads(plain: string, mentions: Mention[]): void {
  // Names a work or product word around them made other names: every mention of them is (one sense).
  const works = new Set<string>();
  for (const m of mentions) {
    // Punctuation the tagger took in at the edges (`— Police`, `Harwick,`) is not part of the name.
    const lead = /^[^\p{L}\p{N}]+/u.exec(m.text);
    const trail = /[\s—–,:;"“”‘-]+$/u.exec(m.text);
    if ((lead || trail) && (lead?.[0].length ?? 0) + (trail?.[0].length ?? 0) < m.text.length) {
      cut(plain, m, m.start + (lead?.[0].length ?? 0), m.end - (trail?.[0].length ?? 0));
    }
    if (m.type === 'person' && !/\s/.test(m.text) && WORK_BEFORE.test(plain.slice(Math.max(0, m.start - 16), m.start))) {
      retype(m, 'other');
      works.add(m.text);
      continue;
    }
    if (m.type === 'person') {
      if (ORG_HEAD.test(m.text)) {
        retype(m, 'organization');
        continue;
      }
      const post = POST_NOMINAL.exec(m.text);
      if (post && post.index > 0) cut(plain, m, m.start, m.start + post.index);
      // `Lee derided Harwick`: the name ends before the first lower-case word that is no particle.
      const inner = /\s(\p{Ll}[\p{L}'’-]*)\s/u.exec(m.text);
      if (inner && !PARTICLE.test(inner[1])) cut(plain, m, m.start, m.start + inner.index);
      continue;
    }
    const suffixed = HYPHEN_SUFFIX.exec(m.text);
    if (suffixed && /^\p{Lu}/u.test(suffixed[1])) {
      cut(plain, m, m.start, m.start + suffixed[1].length);
      if (countryByName(m.text) || placeByName(m.text)) retype(m, 'place');
      else if (m.type === 'other') retype(m, 'organization');
      continue;
    }
    const prefixed = HYPHEN_PREFIX.exec(m.text);
    if (prefixed) cut(plain, m, m.start + prefixed[0].length, m.end);
    if (m.type === 'group') continue;
    if (ORG_HEAD.test(m.text) || DOMAIN.test(m.text)) {
      retype(m, 'organization');
      continue;
    }
    // Countries are places even when they act (`California's court` aside: states are not in the country list).
    if (m.type !== 'place' && countryByName(m.text)) {
      retype(m, 'place');
      continue;
    }
    if (LAW_HEAD.test(m.text) || PRODUCT_HEAD.test(m.text)) {
      retype(m, 'other');
      continue;
    }
    if (EVENT_HEAD.test(m.text) || EVENT_AFTER.test(plain.slice(m.end, m.end + 16))) {
      if (!/^(?:Open|Games|Cup)$/.test(m.text)) retype(m, 'other');
      continue;
    }
    if (m.type === 'place' && (countryByName(m.text) || placeByName(m.text))) continue;
    if (WORK_BEFORE.test(plain.slice(Math.max(0, m.start - 16), m.start)) || PRODUCT_AFTER.test(plain.slice(m.end, m.end + 20))) {
      retype(m, 'other');
      works.add(m.text);
    }
  }
  shortForms(mentions);
  if (works.size === 0) return;
  for (const m of mentions) {
    if (m.type === 'group' || m.type === 'other' || !works.has(m.text)) continue;
    if (m.type === 'place' && (countryByName(m.text) || placeByName(m.text))) continue;
    retype(m, 'other');
  }
}

/**
 * A company's short form (`Skyline` of `Skyline Air`, `Tolvane` of `Tolvane Group`) typed as a person
 * or a place is the company, when the full name ends in a company word.
 */
function shortForms(mentions: Mention[]): void {
  const companies = new Set<string>();
  for (const m of mentions) {
    const head = m.type === 'organization' ? companyShortForm(m.text) : undefined;
    if (head !== undefined) companies.add(head);
  }
  if (companies.size === 0) return;
  for (const m of mentions) {
    if ((m.type === 'person' || m.type === 'place') && companies.has(m.text.replace(/['’]s?$/, ''))) retype(m, 'organization');
  }
}

/** The one-word short form of a company name ending in a company word (`Skyline` of `Skyline Air`), if any. */
export function companyShortForm(name: string): string | undefined {
  if (!ORG_HEAD.test(name)) return undefined;
  const head = name.slice(0, name.lastIndexOf(' '));
  return /^\p{Lu}\S*$/u.test(head) ? head : undefined;
}

/** Adjacent mentions that make one event name (`Harwick` + `Games`, `Eastbury` + `Open`): merged into the second's type. */
export function joinEvents(plain: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.type !== 'person' && m.type === 'other' && plain.slice(prev.end, m.start) === ' ' && EVENT_HEAD.test(` ${m.text}`) && !/\s/.test(m.text)) {
      cut(plain, prev, prev.start, m.end);
      retype(prev, 'other');
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Capitalised common words at the start of a sentence or in a title-case headline are not names
 * (`Podcasting has grown.`, `Harbour Plans Approved`): a one-word mention that opens its sentence,
 * or stands in a title-case line, is dropped when the article also writes the word in
 * lower case and never capitalises it inside a sentence, and no place or organization list knows it.
 * Persons are kept (a surname can be a common word: `Brown said`).
 */
export function dropCommonWords(
  plain: string,
  sentences: Sentence[],
  mentions: Mention[],
  read: DocumentWords = { text: () => new TextWords(plain), titleCased: (s) => titleCased(plain.slice(s.start, s.end)) },
): Mention[] {
  const verdict = new Map<string, boolean>();
  let words: TextWords | undefined;
  return mentions.filter((m) => {
    // A title alone is no name (`the Pope`, `ex-Mayor`): persons are named by what follows a title.
    if (isTitleWord(m.text.replace(/^(?:ex|former)-/, ''))) return false;
    if (m.type === 'person' || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return true;
    const s = sentences[m.sentence];
    if (!s || !(/^[\s"'“‘(]*$/.test(plain.slice(s.start, m.start)) || read.titleCased(s))) return true;
    let common = verdict.get(m.text);
    if (common === undefined) {
      const lower = m.text.toLowerCase();
      words ??= read.text();
      common =
        (/^[\p{L}\p{N}]+$/u.test(lower) ? words.runs.has(lower) : new RegExp(`(?<![\\p{L}\\p{N}])${escape(lower)}(?![\\p{L}\\p{N}])`, 'u').test(plain)) &&
        !words.afterLowerCase.has(m.text) &&
        !countryByName(m.text) &&
        !placeByName(m.text) &&
        !organizationByName(m.text);
      verdict.set(m.text, common);
    }
    return !common;
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A title that starts with `The` keeps it (`the author of The Silent Harbour`): an other name right
 * after a capitalised `The` inside a sentence takes it in, and then so do the name's mentions after
 * a sentence-initial `The`. Determiners before other names stay out (`the Harwick Games`).
 */
export function includeTitleThe(plain: string, mentions: Mention[]): void {
  const titled = new Set<string>();
  const before = (m: Mention): boolean => m.start >= 4 && plain.slice(m.start - 4, m.start) === 'The ';
  for (const m of mentions) {
    if (m.type !== 'other' || !before(m)) continue;
    // Inside a sentence: a letter, digit or comma before the `The` (spaces skipped).
    let i = m.start - 5;
    while (i >= 0 && /\s/.test(plain[i])) i--;
    if (i >= 0 && /[\p{L}\p{N},;:]/u.test(plain[i])) titled.add(m.text);
  }
  if (titled.size === 0) return;
  for (const m of mentions) {
    if (m.type === 'other' && before(m) && titled.has(m.text)) cut(plain, m, m.start - 4, m.end);
  }
}

/** `the General Staff`, `the Home Office`: capitalised words after a lower-case `the`, ending in a body word. */
const BODY_NAME =
  /(?<=\bthe )(?:\p{Lu}[\p{Ll}-]+ ){1,4}(?:Staff|Ministry|Army|Navy|Council|Commission|Committee|Agency|Command|Parliament|Senate|Assembly|Court|Office|Service|Department|Directorate|Inspectorate|Tribunal|Authority)\b/gu;

/**
 * Bodies the tagger missed (spec, "Entity types": `the General Staff`): capitalised words after a
 * lower-case `the` and ending in a body word, where no mention is, are organizations.
 */
export function findBodies(plain: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  let k = 0;
  for (const s of sentences) {
    const text = plain.slice(s.start, s.end);
    if (!text.includes('the ')) continue;
    const hits = bodyHits.get(text);
    for (let h = 0; h < hits.length; h += 2) {
      const start = s.start + hits[h];
      const end = s.start + hits[h + 1];
      while (k < mentions.length && mentions[k].end <= start) k++;
      if (k < mentions.length && mentions[k].start < end) continue;
      found.push({ start, end, text: plain.slice(start, end), type: 'organization', label: 'ORG', entity: -1, sentence: s.index });
    }
  }
  return found.length === 0 ? mentions : mergeByStart(mentions, found);
}

const NO_HITS = new Int32Array(0);

/**
 * BODY_NAME's matches in a sentence's text, as start, end pairs: a function of the text alone,
 * memoized, since a keystroke leaves most sentences as they were (the regex over every sentence
 * was 1% of a 20 KB keystroke).
 */
const bodyHits = new StringMemo((text: string): Int32Array => {
  const out: number[] = [];
  for (const hit of text.matchAll(BODY_NAME)) out.push(hit.index ?? 0, (hit.index ?? 0) + hit[0].length);
  return out.length === 0 ? NO_HITS : Int32Array.from(out);
});

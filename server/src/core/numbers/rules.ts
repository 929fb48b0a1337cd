/**
 * Word lists and context rules shared by the matchers: qualifiers, time units, names that hold
 * numbers, pronoun `one`, and the counted noun of a count.
 */
import { Kind, type Tok } from './lexer';
import type { NumberValue } from '../article';
import { MONTHS, WEEKDAYS } from './dates';
import { ISO_CODES } from './currency';

export type Qualifier = NonNullable<NumberValue['qualifier']>;

/** Multi-word qualifiers, longest first within a first word. */
const QUALIFIERS: [string[], Qualifier][] = [
  [['more', 'than'], '>'], [['over'], '>'], [['above'], '>'], [['upwards', 'of'], '>'],
  [['in', 'excess', 'of'], '>'], [['greater', 'than'], '>'], [['higher', 'than'], '>'],
  [['at', 'least'], '>='], [['no', 'fewer', 'than'], '>='], [['no', 'less', 'than'], '>='], [['a', 'minimum', 'of'], '>='],
  [['less', 'than'], '<'], [['fewer', 'than'], '<'], [['under'], '<'], [['below'], '<'], [['lower', 'than'], '<'],
  [['up', 'to'], '<='], [['at', 'most'], '<='], [['no', 'more', 'than'], '<='], [['a', 'maximum', 'of'], '<='],
  [['as', 'many', 'as'], '<='], [['as', 'much', 'as'], '<='],
  [['about'], '~'], [['around'], '~'], [['roughly'], '~'], [['approximately'], '~'], [['some'], '~'],
  [['an', 'estimated'], '~'], [['estimated'], '~'], [['circa'], '~'], [['approx'], '~'],
  [['nearly'], '<~'], [['almost'], '<~'], [['close', 'to'], '<~'],
];

const QUALIFIER_INDEX = new Map<string, [string[], Qualifier][]>();
for (const q of QUALIFIERS) {
  const list = QUALIFIER_INDEX.get(q[0][0]!) ?? [];
  list.push(q);
  list.sort((a, b) => b[0].length - a[0].length);
  QUALIFIER_INDEX.set(q[0][0]!, list);
}

export const QUALIFIER_FIRST_WORDS: ReadonlySet<string> = new Set(QUALIFIER_INDEX.keys());

export function matchQualifier(toks: readonly Tok[], i: number): { q: Qualifier; end: number; words: string[] } | undefined {
  const list = QUALIFIER_INDEX.get(toks[i]!.lc);
  if (!list) return undefined;
  for (const [words, q] of list) {
    let ok = true;
    for (let p = 1; p < words.length; p++) {
      if (toks[i + p]!.lc !== words[p]) { ok = false; break; }
    }
    if (ok) return { q, end: i + words.length, words };
  }
  return undefined;
}

/** Time units to a canonical singular. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['secs', 'second'], ['minute', 'minute'], ['minutes', 'minute'],
  ['mins', 'minute'], ['hour', 'hour'], ['hours', 'hour'], ['hrs', 'hour'], ['day', 'day'], ['days', 'day'],
  ['week', 'week'], ['weeks', 'week'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'],
  ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'], ['millennium', 'millennium'],
  ['millennia', 'millennium'],
]);

export const PLURAL_TIME_UNITS: ReadonlySet<string> = new Set([
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries',
]);

/** Prepositions after which a bare year or month is a date. */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'to', 'of', 'before', 'after', 'during', 'through',
  'between', 'and', 'early', 'late', 'mid', 'last', 'next', 'this', 'on', 'around', 'about', 'throughout',
  'for', 'until', 'end', 'start', 'beginning', 'as', 'summer', 'winter', 'spring', 'autumn', 'fall', 'year',
]);

/** Capitalized words that start sentences without making a following number part of a name. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'since', 'until', 'after', 'before', 'during', 'of', 'to',
  'and', 'but', 'or', 'with', 'the', 'a', 'an', 'only', 'just', 'all', 'some', 'about', 'nearly',
  'almost', 'over', 'around', 'roughly', 'approximately', 'more', 'less', 'fewer', 'up', 'at', 'by',
  'another', 'every', 'each', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'than', 'top',
  'between', 'another', 'then', 'now', 'still', 'another', 'when', 'while', 'as', 'if', 'another',
  'another', 'under', 'below', 'above', 'estimated', 'exactly', 'nearly', 'so', 'yet', 'both', 'through',
]);

/** Street-type words: a number before a capitalized name ending in one is a house number. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'street', 'road', 'avenue', 'lane', 'drive', 'boulevard', 'way', 'place', 'square', 'terrace',
  'court', 'crescent', 'close', 'st', 'rd', 'ave', 'highway', 'parkway',
]);

/**
 * A capitalized word before a number that makes the number part of a name (`Route 66`,
 * `World War 1`, `Article 5`): not a month, weekday, currency code, or a sentence-opening function word.
 */
export function isNamePrefix(t: Tok): boolean {
  // `iPhone 15`, `eBay 2`: a lower-case start with an inner capital is a product name too.
  if (t.k !== Kind.Word || !(t.cap || /^\p{Ll}+\p{Lu}/u.test(t.t))) return false;
  if (MONTHS.has(t.lc) || WEEKDAYS.has(t.lc) || ISO_CODES.has(t.t)) return false;
  if (FUNCTION_WORDS.has(t.lc) && (t.first || t.lc === 'the')) return false;
  return true;
}

/** `10 Downing Street`: capitalized words after the number ending in a street word. */
export function isHouseNumber(toks: readonly Tok[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = toks[k]!;
    if (t.k !== Kind.Word || !t.cap) return false;
    if (ADDRESS_WORDS.has(t.lc) && k > i + 1) return true;
  }
  return false;
}

/** Words after `one` that make it a pronoun or an idiom, not a count. */
const ONE_BLOCK_NEXT: ReadonlySet<string> = new Set([
  'of', 'another', 'thing', 'way', 'who', 'that', 'which', 'whose', 'day', 'point', 'side', 'hand',
  'such', 'by', 'is', 'was', 'has', 'had', 'would', 'could', 'should', 'can', 'will', 'may', 'might',
  'must', 'does', 'did', 'time', 'last', 'more', 'another', 'or', 'and', 'in', 'at', 'on', 'for', 'to',
  'too', 'else', 'here', 'there', 'sees', 'says', 'said', 'knows', 'needs', 'wonders', 'thinks', 'can',
  'thing', 'moment', 'morning', 'evening', 'night', 'afternoon', 'occasion', 'stage', 'instance',
]);

const ONE_BLOCK_PREV: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'no', 'any', 'every', 'each', 'which', 'another', 'someone', 'anyone',
  'only', 'no-one', 'little', 'big', 'new', 'old', 'right', 'wrong', 'same', 'latest', 'last',
]);

/** Is `one` at `i` a count (`one soldier was killed`) rather than a pronoun (`one of the`, `no one`)? */
export function oneIsCount(toks: readonly Tok[], i: number, qualified: boolean): boolean {
  if (qualified) return true;
  const prev = toks[i - 1];
  const next = toks[i + 1]!;
  if (prev && ONE_BLOCK_PREV.has(prev.lc)) return false;
  if (next.k !== Kind.Word || next.cap) return false;
  if (ONE_BLOCK_NEXT.has(next.lc)) return false;
  if (next.lc.endsWith('ly') || next.lc.endsWith('ing') || next.lc.endsWith('ed')) return false;
  return true;
}

const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish',
  'deer', 'aircraft', 'crew', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'livestock',
  'infantry', 'militia', 'spacecraft', 'watercraft', 'offspring', 'series', 'species', 'youth',
]);

/** Words that end a counted noun phrase. */
const STOP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'my', 'your',
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'near', 'to', 'into', 'over', 'under', 'across',
  'around', 'since', 'during', 'after', 'before', 'between', 'against', 'per', 'than', 'like', 'as',
  'about', 'toward', 'towards', 'through', 'without', 'within', 'and', 'or', 'but', 'nor', 'while', 'who',
  'which', 'whose', 'where', 'when', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'said',
  'says', 'still', 'also', 'already', 'more', 'less', 'only', 'just', 'now', 'then', 'so', 'too',
  'very', 'each', 'apiece', 'ago', 'later', 'earlier', 'away', 'all', 'both', 'out', 'up', 'down',
  'off', 'there', 'here', 'not', 'no', 'yet', 'even', 'each', 'including', 'among', 'amid', 'if',
  'because', 'though', 'although', 'whom', 'what', 'how', 'why', 'than', 'plus', 'minus', 'times',
]);

const NOT_PLURAL_ENDINGS = ['ss', 'us', 'is', "'s", '’s', 'ous'];

export function isPluralNoun(lc: string): boolean {
  if (IRREGULAR_PLURALS.has(lc)) return true;
  if (lc.length < 3 || !lc.endsWith('s') || STOP.has(lc)) return false;
  for (const e of NOT_PLURAL_ENDINGS) if (lc.endsWith(e)) return false;
  return true;
}

/**
 * The counted noun phrase after a count (`62 combat clashes` -> `combat clashes`). Returns token
 * indexes [start, end) or undefined. Singular heads only for a count of one.
 */
export function countedPhrase(toks: readonly Tok[], j: number, one: boolean, skipOf: boolean): [number, number] | undefined {
  let k = j;
  if (skipOf && toks[k]!.lc === 'of') {
    k++;
    if (toks[k]!.lc === 'the' || toks[k]!.lc === 'their' || toks[k]!.lc === 'its') return undefined;
  }
  const start = k;
  let end = -1;
  for (let w = 0; w < 5; w++, k++) {
    const t = toks[k]!;
    if (t.k !== Kind.Word || STOP.has(t.lc)) {
      // Glued hyphen inside a compound (`well-armed`, `North Korean-made`).
      if (t.t === '-' && !t.sp && toks[k + 1]!.k === Kind.Word && !toks[k + 1]!.sp) continue;
      break;
    }
    if (one) {
      if (!t.lc.endsWith('ly') && !t.lc.endsWith('ing')) end = k + 1;
      if (!(t.lc.endsWith('al') || t.lc.endsWith('an') || t.lc.endsWith('ese') || t.lc.endsWith('ish') || t.cap)) break;
      continue;
    }
    if (isPluralNoun(t.lc)) end = k + 1;
    else if (end > 0) break;
  }
  return end > start ? [start, end] : undefined;
}

/** List markers: `(2)` and `2.` / `2)` opening a line. */
export function isListMarker(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!/^\d{1,2}$/.test(t.t)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1]!;
  if (prev && prev.t === '(' && !t.sp && next.t === ')' && !next.sp) {
    // `(2)` opening a line or sentence, or in running text: a list marker either way.
    return true;
  }
  return t.nl && (next.t === '.' || next.t === ')') && !next.sp;
}

/**
 * Verbs and adverbs of change: after them `X to Y` is a change and a new level, two numbers
 * (`rose $1.20 to $84.50`), when Y is far above X; close values stay a range (`cut 1,000 to 1,500 jobs`).
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'fell', 'climbed', 'dropped', 'gained', 'lost', 'jumped', 'slipped', 'eased', 'increased',
  'decreased', 'grew', 'shrank', 'declined', 'added', 'shed', 'plunged', 'soared', 'surged', 'tumbled', 'slumped',
  'edged', 'sank', 'rising', 'falling', 'up', 'down', 'raised', 'lowered', 'cut', 'widened', 'narrowed',
]);

/** Words before `over`/`under` + a length of time that make it a comparison (`for over a year`, `in under an hour`). */
export const TIME_COMPARISON_PREV: ReadonlySet<string> = new Set([
  'for', 'in', 'waiting', 'waited', 'wait', 'waits', 'lasted', 'lasting', 'lasts', 'took', 'takes', 'taking',
  'spent', 'after', 'served', 'serving',
]);

/** Capitalized words after an ordinal that make it part of a name (`51st Street`, `82nd Airborne`, `14th Amendment`). */
export const ORDINAL_NAME_HEADS: ReadonlySet<string> = new Set([
  ...ADDRESS_WORDS, 'battalion', 'brigade', 'division', 'regiment', 'army', 'corps', 'fleet', 'squadron', 'airborne',
  'infantry', 'cavalry', 'marines', 'amendment', 'district', 'precinct', 'ward', 'parallel', 'congress', 'dynasty',
  'arrondissement', 'armoured', 'armored', 'mechanised', 'mechanized', 'guards', 'panzer', 'air', 'separate', 'assault',
]);

/** Verbs before a phone or emergency number (`call 999`, `dial 112`): the number is a name, not a count. */
export const PHONE_VERBS: ReadonlySet<string> = new Set(['call', 'calling', 'called', 'dial', 'dialled', 'dialed', 'dialling', 'ring', 'phone', 'text', 'texting']);

/** After a change word, `X to Y` is two numbers when Y is more than this many times X. */
export const CHANGE_LEVEL_RATIO = 3;

/**
 * Lower-case words after which a number is a label, not a count (`stage 4 cancer`, `type 2 diabetes`,
 * `phase 3 trials`, `category 5 storm`, `gate 12`, `room 101`).
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'stage', 'level', 'tier', 'grade', 'phase', 'category', 'type', 'class', 'gate', 'platform', 'terminal', 'room',
  'page', 'pages', 'chapter', 'section', 'article', 'clause', 'paragraph', 'row', 'seat', 'flight', 'route', 'ward',
  'junction', 'episode', 'volume', 'version', 'apartment', 'suite', 'nos',
  // plurals, for `junctions 15 and 16`, `pages 5-7`
  'stages', 'levels', 'tiers', 'grades', 'phases', 'categories', 'gates', 'platforms', 'terminals', 'rooms',
  'chapters', 'sections', 'articles', 'clauses', 'paragraphs', 'rows', 'seats', 'flights', 'routes', 'wards',
  'junctions', 'episodes', 'volumes', 'versions',
]);

import { isSpace, lastRunsStart } from './chars';
import { StringMemo } from '../memo';

/**
 * Titles and honorifics: they are not part of a person's name (`General Oleksandr Tarnavskiy`
 * is Oleksandr Tarnavskiy) but they are kept as the person's roles.
 */

const TITLE_WORDS = [
  'President', 'President-elect', 'Vice-President', 'Premier', 'Prime', 'Minister', 'Chancellor', 'Secretary',
  'General', 'Gen.', 'Lieutenant', 'Lt.', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Admiral', 'Adm.',
  'Sergeant', 'Sgt.', 'Commander', 'Marshal', 'Field', 'Brigadier', 'Corporal', 'Private',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor',
  'Judge', 'Justice', 'Attorney', 'Ambassador', 'Commissioner', 'Speaker', 'Chairman', 'Chairwoman', 'Chair',
  'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Rev.', 'Reverend',
  'Father', 'Rabbi', 'Imam', 'Sheikh', 'Ayatollah', 'Dr.', 'Dr', 'Prof.', 'Professor',
  'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady',
  'Councillor', 'Councilor', 'Cllr', 'Alderman', 'Premier', 'Treasurer', 'Spokesman', 'Spokeswoman',
  'Chief', 'Director', 'Coach', 'Chief Executive', 'CEO', 'Detective', 'Inspector', 'Sheriff', 'Officer',
];

/** Words that qualify a title: `Foreign Minister`, `Vice President`, `Deputy Prime Minister`. */
const TITLE_MODIFIERS = new Set(
  ['Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Justice', 'Health', 'Vice', 'Deputy', 'Acting', 'Former', 'former', 'Interim', 'Lieutenant', 'Army', 'Supreme', 'First', 'Grand', 'Crown', 'State', 'Home'].concat(),
);

const TITLES = new Set(TITLE_WORDS);

export function isTitleWord(word: string): boolean {
  return TITLES.has(word);
}

export function isTitleModifier(word: string): boolean {
  return TITLE_MODIFIERS.has(word);
}

/**
 * Splits leading titles off a person's mention text: `General Oleksandr Tarnavskiy` ->
 * { title: 'General', name: 'Oleksandr Tarnavskiy', offset: 8 }. A name that is only a title stays whole.
 */
export function splitTitle(text: string): { title: string; name: string; offset: number } {
  // Most names start with no title: decide that from the first word, without listing the words.
  const first = firstWord(text);
  if (!TITLES.has(first) && !TITLE_MODIFIERS.has(first)) return { title: '', name: text, offset: 0 };
  const words = [...text.matchAll(/\S+/g)];
  let k = 0;
  while (k < words.length - 1 && (TITLES.has(words[k][0]) || TITLE_MODIFIERS.has(words[k][0]))) k++;
  // Modifiers alone (`Former Mayor` needs the title) do not make a title.
  if (k === 0 || !words.slice(0, k).some((w) => TITLES.has(w[0]))) return { title: '', name: text, offset: 0 };
  const offset = words[k].index ?? 0;
  return { title: text.slice(0, offset).trim(), name: text.slice(offset), offset };
}

/** A possessive ending: `Ukraine's`, `Reuters’`. */
export function stripPossessive(text: string): string {
  // `/(?:['’]s|(?<=s)['’])$/`, by character codes: it runs on every capitalized word of an article.
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === S) return n >= 2 && isApostrophe(text.charCodeAt(n - 2)) ? text.slice(0, n - 2) : text;
  if (isApostrophe(last)) return n >= 2 && text.charCodeAt(n - 2) === S ? text.slice(0, n - 1) : text;
  return text;
}

const S = 115;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** The first run of non-`\s` characters (`''` when there is none). */
function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** Lower-case role nouns written before a name in news copy (`treasurer Paul Ngata`, `opposition leader ...`). */
const ROLE_NOUNS = new Set(
  'spokesman spokeswoman spokesperson treasurer chairman chairwoman chair president minister secretary director executive manager coach captain lawyer attorney analyst economist professor researcher scientist senator governor mayor councillor councilor commander general ambassador envoy prosecutor judge leader founder owner editor teacher doctor nurse officer inspector detective superintendent commissioner chancellor premier sheriff striker midfielder defender goalkeeper winger batsman bowler singer actor actress author novelist presenter'.split(
    ' ',
  ),
);
/** Lower-case words that may qualify a role noun (`former prime minister`, `opposition leader`). */
const ROLE_MODIFIERS = new Set(
  'former then acting interim deputy vice assistant associate senior junior chief head prime foreign defence defense finance health education interior justice state executive general managing team club party opposition police army military government company campaign union press communications national regional'.split(
    ' ',
  ),
);

/**
 * The role phrase right before a name: `by treasurer ` -> `treasurer`, `said former prime minister `
 * -> `former prime minister`, `United manager ` -> `United manager`, `An IMF spokeswoman, ` -> `IMF
 * spokeswoman`. A role noun, up to two modifiers, and up to two capitalized words naming the body.
 */
export function lowerRoleBefore(before: string, shortcut = true): string | undefined {
  // Most texts before a name do not end in a role noun: said without the regex below (issue 16).
  // The regex's last word, when a role noun, is the run of a-z letters before the final `,\s*` or
  // `\s+` (role nouns are such runs, and a letter never precedes that word); `shortcut` false (tests)
  // leaves the regex to say it.
  if (shortcut && ROLE_NOUNS_LOWER && !ROLE_NOUNS.has(lastLowerRun(before))) return undefined;
  // The pattern spans at most five runs of non-spaces (its words; the comma sticks to the last),
  // so it is searched in the last five only: the text before a name can be a long sentence.
  // Before that tail comes a space, which the lookbehind accepts as the text's start does.
  const tail = before.slice(lastRunsStart(before, 0, before.length, 5));
  const m = /(?<![\p{L}-])((?:[\p{L}][\p{L}.-]*\s+){0,4}[\p{L}][\p{L}.-]*)(?:,\s*|\s+)$/u.exec(tail);
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  if (!ROLE_NOUNS.has(words[words.length - 1])) return undefined;
  let k = words.length - 1;
  while (k > 0 && words.length - k < 3 && (ROLE_MODIFIERS.has(words[k - 1]) || ROLE_NOUNS.has(words[k - 1]))) k--;
  let caps = 0;
  while (k > 0 && caps < 2 && /^\p{Lu}[\p{L}.-]*$/u.test(words[k - 1]) && !/^(?:The|A|An)$/.test(words[k - 1])) {
    k--;
    caps++;
  }
  return words.slice(k).join(' ');
}

/** The run of a-z letters just before `text`'s trailing white space (`\s` of a regex) or its comma and white space; '' when none. */
function lastLowerRun(text: string): string {
  let e = text.length;
  while (e > 0 && isRegexSpace(text.charCodeAt(e - 1))) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 44 /* , */) e--;
  let b = e;
  while (b > 0 && text.charCodeAt(b - 1) >= 97 && text.charCodeAt(b - 1) <= 122) b--;
  return text.slice(b, e);
}

/** The shortcut of lowerRoleBefore holds while every role noun is a run of a-z letters. */
const ROLE_NOUNS_LOWER = [...ROLE_NOUNS].every((w) => /^[a-z]+$/.test(w));

/** A code unit that `\s` matches in a regex with the u flag. */
function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function stripName(text: string, person: boolean): string {
  const name = stripPossessive(text.replace(/^the\s+/i, ''));
  return person ? splitTitle(name).name : name;
}

const bareNames = [new StringMemo((text) => stripName(text, false)), new StringMemo((text) => stripName(text, true))];

/**
 * A mention's name as written: no leading `the`, no possessive and, for a person, no title.
 * Memoized by text: an article names the same few things again and again.
 */
export function bareName(text: string, person: boolean): string {
  return bareNames[person ? 1 : 0].get(text);
}

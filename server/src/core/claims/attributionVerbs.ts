import { AUX_ADVERBS, DETERMINERS, isCapitalized, TIME_WORDS, type Word } from './words';

/**
 * The reporting verbs of the attribution finder (attribution.ts) and the tests of a verb's use:
 * whether a form that can be a noun is a verb here (`its profit forecast` is not), whether a
 * verb stands in reporting position (`"...," he added`, `added that`), modals and negations.
 */

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}

/** Reporting verbs that attribute whatever follows or precedes them. */
export const SAY_VERBS = set(
  'said says say told tells tell reported reports announced announces estimated estimates confirmed confirms ' +
  'warned warns wrote writes testified testifies stated states explained explains insisted insists argued argues ' +
  'acknowledged acknowledges asserted asserts disclosed discloses revealed reveals predicted predicts ' +
  'stressed stresses emphasised emphasized emphasises emphasizes contended contends alleged alleges complained complains ' +
  'tweeted forecast forecasts cautioned cautions believes believed recounted recounts reiterated reiterates ' +
  'promised promises predicted projected ' +
  'announce confirm estimate report warn write testify state explain insist argue',
);

/** Verbs that report only when used as reporting verbs: followed by `that`, a comma, colon, quote or the end. */
export const STRICT_VERBS = set(
  'added adds noted notes claimed claims charged charges continued continues maintained maintains observed observes ' +
  'concluded concludes admitted admits agreed agrees denied denies replied replies responded responds recalled recalls ' +
  'countered counters indicated indicates suggested suggests posted remarked remarks conceded concedes projected projects ' +
  'calculated calculates commented comments answered answers explained asked asks declared declares ' +
  'questioned questions',
);

/**
 * Verbs of speaking that attribute a quotation (docs/rules.md, the decisions of the spec's section 6.1: for a quotation the only
 * question is who said it) but source no statistic: demands and pledges assert no fact.
 */
export const QUOTE_VERBS = set(
  'urged urges pledged pledges confessed confesses recommended recommends demanded demands appealed pleaded ' +
  'joked jokes quipped quips exclaimed shouted shouts whispered sighed mused boasted boasts vowed vows',
);

/** Progressive forms that report after `is`/`are`/`was`/`were` (`Ecologists are warning MSPs that`). */
export const PROGRESSIVE = set('warning saying claiming predicting forecasting insisting arguing telling reporting estimating suggesting');

/** Data verbs: `figures show`, `a study found`, only with a document or data subject. */
export const SHOW_VERBS = set('show shows showed shown found finds suggest suggests indicate indicate indicated');

/** Forms that are nouns as often as verbs (`its profit forecast`, `a previous estimate`). */
export const AMBIGUOUS = set('forecast forecasts estimate estimates report reports claims notes states statement warns');

export const BASE_FORMS = set('announce confirm estimate report warn write testify state explain insist argue show suggest indicate');

export const PASSIVE_AUX = set('is are was were be been being');

export const IMPERSONAL = set(
  'believed reported learned learnt estimated announced testified understood thought said claimed alleged rumoured ' +
  'rumored feared disclosed revealed stated confirmed told known expected predicted projected tipped',
);

/** Verbs of belief and expectation: attributions only when a person or group holds them (`Detectives believe`). */
export const BELIEF_VERBS = set('believe believes believed expect expects expected fear fears feared suspect suspects suspected');

/** `the court heard`: only courts, juries and hearings hear evidence. */
export const HEARING_SUBJECTS = set('court jury tribunal inquiry inquest hearing trial panel committee magistrates councillors meeting');

/** Modals: `Some will say`, `he would not say` are not attributions. */
export const MODALS = set('will would could might may can should must shall');

const NEGATIONS = set("not never n't no");

export const AGENT_VERBS = set('announced reported disclosed confirmed revealed estimated stated said released published testified');

export const LEADING_DROP = set('but and so meanwhile however also then yet still now');

/** `called it "a proper innings"`, `described the plan as "reckless"`: the quoted words are the subject's. */
export const NAMING_VERBS = set('call calls called described describes branded brands dubbed labelled labeled termed');

/** Every word that can start an attribution in findSentenceAttributions (the union of its tests). */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  'reportedly', 'according', 'saying', 'put', 'heard', 'told',
  'speculation', ...SAY_VERBS, ...STRICT_VERBS, ...QUOTE_VERBS, ...PROGRESSIVE, ...SHOW_VERBS, ...BELIEF_VERBS, ...IMPERSONAL, ...NAMING_VERBS,
]);

/**
 * The trigger words as whole words anywhere in a text. Under /i without /u only ASCII letters
 * fold, like the `toLowerCase` of the words, except the Kelvin sign (U+212A lower-cases to `k`);
 * and `\b` counts `_` as a word character where wordsOf does not. Texts with either skip the test.
 */
const TRIGGER_TEXT = new RegExp(`\\b(?:${[...TRIGGER_WORDS].join('|')})\\b`, 'i');

/**
 * Can findSentenceAttributions find anything in `text`? False when no trigger word occurs: then
 * the sentence need not be split into words at all (about half the sentences of a news story).
 */
export function mayAttribute(text: string): boolean {
  return TRIGGER_TEXT.test(text) || text.includes('_') || text.includes('\u212A');
}

export function quotationFollows(words: Word[], i: number): boolean {
  if (words[i + 1]?.lower === 'for' || words[i + 1]?.lower === 'on') return false;
  for (let k = i + 1; k < Math.min(words.length, i + 6); k++) if (words[k].punct === 'Q') return true;
  return false;
}

export function negation(w: Word): boolean {
  return NEGATIONS.has(w.lower) || /n't$/.test(w.lower);
}

/** `as X put it`, `X put the cost at £3m`, `budget papers put them at £310,000`. */
export function putsFigure(words: Word[], i: number): boolean {
  if (words[i + 1]?.lower === 'it' && (words[i + 2] === undefined || words[i + 2].punct !== '' || words[i + 2].lower === 'at')) return true;
  for (let k = i + 1; k < Math.min(words.length, i + 6); k++) {
    if (words[k].punct !== '') return false;
    if (words[k].lower === 'at') return k > i + 1;
  }
  return false;
}

/**
 * A noun-or-verb form is a verb when an object, clause or the end follows (`the company forecast
 * a loss`, `..., the bank estimates.`) and its subject is not possessive (`its profit forecast`).
 */
export function verbUse(words: Word[], i: number, j: number): boolean {
  // `have already forecast more storms`: after `have`, a verb.
  if (/^(?:have|has|had)$/.test(words[i - 1]?.lower ?? '') || (/^(?:have|has|had)$/.test(words[i - 2]?.lower ?? '') && AUX_ADVERBS.has(words[i - 1].lower))) return true;
  const next = words[i + 1];
  const objectFollows =
    !next || next.punct !== '' || /^(?:that|a|an|the|its|their|his|her|it|they|he|she|profit|sales|revenue|growth|losses?)$/.test(next.lower) || /^\p{N}/u.test(next.text);
  if (!objectFollows) return false;
  for (let k = j; k >= 0 && k >= j - 4 && words[k].punct === ''; k--) {
    if (/^(?:its|their|his|her|our|my|your)$/.test(words[k].lower) || /['’]s$/.test(words[k].text)) return false;
    if (/^(?:previous|new|latest|earlier|annual|official|own|initial|original|revised|last|first)$/.test(words[k].lower)) return false;
    if (DETERMINERS.has(words[k].lower)) break;
  }
  return true;
}

/** A base form reports after a plural or pronoun subject (`analysts estimate that`), not as a noun. */
export function baseFormUse(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (next && isCapitalized(next)) return false;
  let j = i - 1;
  while (j >= 0 && words[j].punct === '' && AUX_ADVERBS.has(words[j].lower)) j--;
  const prev = words[j];
  if (!prev || prev.punct !== '') return false;
  if (/^(?:they|we|i|you)$/.test(prev.lower)) return true;
  return /[^s']s$/.test(prev.lower) || /(?:men|people|police)$/.test(prev.lower);
}

/** `added` and friends report only in reporting position. */
export function reportingUse(words: Word[], i: number): boolean {
  const next = words[i + 1];
  const prev = words[i - 1];
  if (!next) return true;
  if (next.punct === ',' || next.punct === ':' || next.punct === 'Q' || next.lower === 'that') return true;
  // `questioned whether`, `asked how long`: a reported question.
  if (/^(?:whether|how|why|if|what)$/.test(next.lower)) return true;
  // `are warning ministers that ...`: an addressee, then the clause.
  if (/^(?:NNP|NNPS|NNS|PRP)$/.test(next.pos) && words[i + 2]?.lower === 'that') return true;
  // `posted on social media that ...`
  for (let k = i + 2; k < Math.min(words.length, i + 7) && words[k].punct === ''; k++) {
    if (words[k].lower === 'that') return /^(?:on|in|to|at)$/.test(next.lower);
  }
  // `"...," he added` reports; `Hollins, 58, admitted 14 counts` does not (the verb has an object).
  if (prev && prev.punct === 'Q') return true;
  // `He added the plan had failed`: a clause follows, a subject and then its finite verb (tagged words).
  if (/^(?:DT|PRP|PRP\$|NNP|NNPS|NN|NNS)$/.test(next.pos)) {
    for (let k = i + 2; k < Math.min(words.length, i + 8) && words[k].punct === ''; k++) {
      const t = words[k].pos;
      if (t === 'VBD' || t === 'VBZ' || t === 'VBP' || t === 'MD') return true;
      if (t === 'IN' || t === 'TO' || t === 'WDT' || t === 'WP') break;
    }
  }
  // `he added in a statement.` / `she noted on Tuesday,`
  let k = i + 1;
  while (k < words.length && words[k].punct === '' && (TIME_WORDS.has(words[k].lower) || /^(?:in|a|an|the|statement|interview|later|earlier)$/.test(words[k].lower))) k++;
  return k >= words.length || words[k].punct !== '';
}

import type { Span } from '../article';
import { AUX_ADVERBS, CLAUSE_WORDS, DETERMINERS, isCapitalized, PRONOUNS, TIME_WORDS, type Word } from './words';
import { DOCUMENT_NOUNS, INSTITUTION_NOUNS, ROLE_NOUNS } from './sources';

/**
 * Attribution finder (spec/claims.md section 3.1): reporting verbs and phrases in every
 * position, with the extent of the source phrase (the whole subject noun phrase with its
 * apposition, without trailing time words). Works on the words of one sentence whose
 * quotation interiors are blanked, so verbs inside quotations are never read.
 */

/** `naming`: `X called it "..."`, an attribution only when the quotation is a claim. */
export type AttributionKind = 'active' | 'inverted' | 'according' | 'saying' | 'impersonal' | 'agent' | 'show' | 'naming';

export interface RawAttribution {
  source: Span;
  verb: Span;
  kind: AttributionKind;
  /** The source is a personal pronoun (`He said`): resolved later. */
  pronoun?: string;
}

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}

/** Reporting verbs that attribute whatever follows or precedes them. */
const SAY_VERBS = set(
  'said says say told tells tell reported reports announced announces estimated estimates confirmed confirms ' +
  'warned warns wrote writes testified testifies stated states explained explains insisted insists argued argues ' +
  'acknowledged acknowledges asserted asserts disclosed discloses revealed reveals predicted predicts ' +
  'stressed stresses emphasised emphasized emphasises emphasizes contended contends alleged alleges complained complains ' +
  'tweeted forecast forecasts cautioned cautions believes believed recounted recounts reiterated reiterates ' +
  'announce confirm estimate report warn write testify state explain insist argue',
);

/** Verbs that report only when used as reporting verbs: followed by `that`, a comma, colon, quote or the end. */
const STRICT_VERBS = set(
  'added adds noted notes claimed claims charged charges continued continues maintained maintains observed observes ' +
  'concluded concludes admitted admits agreed agrees denied denies replied replies responded responds recalled recalls ' +
  'countered counters indicated indicates suggested suggests posted remarked remarks conceded concedes projected projects ' +
  'calculated calculates commented comments answered answers explained asked asks declared declares',
);

/** Data verbs: `figures show`, `a study found`, only with a document or data subject. */
const SHOW_VERBS = set('show shows showed shown found finds suggest suggests indicate indicate indicated');

/** Forms that are nouns as often as verbs (`its profit forecast`, `a previous estimate`). */
const AMBIGUOUS = set('forecast forecasts estimate estimates report reports claims notes states statement warns');

const BASE_FORMS = set('announce confirm estimate report warn write testify state explain insist argue show suggest indicate');

const PASSIVE_AUX = set('is are was were be been being');

const IMPERSONAL = set(
  'believed reported learned learnt estimated announced testified understood thought said claimed alleged rumoured ' +
  'rumored feared disclosed revealed stated confirmed told',
);

/** Verbs of belief and expectation: attributions only when a person or group holds them (`Detectives believe`). */
const BELIEF_VERBS = set('believe believes believed expect expects expected fear fears feared suspect suspects suspected');

/** `the court heard`: only courts, juries and hearings hear evidence. */
const HEARING_SUBJECTS = set('court jury tribunal inquiry inquest hearing trial panel committee magistrates councillors meeting');

/** Modals: `Some will say`, `he would not say` are not attributions. */
const MODALS = set('will would could might may can should must shall');

const NEGATIONS = set("not never n't no");

const AGENT_VERBS = set('announced reported disclosed confirmed revealed estimated stated said released published testified');

const LEADING_DROP = set('but and so meanwhile however also then yet still now');

/** `called it "a proper innings"`, `described the plan as "reckless"`: the quoted words are the subject's. */
const NAMING_VERBS = set('call calls called described describes branded brands dubbed labelled labeled termed');

/** Every word that can start an attribution in findSentenceAttributions (the union of its tests). */
const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  'reportedly', 'according', 'saying', 'put', 'heard', 'told',
  ...SAY_VERBS, ...STRICT_VERBS, ...SHOW_VERBS, ...BELIEF_VERBS, ...IMPERSONAL, ...NAMING_VERBS,
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

/** Attributions in one sentence, given its words (quotation interiors already blanked). */
export function findSentenceAttributions(words: Word[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (w.punct !== '') continue;
    const lower = w.lower;
    // Most words are none of the verbs and phrases below: one lookup instead of seven.
    if (!TRIGGER_WORDS.has(lower)) continue;
    if (lower === 'reportedly') {
      out.push({ source: span(w, w), verb: span(w, w), kind: 'impersonal' });
      continue;
    }
    if (lower === 'according' && words[i + 1]?.lower === 'to') {
      const np = rightNP(words, i + 2);
      if (np) out.push({ source: np, verb: span(w, words[i + 1]), kind: 'according' });
      continue;
    }
    // `Roe is quoted as saying`, `Roe was quoted by the paper as saying`
    if (lower === 'saying' && words[i - 1]?.lower === 'as') {
      const q = words.findIndex((x, k) => k < i && x.lower === 'quoted');
      if (q > 0) {
        let j = q - 1;
        while (j >= 0 && words[j].punct === '' && (PASSIVE_AUX.has(words[j].lower) || AUX_ADVERBS.has(words[j].lower))) j--;
        const left = leftNP(words, q, j);
        if (left) {
          const first = words[left.firstIndex];
          const pronoun = left.firstIndex === left.lastIndex && PRONOUNS.has(first.lower) ? first.lower : undefined;
          out.push(rawAttribution(left.span, span(words[q], w), 'active', pronoun));
        }
        continue;
      }
    }
    if (lower === 'saying' && words[i - 1]?.punct === ',') {
      const subj = mainSubject(words, i);
      if (subj) out.push(rawAttribution(subj.source, span(w, w), 'saying', subj.pronoun));
      continue;
    }
    const putIt = (lower === 'put' && putsFigure(words, i)) || (NAMING_VERBS.has(lower) && quotationFollows(words, i));
    const belief = BELIEF_VERBS.has(lower);
    const heard = lower === 'heard';
    const say = SAY_VERBS.has(lower) || putIt;
    const strict = STRICT_VERBS.has(lower);
    const show = SHOW_VERBS.has(lower);
    const impersonal = IMPERSONAL.has(lower) || lower === 'told';
    if (!say && !strict && !show && !belief && !heard && !impersonal) continue;
    // Skip adverbs and auxiliaries back to the subject.
    let j = i - 1;
    let hedged = false;
    while (j >= 0 && words[j].punct === '' && (AUX_ADVERBS.has(words[j].lower) || MODALS.has(words[j].lower) || negation(words[j]) || /^\p{Ll}+ly$/u.test(words[j].text))) {
      if (MODALS.has(words[j].lower) || negation(words[j])) hedged = true;
      j--;
    }
    const before = j >= 0 ? words[j] : undefined;
    // Participles used as adjectives: `an estimated 5,000`, `the reported death toll`.
    if (before && (DETERMINERS.has(before.lower) || before.lower === 'reportedly') && j === i - 1) continue;
    if (before && PASSIVE_AUX.has(before.lower)) {
      const passive = hedged ? undefined : passiveAttribution(words, j, i);
      if (passive) out.push(passive);
      continue;
    }
    // `Authorities have not said`, `Some will say`, `declined to say`: nothing is attributed.
    if (hedged || before?.lower === 'to') continue;
    if (!say && !strict && !show && !belief && !heard) continue;
    if (strict && !reportingUse(words, i)) continue;
    // Base forms (`analysts estimate that`) follow a plural or pronoun subject, and are not a
    // noun modifier (`state Representative`, `the annual report`).
    if (BASE_FORMS.has(lower) && !show && !baseFormUse(words, i)) continue;
    if (AMBIGUOUS.has(lower) && !verbUse(words, i, j)) continue;
    if (lower === 'pointed' && words[i + 1]?.lower !== 'out') continue;
    const left = leftNP(words, i, j);
    // `Neighbours told reporters the pair had argued`: a verb inside reported speech.
    if (left && left.firstIndex > 0 && /^(?:told|tell|tells|said|say|says|telling|saying)$/.test(words[left.firstIndex - 1].lower)) continue;
    if (left && left.firstIndex > 1 && words[left.firstIndex - 1].lower !== 'that' && /^(?:told|tell|tells|telling)$/.test(words[left.firstIndex - 2].lower)) continue;
    if (belief || heard) {
      if (!left || !PRONOUNS.has(words[left.lastIndex].lower) && !holder(words, left, heard)) continue;
    }
    if (left) {
      if (show && !isDataSubject(words, left)) continue;
      const first = words[left.firstIndex];
      const pronoun = left.firstIndex === left.lastIndex && PRONOUNS.has(first.lower) ? first.lower : undefined;
      const kind: AttributionKind = show ? 'show' : NAMING_VERBS.has(lower) ? 'naming' : 'active';
      out.push(rawAttribution(left.span, span(w, w), kind, pronoun));
      continue;
    }
    if (show) continue;
    // `..., said X.` / `"...," said the spokesman.`
    const right = rightNP(words, i + 1);
    if (right && (!before || before.punct === ',' || before.punct === 'Q' || before.punct === ':')) {
      const firstRight = words.find((x) => x.start === right.start);
      const rightWords = words.filter((x) => x.start >= right.start && x.end <= right.end);
      if (firstRight && (isCapitalized(firstRight) || DETERMINERS.has(firstRight.lower) || PRONOUNS.has(firstRight.lower) || rightWords.some((x) => isCapitalized(x) || ROLE_NOUNS.has(x.lower)))) {
        const pronoun = PRONOUNS.has(firstRight.lower) && firstRight.end === right.end ? firstRight.lower : undefined;
        out.push(rawAttribution(right, span(w, w), 'inverted', pronoun));
      }
    }
  }
  return out;
}


function quotationFollows(words: Word[], i: number): boolean {
  if (words[i + 1]?.lower === 'for' || words[i + 1]?.lower === 'on') return false;
  for (let k = i + 1; k < Math.min(words.length, i + 6); k++) if (words[k].punct === 'Q') return true;
  return false;
}

function negation(w: Word): boolean {
  return NEGATIONS.has(w.lower) || /n't$/.test(w.lower);
}

/** `as X put it`, `X put the cost at £3m`, `budget papers put them at £310,000`. */
function putsFigure(words: Word[], i: number): boolean {
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
function verbUse(words: Word[], i: number, j: number): boolean {
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
function baseFormUse(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (next && isCapitalized(next)) return false;
  let j = i - 1;
  while (j >= 0 && words[j].punct === '' && AUX_ADVERBS.has(words[j].lower)) j--;
  const prev = words[j];
  if (!prev || prev.punct !== '') return false;
  if (/^(?:they|we|i|you)$/.test(prev.lower)) return true;
  return /[^s']s$/.test(prev.lower) || /(?:men|people|police)$/.test(prev.lower);
}

/** A subject that can believe or expect (people, groups, bodies), or that hears evidence. */
function holder(words: Word[], left: { firstIndex: number; lastIndex: number }, heard: boolean): boolean {
  const head = words[left.lastIndex];
  const lower = head.lower.replace(/'s$/, '');
  if (heard) {
    for (let k = left.firstIndex; k <= left.lastIndex; k++) if (HEARING_SUBJECTS.has(words[k].lower.replace(/s$/, '')) || HEARING_SUBJECTS.has(words[k].lower)) return true;
    return false;
  }
  return ROLE_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower) || (isCapitalized(head) && !DETERMINERS.has(head.lower));
}

/**
 * A raw attribution, `pronoun` set only when there is one. Built field by field: an object spread
 * here went through the slow generic copy, and this runs for every attribution.
 */
function rawAttribution(source: Span, verb: Span, kind: AttributionKind, pronoun: string | undefined): RawAttribution {
  const r: RawAttribution = { source, verb, kind };
  if (pronoun) r.pronoun = pronoun;
  return r;
}

function span(a: Word, b: Word): Span {
  return { start: a.start, end: b.end };
}

/** `added` and friends report only in reporting position. */
function reportingUse(words: Word[], i: number): boolean {
  const next = words[i + 1];
  const prev = words[i - 1];
  if (!next) return true;
  if (next.punct === ',' || next.punct === ':' || next.punct === 'Q' || next.lower === 'that') return true;
  // `posted on social media that ...`
  for (let k = i + 2; k < Math.min(words.length, i + 7) && words[k].punct === ''; k++) {
    if (words[k].lower === 'that') return /^(?:on|in|to|at)$/.test(next.lower);
  }
  // `"...," he added` reports; `Hollins, 58, admitted 14 counts` does not (the verb has an object).
  if (prev && prev.punct === 'Q') return true;
  // `he added in a statement.` / `she noted on Tuesday,`
  let k = i + 1;
  while (k < words.length && words[k].punct === '' && (TIME_WORDS.has(words[k].lower) || /^(?:in|a|an|the|statement|interview|later|earlier)$/.test(words[k].lower))) k++;
  return k >= words.length || words[k].punct !== '';
}

/** A subject noun phrase ending just before the verb at `i` (`j` is the last word before any adverbs). */
function leftNP(words: Word[], i: number, j: number): { span: Span; firstIndex: number; lastIndex: number } | undefined {
  // `Victor Hale, who told a business lunch`: the relative pronoun stands for the noun phrase before it.
  if (j >= 2 && (words[j].lower === 'who' || words[j].lower === 'which') && words[j - 1].punct === ',') {
    const app = apposition(words, j - 1);
    if (app) return app;
    const seg = segmentBefore(words, j - 1);
    return seg ? { span: { start: words[seg[0]].start, end: words[seg[1]].end }, firstIndex: seg[0], lastIndex: seg[1] } : undefined;
  }
  if (j < 0 || words[j].punct !== '') {
    if (j >= 1 && words[j].punct === ',') return apposition(words, j);
    return undefined;
  }
  let k = j;
  while (k - 1 >= 0 && words[k - 1].punct === '' && !CLAUSE_WORDS.has(words[k - 1].lower) && !(SAY_VERBS.has(words[k - 1].lower) && !BASE_FORMS.has(words[k - 1].lower))) k--;
  let first = k;
  // `who` ends a relative clause: the subject is the noun phrase before it.
  if (k - 1 >= 0 && (words[k - 1].lower === 'who' || words[k - 1].lower === 'whose') && first <= j) {
    return undefined;
  }
  // `X and Y said` keeps `and`; a clause before `and` (3+ words) does not belong to the subject.
  for (let a = j - 1; a > first; a--) {
    if ((words[a].lower === 'and' || words[a].lower === 'but') && a - first >= 3) {
      first = a + 1;
      break;
    }
  }
  while (first <= j && LEADING_DROP.has(words[first].lower)) first++;
  // A prepositional phrase is not a subject (`In its daily report`).
  if (first <= j && /^(?:in|on|at|for|with|from|by|of|after|before|during|under|over|to|into|about)$/.test(words[first].lower)) return undefined;
  let last = j;
  while (last > first && TIME_WORDS.has(words[last].lower)) last--;
  while (last > first && /^(?:on|in|at|late|early|this|last)$/.test(words[last].lower)) last--;
  if (first > last) return undefined;
  if (last - first >= 12) return undefined;
  // A bare lower-case verb-like word right before the verb (`prices fell said`) is not a subject.
  return { span: { start: words[first].start, end: words[last].end }, firstIndex: first, lastIndex: last };
}

/** `Name, role, said` / `role, Name, said`: the whole subject with its apposition. */
function apposition(words: Word[], comma: number): { span: Span; firstIndex: number; lastIndex: number } | undefined {
  const seg2 = segmentBefore(words, comma);
  if (!seg2) return undefined;
  let [a2] = seg2;
  const b2 = seg2[1];
  // `The mayor, who took office in 2020, said`: the relative clause is part of the apposition.
  if ((words[a2 - 1]?.lower === 'who' || words[a2 - 1]?.lower === 'which') && words[a2 - 2]?.punct === ',') a2--;
  if (words[a2 - 1]?.punct !== ',') return undefined;
  const seg1 = segmentBefore(words, a2 - 1);
  if (!seg1) return undefined;
  const [a1, b1] = seg1;
  const first2 = words[a2];
  const head1 = words[b1];
  const head2 = words[b2];
  // `The company, in a filing on Monday, said`, `The figures, released by the office, show`: a
  // parenthetical phrase, not an apposition; the subject is the noun phrase before it.
  const parenthetical = /^(?:in|at|on|speaking|writing|citing|according|released|published|issued|quoted|asked|interviewed|contacted|reached)$/.test(first2.lower) || /^\p{Ll}+ed$/u.test(first2.text);
  if (parenthetical && b1 - a1 <= 7 && (isCapitalized(head1) || ROLE_NOUNS.has(head1.lower) || INSTITUTION_NOUNS.has(head1.lower) || DOCUMENT_NOUNS.has(head1.lower) || DETERMINERS.has(words[a1].lower))) {
    let first = a1;
    while (first < b1 && LEADING_DROP.has(words[first].lower)) first++;
    return { span: { start: words[first].start, end: words[b1].end }, firstIndex: first, lastIndex: b1 };
  }
  const appositive =
    /^(?:a|an|the|who|which|whose|its|his|her|their|our|chief|head|former|deputy|senior|director|president|spokesman|spokeswoman)$/.test(first2.lower) ||
    ROLE_NOUNS.has(head2.lower) ||
    INSTITUTION_NOUNS.has(head2.lower) ||
    (isCapitalized(first2) && ROLE_NOUNS.has(head1.lower)) ||
    // `A spokesman for the ministry, Ivan Petrov, said`
    (isCapitalized(first2) && isCapitalized(head2) && words.slice(a1, b1 + 1).some((w) => ROLE_NOUNS.has(w.lower) && !isCapitalized(w))) ||
    (isCapitalized(head1) && !isCapitalized(first2));
  if (!appositive) return undefined;
  if (b1 - a1 > 7) return undefined;
  if (!(isCapitalized(head1) || ROLE_NOUNS.has(head1.lower) || INSTITUTION_NOUNS.has(head1.lower) || DETERMINERS.has(words[a1].lower) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[a1].lower))) return undefined;
  let first = a1;
  while (first < b1 && LEADING_DROP.has(words[first].lower)) first++;
  return { span: { start: words[first].start, end: words[b2].end }, firstIndex: first, lastIndex: b2 };
}

/** The words between the previous boundary and `end` (exclusive), as indexes [a, b]. */
function segmentBefore(words: Word[], end: number): [number, number] | undefined {
  const b = end - 1;
  if (b < 0 || words[b].punct !== '') return undefined;
  let a = b;
  while (a - 1 >= 0 && words[a - 1].punct === '' && !CLAUSE_WORDS.has(words[a - 1].lower)) a--;
  return [a, b];
}

/** A noun phrase starting at `i`, up to the end of the sentence or clause, with apposition. */
function rightNP(words: Word[], i: number): Span | undefined {
  let k = i;
  while (k < words.length && TIME_WORDS.has(words[k].lower) && !isCapitalized(words[k])) k++;
  if (k >= words.length || words[k].punct !== '') return undefined;
  const start = k;
  let end = k;
  let commas = 0;
  while (end + 1 < words.length) {
    const nx = words[end + 1];
    if (nx.punct === ';' || nx.punct === 'Q' || nx.punct === ':' || nx.punct === '(' || nx.punct === ')') break;
    if (nx.punct === '-' ) break;
    if (nx.punct === ',') {
      // Apposition after a name (`said John Smith, a spokesman for the council`).
      const after = words[end + 2];
      const named = after !== undefined && isCapitalized(after) && ROLE_NOUNS.has(words[end].lower);
      if (!after || commas > 0 || (!named && !/^(?:a|an|the|who|its|his|her|their|chief|head|former|deputy|senior)$/.test(after.lower))) break;
      commas++;
      end++;
      continue;
    }
    if (nx.punct === '' && (nx.lower === 'that' || nx.lower === 'which' || nx.lower === 'when' || nx.lower === 'because')) break;
    end++;
  }
  // Trailing time words (`according to the ministry on Tuesday`).
  while (end > start && TIME_WORDS.has(words[end].lower)) end--;
  while (end > start && /^(?:on|in|at|this|last)$/.test(words[end].lower)) end--;
  return { start: words[start].start, end: words[end].end };
}

/** The subject of the main clause before `, saying` (after a leading adverbial). */
function mainSubject(words: Word[], saying: number): { source: Span; pronoun?: string } | undefined {
  let s = 0;
  const firstComma = words.findIndex((w) => w.punct === ',');
  if (firstComma > 0 && firstComma < saying - 1) {
    const lead = words[0].lower;
    if (/^(?:in|on|at|last|after|before|meanwhile|earlier|later|during|since|with|for|as|while|when|although|yesterday|today|this|however|on|by|following|separately|also)$/.test(lead) || TIME_WORDS.has(lead)) {
      s = firstComma + 1;
    }
  }
  const first = words[s];
  if (!first || first.punct !== '') return undefined;
  if (PRONOUNS.has(first.lower)) return { source: span(first, first), pronoun: first.lower };
  let e = s;
  if (isCapitalized(first) && !DETERMINERS.has(first.lower)) {
    // `Chief executive Hana Sato defended the cuts, saying`: role words lead into the name.
    while (
      e + 1 < saying &&
      words[e + 1].punct === '' &&
      (isCapitalized(words[e + 1]) ||
        ((words[e + 1].lower === 'of' || words[e + 1].lower === 'the') && isCapitalized(words[e + 2] ?? words[e + 1])) ||
        (/^\p{Ll}/u.test(words[e + 1].text) && e + 2 < saying && isCapitalized(words[e + 2]) && (ROLE_NOUNS.has(words[e + 1].lower) || /^(?:executive|officer|secretary|general|manager|director|minister|president)$/.test(words[e + 1].lower))))
    )
      e++;
    return { source: { start: first.start, end: words[e].end } };
  }
  if (DETERMINERS.has(first.lower)) {
    while (e + 1 < saying && e - s < 5 && words[e + 1].punct === '' && !/ed$/.test(words[e + 1].lower) && !AUX_ADVERBS.has(words[e + 1].lower) && !PASSIVE_AUX.has(words[e + 1].lower)) e++;
    return e > s ? { source: { start: first.start, end: words[e].end } } : undefined;
  }
  return undefined;
}

/** `it was learned`, `is said to be`, `was disclosed Tuesday by X`, `were announced by the ministry`. */
function passiveAttribution(words: Word[], aux: number, verb: number): RawAttribution | undefined {
  const v = words[verb];
  // Agent: `by X` within three words.
  for (let k = verb + 1; k < Math.min(words.length, verb + 5); k++) {
    if (words[k].punct !== '') break;
    if (words[k].lower === 'by' && AGENT_VERBS.has(v.lower)) {
      const np = rightNP(words, k + 1);
      if (np) return { source: np, verb: { start: words[aux].start, end: v.end }, kind: 'agent' };
      break;
    }
  }
  if (!IMPERSONAL.has(v.lower)) return undefined;
  // `We are told`, `I am told`: the writer's unnamed informants; `The court was told`: the court's record.
  if (v.lower === 'told') {
    const left = leftNP(words, aux, aux - 1);
    if (left && words[verb + 1]?.lower === 'that') {
      for (let k = left.firstIndex; k <= left.lastIndex; k++) {
        if (HEARING_SUBJECTS.has(words[k].lower)) return { source: left.span, verb: { start: words[aux].start, end: v.end }, kind: 'agent' };
      }
    }
    const subj = words[aux - 1];
    if (subj && (subj.lower === 'we' || subj.lower === 'i') && (words[verb + 1]?.lower === 'that' || words[verb + 1]?.punct !== '' || !words[verb + 1])) {
      return { source: { start: subj.start, end: v.end }, verb: { start: subj.start, end: v.end }, kind: 'impersonal' };
    }
    return undefined;
  }
  let a = aux;
  while (a - 1 >= 0 && words[a - 1].punct === '' && /^(?:has|have|had|is|was|been|it)$/.test(words[a - 1].lower)) a--;
  if (words[a].lower === 'it') {
    return { source: { start: words[a].start, end: v.end }, verb: { start: words[a].start, end: v.end }, kind: 'impersonal' };
  }
  const to = words[verb + 1];
  if (to?.lower === 'to') {
    const be = words[verb + 2];
    const endWord = be && /^(?:be|have|been)$/.test(be.lower) ? be : to;
    return { source: { start: words[aux].start, end: endWord.end }, verb: { start: words[aux].start, end: endWord.end }, kind: 'impersonal' };
  }
  return undefined;
}

function isDataSubject(words: Word[], left: { firstIndex: number; lastIndex: number }): boolean {
  for (let k = left.firstIndex; k <= left.lastIndex; k++) if (DOCUMENT_NOUNS.has(words[k].lower)) return true;
  return false;
}

/** Headline `Claim: Speaker` (a short name after the last colon). */
export function headlineSpeaker(plain: string, p: Span): Span | undefined {
  const text = plain.slice(p.start, p.end);
  const m = /:\s*((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*$/u.exec(text);
  if (!m || m.index === undefined) return undefined;
  const start = p.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

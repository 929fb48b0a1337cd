import type { Span } from '../article';
import { AUX_ADVERBS, CLAUSE_WORDS, DETERMINERS, isCapitalized, PRONOUNS, type Word } from './words';
import { DOCUMENT_NOUNS, INSTITUTION_NOUNS, ROLE_NOUNS } from './sources';
import {
  AGENT_VERBS,
  AMBIGUOUS,
  BASE_FORMS,
  BELIEF_VERBS,
  HEARING_SUBJECTS,
  IMPERSONAL,
  MODALS,
  NAMING_VERBS,
  PASSIVE_AUX,
  PROGRESSIVE,
  QUOTE_VERBS,
  SAY_VERBS,
  SHOW_VERBS,
  STRICT_VERBS,
  TRIGGER_WORDS,
  baseFormUse,
  negation,
  putsFigure,
  quotationFollows,
  reportingUse,
  verbUse,
} from './attributionVerbs';
import { apposition, leftNP, rightNP, mainSubject, type PhraseSpan } from './sourcePhrases';
import { isVerb } from './wordTags';

export { mayAttribute } from './attributionVerbs';

/**
 * Attribution finder (docs/rules.md, Sourcing decisions): reporting verbs and phrases in every
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
  /**
   * A verb of speaking that attributes the sentence's quotations but not its statistics (`urged`,
   * `pledged`): for a quotation the only question is who said it (docs/rules.md, the decisions of the spec's section 6.1).
   */
  quotesOnly?: boolean;
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
    // `there has been speculation that`, `there was speculation the pair ...`: impersonal, vague.
    if (lower === 'speculation') {
      let a = i - 1;
      while (a >= 0 && words[a].punct === '' && /^(?:fresh|renewed|growing|widespread|much|some|intense|mounting|media|press)$/.test(words[a].lower)) a--;
      let b = a;
      while (b >= 0 && words[b].punct === '' && /^(?:is|was|has|have|had|been|be)$/.test(words[b].lower)) b--;
      if (b >= 0 && b < a && words[b].lower === 'there') out.push({ source: span(words[b], w), verb: span(words[b], w), kind: 'impersonal' });
      continue;
    }
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
    // Part-of-speech tags (when the words carry them): a form the tagger reads as a noun or
    // adjective is no verb here (`Tory claims`, `its forecast`), and a past participle right
    // after a noun modifies it (`a man suspected of`, `the figures released on Monday`).
    // The noun reading needs a modifier before it (`Tory claims`, `its forecast`, `the new report`)
    // and a word after it: at the end of a clause the form is a verb (`..., the figures show.`).
    const prevPos = i > 0 ? words[i - 1].pos : '';
    if (w.pos !== '' && !isVerb(w) && words[i + 1]?.punct === '' && /^(?:JJ|NNP|NNPS|PRP\$|DT|POS|NN)$/.test(prevPos) && (AMBIGUOUS.has(lower) || STRICT_VERBS.has(lower) || QUOTE_VERBS.has(lower))) continue;
    if (w.pos === 'VBN' && i > 0 && words[i - 1].punct === '' && /^NN/.test(prevPos) && /^(?:IN|TO)$/.test(words[i + 1]?.pos ?? '') && words[i + 1].lower !== 'that' && lower !== 'said' && lower !== 'told') continue;
    // `suspected of`, `feared for`: a participle or a verb of feeling, not a report.
    if (BELIEF_VERBS.has(lower) && /^(?:of|for)$/.test(words[i + 1]?.lower ?? '')) continue;
    const quotesOnly = QUOTE_VERBS.has(lower);
    if (quotesOnly && !words.some((x) => x.punct === 'Q')) continue;
    const putIt = (lower === 'put' && putsFigure(words, i)) || (NAMING_VERBS.has(lower) && quotationFollows(words, i));
    const belief = BELIEF_VERBS.has(lower);
    const heard = lower === 'heard';
    const say = SAY_VERBS.has(lower) || putIt || quotesOnly;
    const strict = STRICT_VERBS.has(lower);
    const show = SHOW_VERBS.has(lower);
    const impersonal = IMPERSONAL.has(lower) || lower === 'told';
    const progressive = PROGRESSIVE.has(lower);
    if (!say && !strict && !show && !belief && !heard && !impersonal && !progressive) continue;
    // Skip adverbs and auxiliaries back to the subject.
    let j = i - 1;
    let hedged = false;
    while (j >= 0 && words[j].punct === '' && (AUX_ADVERBS.has(words[j].lower) || words[j].lower === 'now' || MODALS.has(words[j].lower) || negation(words[j]) || /^\p{Ll}+ly$/u.test(words[j].text))) {
      if (MODALS.has(words[j].lower) || negation(words[j])) hedged = true;
      j--;
    }
    const before = j >= 0 ? words[j] : undefined;
    // Participles used as adjectives: `an estimated 5,000`, `the reported death toll`.
    if (before && (DETERMINERS.has(before.lower) || before.lower === 'reportedly') && j === i - 1) continue;
    // `Ecologists are warning MSPs that ...`: a progressive, the subject before the auxiliary.
    if (before && PASSIVE_AUX.has(before.lower) && PROGRESSIVE.has(lower) && !hedged) {
      const subj = leftNP(words, j, j - 1);
      if (subj && reportingUse(words, i)) {
        const first = words[subj.firstIndex];
        const pronoun = subj.firstIndex === subj.lastIndex && PRONOUNS.has(first.lower) ? first.lower : undefined;
        out.push(rawAttribution(subj.span, span(words[j], w), 'active', pronoun));
      }
      continue;
    }
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
    if (BASE_FORMS.has(lower) && !show && !baseFormUse(words, i) && !(words[i - 1]?.lower === 'and' && coordinatedSubject(words, i - 1))) continue;
    if (AMBIGUOUS.has(lower) && !verbUse(words, i, j)) continue;
    if (lower === 'pointed' && words[i + 1]?.lower !== 'out') continue;
    let left = leftNP(words, i, j);
    // `Acme, a search firm, tracks six million blogs and says`: a phrase ending in `and` is a
    // predicate, and the subject is the one before it.
    if (left && left.lastIndex > left.firstIndex && /^(?:and|but)$/.test(words[left.lastIndex].lower)) {
      const f = left.firstIndex;
      left = (f >= 2 && words[f - 1].punct === ',' ? apposition(words, f - 1) : undefined) ?? coordinatedSubject(words, left.lastIndex);
      if (!left) continue;
    }
    if (left && words[left.firstIndex].pos !== '') {
      // A subject is a noun phrase: `how do you say` is a question, and `Acme tracks six million
      // blogs and says` has the subject of its first verb.
      const first = words[left.firstIndex];
      if (first.pos === 'WRB' || first.pos === 'WP') continue;
      let verbAt = -1;
      for (let k = left.firstIndex; k <= left.lastIndex && verbAt < 0; k++) {
        // A relative clause belongs to the subject (`One trader, who asked not to be named,`).
        if (/^(?:who|whom|whose|which|that)$/.test(words[k].lower)) break;
        if (clauseVerb(words[k])) verbAt = k;
      }
      if (verbAt >= 0) {
        let conj = -1;
        for (let k = verbAt + 1; k <= left.lastIndex; k++) if (words[k].lower === 'and') conj = k;
        if (conj < 0 || left.firstIndex === verbAt) continue;
        left = leftNP(words, verbAt, verbAt - 1);
        if (!left) continue;
      }
    }
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
      const r = rawAttribution(left.span, span(w, w), kind, pronoun);
      if (quotesOnly) r.quotesOnly = true;
      out.push(r);
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
        const r = rawAttribution(right, span(w, w), 'inverted', pronoun);
        if (quotesOnly) r.quotesOnly = true;
        out.push(r);
      }
    }
  }
  return out;
}


/**
 * The subject of a predicate coordinated by the `and` at `conj` (`Ms Hale cut the budget and
 * warned that ...`): the noun phrase before the clause's first finite verb (tagged words only).
 */
function coordinatedSubject(words: Word[], conj: number): PhraseSpan | undefined {
  let v = -1;
  for (let k = conj - 1; k >= 0 && words[k].punct !== ';' && words[k].punct !== ':' && words[k].punct !== 'Q'; k--) {
    if (CLAUSE_WORDS.has(words[k].lower)) break;
    if (clauseVerb(words[k])) v = k;
  }
  if (v <= 0) return undefined;
  let j = v - 1;
  while (j >= 0 && words[j].punct === '' && AUX_ADVERBS.has(words[j].lower)) j--;
  const subj = leftNP(words, v, j);
  if (!subj || subj.lastIndex >= v) return undefined;
  for (let k = subj.firstIndex; k <= subj.lastIndex; k++) if (clauseVerb(words[k])) return undefined;
  return subj;
}

/**
 * A finite verb that makes a phrase a clause rather than a subject: tagged VBD/VBZ/VBP, lower
 * case, and not a noun the source rules know (`figures`, `officials` are sometimes tagged as verbs).
 */
function clauseVerb(w: Word): boolean {
  if (w.pos !== 'VBD' && w.pos !== 'VBZ' && w.pos !== 'VBP') return false;
  if (isCapitalized(w) || PASSIVE_AUX.has(w.lower) || /^(?:has|have|had|do|does|did)$/.test(w.lower)) return false;
  return !ROLE_NOUNS.has(w.lower) && !INSTITUTION_NOUNS.has(w.lower) && !DOCUMENT_NOUNS.has(w.lower);
}

/** Passive forecasts that are impersonal sources when a figure follows (`is expected to grow by 4.2%`). */
const FORECASTS = new Set(['expected', 'predicted', 'forecast', 'projected', 'tipped']);

/** What a forecast of a quantity says the figure will do (`to grow by`, `to reach`, `to be`). */
const FORECAST_VERBS = new Set(
  'grow rise fall reach increase decrease drop climb hit top exceed total cost double treble halve shrink expand slow fell be remain stay peak surpass near'.split(' '),
);

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
  // `is expected to grow by 4.2%`, `are predicted to reach`: an impersonal forecast of a figure
  // (docs/rules.md, the decisions of the spec's section 6.1); `are expected to meet on Tuesday`, with no figure, is a schedule.
  if (FORECASTS.has(v.lower) && words[verb + 1]?.lower === 'to') {
    // A forecast of a quantity: a verb of level or change, and a figure before the clause ends.
    if (!FORECAST_VERBS.has(words[verb + 2]?.lower ?? '')) return undefined;
    let figure = false;
    for (let k = verb + 3; k < words.length && words[k].punct === '' && !figure; k++) figure = /^\p{N}/u.test(words[k].text) || words[k].text.includes('%');
    if (!figure) return undefined;
    return { source: { start: words[aux].start, end: v.end }, verb: { start: words[aux].start, end: v.end }, kind: 'impersonal' };
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

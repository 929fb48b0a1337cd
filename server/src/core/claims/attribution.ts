import type { Span } from '../model';
import { AUX_ADVERBS, DETERMINERS, isCapitalized, PRONOUNS, type Word } from './words';
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
import { leftNP, rightNP, mainSubject } from './sourcePhrases';

export { mayAttribute } from './attributionVerbs';

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

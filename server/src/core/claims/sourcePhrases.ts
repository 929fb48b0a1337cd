import type { Span } from '../article';
import { CLAUSE_WORDS, DETERMINERS, isCapitalized, PRONOUNS, TIME_WORDS, AUX_ADVERBS, type Word } from './words';
import { DOCUMENT_NOUNS, INSTITUTION_NOUNS, ROLE_NOUNS } from './sources';
import { BASE_FORMS, LEADING_DROP, PASSIVE_AUX, SAY_VERBS } from './attributionVerbs';

/**
 * The extent of a source phrase around a reporting verb (docs/rules.md, Sourcing decisions: the whole
 * subject noun phrase with its apposition, without trailing time words): the subject before the
 * verb, the noun phrase after an inverted verb or `according to`, and the main clause's subject
 * before `, saying`.
 */

/** A source phrase found in a sentence's words: its span and its first and last word. */
export interface PhraseSpan {
  span: Span;
  firstIndex: number;
  lastIndex: number;
}

function span(a: Word, b: Word): Span {
  return { start: a.start, end: b.end };
}

/** A subject noun phrase ending just before the verb at `i` (`j` is the last word before any adverbs). */
export function leftNP(words: Word[], i: number, j: number): PhraseSpan | undefined {
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
export function apposition(words: Word[], comma: number): PhraseSpan | undefined {
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
export function rightNP(words: Word[], i: number): Span | undefined {
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
      // A document and its title (`according to a new book, Grey Skies`).
      const named = after !== undefined && isCapitalized(after) && (ROLE_NOUNS.has(words[end].lower) || DOCUMENT_NOUNS.has(words[end].lower));
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
export function mainSubject(words: Word[], saying: number): { source: Span; pronoun?: string } | undefined {
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

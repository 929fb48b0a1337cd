/**
 * Word-level view of one sentence for the claim rules: words and punctuation with offsets,
 * read from the sentence text with quotation interiors blanked (so that a reporting verb
 * inside a quotation never attributes anything). Shared lexicons live here too.
 */

export interface Word {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation (`,`, `;`, `:`, a dash, a bracket) or a quotation mark (`Q`). */
  punct: '' | ',' | ';' | ':' | '-' | '(' | ')' | 'Q';
}

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’.-](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}{3}))*|--|[,;:()—–"“”«»]|``|''/gu;

/** Words of `text[start, end)`. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    if (m.index + m[0].length > end) break;
    const t = m[0];
    let punct: Word['punct'] = '';
    if (t === ',' || t === ';' || t === ':' || t === '(' || t === ')') punct = t;
    else if (t === '--' || t === '—' || t === '–') punct = '-';
    else if (/^(?:["“”«»]|``|'')$/.test(t)) punct = 'Q';
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, punct });
  }
  return out;
}

export function isCapitalized(w: Word): boolean {
  return w.punct === '' && /^\p{Lu}/u.test(w.text);
}

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter((x) => x.length > 0));
}

export const DETERMINERS = set('the a an this that these those its his her their our my your some any each every no');

export const PRONOUNS = set('he she they it we i');

/** Words that can sit between a subject and its verb (`have previously said`). */
export const AUX_ADVERBS = set(
  'has have had also previously later earlier again further then would will could did does do not never ' +
  'has_also once repeatedly recently separately subsequently initially originally first last ' +
  'publicly privately told_reporters already just only still often always frequently',
);

/** Time words and phrases that trail a subject (`Police on Tuesday said`) and are not part of it. */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow ' +
  'morning afternoon evening night week month year weekend earlier later recently now ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec last this next on late early',
);

/** Clause-joining words: a subject never spans one. */
export const CLAUSE_WORDS = set(
  'that which who whom whose when while because although though if unless since as so where whereas after before until than but or nor yet whether',
);

/** Common verbs and auxiliaries, for "does this short quotation hold a verb". */
export const COMMON_VERBS = set(
  'is are was were be been being am has have had do does did will would can could shall should may might must ' +
  "isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't shouldn't wouldn't haven't hasn't " +
  "it's that's he's she's they're we're i'm you're there's i've we've they've i'll we'll you'll " +
  'go goes went gone come comes came get gets got make makes made take takes took know knows knew think thinks thought ' +
  'want wants need needs see sees saw look looks feel feels felt love loves hate hates like likes stop stops ' +
  'keep keeps let lets say says said tell tells give gives find finds leave leaves work works win wins lose loses ' +
  'run runs try tries help helps mean means matter matters fail fails happen happens believe believes hope hopes ' +
  'fight fights pay pays live lives die dies kill kills hurt hurts move moves change changes wait stand stands',
);

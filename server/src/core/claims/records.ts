import type { Span } from '../article';
import type { Word } from './words';

/**
 * Superlatives and records against a baseline (docs/rules.md, Sourcing decisions and the section 6.1 decisions on ordinals) found
 * on the sentence's tagged words: a superlative inside a noun phrase with a baseline (`the world's
 * biggest bank`, `Japan's largest-ever takeover`, `her highest ranking yet`, `one of the world's
 * biggest producers`), and an ordinal record with a time baseline (`her first title since 2003`,
 * `the first time in 21 years`). The range is the noun phrase (with `one of`) and its baseline.
 */

const SUPERLATIVE_WORD = /^(?:\p{L}+est|best|worst|most|least)(?:-ever)?$/u;
const NOT_SUPERLATIVE = /^(?:interest|request|forest|honest|modest|earnest|harvest|protest|contest|manifest|arrest|chest|guest|quest|test|west|rest|nest|pest|vest|zest|latest)$/;

/** A word that is a superlative (tagged JJS or RBS, or `most`/`least` before an adjective). */
function superlative(words: Word[], k: number): boolean {
  const w = words[k];
  if (w.punct !== '' || NOT_SUPERLATIVE.test(w.lower)) return false;
  if (w.lower === 'most' || w.lower === 'least') return /^(?:JJ|RB|VBN)/.test(words[k + 1]?.pos ?? '') && words[k + 1].punct === '';
  // The word before its tag: a tag read is a tag made (claims/wordTags.ts tags a sentence lazily).
  return SUPERLATIVE_WORD.test(w.lower) && (w.pos === 'JJS' || w.pos === 'RBS');
}

/** Index range [a, b] of the noun-phrase chunk holding word k (by its IOB2 chunk tags). */
function npAround(words: Word[], k: number): [number, number] | undefined {
  if (!words[k].chunk.endsWith('-NP')) return undefined;
  let a = k;
  while (a > 0 && words[a].chunk === 'I-NP') a--;
  let b = k;
  while (b + 1 < words.length && words[b + 1].chunk === 'I-NP') b++;
  return [a, b];
}

const YEAR_OR_COUNT = /^(?:1[89]\d\d|20\d\d|\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/;
const TIME_UNIT = /^(?:years?|decades?|months?|weeks?|seasons?|centur(?:y|ies))$/;

/** A baseline right after word `b`: `ever`, `yet`, `on record`, `in (the) history`, `since 2003`, `in 21 years`. Returns its last index. */
function baselineAfter(words: Word[], b: number): number {
  const w1 = words[b + 1];
  const w2 = words[b + 2];
  const w3 = words[b + 3];
  if (!w1 || w1.punct !== '') return -1;
  if (w1.lower === 'ever' || w1.lower === 'yet') return b + 1;
  if (w1.lower === 'on' && w2?.lower === 'record') return b + 2;
  if (w1.lower === 'since' && w2 && /^(?:1[89]\d\d|20\d\d|records?)$/.test(w2.lower)) return w2.lower === 'records' && w3?.lower === 'began' ? b + 3 : b + 2;
  if (w1.lower === 'in' && w2 && YEAR_OR_COUNT.test(w2.lower) && w3 && TIME_UNIT.test(w3.lower)) return b + 3;
  if (w1.lower === 'in' && w2?.lower === 'history') return b + 2;
  if (w1.lower === 'in' && w2?.lower === 'the' && w3 && /^(?:world|country|history)$/.test(w3.lower)) return b + 3;
  return -1;
}

/** A possessive baseline inside the noun phrase before the superlative (`the world's`, `Japan's`, `the UK's`). */
function possessiveBefore(words: Word[], a: number, k: number): boolean {
  // The chunker may start a new noun phrase after the possessive (`the UK's | most used way`).
  for (let i = Math.max(0, a - 1); i < k; i++) {
    const w = words[i];
    if (/['’]s?$/.test(w.text) && (w.lower.startsWith('world') || /^\p{Lu}/u.test(w.text))) return true;
  }
  return false;
}

/**
 * `the actor's first appearance on screen since he left the show`: a record since an event, from
 * the noun phrase ending at `b` through the end of the clause (one prepositional phrase may come
 * between); -1 when no `since` follows.
 */
function sinceClause(words: Word[], b: number): number {
  let k = b + 1;
  if (words[k]?.pos === 'IN' && words[k].lower !== 'since') {
    const np = k + 1 < words.length ? npAround(words, k + 1) : undefined;
    k = np ? np[1] + 1 : -1;
  }
  if (k < 0 || words[k]?.lower !== 'since') return -1;
  let last = k;
  while (last + 1 < words.length && words[last + 1].punct === '') last++;
  return last > k ? last : -1;
}

/** `the world number one`, `world No 2`: a ranking. */
export const WORLD_RANK = /\b(?:the\s+)?world\s+(?:number|no\.?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/giu;

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** The record phrase word k may start: a superlative one (`most`, `-est`, `-ever`), an ordinal one, or none. */
function recordStart(words: Word[], k: number): 'superlative' | 'ordinal' | undefined {
  const lower = words[k].lower;
  if (superlative(words, k) || /-ever$/.test(lower)) return 'superlative';
  return ORDINAL.test(lower) ? 'ordinal' : undefined;
}

/**
 * Whether some word may start a record phrase: a superlative or an ordinal, which the part-of-speech
 * tags and the words tell (recordPhrases reads chunk tags only from such a word on). Without one,
 * recordPhrases finds nothing whatever the chunks, so the words need no chunk tags: most
 * sentences the text hint lets through (`-est`: `interest`, `protest`) have none.
 */
export function mayHoldRecord(words: Word[]): boolean {
  if (words.length === 0 || words[0].pos === '') return false;
  for (let k = 0; k < words.length; k++) if (recordStart(words, k) !== undefined) return true;
  return false;
}

/** Superlative noun phrases with a baseline, and ordinal records since a time (spans into the text). */
export function recordPhrases(words: Word[]): Span[] {
  const out: Span[] = [];
  const n = words.length;
  if (n === 0 || words[0].pos === '') return out;
  for (let k = 0; k < n; k++) {
    const w = words[k];
    const start = recordStart(words, k);
    if (start === undefined) continue;
    const isSup = start === 'superlative';
    const isOrd = start === 'ordinal';
    // `the UK's most widely used way`: a superlative adjective phrase before its noun phrase.
    let np = npAround(words, k);
    if (!np && isSup && w.chunk.endsWith('-ADJP')) {
      let a0 = k;
      while (a0 > 0 && words[a0].chunk === 'I-ADJP') a0--;
      let b0 = k;
      while (b0 + 1 < n && words[b0 + 1].chunk === 'I-ADJP') b0++;
      const next = b0 + 1 < n && words[b0 + 1].chunk === 'B-NP' ? npAround(words, b0 + 1) : undefined;
      if (next) np = [a0, next[1]];
      else if (words[b0].pos.startsWith('NN')) np = [a0, b0];
    }
    if (!np) continue;
    let [a, b] = np;
    let last = -1;
    let base = baselineAfter(words, b);
    // `her highest ranking yet`: a head noun the chunker left out of the phrase.
    if (base < 0 && b + 1 < n && /^(?:VBG|NN|NNS)$/.test(words[b + 1].pos)) {
      base = baselineAfter(words, b + 1);
      if (base >= 0) b++;
    }
    if (base >= 0) last = base;
    else if (isSup && (possessiveBefore(words, a, k) || /-ever$/.test(w.lower))) {
      last = b;
      // The possessive that the chunker left before the phrase belongs to it (`the UK's | most used way`).
      if (a > 0 && /['’]s?$/.test(words[a - 1].text) && !/['’]s?$/.test(words[a].text)) {
        a--;
        if (a > 0 && words[a - 1].lower === 'the') a--;
      }
    }
    if (last < 0 && (isSup || w.lower === 'first')) last = sinceClause(words, b);
    if (last < 0 && isOrd && (words[b + 1]?.lower === 'for' || words[b + 1]?.lower === 'in')) {
      // `a third successive defeat for the first time since 1987`: the ordinal's phrase through its baseline.
      const np2 = b + 2 < n ? npAround(words, b + 2) : undefined;
      last = np2 ? baselineAfter(words, np2[1]) : -1;
    }
    if (last < 0) continue;
    // `one of the world's biggest producers`
    if (a >= 2 && words[a - 1].lower === 'of' && /^(?:one|two|three|some|among)$/.test(words[a - 2].lower)) a -= 2;
    const s = { start: words[a].start, end: words[last].end };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
    k = last;
  }
  return out;
}

import type { NerLabel, Token } from '../article';

/**
 * A first name finder for use when no trained model is available: runs of capitalized
 * tokens that do not start a sentence alone, typed by a few cues. The trained tagger
 * (ner/) replaces it whenever its model file loads.
 */

const STOP = new Set(
  'The A An In On At For And But Or If As By To Of With From This That These Those It He She They We I His Her Their Its Our Meanwhile However Last Next Read Sign Get'.split(
    ' ',
  ),
);
const ORG_HEADS = /^(?:Corp|Inc|Ltd|Company|Ministry|Party|Union|Council|Agency|Bank|Group|Command|Staff|Army|Police|Court|University|Reuters|NATO|EU|UN)$/;
const TITLES = /^(?:President|General|Gen\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Minister|Prime|King|Queen|Pope)$/;

export interface TokenSpan {
  start: number;
  end: number;
  label: NerLabel;
}

export function findCapitalizedNames(tokens: Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i].text;
    if (!/^\p{Lu}/u.test(t) || STOP.has(t) || TITLES.test(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && /^\p{Lu}/u.test(tokens[j].text) && !TITLES.test(tokens[j].text)) j++;
    const words = tokens.slice(i, j).map((x) => x.text);
    const last = words[words.length - 1];
    let label: NerLabel = 'LOC';
    if (ORG_HEADS.test(last) || /^\p{Lu}{2,}$/u.test(last)) label = 'ORG';
    else if (/(?:an|ish|ese|ian)$/.test(last) && words.length <= 2) label = 'MISC';
    else if (words.length >= 2) label = 'PER';
    else if (i > 0 && TITLES.test(tokens[i - 1].text)) label = 'PER';
    spans.push({ start: i, end: j, label });
    i = j;
  }
  return spans;
}

import type { NumberMention, NumberType, Span } from '../article';
import { recordPhrases, WORLD_RANK } from './records';
import type { Word } from './words';

/**
 * Which numbers are statistics (docs/rules.md, Sourcing decisions),
 * plus the quantitative comparisons detected on the text itself: superlatives and records
 * against a baseline (`fastest pace since ...`, `highest level in a decade`, `record low`) and
 * changes (`doubled`, `halved`).
 *
 * Numbers come from the numbers module. Until it is wired into the pipeline
 * (`ClaimsInput.numbers` empty for the whole article), a small fallback recognizer (fallbackNumbers.ts) finds
 * the common forms so that the checks still run.
 */

export interface Statistic extends Span {
  kind: 'number' | 'comparison';
}

export interface StatisticsContext {
  plain: string;
  /** Plain text with quotation interiors blanked: numbers there are never statistics. */
  masked: string;
  /** Spans whose numbers are sourced by being part of the source (`Six radiomen told`). */
  excluded: Span[];
  /** One per article: where each figure is first written on its own (-1: nowhere); see writtenBefore. */
  firstFigures: Map<string, number>;
  /** The sentence's phrases that are statistics by their words alone (sentencePhrases). */
  phrases: Statistic[];
  /** The sentence's ordinal words (ordinalWords of its masked text, kept with its SentenceWork); found here when absent. */
  ordinals?: readonly number[];
}

const NOT_STATISTIC: ReadonlySet<NumberType> = new Set<NumberType>(['date', 'time', 'duration', 'age', 'ordinal']);

/** Statistics in `sentence`, given the number mentions that fall in it. */
export function findStatistics(sentence: Span, numbers: NumberMention[], ctx: StatisticsContext): Statistic[] {
  const text = ctx.masked.slice(sentence.start, sentence.end);
  const out = ctx.phrases.slice();
  const missed = missedOrdinals(sentence, numbers, text, ctx.ordinals ?? ordinalWords(text));
  const sorted = missed.length === 0 ? [...numbers] : [...numbers, ...missed];
  sorted.sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const n = sorted[k];
    if (n.start < sentence.start || n.end > sentence.end) continue;
    if (ctx.masked[n.start] !== ctx.plain[n.start]) continue; // inside a quotation
    if (ctx.excluded.some((e) => n.start >= e.start && n.end <= e.end)) continue;
    // A currency conversion in brackets after a figure is part of that figure (docs/rules.md, the decisions of the spec's section 6.1):
    // `$640m (£350m)`, `4.1bn rand ($700m; £380m)`.
    if (n.type === 'money' && k > 0 && conversionOf(sorted, k, ctx.plain)) continue;
    let end = n.end;
    // `his fourth century of the season` is a cricket score, not the 4th century.
    const ordinal = n.type === 'ordinal' || (n.type === 'date' && /^\S+\s+century$/i.test(n.text) && /\b(?:his|her|their|its)\s+$/i.test(ctx.plain.slice(Math.max(0, n.start - 8), n.start)));
    if (ordinal) {
      const word = /^\S+/.exec(n.text)?.[0] ?? n.text;
      const rank = rankEnd(n.type === 'date' ? { ...n, text: word, end: n.start + word.length } : n, ctx.plain, sentence.end);
      if (rank < 0) continue;
      end = rank;
    } else {
      if (NOT_STATISTIC.has(n.type) && !measuredDuration(n, ctx.plain)) continue;
      if (n.type === 'cardinal' && (!countLike(n, ctx) || framesTime(n, ctx.plain) || ageLimit(n, ctx.plain) || phoneNumber(n, ctx.plain, sentence) || partOfName(n, ctx.plain))) continue;
      if (n.type === 'quantity' && eventName(n, ctx.plain)) continue;
      if (n.counted && n.counted.start >= n.end && n.counted.start - n.end <= 12) end = Math.max(end, n.counted.end);
      else if (n.type === 'cardinal') end = countedEnd(ctx.plain, n.end, sentence.end);
      // A vote or score written out: `voted 31 to 12`, `by seven votes to three`, `98 for four`,
      // `three wickets for 21 runs`.
      // `11 of the 14 break points` is one proportion; `6-4 3-6 7-5` one score.
      const next = sorted[k + 1];
      const between = next ? ctx.plain.slice(n.end, next.start) : '';
      // `from 30% to 29%`, `between 10 and 12`, `12cm by 7.4cm`: a change, range or size is one figure.
      const pair =
        next !== undefined && next.type === n.type && next.end <= sentence.end && n.type !== 'cardinal' &&
        ((/^\s+(?:to|and)\s+$/.test(between) && /\b(?:from|between)\s+$/i.test(ctx.plain.slice(Math.max(0, n.start - 9), n.start))) || (n.type === 'quantity' && /^\s+by\s+$/.test(between)));
      if (pair) {
        end = next.end;
        k++;
      } else if (n.type === 'cardinal' && next?.type === 'cardinal' && next.end <= sentence.end && (/^(?:\s+[\p{L}]+)?\s+(?:to|for)\s+$/u.test(between) || /^\s+of\s+(?:the|their|its|his|her)\s+$/.test(between))) {
        end = next.counted && next.counted.start >= next.end && next.counted.start - next.end <= 12 ? Math.max(next.end, next.counted.end) : countedEnd(ctx.plain, next.end, sentence.end);
        k++;
      }
      while (/^\d+-\d+$/.test(ctx.plain.slice(n.start, end)) || /\d-\d+$/.test(ctx.plain.slice(n.start, end))) {
        const more = sorted[k + 1];
        if (!more || more.end > sentence.end || !/^\d+-\d+$/.test(more.text) || !/^\s+$/.test(ctx.plain.slice(end, more.start))) break;
        end = more.end;
        k++;
      }
    }
    const stat: Statistic = { start: n.start, end, kind: 'number' };
    if (out.some((o) => o.start < stat.end && stat.start < o.end)) continue;
    out.push(stat);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The phrases of a sentence that are statistics by its words alone: comparisons, world ranks and
 * records. `text` is the masked sentence at `sentence`; `words` its words (offsets as the
 * sentence's) with part-of-speech and chunk tags, when a record phrase may stand there.
 */
export function sentencePhrases(sentence: Span, text: string, words: Word[] | undefined): Statistic[] {
  const out = comparisons(sentence, text);
  for (const m of text.includes('orld') ? text.matchAll(WORLD_RANK) : []) {
    const at = sentence.start + (m.index ?? 0);
    out.push({ start: at, end: at + m[0].length, kind: 'comparison' });
  }
  for (const r of words ? recordPhrases(words) : []) {
    if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push({ start: r.start, end: r.end, kind: 'comparison' });
  }
  return out;
}

/**
 * Ordinals are statistics when they rank (`finish second`, `climb to seventh`, `ranked fifth`,
 * `fourth-largest`, `his 11th goal of the season`); returns the end of the ranking phrase, or
 * -1 for ordinals that only order (`the first quarter`, `the 89th minute`, `a third term`).
 */
function rankEnd(n: NumberMention, plain: string, limit: number): number {
  const after = plain.slice(n.end, Math.min(limit, n.end + 60));
  // `second in the table`, `fifth in the world rankings`.
  const standing = /^\s+in\s+the\s+(?:[\p{L}-]+\s+)?(?:table|standings|league|world|rankings?|group|division|conference|championship|pool|race|polls?|charts?)\b/iu.exec(after);
  if (standing) return n.end + standing[0].length;
  const sup = /^[-\s](?:largest|biggest|highest|lowest|best|worst|richest|poorest|busiest|fastest|strongest|oldest|youngest|most\s+[\p{L}-]+|ranked|placed|place|position|spot|seed(?:ed)?)\b/u.exec(after);
  if (sup) return n.end + sup[0].length;
  const before = plain.slice(Math.max(0, n.start - 30), n.start).toLowerCase();
  // `..., who was third.`: a placing at the end of its clause.
  if (/\b(?:was|were|is|are)\s+(?:joint\s+)?$/.test(before) && /^\s*(?:[,.;]|$)/.test(after)) return n.end;
  if (/\b(?:finish(?:ed|es|ing)?|ranked|ranks|rank|placed|came|comes|come|sits?|sitting|lies|lie|lying|(?:climb(?:ed|s|ing)?|rose|rise[sn]?|moved?|moving|jump(?:ed|s)?|dropped|drop|fell|falls?|slipped|slips?|slumped|up|down)\s+(?:up\s+)?to)\s+(?:joint\s+|equal\s+)?$/.test(before)) {
    return n.end;
  }
  // `the third fire on the estate this year`: a count of events up to now.
  if (/\b(?:the|its|their|his|her)\s+$/.test(before)) {
    const sofar = /^(?:\s+[\p{L}'’-]+){1,6}?\s+(?:(?:so\s+far\s+)?this\s+(?:year|season|month|week|decade|century)|since\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|records\s+began))\b/u.exec(after);
    if (sofar && !/^first$/i.test(n.text)) return n.end + sofar[0].length;
  }
  if (/\b(?:his|her|their|its)\s+$/.test(before) && !/^first$/i.test(n.text)) {
    const tail = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:goals?|wins?|victory|victories|titles?|medals?|trophy|century|centuries|tries|try|hat-tricks?|defeats?|losses|straight|consecutive|successive)\b(?:\s+of\s+the\s+(?:season|year|campaign|tournament|competition)|\s+(?:this|of)\s+(?:season|year|campaign))?/iu.exec(after);
    if (tail) return n.end + tail[0].length;
  }
  return -1;
}

/** Is money mention `sorted[k]` in brackets right after another money figure (a conversion of it)? */
function conversionOf(sorted: NumberMention[], k: number, plain: string): boolean {
  for (let p = k - 1; p >= 0 && p >= k - 2; p--) {
    const prev = sorted[p];
    if (prev.type !== 'money') return false;
    const between = plain.slice(prev.end, sorted[k].start);
    if (/^\s*\(\s*$/.test(between) || (/^\s*[;,]\s*$/.test(between) && /\(\s*$/.test(plain.slice(Math.max(0, prev.start - 3), prev.start)))) return true;
  }
  return false;
}

/** `lower the screening age to 50`, `people aged 60 to 74`, `people over 60`: ages are never statistics. */
function ageLimit(n: NumberMention, plain: string): boolean {
  const before = plain.slice(Math.max(0, n.start - 24), n.start).toLowerCase();
  if (/^(?:over|under|above)\s+\d{2}$/.test(n.text.toLowerCase()) && /\b(?:people|those|anyone|adults|men|women|patients|residents|voters|drivers|workers|pensioners|children)\s+$/.test(before)) return true;
  // `moved to Britain at 19 to study`, `left school at 16.`
  if (/\bat\s+$/.test(before) && /^\d{1,2}$/.test(n.text) && /^\s*(?:[,.;]|to\s+\p{Ll}|and\s|$)/u.test(plain.slice(n.end, n.end + 12))) return true;
  return /\b(?:ages?|aged|age\s+(?:of|to|from|limit\s+(?:of|to)))\s+(?:(?:of|to|from|between|over|under)\s+)?$/.test(before) || /\baged\s+\d+\s+(?:to|and|-)\s*$/.test(before);
}

/** `the 2024 Olympics`, `No. 10 Downing Street`, `9/11`, `24/7`: numbers inside names and codes. */
function partOfName(n: NumberMention, plain: string): boolean {
  if (plain[n.start - 1] === '/' || plain[n.end] === '/') return true;
  // A character reference left in web copy (`Pap&#233;`).
  if (plain[n.start - 1] === '#' && plain[n.start - 2] === '&') return true;
  if (/^(?:1[89]|20)\d{2}$/.test(n.text) && /^\s+\p{Lu}/u.test(plain.slice(n.end, n.end + 3))) return true;
  // `version 3.2`, `series 4`, `chapter 11`: a number that names an item (docs/rules.md, the decisions of the spec's section 6.1).
  if (/\b(?:version|release|model|series|mark|generation|phase|stage|grade|type|class|chapter|episode|article|section|clause|page|room|gate|platform|tier|category)\s+$/i.test(plain.slice(Math.max(0, n.start - 12), n.start))) return true;
  // `the number 4`, a long run of digits with no separators (a code, an account number).
  if (/^\d{8,}$/.test(n.text) || /\bthe\s+number\s+$/i.test(plain.slice(Math.max(0, n.start - 12), n.start))) return true;
  // `between 13 and 15 March`: the first day of a date range.
  if (/^\d{1,2}$/.test(n.text) && Number(n.text) <= 31 && DAY_RANGE.test(plain.slice(n.end, n.end + 30))) return true;
  if (/\b\d{1,2}\s*(?:and|to|-|–)\s*\d{1,2}$/.test(n.text) && DAY_RANGE.test(` and 1${plain.slice(n.end, n.end + 12)}`)) return true;
  return /\b(?:No\.|Number|Nos\.)\s*$/.test(plain.slice(Math.max(0, n.start - 8), n.start));
}

const DAY_RANGE = /^\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** `call police on 101`, `ring 0800 555 0199`: a phone number, not a count. */
function phoneNumber(n: NumberMention, plain: string, sentence: Span): boolean {
  const before = plain.slice(Math.max(sentence.start, n.start - 60), n.start).toLowerCase();
  return /\b(?:call|calls|calling|ring|dial|phone|telephone|text|contact|hotline|helpline)\b[^.]{0,50}\b(?:on|number)\s+$/.test(before) || /^0\d{2,}/.test(n.text);
}

const ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/giu;

/**
 * Cheap tests that every sentence with an ORDINAL_WORD passes (most sentences fail them): the same
 * words without `\b` and without the /u flag, which is several times faster (and two patterns
 * are faster than their union). Under /iu a long s `ſ` matches `s`, so words with an `s` list it.
 */
const DIGIT_ORDINAL_HINT = /\d(?:[sſ]t|nd|rd|th)/i;
const WORD_ORDINAL_HINT = /fir[sſ]t|[sſ]econd|third|fourth|fifth|[sſ]ixth|[sſ]eventh|eighth|ninth|tenth|eleventh|twelfth/i;

/**
 * The ordinal words of `text` (a masked sentence) as `start, end` pairs relative to it: a function
 * of that text alone, kept with the sentence's SentenceWork (claims/analyzeClaims.ts).
 */
export function ordinalWords(text: string): number[] {
  const out: number[] = [];
  if (!DIGIT_ORDINAL_HINT.test(text) && !WORD_ORDINAL_HINT.test(text)) return out;
  ORDINAL_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL_WORD.exec(text)) !== null) out.push(m.index, m.index + m[0].length);
  return out;
}

/** Ordinal words (`ordinals`, of `text`, the masked sentence) the numbers recognizer did not report (`his fourth century`). */
function missedOrdinals(sentence: Span, numbers: NumberMention[], text: string, ordinals: readonly number[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let k = 0; k < ordinals.length; k += 2) {
    const start = sentence.start + ordinals[k];
    const end = sentence.start + ordinals[k + 1];
    if (numbers.some((x) => x.start < end && start < x.end)) continue;
    const word = text.slice(ordinals[k], ordinals[k + 1]);
    out.push({ start, end, text: word, type: 'ordinal', value: { display: word }, sentence: -1 });
  }
  return out;
}

/** `in each of the last three cycles`, `the past 12 months`: the count frames time. */
function framesTime(n: NumberMention, plain: string): boolean {
  const before = plain.slice(Math.max(0, n.start - 20), n.start).toLowerCase();
  if (!/\b(?:the|its|their|his|her|our)\s+(?:last|past|previous|next|coming|first|final)\s+$/.test(before)) return false;
  return /^\s+(?:years?|months?|weeks?|days?|decades?|cycles?|seasons?|elections?|quarters?|terms?|sessions?|centuries|hours?|minutes?|nights?|weekends?|summers?|winters?|generations?)\b/i.test(plain.slice(n.end, n.end + 16));
}

/** `the national 400 metres record`, `won the 100m final`: a distance that names an event. */
function eventName(n: NumberMention, plain: string): boolean {
  return /^\s+(?:world\s+|national\s+|olympic\s+|european\s+)?(?:records?|title|finals?|race|event|hurdles|relay|freestyle|butterfly|backstroke|breaststroke|medley|steeplechase|heats?|semi-finals?|champion(?:ship)?s?|gold|silver|bronze|specialist|runner)\b/i.test(
    plain.slice(n.end, n.end + 30),
  );
}

/**
 * `the strike lasted 43 days`, `clocking 49.21 seconds`: a measured duration (a performance or
 * an outcome), not a time frame. Prison terms are the news event itself, not a measured fact,
 * and stay unflagged (docs/rules.md).
 */
function measuredDuration(n: NumberMention, plain: string): boolean {
  if (n.type !== 'duration') return false;
  const before = plain.slice(Math.max(0, n.start - 30), n.start).toLowerCase();
  if (/\b(?:lasted|lasting|took|takes|taking|clocking|clocked|clocks?|in a time of|a time of|finished in|finishing in|won in|completed in|ran|swam|timed at|record of|best of)\s+(?:up to\s+|about\s+|nearly\s+|more than\s+|under\s+|just\s+(?:under|over)\s+|a\s+)?$/.test(before)) return true;
  // A bare time with decimals is a measured time (`49.21 seconds`).
  return /^\d+\.\d+\s*(?:s|sec|secs|seconds?)$/i.test(n.text.trim());
}

const SMALL_REMENTION = /\b(?:the|all|both|those|these|each of the|all of the|the other)\s+$/i;

/** A cardinal that counts something introduced here: not `the five`, not `one of`, not a list marker. */
function countLike(n: NumberMention, ctx: StatisticsContext): boolean {
  const plain = ctx.plain;
  const text = n.text.toLowerCase();
  if (/^(?:one|a|an)$/.test(text)) return false;
  const before = plain.slice(Math.max(0, n.start - 20), n.start);
  // `the five`, `all five`: a re-mention of a group; `the 23 flats` when 23 was given before. But
  // `Of the 9,400 members who voted` introduces its figure.
  if (SMALL_REMENTION.test(before) && !/\bother\b/i.test(plain.slice(n.end, n.end + 8))) {
    if (!/\d/.test(text) || writtenBefore(ctx, text, n.start)) return false;
  }
  if (/^(?:several|some|many|few|a few|numerous)$/.test(text)) return false;
  const after = plain.slice(n.end, n.end + 4);
  if (/^\s*(?:of\s+(?:the|them|us|those|these|his|her|their))\b/i.test(after + plain.slice(n.end + 4, n.end + 12)) && /^(?:one|two|three|four|five|\d)$/.test(text)) return false;
  return true;
}

const isNumberChar = (c: number): boolean => (c >= 48 && c <= 57) || c === 46 || c === 44;

/**
 * Whether `figure` (lower case) is written in `plain[0, before)` as a figure of its own (no digit,
 * `.` or `,` touching it). The first such place of each figure is found once per article: a
 * search of the whole text per re-mention was quadratic on long articles.
 */
function writtenBefore(ctx: StatisticsContext, figure: string, before: number): boolean {
  const plain = ctx.plain;
  let first = ctx.firstFigures.get(figure);
  if (first === undefined) {
    first = -1;
    for (let at = plain.indexOf(figure); at >= 0; at = plain.indexOf(figure, at + 1)) {
      const end = at + figure.length;
      if ((at === 0 || !isNumberChar(plain.charCodeAt(at - 1))) && (end === plain.length || !isNumberChar(plain.charCodeAt(end)))) {
        first = at;
        break;
      }
    }
    ctx.firstFigures.set(figure, first);
  }
  if (first >= 0 && first + figure.length <= before) return true;
  // Only the end of the searched part can differ: a figure that ends right at `before` counts
  // even when a digit follows it there.
  const at = before - figure.length;
  return at >= 0 && plain.startsWith(figure, at) && (at === 0 || !isNumberChar(plain.charCodeAt(at - 1)));
}

const COUNT_STOP = new Set(
  'were was are is be been had has have will would could should may might did do does who which that and or but in on at to for from by with as than of said says told since after before when while into over under about between during its their his her the a an this these those it they he she we also still now not'.split(
    ' ',
  ),
);

/** End of the counted noun phrase after a count (`62 combat clashes`, `hundreds of homes`). */
export function countedEnd(plain: string, from: number, limit: number): number {
  const re = /\s+(?:of\s+)?([\p{L}][\p{L}'’-]*)/uy;
  let end = from;
  let pos = from;
  for (let k = 0; k < 4; k++) {
    re.lastIndex = pos;
    const m = re.exec(plain);
    if (!m || m.index + m[0].length > limit) break;
    const word = m[1].toLowerCase();
    if (COUNT_STOP.has(word) || /ly$/.test(word)) break;
    if (/^of\s/.test(m[0].trimStart()) && k > 0) break;
    end = m.index + m[0].length;
    pos = end;
    // A plural noun usually ends the counted phrase.
    if (/[^s]s$/.test(word) && k > 0) break;
  }
  return end;
}

const SUPERLATIVE =
  /\b(?:(?:most|least)\s+[\p{L}-]+|best|worst|biggest|largest|highest|lowest|fastest|slowest|strongest|weakest|deadliest|hottest|coldest|wettest|driest|busiest|sharpest|steepest|longest|shortest|greatest|smallest|heaviest|warmest|cheapest|costliest|widest|deepest|worst-ever|best-ever)\s+/giu;

const BASELINE =
  /^(?:[\p{L}'’-]+\s+){0,8}?(?:since\b|in\s+(?:(?:more\s+than|almost|nearly|over|at\s+least)\s+)?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a\s+hundred)\s+(?:[\p{L}-]+\s+)?(?:decades?|years?|centur(?:y|ies)|generations?|months?)\b|on\s+record\b|(?:so\s+far\s+)?this\s+(?:year|season|month|week|decade|century)\b|in\s+(?:(?:its|their|his|her|the)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?history\b|ever\b|in\s+(?:\d{4}|its\s+history)\b|for\s+(?:(?:more\s+than|almost|nearly|at\s+least)\s+)?(?:a|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:decades?|years?|months?)\b)/iu;

/** `..., a post-war record`, `a club record of 14 wins`: a record claimed for a figure. */
const RECORD_NOUN = /(?:,\s+|\b(?:set|sets|setting|equalled|equaled|broke|breaks|breaking)\s+)(?:a|an)\s+(?:new\s+)?((?:[\p{L}-]+\s+){0,2}record)\b/giu;

const RECORD = /\b(?:(?:a|an|the)\s+)?(?:record|all-time|record-breaking)\s+(?:high|low|level|levels|number|numbers|pace|amount|year|heat|temperatures?|sales|profits?|losses?|turnout|highs|lows|close|closing)\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b/giu;

const COMPARISON_HINT = /est\s|most\s|least\s|best|worst|record|all-time|doubled|tripled|trebled|quadrupled|halved/i;

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';

/** `14-match unbeaten run`, `a three-goal lead`: counts written as compound adjectives. */
const COMPOUND_COUNT = new RegExp(
  `\\b${NUMBER_WORD}-(?:match|game|fight|race|point|goal|stroke|shot|run|seat|vote|wicket|try)\\s+(?:(?:unbeaten|winning|losing|scoreless|undefeated|perfect)\\s+)?(?:run|streak|sequence|lead|win|victory|margin|majority|defeat|advantage|deficit|cushion|haul)\\b`,
  'giu',
);

/**
 * Passed by every sentence that COMPOUND_COUNT matches (hyphens alone are common): the hyphen and
 * the unit word, without /u, listing the characters /iu folds to `s` and `k` (U+017F, U+212A).
 */
const COMPOUND_COUNT_HINT = /-(?:match|game|fight|race|point|goal|[s\u017f]tro[k\u212a]e|[s\u017f]hot|run|[s\u017f]eat|vote|wic[k\u212a]et|try)/i;

/** `the first woman from her country to reach a Diamond League podium`: a record claim. */
const FIRST_TO = /\bthe\s+(?:first|only)\s+(?!(?:time|step|thing|day|week|month|year|half|quarter|round)\b)(?:[\p{L}'’-]+\s+){1,7}?to\s+(?!(?:the|a|an|his|her|their|its|be|date|this|that)\b)\p{Ll}+/giu;

/** Passed by every sentence that FIRST_TO matches (see WORD_ORDINAL_HINT for the `ſ`). */
const FIRST_TO_HINT = /fir[sſ]t|only/i;

/**
 * The comparisons of one sentence (`text` is its masked text). Each pattern runs only on
 * sentences that hold a literal it needs: the patterns are slow, and most sentences have none.
 */
function comparisons(sentence: Span, text: string): Statistic[] {
  const out: Statistic[] = [];
  let m: RegExpExecArray | null;
  if (COMPOUND_COUNT_HINT.test(text)) {
    COMPOUND_COUNT.lastIndex = 0;
    while ((m = COMPOUND_COUNT.exec(text)) !== null) {
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, kind: 'comparison' });
    }
  }
  if (FIRST_TO_HINT.test(text)) {
    FIRST_TO.lastIndex = 0;
    while ((m = FIRST_TO.exec(text)) !== null) {
      const at = m.index + m[0].indexOf(' ') + 1;
      const end = clauseEnd(text, m.index + m[0].length, true);
      out.push({ start: sentence.start + at, end: sentence.start + end, kind: 'comparison' });
    }
  }
  if (!COMPARISON_HINT.test(text)) return out;
  for (const m of text.matchAll(SUPERLATIVE)) {
    const at = m.index ?? 0;
    const rest = text.slice(at + m[0].length);
    const b = BASELINE.exec(rest);
    if (!b) continue;
    const tailStart = at + m[0].length + b[0].length;
    const end = clauseEnd(text, tailStart, /since$/i.test(b[0]) || /\bin$/i.test(b[0]));
    out.push({ start: sentence.start + at, end: sentence.start + end, kind: 'comparison' });
  }
  for (const m of text.matchAll(RECORD_NOUN)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    const s: Statistic = { start: sentence.start + at, end: sentence.start + (m.index ?? 0) + m[0].length, kind: 'comparison' };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  }
  for (const m of text.matchAll(RECORD)) {
    const at = (m.index ?? 0) + (/^(?:a|an|the)\s/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0);
    const s: Statistic = { start: sentence.start + at, end: sentence.start + (m.index ?? 0) + m[0].length, kind: 'comparison' };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  }
  return out;
}

/** The end of a baseline phrase: the clause boundary (comma, conjunction, sentence end). */
function clauseEnd(text: string, from: number, openBaseline: boolean): number {
  if (!openBaseline) return trimRight(text, from);
  const re = /[,;:)(—–]|\s(?:as|while|and|but|when|after|because|although|though|with|which|where|who|according)\s|[.!?]["”’]?\s*$|\s-\s/giu;
  re.lastIndex = from;
  const m = re.exec(text);
  return trimRight(text, m ? m.index : text.length);
}

function trimRight(text: string, end: number): number {
  while (end > 0 && /[\s.!?"”’]/.test(text[end - 1])) end--;
  return end;
}

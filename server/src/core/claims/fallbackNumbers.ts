import type { NumberMention, NumberType, Span } from '../article';

/**
 * A small recognizer of the common number forms, used by the statistics checks only while the
 * numbers module is not wired into the pipeline (`ClaimsInput.numbers` empty for the whole article).
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WORD_NUM =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\\s+dozen|dozens|hundreds|thousands|millions|billions|tens\\s+of\\s+thousands|half|a\\s+third|a\\s+quarter|two-thirds|three-quarters';
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?`;
const SCALE = `(?:\\s*(?:million|billion|trillion|thousand|bn|m|k)\\b)?`;
const QUAL = `(?:(?:about|around|roughly|approximately|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|up\\s+to|over|under|just\\s+over|just\\s+under|some|an\\s+estimated|a\\s+total\\s+of)\\s+)?`;
const UNITS =
  'km|kilometres?|kilometers?|miles?|metres?|meters?|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|acres?|hectares?|sq\\s+km|square\\s+(?:miles?|kilometres?|kilometers?|feet|metres?|meters?)|feet|foot|ft|inches?|mph|km/h|kph|degrees?|°[CF]?|C|F|MW|GW|kWh|barrels?|bpd|points?|goals?|runs?|yards?|wickets?|votes?|seats?';
const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|nights?';

const FALLBACK = new RegExp(
  [
    `(?<date>\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?\\b|\\b\\d{1,2}\\s+(?:${MONTHS})\\b(?:\\s+\\d{4})?|\\b(?:${MONTHS})\\s+\\d{4}\\b|\\b(?:1[89]|20)\\d{2}s?\\b(?![\\s-]*(?:%|per|km|people|tonnes))|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\b\\d{1,2}:\\d{2}\\b)`,
    `(?<age>\\b\\d{1,3}-years?-old\\b|\\baged\\s+\\d{1,3}\\b|(?<=\\p{Lu}[\\p{L}'’-]+,\\s)\\d{1,3}(?=,))`,
    `(?<money>${QUAL}(?:US\\$|A\\$|C\\$|NZ\\$|\\$|£|€|¥)\\s?${NUM}${SCALE}|${QUAL}${NUM}${SCALE}\\s+(?:dollars|euros|pounds|roubles|rubles|yen|yuan|rupees|hryvnias)\\b)`,
    `(?<percent>${QUAL}${NUM}\\s?(?:%|per\\s?cent\\b|percent\\b|percentage\\s+points?\\b))`,
    `(?<duration>\\b(?:${QUAL})(?:${NUM}|${WORD_NUM}|a|an)[\\s-]+(?:${TIME_UNITS})\\b)`,
    `(?<quantity>${QUAL}${NUM}${SCALE}\\s?(?:${UNITS})(?![\\p{L}]))`,
    `(?<cardinal>${QUAL}(?<![\\p{L}\\p{N}][-.]?)(?:${NUM}${SCALE}|\\b(?:${WORD_NUM})(?:[\\s-]+(?:${WORD_NUM}))*\\b(?:\\s+(?:million|billion|thousand))?)(?![\\p{L}\\p{N}]))`,
  ].join('|'),
  'giu',
);

/** Number mentions of one sentence, typed roughly (fallback only; see the file comment). */
export function fallbackNumbers(plain: string, sentence: Span, index: number): NumberMention[] {
  const out: NumberMention[] = [];
  const text = plain.slice(sentence.start, sentence.end);
  // Run the full pattern only in windows around anchors (digits, currency signs, number words).
  ANCHOR.lastIndex = 0;
  let covered = 0;
  let a: RegExpExecArray | null;
  while ((a = ANCHOR.exec(text)) !== null) {
    if (a.index < covered) continue;
    const from = Math.max(covered, a.index - 30);
    FALLBACK.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = FALLBACK.exec(text)) !== null && m.index <= a.index) {
      covered = Math.max(covered, m.index + m[0].length);
      const n = fallbackMatch(plain, sentence, index, m);
      if (n && !out.some((o) => o.start < n.end && n.start < o.end)) out.push(n);
    }
    covered = Math.max(covered, a.index + a[0].length);
  }
  return out;
}

const ANCHOR = new RegExp(`[\\d$£€¥]|\\b(?:${WORD_NUM})\\b`, 'gi');

function fallbackMatch(plain: string, sentence: Span, index: number, m: RegExpExecArray): NumberMention | undefined {
  {
    const g = m.groups ?? {};
    const type = (Object.keys(g) as NumberType[]).find((k) => g[k] !== undefined);
    if (!type) return undefined;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // Numbers inside names: `G7`, `Route 66`, `Apollo 11`.
    const prev = plain.slice(Math.max(sentence.start, start - 12), start);
    if (type === 'cardinal' && /\d/.test(m[0]) && /\p{Lu}[\p{L}]*\s$/u.test(prev) && !/^(?:About|Some|Nearly|More|Over|Around|Almost|Only|Just|To|Of|In|And|Than|By)\s$/.test(prev.slice(prev.lastIndexOf(' ', prev.length - 2) + 1))) return undefined;
    if (/[\p{L}]$/u.test(plain[start - 1] ?? ' ') && /^\d/.test(m[0])) return undefined;
    return { start, end, text: m[0], type, value: { display: m[0] }, sentence: index };
  }
}

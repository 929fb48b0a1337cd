/**
 * The article date from a dateline (docs/rules.md, "Article date from a dateline").
 *
 * - A full date (`November 23, 2024`, `23 Nov 2024`, `2024-11-23`) in a dateline or on a short
 *   date line near the top (`Published: Nov. 23, 2024`, `Saturday 23 November 2024 10:30`) is the
 *   article date; a date inside a headline or a sentence is not.
 * - A wire dateline with a month and day but no year (`KYIV, Nov 23 (Reuters) -`) takes its year
 *   from the article when the same month and day appear there with a year, and otherwise the most
 *   recent year in which that day is not after today (a story is filed on or before the day it is
 *   read; `today` is the analyzer's clock, passed in so the core stays pure and testable).
 */
import { MONTHS, MONTH_ABBREVIATIONS, findDatelineDate, isoDay, parseIso, validDate, toDays } from './dates';

export interface DatelineDate {
  date: string;
  /** True when the year was not written in the dateline and was inferred. */
  yearInferred: boolean;
}

// `KYIV, Nov 23 (Reuters) -`, `NEW YORK, March 3 -`, `Kyiv, 23 November (AFP) —`, `LONDON, Sept. 4 --`
const PLACE = String.raw`(?:[A-Z][A-Z.'’-]*(?:[ -][A-Z][A-Z.'’-]*)*|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)`;
const REGION = String.raw`(?:,\s*[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*)*)?`;
const MONTH_DAY = new RegExp(String.raw`^\s*${PLACE}${REGION},\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s`, 'm');
const DAY_MONTH = new RegExp(String.raw`^\s*${PLACE}${REGION},\s+(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s`, 'm');

function monthOf(name: string): number | undefined {
  const lc = name.toLowerCase();
  return MONTHS.get(lc) ?? MONTH_ABBREVIATIONS.get(lc);
}

export function datelineDate(text: string, today?: string): DatelineDate | undefined {
  const head = text.slice(0, 3000);
  const full = fullDateLine(head);
  if (full) return { date: full, yearInferred: false };
  let m: number | undefined;
  let d: number | undefined;
  const md = MONTH_DAY.exec(head);
  const dm = DAY_MONTH.exec(head);
  if (md && (!dm || md.index <= dm.index)) {
    m = monthOf(md[1]!);
    d = Number(md[2]);
  } else if (dm) {
    m = monthOf(dm[2]!);
    d = Number(dm[1]);
  }
  if (m === undefined || d === undefined || !validDate(2000, m, d)) return undefined;
  const y = yearFromText(text, m, d) ?? yearFromToday(m, d, today);
  if (y === undefined || !validDate(y, m, d)) return undefined;
  return { date: isoDay({ y, m, d }), yearInferred: true };
}

/** `on Nov. 23, 2024` / `23 November 2024` elsewhere in the article: the same day with its year. */
function yearFromText(text: string, m: number, d: number): number | undefined {
  const re = /\b(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4}))\b/g;
  let r: RegExpExecArray | null;
  while ((r = re.exec(text)) !== null) {
    const month = monthOf(r[1] ?? r[5]!);
    const day = Number(r[2] ?? r[4]);
    if (month === m && day === d) return Number(r[3] ?? r[6]);
  }
  return undefined;
}

/** The latest year in which month/day is on or before today. */
function yearFromToday(m: number, d: number, today: string | undefined): number | undefined {
  const t = parseIso(today);
  if (!t) return undefined;
  for (let y = t.y; y >= t.y - 1; y--) {
    if (validDate(y, m, d) && toDays({ y, m, d }) <= toDays(t)) return y;
  }
  // 29 February: the last leap year before today.
  for (let y = t.y - 2; y >= t.y - 8; y--) if (validDate(y, m, d)) return y;
  return undefined;
}

/** A full date in a dateline (`KYIV, Nov 23, 2024 (Reuters) -`) or on a short date line among the first eight lines. */
function fullDateLine(head: string): string | undefined {
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 8);
  for (const line of lines) {
    // A dateline: the date must be before the dash that ends it, not in the story after it.
    const sep = /\s(?:-{1,2}|–|—)\s/.exec(line);
    if (sep && new RegExp(String.raw`^\s*${PLACE}${REGION},\s+\S`).test(line)) {
      const date = findDatelineDate(line.slice(0, sep.index));
      if (date) return date;
    }
    const date = findDatelineDate(line);
    if (!date) continue;
    const rest = line.replace(/\b(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4})\b/, ' ');
    if ((rest.match(/\p{L}+/gu) ?? []).length <= 5) return date;
  }
  return undefined;
}

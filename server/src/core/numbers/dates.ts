/** Calendar tables and arithmetic for dates, and the dateline finder. All dates are UTC days. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

/** Abbreviations: a date only with a following day or year (`Jan` is also a first name). */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export const MONTH_NAMES = [
  '', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;

export function parseIso(iso: string | undefined): Ymd | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDate(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toDays(ymd: Ymd): number {
  return Math.floor(Date.UTC(ymd.y, ymd.m - 1, ymd.d) / DAY_MS);
}

export function fromDays(days: number): Ymd {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function weekday(ymd: Ymd): number {
  return new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d)).getUTCDay();
}

export function addDays(ymd: Ymd, n: number): Ymd {
  return fromDays(toDays(ymd) + n);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

const pad = (n: number): string => (n < 10 ? '0' + n : String(n));

export function isoDay(ymd: Ymd): string {
  return `${ymd.y}-${pad(ymd.m)}-${pad(ymd.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

/** Monday..Sunday week holding `ymd`, as an ISO interval. */
export function isoWeek(ymd: Ymd, offsetWeeks: number): { from: Ymd; to: Ymd } {
  const wd = (weekday(ymd) + 6) % 7; // Monday = 0
  const monday = addDays(ymd, -wd + 7 * offsetWeeks);
  return { from: monday, to: addDays(monday, 6) };
}

/** `Saturday 2024-11-23`. */
export function describeDay(ymd: Ymd): string {
  return `${WEEKDAY_NAMES[weekday(ymd)]} ${isoDay(ymd)}`;
}

/**
 * An ISO date from a dateline or the first lines of an article: `November 23, 2024`,
 * `Nov. 23, 2024`, `23 November 2024`, `2024-11-23` (optionally with a weekday).
 */
export function findDatelineDate(text: string): string | undefined {
  // First three non-empty lines, at most 600 characters.
  const head = text.slice(0, 2000).split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 3).join('\n').slice(0, 600);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  const monthDay = /\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(head);
  const dayMonth = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b/.exec(head);
  const found: { index: number; ymd: Ymd }[] = [];
  if (iso) found.push({ index: iso.index, ymd: { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) } });
  for (const [m, monthIdx, dayIdx] of [[monthDay, 1, 2], [dayMonth, 2, 1]] as const) {
    if (!m) continue;
    const name = m[monthIdx]!.toLowerCase();
    const month = MONTHS.get(name) ?? MONTH_ABBREVIATIONS.get(name);
    if (month) found.push({ index: m.index, ymd: { y: Number(m[3]), m: month, d: Number(m[dayIdx]) } });
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) if (validDate(f.ymd.y, f.ymd.m, f.ymd.d)) return isoDay(f.ymd);
  return undefined;
}

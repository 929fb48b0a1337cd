/** Human-readable displays of number values, and the hover lines of `describeNumber`. */
import type { NumberMention, NumberType, NumberValue } from '../model';
import { formatNumber } from './words';
import { convert, unitBySymbol } from './units';
import { MONTH_NAMES, WEEKDAY_NAMES, parseIso, weekday } from './dates';

export const UNKNOWN_ARTICLE_DATE = 'relative to the article date, which is not known';

const QUALIFIER_PREFIX: Record<NonNullable<NumberValue['qualifier']>, string> = {
  '>': '> ',
  '>=': '≥ ',
  '<': '< ',
  '<=': '≤ ',
  '~': '≈ ',
  '<~': 'just under ',
};

const QUALIFIER_WORDS: Record<NonNullable<NumberValue['qualifier']>, string> = {
  '>': 'more than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'up to',
  '~': 'approximately',
  '<~': 'nearly',
};

export function qualifierPrefix(q: NumberValue['qualifier']): string {
  return q ? QUALIFIER_PREFIX[q] : '';
}

/** `10,000`, `10–12`, `1.5 million`. */
export function amountText(value: number | undefined, high?: number): string {
  if (value === undefined) return '';
  return high !== undefined ? `${formatNumber(value)}–${formatNumber(high)}` : formatNumber(value);
}

function roundForDisplay(n: number): number {
  const abs = Math.abs(n);
  // A conversion is approximate: three significant figures for large values (`≈ 485 million lb`).
  if (abs >= 10000) return Number(n.toPrecision(3));
  if (abs >= 100) return Math.round(n);
  if (abs >= 1) return Math.round(n * 10) / 10;
  return Number(n.toPrecision(2));
}

/** `≈ 20 km (≈ 12.4 mi)`. */
export function quantityDisplay(v: NumberValue): string {
  const unit = v.unit ?? '';
  const sep = unit.startsWith('°') ? '' : ' ';
  const main = `${qualifierPrefix(v.qualifier)}${amountText(v.value, v.high)}${sep}${unit}`;
  const def = unitBySymbol(unit);
  if (!def || v.value === undefined) return main;
  const lo = convert(v.value, def);
  if (!lo) return main;
  const hi = v.high !== undefined ? convert(v.high, def) : undefined;
  const toSep = lo.def.symbol.startsWith('°') ? '' : ' ';
  const conv = `${amountText(roundForDisplay(lo.value), hi ? roundForDisplay(hi.value) : undefined)}${toSep}${lo.def.symbol}`;
  return `${main} (≈ ${conv})`;
}

export function moneyDisplay(v: NumberValue): string {
  return `${qualifierPrefix(v.qualifier)}${v.currency ?? ''} ${amountText(v.value, v.high)}`.trim();
}

export function percentDisplay(v: NumberValue): string {
  const unit = v.unit === '%' || !v.unit ? '%' : ` ${v.unit}`;
  const amount = v.high !== undefined ? `${formatNumber(v.value ?? 0)}${unit}–${formatNumber(v.high)}${unit}` : `${formatNumber(v.value ?? 0)}${unit}`;
  return `${qualifierPrefix(v.qualifier)}${amount}`;
}

export function plainDisplay(v: NumberValue, unit?: string): string {
  const u = unit ? ` ${unit}` : '';
  return `${qualifierPrefix(v.qualifier)}${amountText(v.value, v.high)}${u}`;
}

export function ordinalText(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const TYPE_LABEL: Record<NumberType, string> = {
  cardinal: 'Cardinal number',
  percent: 'Percentage',
  money: 'Money',
  quantity: 'Quantity',
  date: 'Date',
  time: 'Time',
  duration: 'Duration',
  ordinal: 'Ordinal',
  age: 'Age',
};

/** A date value in words: `Saturday 23 November 2024`, `February 2022`. */
function dateInWords(iso: string): string | undefined {
  const day = parseIso(iso);
  if (day) return `${WEEKDAY_NAMES[weekday(day)]} ${day.d} ${MONTH_NAMES[day.m]} ${day.y}`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return `${MONTH_NAMES[Number(month[2])]} ${month[1]}`;
  return undefined;
}

/** Markdown lines for the hover on a number. The sourcing line is added by the caller. */
export function describeNumber(n: NumberMention): string[] {
  const v = n.value;
  const lines: string[] = [];
  const kind = n.type === 'cardinal' && n.counted ? 'Cardinal number (count)' : TYPE_LABEL[n.type];
  lines.push(`**${kind}**${v.vague ? ' (vague)' : ''}: \`${n.text}\``);
  lines.push(`Value: ${v.display}`);
  if (v.qualifier) lines.push(`Qualifier: ${QUALIFIER_WORDS[v.qualifier]} (kept in the value)`);
  if (n.type === 'money' && v.currency) lines.push(`Currency: ${v.currency} (ISO 4217)`);
  if (n.type === 'quantity' && v.unit) {
    const def = unitBySymbol(v.unit);
    const conv = def && v.value !== undefined ? convert(v.value, def) : undefined;
    if (conv) lines.push(`Conversion: ≈ ${roundForDisplay(conv.value)}${conv.def.symbol.startsWith('°') ? '' : ' '}${conv.def.symbol}`);
  }
  if (n.type === 'date') {
    if (v.date) {
      const parts = v.date.split('/');
      const words = parts.map((p) => dateInWords(p) ?? p);
      lines.push(`Resolved date: ${v.date}${words.some((w, i) => w !== parts[i]) ? ` (${words.join(' to ')})` : ''}`);
    } else {
      lines.push('Resolved date: unresolved: no article date (add front matter `date:`, a dated dateline, or the newsmark.articleDate setting)');
    }
  }
  if (v.time) lines.push(`Time of day: ${v.time}`);
  if (n.counted) lines.push(`Counts: ${n.counted.text}`);
  return lines;
}

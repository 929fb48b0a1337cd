/** Human-readable displays of number values (`NumberValue.display`); the hover lines are features/numberHover.ts. */
import type { NumberValue } from '../article';
import { formatNumber } from './words';
import { convert, unitBySymbol } from './units';

export const UNKNOWN_ARTICLE_DATE = 'relative to the article date, which is not known';

const QUALIFIER_PREFIX: Record<NonNullable<NumberValue['qualifier']>, string> = {
  '>': '> ',
  '>=': '≥ ',
  '<': '< ',
  '<=': '≤ ',
  '~': '≈ ',
  '<~': 'just under ',
};

export function qualifierPrefix(q: NumberValue['qualifier']): string {
  return q ? QUALIFIER_PREFIX[q] : '';
}

/** `10,000`, `10–12`, `1.5 million`. */
export function amountText(value: number | undefined, high?: number): string {
  if (value === undefined) return '';
  return high !== undefined ? `${formatNumber(value)}–${formatNumber(high)}` : formatNumber(value);
}

export function roundForDisplay(n: number): number {
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

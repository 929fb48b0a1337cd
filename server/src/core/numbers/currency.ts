/** Currencies: symbols, `US$`-style prefixes, ISO 4217 codes and names written after amounts. */
import { Kind, type Tok } from './lexer';

const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₴', 'UAH'],
  ['₩', 'KRW'], ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'],
]);

/** Letters glued before `$`. */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['NZ', 'NZD'],
  ['HK', 'HKD'], ['S', 'SGD'], ['NT', 'TWD'], ['Mex', 'MXN'], ['R', 'BRL'],
]);

export const ISO_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'UAH', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD',
  'KRW', 'TRY', 'BRL', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'MXN', 'ILS', 'SAR', 'AED', 'NGN', 'KES',
  'EGP', 'TWD', 'CZK', 'HUF', 'RON', 'THB', 'IDR', 'MYR', 'PHP', 'PKR', 'QAR', 'KZT',
]);

/** Currency names after an amount; `pounds` and `won` only count after a scale word (see recognize). */
const NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['rouble', 'RUB'],
  ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'],
  ['hryvnias', 'UAH'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['francs', 'CHF'], ['pesos', 'MXN'], ['reais', 'BRL'], ['rand', 'ZAR'],
  ['lira', 'TRY'], ['liras', 'TRY'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['riyal', 'SAR'],
  ['riyals', 'SAR'], ['dirham', 'AED'], ['dirhams', 'AED'], ['naira', 'NGN'], ['kronor', 'SEK'],
  ['kroner', 'NOK'], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['won', 'KRW'], ['cents', 'USD'], ['cent', 'USD'], ['pence', 'GBP'],
]);

/** Names that are also ordinary words or units: need a scale (`50 million pounds`) or `sterling`. */
export const WEAK_NAMES: ReadonlySet<string> = new Set(['pound', 'pounds', 'won', 'rand']);

/** Sub-units: the amount is divided by 100. */
export const SUBUNITS: ReadonlySet<string> = new Set(['cent', 'cents', 'pence', 'p']);

/** Adjectives that refine `dollars` (`Australian dollars`). */
const DOLLAR_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'], ['singapore', 'SGD'], ['taiwan', 'TWD'],
  ['zealand', 'NZD'], ['kong', 'HKD'], ['taiwanese', 'TWD'],
]);

export interface CurrencyMatch {
  currency: string;
  /** Token index after the currency marker. */
  end: number;
  /** Amount multiplier (1/100 for cents). */
  factor: number;
}

/** A currency marker before the amount: `$`, `US$`, `£`, `USD `, `Rs`. */
export function matchCurrencyPrefix(toks: readonly Tok[], j: number): CurrencyMatch | undefined {
  const t = toks[j]!;
  if (t.k === Kind.Punct) {
    const c = SYMBOLS.get(t.t);
    if (c && toks[j + 1]!.k === Kind.Num && !toks[j + 1]!.sp) return { currency: c, end: j + 1, factor: 1 };
    return undefined;
  }
  if (t.k !== Kind.Word) return undefined;
  const next = toks[j + 1]!;
  if (next.t === '$' && !next.sp && toks[j + 2]!.k === Kind.Num && !toks[j + 2]!.sp) {
    const c = DOLLAR_PREFIXES.get(t.t);
    if (c) return { currency: c, end: j + 2, factor: 1 };
  }
  if (ISO_CODES.has(t.t) && next.k === Kind.Num) return { currency: t.t, end: j + 1, factor: 1 };
  if ((t.t === 'Rs' || t.t === 'Rs.') && next.k === Kind.Num) return { currency: 'INR', end: j + 1, factor: 1 };
  return undefined;
}

/**
 * A currency after the amount (`50 million roubles`, `5 billion Australian dollars`, `300 EUR`, `99p`).
 * `afterScale` enables the weak names.
 */
export function matchCurrencySuffix(toks: readonly Tok[], j: number, afterScale: boolean, glued: boolean): CurrencyMatch | undefined {
  const t = toks[j]!;
  if (t.k !== Kind.Word) return undefined;
  if (glued) {
    // `99p`, `31p.` at the end of a sentence; not `3p.m.`
    const pm = toks[j + 1]!.t === '.' && toks[j + 2]!.lc === 'm' && !toks[j + 2]!.sp;
    // `50p piece` (a next word) but not letters glued on.
    const gluedLetters = !toks[j + 1]!.sp && /\p{L}/u.test(toks[j + 1]!.t.slice(0, 1));
    if (t.t === 'p' && !gluedLetters && !pm) return { currency: 'GBP', end: j + 1, factor: 0.01 };
    return undefined;
  }
  if (ISO_CODES.has(t.t)) return { currency: t.t, end: j + 1, factor: 1 };
  // `Australian dollars`, `Hong Kong dollars`, `US dollars`.
  const adj = DOLLAR_ADJECTIVES.get(t.lc);
  if (adj) {
    let k = j + 1;
    if (t.lc === 'hong' || t.lc === 'new') k++;
    if (toks[k]!.lc === 'dollars' || toks[k]!.lc === 'dollar') return { currency: adj, end: k + 1, factor: 1 };
    if (t.lc === 'hong' && toks[j + 1]!.lc === 'kong' && (toks[j + 2]!.lc === 'dollars')) return { currency: 'HKD', end: j + 3, factor: 1 };
  }
  if (t.lc === 'new' && toks[j + 1]!.lc === 'zealand' && toks[j + 2]!.lc.startsWith('dollar')) return { currency: 'NZD', end: j + 3, factor: 1 };
  if (t.lc === 'swiss' && toks[j + 1]!.lc === 'francs') return { currency: 'CHF', end: j + 2, factor: 1 };
  const c = NAMES.get(t.lc);
  if (!c) return undefined;
  if (WEAK_NAMES.has(t.lc) && !afterScale) {
    if ((t.lc === 'pounds' || t.lc === 'pound') && toks[j + 1]!.lc === 'sterling') return { currency: 'GBP', end: j + 2, factor: 1 };
    return undefined;
  }
  if ((t.lc === 'pounds' || t.lc === 'pound') && toks[j + 1]!.lc === 'sterling') return { currency: 'GBP', end: j + 2, factor: 1 };
  return { currency: c, end: j + 1, factor: SUBUNITS.has(t.lc) ? 0.01 : 1 };
}

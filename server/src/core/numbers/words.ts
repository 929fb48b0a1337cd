/** Number words: cardinals, ordinals, scales, fractions and vague magnitudes. */

export const UNITS_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words after a number (`1.5 million`), including newsroom abbreviations. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9],
]);

/** Scale suffixes glued to digits (`2.5bn`, `€50m`, `10k`). `m` is resolved by context. */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['k', 1e3], ['tn', 1e12], ['trn', 1e12],
]);

/** `hundreds`, `thousands` ...: vague magnitudes, value is the order of magnitude. */
export const VAGUE_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 1e2], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9], ['trillions', 1e12],
]);

const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

export function ordinalWord(lc: string): number | undefined {
  return ORDINAL_UNITS.get(lc);
}

/** Denominators of fractions (`two-thirds`, `a quarter`). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['tenth', 10], ['tenths', 10],
]);

/** `twofold` ... `tenfold`. */
export function foldWord(lc: string): number | undefined {
  if (!lc.endsWith('fold') || lc.length < 7) return undefined;
  return UNITS_WORDS.get(lc.slice(0, -4)) ?? TENS_WORDS.get(lc.slice(0, -4));
}

/** Numeric ordinal suffix agreeing with the digits (`1st`, `22nd`, `13th`). */
export function ordinalSuffixOk(n: number, suffix: string): boolean {
  const lastTwo = n % 100;
  const last = n % 10;
  const expected =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return suffix === expected;
}

/** Parses a digit group (`10,000`, `1.5`, `1 500` is two tokens and not joined). NaN if not a plain number. */
export function parseDigits(t: string): number {
  if (t.indexOf(':') >= 0) return NaN;
  const commas = t.indexOf(',') >= 0;
  if (commas) {
    // 10,000 / 1,234,567.5: groups of three after the first comma.
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return NaN;
    return Number(t.replace(/,/g, ''));
  }
  const dots = t.split('.').length - 1;
  if (dots > 1) return NaN;
  return Number(t);
}

const NUMBER_DISPLAY_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** `10000` -> `10,000`; `1500000` -> `1.5 million`; `0.25` -> `0.25`. */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [scale, name] of NUMBER_DISPLAY_SCALES) {
    if (abs >= scale) {
      const q = n / scale;
      const r = Math.round(q * 1000) / 1000;
      if (Math.abs(r - q) < 1e-9) return `${trimNumber(r)} ${name}`;
    }
  }
  return groupDigits(n);
}

export function groupDigits(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const rounded = Math.round(abs * 1e6) / 1e6;
  const [int, frac] = String(rounded).split('.');
  let out = '';
  const s = int ?? '0';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return (neg ? '-' : '') + out + (frac ? '.' + frac : '');
}

function trimNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

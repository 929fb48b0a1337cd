/**
 * Units of measure with a conversion table (metric <-> imperial/US) for the hover.
 * Names are token sequences as the lexer splits them (`km/h` is `km`, `/`, `h`).
 */
import { Kind, type Tok } from './lexer';

export type Dimension = 'length' | 'area' | 'mass' | 'volume' | 'temperature' | 'speed' | 'power' | 'energy' | 'angle';

export interface UnitDef {
  /** Symbol shown in displays (`km`). */
  symbol: string;
  dimension: Dimension;
  /** Factor to the base unit of the dimension (m, m², kg, l, m/s); temperature is special-cased. */
  factor: number;
  /** Symbol of the unit to convert to for the hover, if any. */
  to?: string;
}

const DEFS: UnitDef[] = [
  { symbol: 'km', dimension: 'length', factor: 1000, to: 'mi' },
  { symbol: 'm', dimension: 'length', factor: 1, to: 'ft' },
  { symbol: 'cm', dimension: 'length', factor: 0.01, to: 'in' },
  { symbol: 'mm', dimension: 'length', factor: 0.001, to: 'in' },
  { symbol: 'mi', dimension: 'length', factor: 1609.344, to: 'km' },
  { symbol: 'nmi', dimension: 'length', factor: 1852, to: 'km' },
  { symbol: 'yd', dimension: 'length', factor: 0.9144, to: 'm' },
  { symbol: 'ft', dimension: 'length', factor: 0.3048, to: 'm' },
  { symbol: 'in', dimension: 'length', factor: 0.0254, to: 'cm' },
  { symbol: 'km²', dimension: 'area', factor: 1e6, to: 'sq mi' },
  { symbol: 'm²', dimension: 'area', factor: 1, to: 'sq ft' },
  { symbol: 'ha', dimension: 'area', factor: 1e4, to: 'acres' },
  { symbol: 'acres', dimension: 'area', factor: 4046.8564224, to: 'ha' },
  { symbol: 'sq mi', dimension: 'area', factor: 2589988.110336, to: 'km²' },
  { symbol: 'sq ft', dimension: 'area', factor: 0.09290304, to: 'm²' },
  { symbol: 'kg', dimension: 'mass', factor: 1, to: 'lb' },
  { symbol: 'g', dimension: 'mass', factor: 0.001, to: 'oz' },
  { symbol: 'mg', dimension: 'mass', factor: 1e-6 },
  { symbol: 't', dimension: 'mass', factor: 1000, to: 'lb' },
  { symbol: 'tons', dimension: 'mass', factor: 907.18474, to: 't' },
  { symbol: 'lb', dimension: 'mass', factor: 0.45359237, to: 'kg' },
  { symbol: 'oz', dimension: 'mass', factor: 0.028349523125, to: 'g' },
  { symbol: 'l', dimension: 'volume', factor: 1, to: 'gal' },
  { symbol: 'ml', dimension: 'volume', factor: 0.001, to: 'fl oz' },
  { symbol: 'm³', dimension: 'volume', factor: 1000, to: 'cu ft' },
  { symbol: 'gal', dimension: 'volume', factor: 3.785411784, to: 'l' },
  { symbol: 'bbl', dimension: 'volume', factor: 158.987294928, to: 'l' },
  { symbol: 'fl oz', dimension: 'volume', factor: 0.0295735295625 },
  { symbol: 'cu ft', dimension: 'volume', factor: 28.316846592 },
  { symbol: '°C', dimension: 'temperature', factor: 1, to: '°F' },
  { symbol: '°F', dimension: 'temperature', factor: 1, to: '°C' },
  { symbol: 'km/h', dimension: 'speed', factor: 1 / 3.6, to: 'mph' },
  { symbol: 'mph', dimension: 'speed', factor: 0.44704, to: 'km/h' },
  { symbol: 'kn', dimension: 'speed', factor: 0.514444, to: 'km/h' },
  { symbol: 'm/s', dimension: 'speed', factor: 1, to: 'km/h' },
  { symbol: 'kW', dimension: 'power', factor: 1e3 },
  { symbol: 'MW', dimension: 'power', factor: 1e6 },
  { symbol: 'GW', dimension: 'power', factor: 1e9 },
  { symbol: 'kWh', dimension: 'energy', factor: 3.6e6 },
  { symbol: 'MWh', dimension: 'energy', factor: 3.6e9 },
  { symbol: 'GWh', dimension: 'energy', factor: 3.6e12 },
  { symbol: 'TWh', dimension: 'energy', factor: 3.6e15 },
  { symbol: 'degrees', dimension: 'angle', factor: 1 },
  { symbol: 'au', dimension: 'length', factor: 149_597_870_700, to: 'km' },
  { symbol: 'ly', dimension: 'length', factor: 9_460_730_472_580_800, to: 'km' },
];

const BY_SYMBOL = new Map(DEFS.map((d) => [d.symbol, d]));

export function unitBySymbol(symbol: string): UnitDef | undefined {
  return BY_SYMBOL.get(symbol);
}

/**
 * Spellings, as space-separated token sequences. A leading `=` means case-sensitive and only
 * when glued to the number (`40C`, `5l`); a leading `~` means case-sensitive (`m`, `MW`).
 */
const SPELLINGS: [string, string][] = [
  ['km', 'kilometre kilometres kilometer kilometers km kms'],
  ['m', 'metre metres meter meters ~m'],
  ['cm', 'centimetre centimetres centimeter centimeters cm'],
  ['mm', 'millimetre millimetres millimeter millimeters mm'],
  ['mi', 'mile miles'],
  ['nmi', 'nautical|mile nautical|miles'],
  ['yd', 'yard yards yd yds'],
  ['ft', 'foot feet ft'],
  ['in', 'inch inches =in'],
  ['au', 'astronomical|unit astronomical|units ~AU'],
  ['ly', 'light|year light|years light-year light-years'],
  ['km²', 'square|kilometres square|kilometre square|kilometers square|kilometer sq|km km² km2 sq|kilometres'],
  ['m²', 'square|metres square|metre square|meters square|meter sq|m m² m2'],
  ['ha', 'hectare hectares ha'],
  ['acres', 'acre acres'],
  ['sq mi', 'square|miles square|mile sq|mi'],
  ['sq ft', 'square|feet square|foot sq|ft'],
  ['kg', 'kilogram kilograms kilogramme kilogrammes kg kgs kilo kilos'],
  ['g', 'gram grams gramme grammes ~g'],
  ['mg', 'milligram milligrams milligramme milligrammes mg'],
  ['t', 'tonne tonnes metric|ton metric|tons =t'],
  ['tons', 'ton tons'],
  ['lb', 'lb lbs pound pounds'],
  ['oz', 'ounce ounces oz'],
  ['l', 'litre litres liter liters =l =L'],
  ['ml', 'millilitre millilitres milliliter milliliters ml'],
  ['m³', 'cubic|metres cubic|metre cubic|meters cubic|meter m³ m3'],
  ['gal', 'gallon gallons'],
  ['bbl', 'barrel barrels bbl'],
  ['°C', '=C ° degrees|celsius degrees|centigrade degree|celsius celsius'],
  ['°F', '=F ° degrees|fahrenheit degree|fahrenheit fahrenheit'],
  ['km/h', 'km / h km|/|hr kph kmh kmph kilometres|per|hour kilometers|per|hour kilometres|an|hour'],
  ['mph', 'mph miles|per|hour miles|an|hour'],
  ['kn', 'knot knots'],
  ['m/s', '~m / s metres|per|second meters|per|second'],
  ['kW', '~kW kilowatt kilowatts'],
  ['MW', '~MW megawatt megawatts'],
  ['GW', '~GW gigawatt gigawatts'],
  ['kWh', '~kWh kilowatt|hours kilowatt-hours'],
  ['MWh', '~MWh megawatt|hours'],
  ['GWh', '~GWh gigawatt|hours'],
  ['TWh', '~TWh terawatt|hours'],
  ['degrees', 'degrees'],
];

interface Spelling {
  parts: string[];
  caseSensitive: boolean;
  gluedOnly: boolean;
  def: UnitDef;
}

const BY_FIRST = new Map<string, Spelling[]>();

function addSpelling(raw: string, def: UnitDef): void {
  // Spellings are space-separated; `|` joins words of one spelling, ` / ` style is given with spaces.
  let caseSensitive = false;
  let gluedOnly = false;
  let s = raw;
  if (s.startsWith('=')) {
    caseSensitive = true;
    gluedOnly = true;
    s = s.slice(1);
  } else if (s.startsWith('~')) {
    caseSensitive = true;
    s = s.slice(1);
  }
  const parts = s.split('|').flatMap((p) => (p === '/' ? ['/'] : splitSymbol(p)));
  const spelling: Spelling = { parts: caseSensitive ? parts : parts.map((p) => p.toLowerCase()), caseSensitive, gluedOnly, def };
  const key = caseSensitive ? parts[0]! : parts[0]!.toLowerCase();
  const list = BY_FIRST.get(key) ?? [];
  list.push(spelling);
  BY_FIRST.set(key, list);
}

/** Splits a symbol as the lexer would: `km²` -> `km`, `²`; `km2` -> `km`, `2`; `kilowatt-hours` -> 3 parts. */
function splitSymbol(p: string): string[] {
  return p.match(/\p{L}+|\d+|[^\p{L}\d]/gu) ?? [p];
}

for (const [symbol, spellings] of SPELLINGS) {
  const def = BY_SYMBOL.get(symbol)!;
  // `km / h` style entries are written with spaces: rejoin the three tokens.
  const items = spellings.split(' ');
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (items[i + 1] === '/' && items[i + 2] !== undefined) {
      addSpelling(`${it}|/|${items[i + 2]!.replace(/^~/, '')}`, def);
      i += 2;
      continue;
    }
    // A bare `°` entry means `°C`/`°F` written with the degree sign: `°` + the letter.
    if (it === '°') {
      addSpelling(`°|${symbol.slice(1)}`, def);
      continue;
    }
    addSpelling(it, def);
  }
}

export interface UnitMatch {
  def: UnitDef;
  /** Token index after the unit. */
  end: number;
}

/**
 * Longest unit spelling starting at token `j`. `glued` says the token follows the number with no
 * space (`40C`); glued-only spellings need it.
 */
export function matchUnit(toks: readonly Tok[], j: number, glued: boolean): UnitMatch | undefined {
  const first = toks[j];
  if (!first || (first.k !== Kind.Word && first.k !== Kind.Punct)) return undefined;
  const cands = [...(BY_FIRST.get(first.t) ?? []), ...(first.t !== first.lc ? BY_FIRST.get(first.lc) ?? [] : [])];
  let best: UnitMatch | undefined;
  for (const sp of cands) {
    if (sp.gluedOnly && !glued) continue;
    let ok = true;
    for (let p = 0; p < sp.parts.length; p++) {
      const tok = toks[j + p];
      if (!tok || tok.k === Kind.End) { ok = false; break; }
      const text = sp.caseSensitive ? tok.t : tok.lc;
      if (text !== sp.parts[p]) { ok = false; break; }
      // Parts of one symbol are glued (`km/h`, `m²`); words of a name are spaced (`sq km`).
      if (p > 0 && tok.sp && (!/^\p{L}/u.test(sp.parts[p]!) || sp.parts[p - 1] === '/')) { ok = false; break; }
    }
    if (!ok) continue;
    const end = j + sp.parts.length;
    if (!best || end > best.end) best = { def: sp.def, end };
  }
  return best;
}

export function convert(value: number, from: UnitDef): { value: number; def: UnitDef } | undefined {
  if (!from.to) return undefined;
  const to = BY_SYMBOL.get(from.to);
  if (!to) return undefined;
  if (from.dimension === 'temperature') {
    return { value: from.symbol === '°C' ? (value * 9) / 5 + 32 : ((value - 32) * 5) / 9, def: to };
  }
  return { value: (value * from.factor) / to.factor, def: to };
}

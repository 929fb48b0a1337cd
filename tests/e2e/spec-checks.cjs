// What the end-to-end suites expect of the seed article (seeds/seed-article.news), from
// the spec's worked example (spec/examples/seed-article.expected.md), in ONE place for both
// suites: the extension-host suite (tests/vscode/suite) and the UI suite (tests/e2e/ui.e2e.mjs).
//
// Every check is a real assertion in every run, CI included: a feature the spec asks for that
// does not work yet fails the suite (the failure says what the editor showed). FEATURES names
// the groups of checks; the extension-host tests carry them in their titles ([spec:FEATURE]),
// so NEWSMARK_E2E_GREP=rename runs one group while working on it.

/** The spec's features the suites check, with what each covers. */
const FEATURES = {
  'entity-types': 'hover on Zelenskiy names the person "Volodymyr Zelenskiy" (Person, Ukraine\'s President); Outline groups the spec\'s people, places and organizations, and no dates or stray words as places',
  'hover-counts': 'hover on Zelenskiy counts him quoted 3 times and source of 6 attributions',
  diagnostics: 'exactly 5 vague-source (Information) and 2 unsourced-statistic (Warning) on the spec\'s phrases, nothing else',
  'code-actions': 'every sourcing diagnostic has a quick fix; the disable-next-line quick fix inserts the comment and the diagnostic goes away',
  rename: 'renaming Zelenskiy edits each "Zelenskiy" spelling in the file and nothing else',
  'semantic-tokens': 'the server colours entities and numbers with semantic tokens',
};

// ---- the seed article, per spec/examples/seed-article.expected.md

const SEED = {
  file: 'seed-article.news',
  headline: 'Russia deploying more North Korean troops: Zelenskiy',
  byline: 'Staff WritersReuters',
  captionStart: 'Camera IconVolodymyr Zelenskiy',
  bodyParagraphs: 23,
  boilerplate: ['Read more...', 'Get the latest news from thewest.com.au in your inbox.', 'Sign up for our emails'],
  hoverWord: 'Zelenskiy',
  /** strict: what the hover on Zelenskiy shows today */
  hoverStrict: ['Zelenskiy'],
  /** entity-types */
  hoverEntity: ['Volodymyr Zelenskiy', 'Person', 'President'],
  /** hover-counts */
  hoverCounts: [/quoted 3 times/, /source of 6 attributions/],
  entityGroups: ['People', 'Organizations', 'Places', 'Groups', 'Other names'],
  /** entity-types: canonical names that must appear in each Outline group (substring match) */
  entities: {
    People: ['Volodymyr Zelenskiy', 'Vladimir Putin', 'Oleksandr Tarnavskiy', 'Oleksandr Lutsenko', 'Donald Trump'],
    Places: ['Ukraine', 'Russia', 'North Korea', 'Kursk region', 'Pokrovsk', 'Donetsk region', 'Luhansk', 'Brussels', 'Britain', 'France', 'Germany', 'Italy', 'Poland'],
    Organizations: ['NATO', 'EU', 'General Staff', 'Reuters'],
  },
  /** entity-types: words that are not places (dates, sentence starts, trailing punctuation) */
  notPlaces: ['August', 'Wednesday', 'Saturday', 'February', 'Today', 'Credit', 'Military', 'Russia.', 'Reuters.', 'Pokrovsk.'],
  /** Zelenskiy: Volodymyr Zelenskiy x2, Zelenskiy x7, He: at least the 9 name mentions */
  zelenskiyMinMentions: 9,
  /** diagnostics: code -> exact text of each range */
  diagnostics: {
    'vague-source': ['Ukrainian and South Korean officials', 'a military official', 'the official at the General Staff', 'Ukrainian officials', 'Military analysts'],
    'unsourced-statistic': [/fastest pace since the early days of Moscow's invasion in February 2022/, /about 20 kilometres/],
  },
  severities: { 'vague-source': 'Information', 'unsourced-statistic': 'Warning' },
  codes: ['unsourced-quote', 'unsourced-statistic', 'vague-source', 'unbalanced-quote', 'name-inconsistency', 'surname-before-full-name'],
  renameTo: 'Zelensky',
};

module.exports = { FEATURES, SEED };

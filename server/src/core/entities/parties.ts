import type { Mention } from '../article';

/**
 * Political parties (spec, "Entity types"): a party named as a body is an organization (`the
 * Tories`, `Labour won`, `the Labour party`), a party word qualifying a noun is a political group
 * (`Tory leader`, `Labour MPs`, `a Conservative government`), as the CoNLL convention types party
 * adjectives (MISC). A hand list of party names in English-language news; the words that qualify
 * are role and political nouns.
 */

/** Party names and the adjective of each (lower-case keys). Plural forms name the party as a body. */
const PARTY_WORDS = new Set(
  [
    'labour', 'new labour', 'tory', 'tories', 'conservative', 'conservatives', 'liberal democrat', 'liberal democrats',
    'lib dem', 'lib dems', 'libdem', 'libdems', 'green', 'greens', 'snp', 'plaid cymru', 'plaid', 'ukip', 'sinn fein',
    'sinn féin', 'dup', 'sdlp', 'uup', 'liberal', 'liberals', 'social democrat', 'social democrats', 'unionist',
    'unionists', 'nationalist', 'nationalists',
  ],
);

/** Only ever a body (never an adjective): plurals and proper party names. */
const BODY_ONLY = /^(?:tories|conservatives|liberal democrats|lib dems|libdems|greens|new labour|liberals|social democrats|unionists|nationalists)$/;

/** Singular party adjectives that are not also the party's name. */
const ADJECTIVE = /^(?:tory|conservative|liberal democrat|lib dem|libdem|social democrat|republican|democrat)$/;

/** Nouns a party word qualifies (`Tory leader`, `Labour MP`); `party` is not one (`the Labour party` names the body). */
const QUALIFIED =
  /^\s+(?:leaders?|leadership|MPs?|MSPs?|MEPs?|AMs?|peers?|candidates?|government|governments|administration|chancellor|ministers?|backbenchers?|frontbenchers?|activists?|voters?|supporters?|members?|councillors?|spokes(?:man|woman|person)|chairman|chairwoman|policy|policies|plans?|proposals?|claims?|manifesto|campaign|conference|figures|sources?|rebels?|rebellion|politicians?|heartlands?|seats?|victory|majority|vote|votes|years|era|rule|MP's|high command|whips?|deputy|grandees?|modernisers?|critics?|donors?|strategists?|officials?|colleagues?|benches|opposition|spending|tax|taxes|cuts|pledges?|promises?|rivals?|counterparts?|challenger|hopefuls?|councils?)\b/;

/** A party's name or adjective (`Labour`, `Tory`, `Lib Dems`). */
export function isPartyWord(text: string): boolean {
  return PARTY_WORDS.has(text.replace(/^the\s+/i, '').toLowerCase());
}

/** Retypes party mentions in place; see the module comment. */
export function typeParties(plain: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type === 'person' && /\s/.test(m.text)) continue;
    // `Liberal` + `Democrat`: the tagger left the first word out.
    if (/^Democrats?$/.test(m.text) && plain.slice(Math.max(0, m.start - 8), m.start) === 'Liberal ') {
      m.start -= 8;
      m.text = plain.slice(m.start, m.end);
    }
    const name = m.text.replace(/^the\s+/i, '').replace(/['’]s?$/, '');
    const key = name.toLowerCase();
    if (!PARTY_WORDS.has(key)) continue;
    // `Green` and `Liberal` are common words too: only typed when the tagger saw a name.
    const after = plain.slice(m.end, m.end + 24);
    // A singular party adjective other than `Labour` before any lower-case word qualifies it (`a
    // Liberal Democrat parliamentary chairman`); `Labour` is a body too (`Labour said`).
    const adjective = ADJECTIVE.test(key) && /^\s+\p{Ll}/u.test(after);
    if (!BODY_ONLY.test(key) && (QUALIFIED.test(after) || adjective)) {
      m.type = 'group';
      m.label = 'MISC';
    } else if (!/^(?:green|liberal|nationalist|unionist)$/.test(key) || m.label === 'ORG') {
      m.type = key === 'tory' ? 'group' : 'organization';
      m.label = key === 'tory' ? 'MISC' : 'ORG';
    }
  }
}

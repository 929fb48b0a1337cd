import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { expands, isAcronym } from '../../server/src/core/entities/acronyms';
import { countryByCapital, countryByDemonym, countryByName, organizationByName, placeByName } from '../../server/src/core/entities/knowledge';
import { unifySenses } from '../../server/src/core/entities/senses';
import { propagateNames } from '../../server/src/core/entities/propagate';
import { editDistance, isSpellingVariant } from '../../server/src/core/entities/spelling';
import { lowerRoleBefore, splitTitle } from '../../server/src/core/entities/titles';
import type { Article, Entity, Mention, Sentence } from '../../server/src/core/article';

/**
 * Entity clustering, roles and facts on invented articles in several house styles (wire copy,
 * sport, local government, business), and the small rules underneath.
 */

function analyze(text: string): Article {
  return analyzeArticle(text, { languageId: 'news' });
}

function entity(article: Article, name: string): Entity {
  const e = article.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}; got ${article.entities.map((x) => x.name).join(', ')}`);
  return e;
}

function mentionTexts(article: Article, e: Entity): string[] {
  return e.mentions.map((i) => article.mentions[i].text);
}

describe('clustering mentions into entities', () => {
  it('wire style: title kept as a role, surname and possessive join the full name (the possessive ending is not part of the mention), she resolves to the senator', () => {
    const a = analyze(
      'Senate passes water bill\n\n' +
        'WASHINGTON (AP) — Sen. Linda Harwood, a Democrat from Oregon, said on Tuesday that the bill would reach the president within weeks. ' +
        "Harwood's office released a summary.\n\n" +
        'She said the measure had support from Gov. Thomas Brandt. Brandt, 61, has called drought the biggest threat.\n',
    );
    const harwood = entity(a, 'Linda Harwood');
    expect(harwood.type).toBe('person');
    expect(mentionTexts(a, harwood)).toEqual(['Linda Harwood', 'Harwood', 'She']);
    expect(harwood.roles).toEqual(expect.arrayContaining(['Sen.', 'a Democrat from Oregon']));
    const brandt = entity(a, 'Thomas Brandt');
    expect(mentionTexts(a, brandt)).toEqual(['Thomas Brandt', 'Brandt']);
    expect(brandt.roles).toContain('Gov.');
    expect(brandt.facts).toContain('age 61');
  });

  it('sport style: lower-case roles before names, honorifics are not roles, a transposed surname joins its person', () => {
    const a = analyze(
      'City sign striker\n\n' +
        'Westfield United have signed striker Kofi Mensah from Brightwater Rovers. Mr Mensah, who scored 14 goals last season, said he was delighted.\n\n' +
        'United manager Claire Dobson said Mensah would start on Saturday. The Ghanaian international joins on a three-year deal.\n\n' +
        'According to Mensha, the move was agreed in June.\n',
    );
    const mensah = entity(a, 'Kofi Mensah');
    expect(mentionTexts(a, mensah)).toEqual(['Kofi Mensah', 'Mensah', 'Mensah', 'Mensha']);
    expect(mensah.roles).toContain('striker');
    expect(mensah.roles).not.toContain('Mr');
    expect(entity(a, 'Claire Dobson').roles).toContain('United manager');
    // A nationality adjective is a group entity linked to its country, even when the country is never named.
    const ghanaian = entity(a, 'Ghanaian');
    expect(ghanaian.type).toBe('group');
    expect(mentionTexts(a, ghanaian)).toEqual(['Ghanaian']);
    expect(countryByDemonym(ghanaian.name)?.name).toBe('Ghana');
    expect(a.entities.find((e) => e.name === 'Ghana')).toBeUndefined();
  });

  it('business style: an acronym joins its expansion, and the canonical name is the expansion', () => {
    const a = analyze(
      'Lender warns on debt\n\n' +
        'The International Monetary Fund said on Monday that public debt would keep rising. ' +
        'The IMF expects growth of 3 percent next year, an IMF spokeswoman, Ana Ruiz, told reporters.\n',
    );
    const imf = entity(a, 'International Monetary Fund');
    expect(imf.type).toBe('organization');
    expect(mentionTexts(a, imf)).toEqual(['International Monetary Fund', 'IMF', 'IMF']);
    expect(entity(a, 'Ana Ruiz').roles).toContain('IMF spokeswoman');
  });

  it('links a capital to its country only when the article names the country', () => {
    const named = analyze('Talks resume\n\nFrance said on Monday that talks would resume. Paris wants a deal by June, French officials said.\n');
    const france = entity(named, 'France');
    expect(mentionTexts(named, france)).toEqual(['France', 'Paris']);
    // The nationality word is a group of its own, not a mention of the country (spec, "Entity types").
    expect(entity(named, 'French').type).toBe('group');
    const alone = analyze('Museum reopens\n\nThe museum in Paris reopened on Monday after a two-year renovation, its director said.\n');
    expect(entity(alone, 'Paris').type).toBe('place');
    expect(alone.entities.find((e) => e.name === 'France')).toBeUndefined();
  });

  it('resolves she and he past a person of the other gender (first names, honorifics)', () => {
    const she = analyze('Budget passes\n\nTreasurer Paul Ngata met Councillor Linda Vance on Monday. She said the budget was balanced.\n');
    // The title may or may not be inside the tagged span; the name is the entity's either way.
    expect(mentionTexts(she, entity(she, 'Linda Vance')).map((t) => t.replace(/^Councillor /, ''))).toEqual(['Linda Vance', 'She']);
    expect(mentionTexts(she, entity(she, 'Paul Ngata'))).toEqual(['Paul Ngata']);
    const he = analyze('Budget passes\n\nCouncillor Linda Vance thanked treasurer Paul Ngata on Monday. He said the reserves were healthy.\n');
    expect(mentionTexts(he, entity(he, 'Paul Ngata'))).toEqual(['Paul Ngata', 'He']);
    expect(mentionTexts(he, entity(he, 'Linda Vance')).map((t) => t.replace(/^Councillor /, ''))).toEqual(['Linda Vance']);
  });

  it('joins a club or company to its short form, and keeps a photo agency out of a credited name', () => {
    const a = analyze(
      'Harbour Athletic win derby\n\n' +
        'Harbour Athletic beat Millbrook Rovers 3-1 on Saturday. Harbour had lost the last four derbies, and Millbrook had not conceded since March.\n\n' +
        'Photo: Fans celebrate at the Quay Ground. REUTERS/Marta Lindqvist\n',
    );
    const harbour = entity(a, 'Harbour Athletic');
    expect(mentionTexts(a, harbour).sort()).toEqual(['Harbour', 'Harbour Athletic', 'Harbour Athletic'].sort());
    expect(mentionTexts(a, entity(a, 'Millbrook Rovers')).sort()).toEqual(['Millbrook', 'Millbrook Rovers']);
    expect(entity(a, 'Marta Lindqvist').type).toBe('person');
  });

  it('reads streets as places, portfolio words before a role as part of the role, and a one-word name as one entity', () => {
    const a = analyze(
      'Bakery to close Harwick plant\n\n' +
        'By Sam Okoro, Business Reporter\n\n' +
        'A bakery on Larch Avenue in Harwick will close in May, Health minister Gavin Orr said. ' +
        'The Harwick plant opened in 1962. Harwick has lost three factories since 2020, and Harwick residents fear more closures.\n',
    );
    const names = a.entities.map((e) => `${e.type} ${e.name}`);
    expect(names).not.toContain('person Health');
    expect(names).not.toContain('person Business');
    expect(entity(a, 'Gavin Orr').roles).toContain('Health minister');
    expect(entity(a, 'Larch Avenue').type).toBe('place');
    // However the tagger typed each `Harwick`, it is one entity.
    expect(a.entities.filter((e) => e.name === 'Harwick')).toHaveLength(1);
  });

  it('keeps two people who share a first name apart and sends each surname to its own person', () => {
    const a = analyze(
      'Generals swapped\n\nGeneral Anna Kowalczyk replaced General Anna Brzezinska on Friday. Kowalczyk, 49, starts next week. Brzezinska will retire.\n',
    );
    expect(mentionTexts(a, entity(a, 'Anna Kowalczyk'))).toEqual(['Anna Kowalczyk', 'Kowalczyk']);
    expect(mentionTexts(a, entity(a, 'Anna Brzezinska'))).toEqual(['Anna Brzezinska', 'Brzezinska']);
    expect(entity(a, 'Anna Kowalczyk').facts).toContain('age 49');
    expect(entity(a, 'Anna Brzezinska').facts).toContain('replaced');
  });
});

describe('the rules underneath', () => {
  it('splits titles off names and keeps them', () => {
    expect(splitTitle('General Oleksandr Tarnavskiy')).toEqual({ title: 'General', name: 'Oleksandr Tarnavskiy', offset: 8 });
    expect(splitTitle('Deputy Prime Minister Jane Roe').title).toBe('Deputy Prime Minister');
    expect(splitTitle('Former Bristol').title).toBe('');
    expect(splitTitle('General').name).toBe('General');
  });

  it('reads lower-case role phrases before a name', () => {
    expect(lowerRoleBefore('The plan was drawn up by treasurer ')).toBe('treasurer');
    expect(lowerRoleBefore('said former prime minister ')).toBe('former prime minister');
    expect(lowerRoleBefore('Westfield have signed striker ')).toBe('striker');
    expect(lowerRoleBefore('An IMF spokeswoman, ')).toBe('IMF spokeswoman');
    expect(lowerRoleBefore('The bill was signed by ')).toBeUndefined();
  });

  it('tells spelling variants from different names', () => {
    expect(isSpellingVariant('Zelenskiy', 'Zelensky')).toBe(true);
    expect(isSpellingVariant('Mensah', 'Mensha')).toBe(true);
    expect(isSpellingVariant('Iran', 'Iraq')).toBe(false);
    expect(isSpellingVariant('Austria', 'Australia')).toBe(false);
    expect(isSpellingVariant('Johnson', 'Johnston')).toBe(true);
    expect(isSpellingVariant('Ngata', 'Ngatta')).toBe(true);
    expect(isSpellingVariant('Maria', 'Mario')).toBe(false);
    expect(editDistance('abcd', 'abdc', 2)).toBe(1);
  });

  it('matches acronyms with their expansions', () => {
    expect(isAcronym('NATO')).toBe(true);
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('Nato')).toBe(false);
    expect(expands('EU', 'European Union')).toBe(true);
    expect(expands('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(expands('UNICEF', "United Nations Children's Fund")).toBe(true);
    expect(expands('IMF', 'World Bank')).toBe(false);
  });

  it('knows countries by name, demonym and capital, and places with their country', () => {
    expect(countryByName('Britain')?.name).toBe('United Kingdom');
    expect(countryByDemonym('North Korean')?.name).toBe('North Korea');
    expect(countryByDemonym('French')?.name).toBe('France');
    expect(countryByCapital('Kyiv')?.name).toBe('Ukraine');
    expect(organizationByName('NATO')?.name).toBe('North Atlantic Treaty Organization');
    const pokrovsk = placeByName('Pokrovsk');
    expect(pokrovsk?.country).toBe('UA');
    expect(pokrovsk && pokrovsk.population).toBeGreaterThan(15000);
  });

  it('finds the occurrences of a tagged name the tagger missed, spelling variants of surnames and known acronyms', () => {
    const text =
      "Volodymyr Zelenskiy met John Key in Kyiv's Mariinsky Palace. " +
      'Zelensky said talks went well. Key questions remain, Key said. ' +
      'The talks were covered by AP and by WHO staff. Zelenskiy left at noon. Zelenskiyan politics differ.';
    const sentences: Sentence[] = [];
    for (const m of text.matchAll(/[^.]+\./g)) {
      const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      sentences.push({ start, end: (m.index ?? 0) + m[0].length, index: sentences.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
    }
    const sentenceOf = (at: number) => sentences.findIndex((x) => x.start <= at && at < x.end);
    const tag = (name: string, type: Mention['type']): Mention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type, label: 'PER', entity: -1, sentence: sentenceOf(start) };
    };
    const tagged = [tag('Volodymyr Zelenskiy', 'person'), tag('John Key', 'person'), tag('Kyiv', 'place')];
    const out = propagateNames(text, sentences, tagged);
    const added = out.filter((m) => !tagged.includes(m));
    expect(added.map((m) => `${m.text}/${m.type}`)).toEqual(['Zelensky/person', 'Key/person', 'AP/organization', 'WHO/organization', 'Zelenskiy/person']);
    // `Key questions` opens a sentence: a short surname there is taken for an ordinary word.
    expect(out.some((m) => m.start === text.indexOf('Key questions'))).toBe(false);
  });

  it('gives one name one type per article: gazetteer first, then the majority', () => {
    const m = (text: string, type: Mention['type'], start: number): Mention => ({ text, type, label: 'MISC', start, end: start + text.length, entity: -1, sentence: 0 });
    const known = [m('Pokrovsk', 'organization', 0), m('Pokrovsk', 'place', 20), m('Pokrovsk', 'organization', 40)];
    unifySenses(known);
    expect(known.map((x) => x.type)).toEqual(['place', 'place', 'place']);
    // A one-word person that is nobody's surname votes too; `in Harwick` counts for a place.
    const plain = 'Harwick plant to close. Jobs go in Harwick. Workers near Harwick fear more.';
    const at = (n: number) => plain.split('Harwick', n + 1).slice(0, n + 1).join('Harwick').length;
    const town = [m('Harwick', 'person', at(0)), m('Harwick', 'person', at(1)), m('Harwick', 'place', at(2))];
    unifySenses(town, plain);
    expect(town.map((x) => x.type)).toEqual(['place', 'place', 'place']);
    // Without the locative cue the tie keeps the person.
    const tie = [m('Harwick', 'person', 0), m('Harwick', 'place', 30)];
    unifySenses(tie, 'x'.repeat(60));
    expect(tie.map((x) => x.type)).toEqual(['person', 'person']);
    const surname = [m('Vance Holdings Vance', 'person', 0), m('Vance', 'person', 30), m('Vance', 'place', 50)];
    unifySenses(surname, 'x'.repeat(60));
    expect(surname.map((x) => x.type)).toEqual(['person', 'person', 'place']);
    const unknown = [m('Zorvex', 'organization', 0), m('Zorvex', 'place', 20), m('Zorvex', 'organization', 40)];
    unifySenses(unknown);
    expect(unknown.map((x) => `${x.type}/${x.label}`)).toEqual(['organization/ORG', 'organization/ORG', 'organization/ORG']);
  });
});

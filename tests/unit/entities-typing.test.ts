import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { typeParties } from '../../server/src/core/entities/parties';
import { typeLineUps, typeTeams } from '../../server/src/core/entities/teams';
import { dropCommonWords, findBodies, includeTitleThe, joinEvents, typeByHeads } from '../../server/src/core/entities/heads';
import { entityTypeOf } from '../../server/src/core/entities/types';
import type { Article, EntityType, Mention, NerLabel } from '../../server/src/core/article';

/** Typing rules of spec/entities-and-numbers.md ("Entity types") on text of our own writing. */

function analyze(text: string): Article {
  return analyzeArticle(text, { languageId: 'news' });
}

/** The mentions' texts with their entity's type. */
function typed(a: Article): string[] {
  return a.mentions.map((m) => `${m.text}:${a.entities[m.entity].type}`);
}

/** A mention at the first occurrence of `text` in `plain`, as the tagger would give it. */
function mention(plain: string, text: string, label: NerLabel, type: EntityType): Mention {
  const start = plain.indexOf(text);
  return { start, end: start + text.length, text, label, type, entity: -1, sentence: 0 };
}

describe('entity typing', () => {
  it('keeps titles and honorifics out of a person mention', () => {
    const a = analyze('Budget unveiled\n\nThe finance minister, Mr Okoro, presented the budget to parliament. Mr Okoro said growth was strong.\n');
    expect(typed(a)).toEqual(['Okoro:person', 'Okoro:person']);
  });

  it('types a nationality word as a group whatever the tagger said, and not a country', () => {
    expect(entityTypeOf('LOC', 'Dutch')).toBe('group');
    expect(entityTypeOf('ORG', 'Norwegians')).toBe('group');
    expect(entityTypeOf('ORG', 'Welshman')).toBe('group');
    expect(entityTypeOf('LOC', 'Norway')).toBe('place');
    expect(entityTypeOf('LOC', 'Indian Ocean')).toBe('place');
  });

  it('types a party as an organization, and a party word before a noun as a group', () => {
    const plain = 'The Tories said Labour MPs had backed a Conservative government, and Labour denied it.';
    const ms = [
      mention(plain, 'Tories', 'LOC', 'place'),
      mention(plain, 'Labour', 'ORG', 'organization'),
      mention(plain, 'Conservative', 'MISC', 'other'),
      { ...mention(plain, 'Labour denied', 'ORG', 'organization'), end: plain.lastIndexOf('Labour') + 6, start: plain.lastIndexOf('Labour'), text: 'Labour' },
    ];
    typeParties(plain, ms);
    expect(ms.map((m) => m.type)).toEqual(['organization', 'group', 'group', 'organization']);
  });

  it('types a club or company as an organization from the words around it, in every mention', () => {
    const plain = 'Harwick boss Ann Lee was happy. Harwick won again, and the retailer Tolvane lost. Tolvane fell. Eastbury workers cheered.';
    const ms = [
      mention(plain, 'Harwick', 'PER', 'person'),
      mention(plain, 'Ann Lee', 'PER', 'person'),
      { ...mention(plain, 'Harwick won', 'PER', 'person'), end: plain.indexOf('Harwick won') + 7, text: 'Harwick' },
      mention(plain, 'Tolvane', 'PER', 'person'),
      { ...mention(plain, 'Tolvane fell', 'LOC', 'place'), end: plain.indexOf('Tolvane fell') + 7, text: 'Tolvane' },
      mention(plain, 'Eastbury', 'LOC', 'place'),
    ];
    typeTeams(plain, ms);
    expect(ms.map((m) => m.type)).toEqual(['organization', 'person', 'organization', 'organization', 'organization', 'place']);
  });

  it('reads the clubs of a line-up in brackets, but not a surname or a country', () => {
    const plain = 'Team: Ana Lopes (Harwick), Tom Reed (Eastfield), Joe Lopes (Norway), Kim Park (Reed).';
    const at = (text: string, from = 0): Mention => {
      const start = plain.indexOf(text, from);
      return { start, end: start + text.length, text, label: 'PER', type: 'person', entity: -1, sentence: 0 };
    };
    const ms = [at('Ana Lopes'), at('Harwick'), at('Tom Reed'), at('Eastfield'), at('Joe Lopes'), { ...at('Norway'), type: 'place' as const, label: 'LOC' as const }, at('Kim Park'), at('Reed', plain.indexOf('(Reed'))];
    typeTeams(plain, ms);
    expect(ms.map((m) => `${m.text}:${m.type}`)).toEqual([
      'Ana Lopes:person', 'Harwick:organization', 'Tom Reed:person', 'Eastfield:organization',
      'Joe Lopes:person', 'Norway:place', 'Kim Park:person', 'Reed:person',
    ]);
  });

  it('reads extent and type from the words of a name and next to it', () => {
    const plain =
      'Ann Lee MP met Tolvane Group staff in a Harwick-based office of ex-Tolvane managers, before the Eastbury Games. ' +
      'She starred in the sitcom Harbour Lights, won a Kestrel award and bought the Pelican console.';
    const at = (text: string, label: NerLabel, type: EntityType): Mention => mention(plain, text, label, type);
    const ms = [
      at('Ann Lee MP', 'PER', 'person'),
      at('Tolvane Group', 'PER', 'person'),
      at('Harwick-based', 'MISC', 'other'),
      at('ex-Tolvane', 'MISC', 'other'),
      at('Eastbury', 'LOC', 'place'),
      at('Games', 'MISC', 'other'),
      at('Harbour Lights', 'LOC', 'place'),
      at('Kestrel', 'ORG', 'organization'),
      at('Pelican', 'ORG', 'organization'),
    ];
    typeByHeads(plain, ms);
    const out = joinEvents(plain, ms);
    expect(out.map((m) => `${m.text}:${m.type}`)).toEqual([
      'Ann Lee:person',
      'Tolvane Group:organization',
      'Harwick:organization',
      'Tolvane:other',
      'Eastbury Games:other',
      'Harbour Lights:other',
      'Kestrel:other',
      'Pelican:other',
    ]);
  });

  it('keeps CamelCase names whole, and cuts only a glued web-page label', () => {
    const a = analyze('Console sales\n\nSales of the PlayStation Portable rose in March, Sony said on Monday.\n');
    expect(a.mentions.map((m) => m.text)).toContain('PlayStation Portable');
    const b = analyze('Mayor resigns\n\nPhoto IconGrace Okafor resigned as mayor of Eastbury on Monday.\n');
    expect(b.mentions.map((m) => m.text)).toContain('Grace Okafor');
  });

  it('drops a capitalised common word that opens a sentence, but not a name the article capitalises inside one', () => {
    const plain = 'Many listen to podcasting now. Podcasting has grown. Tolvane agreed, and shares in Tolvane rose.';
    const sentence = (text: string) => {
      const start = plain.indexOf(text);
      return { start, end: start + text.length, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: 0 };
    };
    const sentences = [sentence('Many listen to podcasting now.'), sentence('Podcasting has grown.'), sentence('Tolvane agreed, and shares in Tolvane rose.')];
    const ms = [
      { ...mention(plain, 'Podcasting', 'ORG', 'organization'), sentence: 1 },
      { ...mention(plain, 'Tolvane', 'ORG', 'organization'), sentence: 2 },
    ];
    expect(dropCommonWords(plain, sentences, ms).map((m) => m.text)).toEqual(['Tolvane']);
  });

  it('joins a first name alone to the one full name it starts', () => {
    const a = analyze('Heath remembered\n\nSir Edward Heath led the country. Years later, Sir Edward said he had no regrets.\n');
    const heath = a.entities.find((e) => e.name === 'Edward Heath');
    expect(heath?.mentions.map((i) => a.mentions[i].text)).toEqual(expect.arrayContaining(['Edward Heath', 'Edward']));
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Edward Heath']);
  });

  it('takes no pronoun for a name, so an all-caps or glued pronoun never makes a nameless entity (issue 17)', () => {
    for (const text of [
      'Headline\n\nThe mayor spoke. HE, 54, was appointed on Monday.\n',
      'Headline\n\nThe mayor spoke. SHE, 61, was re-elected.\n',
      'HE\n\nHE SAID. RterHe said so. SHE.\n',
    ]) {
      const a = analyze(text);
      for (const e of a.entities) expect(typeof e.name, text).toBe('string');
      expect(a.mentions.filter((m) => /^(?:he|she)$/i.test(m.text) && a.entities[m.entity].type !== 'person')).toEqual([]);
    }
  });

  it('keeps a capitalised The in a title, but not a determiner', () => {
    const plain = 'She wrote The Silent Harbour in 2001. The Silent Harbour sold well. Fans came to the Harwick Games.';
    const at = (text: string, from: number): Mention => {
      const start = plain.indexOf(text, from);
      return { start, end: start + text.length, text, label: 'MISC', type: 'other', entity: -1, sentence: 0 };
    };
    const ms = [at('Silent Harbour', 0), at('Silent Harbour', 20), at('Harwick Games', 0)];
    includeTitleThe(plain, ms);
    expect(ms.map((m) => m.text)).toEqual(['The Silent Harbour', 'The Silent Harbour', 'Harwick Games']);
  });

  it('types laws, products, web companies and acting countries by their own words, in every mention of a work', () => {
    const plain = 'Norway cited the Harwick Treaty. Tolvane.com sells the Pelican Messenger, and the sitcom Kestrel returns; Kestrel won.';
    const at = (text: string, label: NerLabel, type: EntityType, from = 0): Mention => {
      const start = plain.indexOf(text, from);
      return { start, end: start + text.length, text, label, type, entity: -1, sentence: 0 };
    };
    const ms = [
      at('Norway', 'ORG', 'organization'),
      at('Harwick Treaty', 'ORG', 'organization'),
      at('Tolvane.com', 'MISC', 'other'),
      at('Pelican Messenger', 'ORG', 'organization'),
      at('Kestrel', 'PER', 'person'),
      at('Kestrel', 'ORG', 'organization', plain.indexOf('Kestrel') + 1),
    ];
    typeByHeads(plain, ms);
    expect(ms.map((m) => m.type)).toEqual(['place', 'other', 'organization', 'other', 'other', 'other']);
  });

  it('joins Liberal to a Democrat the tagger found, as a party adjective before a noun', () => {
    const plain = 'A Liberal Democrat spokesman said so.';
    const ms = [mention(plain, 'Democrat', 'MISC', 'group')];
    typeParties(plain, ms);
    expect(ms.map((m) => `${m.text}:${m.type}`)).toEqual(['Liberal Democrat:group']);
  });

  it('takes no headline word for a name when the body writes it in lower case, nor a dash into a name', () => {
    const a = analyze('Harbour Plans Approved After Long Debate\n\nLONDON (AP) — Police said on Tuesday that the harbour plans would go ahead.\n');
    const texts = a.mentions.map((m) => m.text);
    expect(texts).not.toContain('Harbour');
    expect(texts.every((t) => /^[\p{L}\p{N}]/u.test(t))).toBe(true);
  });

  it('types a line-up of bare surnames as persons, but not a list of places', () => {
    const plain = 'Harwick: Okafor, Lindqvist, Mensah and Brandt. The tour visits Paris, Tolvane, Lyon and Eastbury.';
    const list = (names: string[], type: EntityType, sentence: number): Mention[] =>
      names.map((n) => ({ ...mention(plain, n, type === 'place' ? 'LOC' : 'PER', type), sentence }));
    const team = list(['Okafor', 'Lindqvist', 'Mensah', 'Brandt'], 'place', 0);
    const tour = list(['Paris', 'Tolvane', 'Lyon', 'Eastbury'], 'place', 1);
    typeLineUps(plain, [...team, ...tour]);
    expect(team.map((m) => m.type)).toEqual(['person', 'person', 'person', 'person']);
    expect(tour.map((m) => m.type)).toEqual(['place', 'place', 'place', 'place']);
  });

  it('finds a body the tagger missed after a lower-case the, where no mention is', () => {
    const plain = 'An aide at the Harbour Works Directorate said the Home Office and The Daily Staff agreed.';
    const sentences = [{ start: 0, end: plain.length, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: 0 }];
    const tagged = [mention(plain, 'Home Office', 'ORG', 'organization')];
    const out = findBodies(plain, sentences, tagged);
    expect(out.map((m) => `${m.text}:${m.type}`)).toEqual(['Harbour Works Directorate:organization', 'Home Office:organization']);
    // The same sentence later in a text (its matches are kept by its text): the same bodies, at their offsets there.
    const later = `Earlier news. ${plain}`;
    const at = later.indexOf(plain);
    const moved = findBodies(later, [{ ...sentences[0], start: at, end: later.length }], [mention(later, 'Home Office', 'ORG', 'organization')]);
    expect(moved.map((m) => [m.text, m.start - at, later.slice(m.start, m.end)])).toEqual(
      out.map((m) => [m.text, m.start, m.text]),
    );
  });

  it("joins a company's short form to it, and takes no bare title for a name", () => {
    const plain = 'Tolvane Air will buy a rival, said ex-Mayor Ann Lee. Tolvane flew 4 million people.';
    const ms = [mention(plain, 'Tolvane Air', 'ORG', 'organization'), mention(plain, 'Mayor', 'MISC', 'other'), mention(plain, 'Ann Lee', 'PER', 'person')];
    const tolvane = plain.lastIndexOf('Tolvane');
    ms.push({ start: tolvane, end: tolvane + 7, text: 'Tolvane', label: 'PER', type: 'person', entity: -1, sentence: 0 });
    typeByHeads(plain, ms);
    expect(ms.map((m) => m.type)).toEqual(['organization', 'other', 'person', 'organization']);
    const sentences = [{ start: 0, end: plain.length, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: 0 }];
    expect(dropCommonWords(plain, sentences, ms).map((m) => m.text)).toEqual(['Tolvane Air', 'Ann Lee', 'Tolvane']);
    const a = analyze(
      'Airline deal\n\nKestrel Air agreed to buy regional carrier Boreal Jet on Monday, people familiar with the matter said.\n\nKestrel carried 40 million passengers last year.\n',
    );
    const company = a.entities.find((e) => e.name === 'Kestrel Air');
    expect(company?.mentions.map((i) => a.mentions[i].text)).toEqual(['Kestrel Air', 'Kestrel']);
  });
});

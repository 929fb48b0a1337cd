import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { NumberMention } from '../../server/src/core/article';

// Invented sentences in wire, local, sport, business and science styles, written for these tests.
// Everything runs through analyzeArticle: the real markup, sentence and number pipeline.

function numbers(body: string, options: Parameters<typeof analyzeArticle>[1] = {}): NumberMention[] {
  const a = analyzeArticle(`Test headline\n\n${body}\n`, { languageId: 'news', today: '2026-11-30', ...options });
  return a.numbers;
}

function table(body: string, options: Parameters<typeof analyzeArticle>[1] = {}): string[] {
  return numbers(body, options).map((n) => `${n.text}|${n.type}`);
}

function one(body: string, text: string, options: Parameters<typeof analyzeArticle>[1] = {}): NumberMention {
  const n = numbers(body, options).find((x) => x.text === text);
  if (!n) throw new Error(`"${text}" not recognized in: ${body} (got ${table(body, options).join(', ')})`);
  return n;
}

describe('cardinals', () => {
  it('keeps qualifiers, scales and the counted noun (wire)', () => {
    const body = 'Rescuers pulled more than 40 survivors from the rubble and an estimated 1.5 million people lost power.';
    expect(table(body)).toEqual(['more than 40|cardinal', 'an estimated 1.5 million|cardinal']);
    const a = one(body, 'more than 40');
    expect(a.value).toMatchObject({ value: 40, qualifier: '>', display: '> 40' });
    expect(a.counted?.text).toBe('survivors');
    expect(one(body, 'an estimated 1.5 million').value).toMatchObject({ value: 1_500_000, qualifier: '~' });
  });

  it('reads number words, dozens, vague magnitudes and ranges (local)', () => {
    const body = 'Twenty-five volunteers and a dozen firefighters cleared hundreds of fallen trees; between 8,000 and 9,000 homes were without power.';
    expect(table(body)).toEqual([
      'Twenty-five|cardinal', 'a dozen|cardinal', 'hundreds|cardinal', 'between 8,000 and 9,000|cardinal',
    ]);
    expect(one(body, 'Twenty-five').value.value).toBe(25);
    expect(one(body, 'a dozen').value.value).toBe(12);
    expect(one(body, 'hundreds').value.vague).toBe(true);
    expect(one(body, 'between 8,000 and 9,000').value).toMatchObject({ value: 8000, high: 9000 });
  });

  it('reads scores as one cardinal and leaves numbers inside names alone (sport)', () => {
    const body = 'Rovers beat the G7 Select XI 3-1 on Route 66 Park, their first win since the Second World War memorial match.';
    expect(table(body)).toEqual(['3-1|cardinal', 'first|ordinal']);
    expect(one(body, '3-1').value).toMatchObject({ value: 3, high: 1 });
  });

  it('reads votes as one cardinal, and a range only when it rises', () => {
    const body = 'The bill passed 218-214 in the House, and 10-12 people watched.';
    expect(table(body)).toEqual(['218-214|cardinal', '10-12|cardinal']);
    expect(one(body, '218-214').value.display).toBe('218–214 (score or vote)');
    expect(one(body, '10-12').value).toMatchObject({ value: 10, high: 12, display: '10–12' });
  });

  it('treats names with numbers as names', () => {
    expect(table('The Boeing 737 and the COVID-19 vaccine were discussed at the G20 in Rome, and the A4 paper ran out.')).toEqual([]);
    expect(table('Residents were told to call 999 after the 9/11 anniversary service.')).toEqual([]);
    expect(table('She has stage 4 cancer and type 2 diabetes, and joined phase 3 trials; her flight left from gate 12.')).toEqual([]);
  });

  it('leaves age groups, hyphened names and adjective ordinals alone', () => {
    expect(table('The under-21 team, the over-50s club and 7-Eleven stores welcomed first-time buyers of second-hand cars.')).toEqual([]);
  });

  it('reads British pc percentages, glued inches and apostrophe decades', () => {
    const body = 'Roughly 60pc of voters expect growth of 0.1pc; 1.2in of rain fell, as in the ’90s.';
    expect(table(body)).toEqual(['Roughly 60pc|percent', '0.1pc|percent', '1.2in|quantity', '’90s|date']);
    expect(one(body, '’90s').value.date).toBe('1990/1999');
  });

  it('splits a change from the new level (business)', () => {
    const body = 'The index rose 12 to 8,210, while the firm will cut 1,000 to 1,500 jobs.';
    expect(table(body)).toEqual(['12|cardinal', '8,210|cardinal', '1,000 to 1,500|cardinal']);
  });
});

describe('percent and money', () => {
  it('reads percent forms (business)', () => {
    const body = 'Inflation eased to 2.3% from 3.2 per cent, and the bank cut rates by 25 basis points after a 4 percentage point fall in demand.';
    const t = table(body);
    expect(t).toEqual(['2.3%|percent', '3.2 per cent|percent', '25 basis points|percent', '4 percentage point|percent']);
    expect(one(body, '25 basis points').value).toMatchObject({ value: 25, unit: 'basis points' });
  });

  it('reads currencies with symbols, codes, names and pence', () => {
    const body = 'The group made £2.1bn, paid €50m in fines, sold a unit for 300 million roubles and a stake for US$3, while shares closed at 34p.';
    expect(table(body)).toEqual(['£2.1bn|money', '€50m|money', '300 million roubles|money', 'US$3|money', '34p|money']);
    expect(one(body, '£2.1bn').value).toMatchObject({ value: 2.1e9, currency: 'GBP' });
    expect(one(body, '€50m').value).toMatchObject({ value: 5e7, currency: 'EUR' });
    expect(one(body, '300 million roubles').value).toMatchObject({ value: 3e8, currency: 'RUB' });
    expect(one(body, 'US$3').value).toMatchObject({ value: 3, currency: 'USD' });
    expect(one(body, '34p').value).toMatchObject({ value: 0.34, currency: 'GBP' });
  });

  it('keeps a price change and the new price apart', () => {
    expect(table('Brent crude rose $1.20 to $84.50 a barrel.')).toEqual(['$1.20|money', '$84.50|money']);
  });
});

describe('quantities', () => {
  it('converts metric and imperial units (science, weather)', () => {
    const body = 'The probe flew about 20 kilometres above the ice, where it was minus 40 degrees Celsius, and winds reached 90mph.';
    expect(table(body)).toEqual(['about 20 kilometres|quantity', 'minus 40 degrees Celsius|quantity', '90mph|quantity']);
    expect(one(body, 'about 20 kilometres').value.display).toBe('≈ 20 km (≈ 12.4 mi)');
    expect(one(body, 'minus 40 degrees Celsius').value.display).toContain('-40');
    expect(one(body, '90mph').value.display).toContain('km/h');
  });

  it('reads compound adjectives, heights and earthquake magnitudes', () => {
    const body = 'A magnitude 6.2 earthquake shook the 20-kilometre valley, and the 6ft 4in captain led the rescue.';
    expect(table(body)).toEqual(['magnitude 6.2|quantity', '20-kilometre|quantity', '6ft 4in|quantity']);
    expect(one(body, '6ft 4in').value.display).toBe('6 ft 4 in (≈ 1.93 m)');
  });

  it('joins a quantity range written with the unit twice, and reads astronomical units', () => {
    const body = 'Forecasters expect 5cm to 10cm of snow; the comet passes within 0.4 astronomical units of the Sun.';
    expect(table(body)).toEqual(['5cm to 10cm|quantity', '0.4 astronomical units|quantity']);
    expect(one(body, '5cm to 10cm').value).toMatchObject({ value: 5, high: 10, unit: 'cm', display: '5–10 cm (≈ 2–3.9 in)' });
    expect(table('The M4 was closed between junctions 15 and 16.')).toEqual([]);
  });

  it('keeps pounds and ounces together and rounds large conversions', () => {
    const body = 'The twins, born at 24 weeks, weighed 1lb 2oz each; the tanker carries 220,000 tonnes.';
    expect(table(body)).toEqual(['24 weeks|duration', '1lb 2oz|quantity', '220,000 tonnes|quantity']);
    expect(one(body, '1lb 2oz').value.display).toBe('1 lb 2 oz (≈ 0.51 kg)');
    expect(one(body, '220,000 tonnes').value.display).toBe('220,000 t (≈ 485 million lb)');
  });
});

describe('durations, ordinals, ages, times', () => {
  it('reads durations, race times and vague durations (sport, courts)', () => {
    const body = 'She won in 2:03:45 after waiting for months, and the trial lasted seven and a half weeks.';
    expect(table(body)).toEqual(['2:03:45|duration', 'months|duration', 'seven and a half weeks|duration']);
    expect(one(body, '2:03:45').value.value).toBe(2 * 3600 + 3 * 60 + 45);
    expect(one(body, 'seven and a half weeks').value).toMatchObject({ value: 7.5, unit: 'week' });
    expect(one(body, 'months').value.vague).toBe(true);
  });

  it('reads ordinals but not ordinals in names', () => {
    const body = 'The 82nd Airborne Division marched down 51st Street for the 75th anniversary, her 31st Test century.';
    expect(table(body)).toEqual(['75th|ordinal', '31st|ordinal']);
  });

  it('reads ages in apposition, after aged and as compound adjectives', () => {
    const body = 'Pirtu Annsdottir, 38, and the defendant, then 16, met a 54-year-old general; two men aged 19 and 21 were charged.';
    expect(table(body)).toEqual(['38|age', '16|age', '54-year-old|age', 'two|cardinal', '19|age', '21|age']);
  });

  it('does not make an age of millions of years', () => {
    expect(table('The fossil is about 3.2 million years old.')).toEqual(['about 3.2 million years|duration']);
  });

  it('reads times of day with zones', () => {
    const body = 'The talks resume at 0900 GMT, polls close at 10pm and the rally starts at noon.';
    expect(table(body)).toEqual(['0900 GMT|time', '10pm|time', 'noon|time']);
    expect(one(body, '0900 GMT').value.time).toBe('09:00 GMT');
  });
});

describe('dates resolved against the article date', () => {
  const body = 'Officials said on Saturday that the bridge closed last month and will reopen next week, three days ago it flooded.';

  it('resolves against front matter `date:`', () => {
    const a = analyzeArticle(`---\ndate: 2024-11-23\n---\nHeadline\n\n${body}\n`, { languageId: 'news', today: '2026-11-30' });
    expect(a.articleDate).toEqual({ date: '2024-11-23', origin: 'front-matter' });
    const by = (t: string) => a.numbers.find((n) => n.text === t)!;
    expect(by('Saturday').value.date).toBe('2024-11-23');
    expect(by('last month').value.date).toBe('2024-10');
    expect(by('next week').value.date).toBe('2024-11-25/2024-12-01');
    expect(by('three days ago').value.date).toBe('2024-11-20');
  });

  it('finds dates in possessives, without the possessive', () => {
    const t = 'Some 40,000 people joined Saturday’s rally, more than at last year\'s march; Today\'s vote follows it.';
    const found = numbers(t, { articleDate: '2024-11-23' });
    expect(found.map((n) => `${n.text}|${n.type}|${n.value.date ?? ''}`)).toEqual([
      'Some 40,000|cardinal|', 'Saturday|date|2024-11-23', 'last year|date|2023', 'Today|date|2024-11-23',
    ]);
  });

  it('resolves against the setting, which beats front matter', () => {
    const a = analyzeArticle(`---\ndate: 2024-11-23\n---\nHeadline\n\n${body}\n`, { languageId: 'news', articleDate: '2025-03-05' });
    expect(a.articleDate?.origin).toBe('setting');
    expect(a.numbers.find((n) => n.text === 'last month')!.value.date).toBe('2025-02');
    // 5 March 2025 is a Wednesday: the Saturday before it.
    expect(a.numbers.find((n) => n.text === 'Saturday')!.value.date).toBe('2025-03-01');
  });

  it('resolves against a dated dateline, taking the year from the article when it gives one', () => {
    const text = 'Headline\n\nKYIV, Nov 23 (Reuters) - Ukrainian forces repelled 14 attacks on Saturday, a day after the Nov. 23, 2024 deadline passed, officials said last month.\n';
    const a = analyzeArticle(text, { languageId: 'news', today: '2026-11-30' });
    expect(a.articleDate).toEqual({ date: '2024-11-23', origin: 'dateline', yearInferred: true });
    expect(a.numbers.find((n) => n.text === 'Nov 23')!.value.date).toBe('2024-11-23');
    expect(a.numbers.find((n) => n.text === 'last month')!.value.date).toBe('2024-10');
  });

  it('gives a year-less dateline the latest year in which that day is not after today', () => {
    const text = 'Headline\n\nWASHINGTON, Dec 31 (Reuters) - The Senate adjourned on Friday.\n';
    expect(analyzeArticle(text, { languageId: 'news', today: '2026-11-30' }).articleDate?.date).toBe('2025-12-31');
    expect(analyzeArticle(text, { languageId: 'news', today: '2027-01-02' }).articleDate?.date).toBe('2026-12-31');
    const full = 'Headline\n\nLONDON, March 3, 2023 (Reuters) - Markets fell on Friday.\n';
    expect(analyzeArticle(full, { languageId: 'news', today: '2026-11-30' }).articleDate).toEqual({ date: '2023-03-03', origin: 'dateline' });
  });

  it('does not take a date in a headline or story sentence as the article date', () => {
    const text = 'Vote set for November 5, 2026 in landmark poll\n\nThe minister said on Monday the vote was set for November 5, 2026.\n';
    const a = analyzeArticle(text, { languageId: 'news', today: '2026-11-30' });
    expect(a.articleDate).toBeUndefined();
  });

  it('leaves relative dates unresolved when no article date is known, but not absolute ones', () => {
    const a = analyzeArticle(`Headline\n\n${body} The plan dates from February 2022.\n`, { languageId: 'news' });
    expect(a.articleDate).toBeUndefined();
    for (const t of ['Saturday', 'last month', 'next week', 'three days ago']) {
      const n = a.numbers.find((x) => x.text === t)!;
      expect(n.value.date, t).toBeUndefined();
      expect(n.value.display, t).toContain('article date');
    }
    expect(a.numbers.find((n) => n.text === 'February 2022')!.value.date).toBe('2022-02');
  });

  it('reads runs of days and takes the year a weekday agrees with', () => {
    const body2 = 'The survey was conducted Oct. 7-10; the quake struck on Monday, 6 February, and talks run 7-10 October.';
    const found = numbers(body2, { articleDate: '2024-11-23' });
    expect(found.map((n) => `${n.text}|${n.value.date}`)).toEqual([
      'Oct. 7-10|2024-10-07/2024-10-10',
      // 6 February 2024 was a Tuesday; in 2023 it was a Monday.
      'Monday, 6 February|2023-02-06',
      '7-10 October|2024-10-07/2024-10-10',
    ]);
  });

  it('reads absolute and numeric dates with the day-first setting', () => {
    const body2 = 'The study, published on 5/11/2024, was cited at the hearing on Nov. 17, 2024 and in the late 19th century archive.';
    expect(table(body2)).toEqual(['5/11/2024|date', 'Nov. 17, 2024|date', 'late 19th century|date']);
    expect(one(body2, '5/11/2024').value.date).toBe('2024-11-05');
    expect(one(body2, '5/11/2024', { dayFirst: false }).value.date).toBe('2024-05-11');
    expect(one(body2, 'late 19th century').value.date).toBe('1801/1900');
  });
});

import { describe, expect, it } from 'vitest';
import { loadNerModel, tagDocument } from '../../server/src/core/ner/nerTagger';
import { lexicalKeys, lexicalKeysInto } from '../../server/src/core/ner/lexicalFeatures';
import { SharedParts } from '../../server/src/core/ner/wordInfo';
import { hmix } from '../../server/src/core/ner/featureHash';

const words = (s: string): string[] => s.split(' ');

/** Invented distinct words: `Kalomi`, `Renvor`, ... */
function invented(count: number): string[] {
  const syl = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'bel', 'dun', 'fi', 'gar', 'hul', 'jen'];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    let w = '';
    for (let x = i + 1; x > 0; x = Math.floor(x / syl.length)) w += syl[x % syl.length];
    out.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return out;
}

const doc = [
  words('Amara Okafor visited Harlow on Monday with the UN envoy .'),
  words('Okafor said Harlow council would meet Reuters in Paris .'),
  words('HARLOW COUNCIL VOTES'),
];

describe('NER tagger memory (issue 16)', () => {
  it('writes the same lexical keys as the cached ones, for every offset, kind of line and the padding word', () => {
    const model = loadNerModel();
    const fs = model.fs;
    const scratch = new Uint32Array(32);
    for (const [w, caps] of [['Okafor', false], ['the', false], ['3-1', false], ['HARLOW', true], ['internationalisation', false]] as const) {
      for (let o = -2; o <= 2; o++) {
        const inf = fs.info(w, caps);
        const n = lexicalKeysInto(inf, o, scratch);
        expect([...scratch.subarray(0, n)]).toEqual([...lexicalKeys(inf, o)]);
      }
    }
    for (let o = -2; o <= 2; o++) {
      const n = lexicalKeysInto(fs.pad, o, scratch);
      expect([...scratch.subarray(0, n)]).toEqual([...lexicalKeys(fs.pad, o)]);
    }
  });

  it('gives the same tags after thousands of other words filled the vector arena and after a long document', () => {
    const fresh = tagDocument(loadNerModel(), doc);
    const model = loadNerModel();
    expect(tagDocument(model, doc)).toEqual(fresh);
    // 10,000 new words (the arena grows several times), in one long document of 70,000 tokens
    // (its second-pass scores are not the kept array's).
    const names = invented(10000);
    tagDocument(model, longDocument(names));
    const starts = new Set<number>();
    const gens = new Set<number>();
    for (const w of names.slice(0, 6000)) {
      const inf = model.fs.info(w, false);
      expect(inf.vecAt).toBeGreaterThanOrEqual(0);
      gens.add(inf.vecGen);
      // No two words share a vector's place.
      starts.add(inf.vecAt);
    }
    expect(gens.size).toBe(1);
    expect(starts.size).toBe(6000);
    expect(tagDocument(model, doc)).toEqual(fresh);
    // A short document after it.
    expect(tagDocument(model, [doc[1]])).toEqual(tagDocument(loadNerModel(), [doc[1]]));
  });

  it('keeps at most its budget of word vectors, and tags as before once it has started over many times', () => {
    const names = invented(10000);
    const long = longDocument(names);
    const expected = tagDocument(loadNerModel(), long);
    const model = loadNerModel();
    // 64 vectors: a generation lasts a few sentences, and some start in the middle of a window.
    model.emissions.vectors.keep(64);
    expect(tagDocument(model, long)).toEqual(expected);
    expect(tagDocument(model, doc)).toEqual(tagDocument(loadNerModel(), doc));
    const places = names.slice(0, 3000).map((w) => model.fs.info(w, false)).filter((inf) => inf.vecAt >= 0);
    expect(Math.max(...places.map((inf) => inf.vecAt))).toBeLessThan(64 * 5 * 17);
    // Most of these words' vectors are from earlier generations: made again when next needed.
    expect(new Set(places.map((inf) => inf.vecGen)).size).toBeGreaterThan(100);
  });
});

/** 7,000 sentences of 10 tokens naming the words, each in several sentences. */
function longDocument(names: string[]): string[][] {
  const long: string[][] = [];
  for (let i = 0; i < 7000; i++) long.push([names[i % names.length], 'met', names[(i * 7 + 3) % names.length], 'in', names[(i * 13 + 5) % names.length], 'on', 'Monday', ',', 'officials', 'said', '.'].slice(0, 10));
  return long;
}

describe('SharedParts (word infos share shape strings and cluster classes)', () => {
  it('gives one list per distinct classes and counts what it holds', () => {
    const shared = new SharedParts();
    const a = shared.classes([3, 40, 900]);
    expect(shared.classes([3, 40, 900])).toBe(a);
    expect(shared.classes([3, 40, 901])).not.toBe(a);
    expect(shared.classes([3, 40, 901])).toEqual([3, 40, 901]);
    expect(shared.classes(undefined)).toBeUndefined();
    expect(shared.string('Xxxxx')).toBe('Xxxxx');
    shared.string('Xxxxx');
    expect(shared.size).toBe(3);
  });
});

describe('second-pass scores kept in 16 bits between the passes', () => {
  it('widens to 32 bits, keeping what was written, when a score does not fit', () => {
    type Inside = {
      emissions: { scratch: Int32Array };
      p2: Int16Array | Int32Array;
      npass: number;
      pass2Scores(nTok: number): void;
      keepPass2Scores(n: number, base: number): void;
    };
    const model = loadNerModel() as unknown as Inside;
    expect(model.npass).toBe(2);
    const NT = 17;
    model.pass2Scores(3);
    // Token 0: scores -32768..; token 1: one of 40,000 (over 16 bits).
    const e = model.emissions.scratch;
    for (let t = 0; t < NT; t++) e[2 * NT * 0 + NT + t] = -32768 + t;
    model.keepPass2Scores(1, 0);
    expect(model.p2).toBeInstanceOf(Int16Array);
    for (let t = 0; t < NT; t++) e[NT + t] = t === 5 ? 40000 : 0 - t || 0;
    model.keepPass2Scores(1, NT);
    expect(model.p2).toBeInstanceOf(Int32Array);
    expect([...model.p2.subarray(0, NT)]).toEqual(Array.from({ length: NT }, (_, t) => -32768 + t));
    expect([...model.p2.subarray(NT, 2 * NT)]).toEqual(Array.from({ length: NT }, (_, t) => (t === 5 ? 40000 : 0 - t || 0)));
  });
});

describe('NER word lookups kept per sentence list (issue 16)', () => {
  it('reuses the infos of a word list given again, and makes them anew after the word tables are emptied', () => {
    const model = loadNerModel();
    const fs = model.fs;
    const lists = doc.map((s) => [...s]);
    const first = fs.scanDoc(lists, true).sents.map((s) => s.infos);
    const again = fs.scanDoc(lists, true).sents.map((s) => s.infos);
    again.forEach((infos, k) => expect(infos).toBe(first[k]));
    // The all-caps headline reads its words' all-caps infos, kept as well.
    expect(fs.scanDoc(lists, true).sents[2].caps).toBe(true);
    // Equal lists that are other arrays are looked up again: the same words, the same infos.
    const copies = fs.scanDoc(doc.map((s) => [...s]), true).sents.map((s) => s.infos);
    copies.forEach((infos, k) => {
      expect(infos).not.toBe(first[k]);
      expect(infos).toEqual(first[k]);
    });
    fs.clearCache();
    const fresh = fs.scanDoc(lists, true).sents.map((s) => s.infos);
    fresh.forEach((infos, k) => {
      expect(infos).not.toBe(first[k]);
      infos.forEach((inf, i) => expect(inf).not.toBe(first[k][i]));
    });
    // Tags are those of a scan without reuse.
    const tagged = tagDocument(model, lists);
    expect(tagDocument(model, doc.map((s) => [...s]))).toEqual(tagged);
  });
});

describe('NER word hashes kept as signed 32-bit integers (issue 16)', () => {
  it('mix to the same keys as their unsigned forms: hmix reads only their 32 bits', () => {
    let s = 99;
    const next = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
    for (let k = 0; k < 5000; k++) {
      const a = next();
      const b = next();
      const key = hmix(a, b);
      expect(hmix(a | 0, b | 0)).toBe(key);
      expect(hmix(a | 0, b)).toBe(key);
      expect(hmix(a, b | 0)).toBe(key);
    }
  });

  it('are small integers on the word infos', () => {
    const inf = loadNerModel().fs.info('Okafor', false);
    for (const h of [inf.hBG1, inf.hBG2, inf.hSB1, inf.hSB2, inf.hST, inf.hPLS, inf.hNLS, inf.lowerH, inf.shortH]) {
      expect(h).toBe(h | 0);
    }
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTERS_FILE, getNerModel, loadNerModel as loadNerModelFresh, resolveModelPath, tagDocument, tagText, spansFromTags, type NerModel, type TextMention } from '../../server/src/core/ner/nerTagger';
import { runTagConll } from '../../server/src/cli/tag';
import { Gazetteer, GazetteerBuilder } from '../../server/src/core/ner/gazetteer';
import { NerModel as NerModelClass } from '../../server/src/core/ner/model';
import { WordClusters } from '../../server/src/core/ner/clusters';
import { spansToBilou } from '../../server/src/core/ner/tags';
import { Perceptron, averageWeights, decodeAll, rng, shuffle, type TrainSent, type Weights } from '../../server/src/core/ner/train';

let model: NerModel;
beforeAll(() => {
  // Load time is measured by `npm run bench:ner`, not asserted here (shared machines swing too much).
  model = getNerModel();
});

const has = (ms: TextMention[], label: string, text: string): boolean =>
  ms.some((m) => m.label === label && m.text === text);

describe('NER on sentences written for this test', () => {
  it('finds people, places and organizations', () => {
    const ms = tagText(
      model,
      'Maria Fernandez, the chief executive of Harbour Logistics Ltd, flew from Lisbon to Toronto on Monday.\n' +
        'The German minister met Prime Minister Jacinda Ardern in Wellington, a spokesman for the United Nations said.',
    );
    expect(has(ms, 'PER', 'Maria Fernandez')).toBe(true);
    expect(has(ms, 'ORG', 'Harbour Logistics Ltd')).toBe(true);
    expect(has(ms, 'LOC', 'Lisbon')).toBe(true);
    expect(has(ms, 'LOC', 'Toronto')).toBe(true);
    expect(has(ms, 'MISC', 'German')).toBe(true);
    expect(has(ms, 'PER', 'Jacinda Ardern')).toBe(true);
    expect(has(ms, 'LOC', 'Wellington')).toBe(true);
    expect(has(ms, 'ORG', 'United Nations')).toBe(true);
    expect(ms.some((m) => m.text === 'Monday')).toBe(false);
  });

  it('returns IOB2 tags per token and spans from them', () => {
    const tags = tagDocument(model, [['Kenji', 'Watanabe', 'joined', 'Toyota', 'in', 'Nagoya', '.']]);
    expect(tags[0]).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-LOC', 'O']);
    expect(spansFromTags(tags[0])).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'ORG' },
      { start: 5, end: 6, label: 'LOC' },
    ]);
  });

  it('tags CoNLL input by document, keeping blank and -DOCSTART- lines', () => {
    const input = '-DOCSTART- -X- O O\n\nAnna X\nSmith X\nvisited X\nParis X\n\nShe X\nleft X\n';
    const out = runTagConll(input, model).split('\n');
    expect(out[0]).toBe('-DOCSTART- -X- O O');
    expect(out[1]).toBe('');
    expect(out.slice(2, 6)).toEqual(['Anna B-PER', 'Smith I-PER', 'visited O', 'Paris B-LOC']);
    expect(out[6]).toBe('');
    expect(out[7]).toBe('She O');
    expect(out.length).toBe(10);
  });
});

describe('NER on the seed article', () => {
  const file = path.resolve(__dirname, '../../seeds/seed-article.news');
  it.runIf(fs.existsSync(file))('finds the people, places, organizations and groups', () => {
    const ms = tagText(model, fs.readFileSync(file, 'utf8'));
    for (const p of ['Zelenskiy', 'Volodymyr Zelenskiy', 'Vladimir Putin', 'Oleksandr Tarnavskiy', 'Lutsenko', 'Donald Trump'])
      expect(has(ms, 'PER', p), p).toBe(true);
    for (const l of ['Pokrovsk', 'Luhansk', 'Kursk', 'Donetsk', 'Ukraine', 'Russia', 'Brussels'])
      expect(has(ms, 'LOC', l), l).toBe(true);
    for (const o of ['NATO', 'EU', 'Reuters']) expect(has(ms, 'ORG', o), o).toBe(true);
    for (const g of ['Ukrainian', 'North Korean']) expect(has(ms, 'MISC', g), g).toBe(true);
    expect(ms.some((m) => (m.label === 'ORG' || m.label === 'LOC') && m.text.includes('Khortytsiya'))).toBe(true);
  });
});

describe('Gazetteer', () => {
  it('compiles phrase lists and finds words and phrases in any case', () => {
    const b = GazetteerBuilder.fromText('#list city\nNew York\nYork\nSão Paulo\n#list country\nU.S.\nNew Zealand\n');
    const g = Gazetteer.fromText(b.compile());
    const city = 1 << g.listIndex('city');
    const country = 1 << g.listIndex('country');
    expect(g.maskOf('york')).toBe(city);
    expect(g.maskOf('new york')).toBe(city);
    expect(g.maskOf('new zealand')).toBe(country);
    expect(g.maskOf('new')).toBe(0);
    expect(g.maskOf('zealand')).toBe(0);
    expect(g.firstLen('new')).toBe(2);
    expect(g.firstLen('york')).toBe(1);
    expect(g.has('country', 'U.S.')).toBe(true);
    expect(g.has('city', 'SÃO PAULO')).toBe(true);
    expect(g.has('country', 'York')).toBe(false);
  });

  it('finds every phrase of the shipped gazetteer (its lines are in search order)', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../server/models/ner-gazetteer.txt'), 'utf8');
    const g = Gazetteer.fromText(text);
    let n = 0;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      n++;
      if (g.maskOf(line.slice(0, tab)) !== parseInt(line.slice(tab + 1), 16)) throw new Error(`not found: ${line}`);
    }
    expect(n).toBe(g.size);
    expect(n).toBeGreaterThan(50000);
    // The longest phrase starting with each word, as the tagger's features ask for it.
    const longest = new Map<string, number>();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const words = line.slice(0, tab).split(' ');
      longest.set(words[0], Math.max(longest.get(words[0]) ?? 0, words.length));
    }
    const wrong = [...longest].filter(([w, len]) => g.firstLen(w) !== len);
    expect(wrong).toEqual([]);
    expect(g.firstLen('qqzzx')).toBe(0);
  });
});

describe('The model file', () => {
  const file = resolveModelPath();
  const gaz = Gazetteer.fromText('#lists city\nyork\t1\n');

  it('loads in place and rejects a truncated, padded or older file with a clear error', () => {
    const buf = fs.readFileSync(file);
    const clusters = new WordClusters(fs.readFileSync(path.join(path.dirname(file), CLUSTERS_FILE)));
    expect(NerModelClass.fromBuffer(buf, gaz, clusters).npass).toBe(2);
    // The shipped model was trained with word clusters and will not score without them.
    expect(() => NerModelClass.fromBuffer(buf, gaz)).toThrow(/needs its word clusters/);
    for (const cut of [1, 100000, buf.length - 4000]) expect(() => NerModelClass.fromBuffer(buf.subarray(0, buf.length - cut), gaz, clusters)).toThrow(/ner\.bin: truncated or malformed/);
    expect(() => NerModelClass.fromBuffer(Buffer.concat([buf, Buffer.alloc(4)]), gaz, clusters)).toThrow(/truncated or malformed/);
    const older = Buffer.from(buf);
    older[7] = 2;
    expect(() => NerModelClass.fromBuffer(older, gaz, clusters)).toThrow(/old format/);
  });
});

describe('Perceptron training', () => {
  // A toy task: feature 0 marks U-PER tokens, feature 1 marks O tokens.
  const sent = (feats: number[], gold: number[]): TrainSent => ({
    n: feats.length,
    off: Int32Array.from(feats.map((_, i) => i).concat(feats.length)),
    feats: Int32Array.from(feats),
    gold: Uint8Array.from(gold),
  });
  const UPER = spansToBilou([{ start: 0, end: 1, label: 'PER' }], 1)[0];

  it('learns a separable toy task with different shuffle seeds, and their mean decodes it too', () => {
    const data = [sent([0, 1, 1], [UPER, 0, 0]), sent([1, 0], [0, UPER]), sent([0], [UPER])];
    const runs: Weights[] = [];
    for (const seed of [1, 2, 3]) {
      const p = new Perceptron(2);
      const rand = rng(seed);
      const order = data.map((_, i) => i);
      for (let e = 0; e < 5; e++) p.epoch(data, shuffle(order, rand));
      runs.push(p.averaged());
    }
    const mean = averageWeights(runs);
    for (let i = 0; i < mean.W.length; i++) {
      expect(mean.W[i]).toBeCloseTo((runs[0].W[i] + runs[1].W[i] + runs[2].W[i]) / 3, 5);
    }
    expect(averageWeights([runs[0]])).toBe(runs[0]);
    const pred = decodeAll(mean, [data]);
    expect(pred[0].map((p) => [...p])).toEqual(data.map((s) => [...s.gold]));
  });
});

describe('NER state across documents', () => {
  it('tags a document with over a thousand new words the same the first time as the second', () => {
    // The tagger numbers each new lower-case word; its per-word tables grow when a document
    // brings more words than they hold. The first document used to keep counting document case
    // evidence in the tables it started with, and lost that evidence for the newest words.
    const fresh = loadNerModelFresh();
    const root = path.join(__dirname, '..', '..');
    const sentences: string[][] = [];
    for (const dir of ['seeds', 'eval/claims', 'eval/numbers']) {
      for (const f of fs.readdirSync(path.join(root, dir)).filter((x) => /\.(news|md|txt)$/.test(x)).sort()) {
        for (const line of fs.readFileSync(path.join(root, dir, f), 'utf8').split('\n')) {
          const words = line.split(/\s+/).filter((w) => w.length > 0);
          if (words.length > 0) sentences.push(words);
        }
      }
    }
    expect(new Set(sentences.flat().map((w) => w.toLowerCase())).size).toBeGreaterThan(2048);
    const first = fresh.tagDocument(sentences);
    expect(fresh.tagDocument(sentences)).toEqual(first);
  });
});

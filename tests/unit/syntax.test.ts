import { describe, expect, it } from 'vitest';
import { getSyntaxTagger } from '../../server/src/core/syntax/shippedTagger';
import { decodeSyntaxModel, encodeSyntaxModel } from '../../server/src/core/syntax/modelFile';
import { SyntaxTagger } from '../../server/src/core/syntax/tagger';
import { iob1ToIob2, readConllSyntax, SparsePerceptron, trainChunkEpoch, type TaggedSentence } from '../../server/src/core/syntax/train';

/** The part-of-speech tagger and chunker of server/models/syntax.bin, on sentences of our own writing. */

function tagged(sentence: string): { pos: string[]; chunk: string[]; words: string[] } {
  const words = sentence.split(' ');
  return { words, ...getSyntaxTagger().tag(words) };
}

/** The noun-phrase chunks of a sentence, as text. */
function nps(sentence: string): string[] {
  const { words, chunk } = tagged(sentence);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (chunk[i] === 'B-NP') out.push(w);
    else if (chunk[i] === 'I-NP') out[out.length - 1] += ` ${w}`;
  });
  return out;
}

describe('part-of-speech tagger', () => {
  it('tags a plain news sentence', () => {
    const t = tagged('The harbour board said on Monday that dredging would remove 40,000 tonnes of silt .');
    expect(t.pos).toEqual(['DT', 'NN', 'NN', 'VBD', 'IN', 'NNP', 'IN', 'VBG', 'MD', 'VB', 'CD', 'NNS', 'IN', 'NN', '.']);
  });

  it('tells a noun from a verb by its context', () => {
    expect(tagged('Its profit forecast was cut .').pos[2]).toMatch(/^NN/);
    expect(tagged('The mayor claims the road is safe .').pos[2]).toBe('VBZ');
    expect(tagged('Their claims were rejected .').pos[1]).toBe('NNS');
  });

  it('a past participle after a noun, a possessive and a superlative', () => {
    expect(tagged('A driver suspected of speeding was stopped .').pos[2]).toBe('VBN');
    expect(tagged('It is the region \'s biggest employer .').pos.slice(4, 6)).toEqual(['POS', 'JJS']);
  });
});

describe('chunker', () => {
  it('finds the noun phrases of a sentence', () => {
    expect(nps('The new ferry carried 41,000 passengers in its first summer .')).toEqual(['The new ferry', '41,000 passengers', 'its first summer']);
  });

  it('keeps a title with the name it precedes', () => {
    expect(nps('Harbour master Ines Kovac said the silt was moving .')[0]).toBe('Harbour master Ines Kovac');
  });

  it('chunk tags are IOB2: I- only inside a chunk of its type', () => {
    const { chunk } = tagged('Dredgers from two firms worked through the night and finished the channel on Sunday .');
    chunk.forEach((c, i) => {
      if (c.startsWith('I-')) expect(chunk[i - 1].slice(2)).toBe(c.slice(2));
    });
  });
});

describe('chunker training', () => {
  // Sentences of our own writing, tagged by hand.
  const toy: TaggedSentence[] = [
    { words: 'The ferry left the harbour early'.split(' '), pos: ['DT', 'NN', 'VBD', 'DT', 'NN', 'RB'], chunk: ['B-NP', 'I-NP', 'B-VP', 'B-NP', 'I-NP', 'B-ADVP'] },
    { words: 'Gulls followed the old boat'.split(' '), pos: ['NNS', 'VBD', 'DT', 'JJ', 'NN'], chunk: ['B-NP', 'B-VP', 'B-NP', 'I-NP', 'I-NP'] },
    { words: 'She gave the crew their wages'.split(' '), pos: ['PRP', 'VBD', 'DT', 'NN', 'PRP$', 'NNS'], chunk: ['B-NP', 'B-VP', 'B-NP', 'I-NP', 'B-NP', 'I-NP'] },
  ];
  const tags = ['B-ADVP', 'B-NP', 'B-VP', 'I-NP', 'I-VP', 'O'];

  it('learns the chunks of its training sentences as a structured perceptron, and the tagger decodes them alike', () => {
    for (const width of [1, 4]) {
      const p = new SparsePerceptron(tags.length);
      let updated = Infinity;
      for (let e = 1; e <= 30; e++) updated = trainChunkEpoch(p, tags, toy, (i) => toy[i].pos, e, width);
      expect(updated).toBe(0);
      const file = decodeSyntaxModel(encodeSyntaxModel(['DT'], new Map(), tags, p.quantized().weights, { chunkBeam: width }));
      const tagger = new SyntaxTagger(file);
      // `their wages` right after `the crew`: two noun phrases, the second opened by B-NP.
      for (const s of toy) expect(tagger.chunks(s.words, s.pos)).toEqual(s.chunk);
    }
  });
});

describe('model file and training data', () => {
  it('encodes and decodes sparse 16-bit weights', () => {
    const pos = new Map([[7, [0, 300, 1, -2]], [0xfffffff0, [1, 5]]]);
    const file = decodeSyntaxModel(encodeSyntaxModel(['A', 'B'], pos, ['O', 'B-NP', 'I-NP'], new Map([[3, [1, 9]]]), { note: 'test' }));
    expect(file.pos.tags).toEqual(['A', 'B']);
    expect(file.meta.note).toBe('test');
    expect(Array.from(file.pos.pairWeights)).toEqual([300, -2, 5]);
    expect(Array.from(file.chunk.pairTags)).toEqual([1]);
    expect(new SyntaxTagger(file).pos(['x'])).toHaveLength(1);
  });

  it('reads CoNLL columns and turns IOB1 chunks into IOB2', () => {
    expect(iob1ToIob2(['I-NP', 'I-NP', 'B-NP', 'I-VP', 'O', 'I-NP'])).toEqual(['B-NP', 'I-NP', 'B-NP', 'B-VP', 'O', 'B-NP']);
    const s = readConllSyntax('-DOCSTART- -X- O O\n\nDogs NNS I-NP O\nbark VBP I-VP O\n');
    expect(s).toEqual([{ words: ['Dogs', 'bark'], pos: ['NNS', 'VBP'], chunk: ['B-NP', 'B-VP'] }]);
  });
});

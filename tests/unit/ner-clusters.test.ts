import { describe, expect, it } from 'vitest';
import { WordClusters } from '../../server/src/core/ner/clusters';
import { FeatureSet } from '../../server/src/core/ner/features';
import { hmix, hstr } from '../../server/src/core/ner/featureHash';
import { Gazetteer } from '../../server/src/core/ner/gazetteer';
import { loadNerModel } from '../../server/src/core/ner/nerTagger';

/** A cluster table of our own: `Harwick` and `Tolvane` share their coarse class, not their fine one. */
const TABLE = WordClusters.fromText('# test table\n# levels: 4,16\nHarwick\t1\t5\nTolvane\t1\t7\nsaid\t2\t9\nthe\t3\t11\n');

describe('word clusters', () => {
  it('look a word up as written, else in Title or lower case', () => {
    expect(TABLE.levels).toEqual([4, 16]);
    expect(TABLE.lookup('Harwick')).toEqual([1, 5]);
    expect(TABLE.lookup('HARWICK')).toEqual([1, 5]);
    expect(TABLE.lookup('The')).toEqual([3, 11]);
    expect(TABLE.lookup('Eastbury')).toBeUndefined();
  });

  it('are lexical features of the tagged word, one per level', () => {
    const fs = new FeatureSet(Gazetteer.fromText('#lists city\n'), new Set<string>(), TABLE);
    const plain = new FeatureSet(Gazetteer.fromText('#lists city\n'), new Set<string>());
    const clusterKeys = [hmix(hstr('#cl0'), 1), hmix(hstr('#cl1'), 7)];
    const own = [...fs.lexKeys(fs.info('Tolvane', false), 0)];
    // The same keys as without clusters, and the word's class at each level.
    expect(own).toEqual([...plain.lexKeys(plain.info('Tolvane', false), 0), ...clusterKeys]);
    expect([...fs.lexKeys(fs.info('TOLVANE', true), 0)]).toEqual(expect.arrayContaining(clusterKeys));
    expect([...fs.lexKeys(fs.info('Eastbury', false), 0)]).toEqual([...plain.lexKeys(plain.info('Eastbury', false), 0)]);
    expect([...fs.lexKeys(fs.info('Tolvane', false), 1)]).toEqual([...plain.lexKeys(plain.info('Tolvane', false), 1)]);
  });

  it('ship with the model, which was trained with them', () => {
    const model = loadNerModel();
    expect(model.meta['clusters']).toBeTruthy();
    expect(model.fs.clusters?.lookup('London')).toHaveLength(model.fs.clusters?.levels.length ?? -1);
  });
});

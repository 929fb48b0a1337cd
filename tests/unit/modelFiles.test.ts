import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModelFile, resolveModelFile } from '../../server/src/core/modelFiles';

describe('model files', () => {
  it('are found in server/models when running from source, and a missing one is undefined', () => {
    for (const name of ['ner.bin', 'ner-gazetteer.txt', 'knowledge-cities.tsv', 'knowledge-countries.json', 'knowledge-names.tsv']) {
      const file = resolveModelFile(name);
      expect(file, name).toBeDefined();
      expect(path.basename(path.dirname(file!))).toBe('models');
      expect(readModelFile(file!).equals(fs.readFileSync(file!))).toBe(true);
    }
    expect(resolveModelFile('no-such-model.bin')).toBeUndefined();
  });
});

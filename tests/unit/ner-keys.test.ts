import { describe, expect, it } from 'vitest';
import { FeatureSet } from '../../server/src/core/ner/features';
import { hstr } from '../../server/src/core/ner/featureHash';
import type { WordInfo } from '../../server/src/core/ner/wordInfo';
import { Gazetteer } from '../../server/src/core/ner/gazetteer';
import { randomCases } from './randomText';

/** The lexical keys as strings, as the model was trained on them (FeatureSet hashes them without building them). */
function keyStrings(inf: WordInfo, o: number): string[] {
  const { word, lower, caps } = inf;
  const keys: string[] = [];
  if (word === '<PAD>') {
    if (o !== 0) keys.push(`L${o}=<P>`, `s${o}=<P>`);
  } else if (o === 0) {
    if (caps) keys.push('C0', `S=C${inf.lowerFullShape}`);
    else keys.push(`W=${word}`, `S=${inf.fullShape}`, `s=${inf.shortShape}`);
    keys.push(`L=${lower}`, `LC=${inf.lcSeen}|${inf.caseClass}|${caps ? 1 : 0}`);
    const n = lower.length;
    for (let k = 1; k <= 4 && k <= n; k++) keys.push(`P${k}=${lower.slice(0, k)}`, `X${k}=${lower.slice(n - k)}`);
    if (n >= 12) keys.push('LEN12');
  } else {
    keys.push(`L${o}=${lower}`, `s${o}=${inf.ctxShape}`);
    if (o === 1 || o === -1) keys.push(`X${o}=${lower.slice(-3)}`);
  }
  return keys;
}

describe('lexical feature keys', () => {
  it('hash exactly as the key strings the model was trained on, for every window offset', () => {
    const gaz = Gazetteer.fromText('#lists city\nkyiv\t1\n');
    const fs = new FeatureSet(gaz, new Set(['kyiv', 'the']));
    const words = ['<PAD>', 'Kyiv', 'KYIV', 'the', 'a', 'Zelenskiy', 'internationalization', 'São', 'Ωmega', '𝔸lpha', 'x𝔸', '3-1', "don't", '—', 'McDONALD'];
    words.push(...randomCases(['a', 'B', 'é', 'Ž', '𝔸', '1', '-', "'", 'ß'], 300, 11).map((c) => c.text).filter((t) => t.length > 0));
    let checked = 0;
    for (const word of words) {
      for (const caps of [false, true]) {
        const inf = fs.info(word, caps);
        for (let o = -2; o <= 2; o++) {
          expect([...fs.lexKeys(inf, o)], `${word} ${caps} ${o}`).toEqual(keyStrings(inf, o).map(hstr));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2500);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { groupSpellings } from '../../server/src/features/spellingGroups';
import { looksLikeProse, WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

/** Three invented articles: two spell the minister `Okonkwo`, one `Okonkwoh`. */
const article = (surname: string, topic: string) => `Minister defends ${topic} plan

Finance minister Adaeze ${surname} said on Monday that the ${topic} plan would be paid for by new bonds.

${surname} told reporters the Central Bank of Nigeria supported the plan.
`;

const dir = mkdtempSync(join(tmpdir(), 'newsmark-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace index', () => {
  it('counts, per entity key, the files that use each spelling', async () => {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.news'), article('Okonkwo', 'road'));
    writeFileSync(join(dir, 'two.md'), article('Okonkwo', 'rail'));
    writeFileSync(join(dir, 'three.txt'), article('Okonkwoh', 'port'));
    const index = new WorkspaceIndex({ settingsFor: async () => DEFAULT_SETTINGS, openArticle: () => 'not-open' });
    let changes = 0;
    index.onDidChange(() => changes++);
    await index.setFolders([pathToFileURL(dir).toString()]);
    expect(index.size).toBe(3);
    expect(changes).toBeGreaterThan(0);

    // Spelling variants share a group, keyed by the majority spelling.
    const counts = index.spellingCounts();
    expect(Object.fromEntries(counts.get('person:okonkwo') ?? [])).toEqual({ Okonkwo: 2, Okonkwoh: 1 });
    expect(Object.fromEntries(counts.get('person:adaeze okonkwo') ?? [])).toEqual({ 'Adaeze Okonkwo': 2, 'Adaeze Okonkwoh': 1 });
    expect(index.keyOf('person', 'Okonkwoh')).toBe('person:okonkwo');
    expect(Object.fromEntries(index.variantsOf('person', 'Okonkwoh') ?? [])).toEqual({ Okonkwo: 2, Okonkwoh: 1 });
    expect(index.keyOf('person', 'Okafor')).toBeUndefined();
    expect(index.keyOf('organization', 'Central Bank of Nigeria')).toBe('organization:central bank of nigeria');

    // A deleted file no longer counts; a changed file is re-read.
    index.fileDeleted(pathToFileURL(join(dir, 'three.txt')).toString());
    expect(Object.fromEntries(index.variantsOf('person', 'Okonkwo') ?? [])).toEqual({ Okonkwo: 2 });
    writeFileSync(join(dir, 'two.md'), article('Okonkwoh', 'rail'));
    index.fileChanged(pathToFileURL(join(dir, 'two.md')).toString());
    await index.whenIdle();
    expect(Object.fromEntries(index.variantsOf('person', 'Okonkwo') ?? [])).toEqual({ Okonkwo: 1, Okonkwoh: 1 });
  });

  it('groups spelling variants, never different names', () => {
    const counts = new Map([
      ['Zelenskiy', 40],
      ['Zelensky', 3],
      ['Zelenskyy', 1],
      ['Iran', 9],
      ['Iraq', 7],
      ['Austria', 2],
      ['Australia', 5],
      ['Volodymyr Zelenskiy', 12],
    ]);
    const keys = groupSpellings('place', counts);
    expect(keys.get('Zelensky')).toBe('place:zelenskiy');
    expect(keys.get('Zelenskyy')).toBe('place:zelenskiy');
    expect(keys.get('Iran')).not.toBe(keys.get('Iraq'));
    expect(keys.get('Austria')).not.toBe(keys.get('Australia'));
    expect(keys.get('Volodymyr Zelenskiy')).toBe('place:volodymyr zelenskiy');
  });

  it('indexes prose, not data files', () => {
    expect(looksLikeProse('Headline here\n\nThe mayor said on Monday that the bridge would reopen.\n')).toBe(true);
    expect(looksLikeProse('Lagos\tcity\t15000000\nAccra\tcity\t2500000\nTema\tcity\t400000\n')).toBe(false);
    expect(looksLikeProse('apple\nbanana\ncherry\n')).toBe(false);
    expect(looksLikeProse('')).toBe(false);
  });
});

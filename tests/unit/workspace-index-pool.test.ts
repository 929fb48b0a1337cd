import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { indexThreads, workerSummarizer } from '../../server/src/workspace/indexWorker';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

/**
 * Issue 16: the workspace index analyzes in the worker pool `check` uses (the built server,
 * dist/server.js, is the worker), several files at once, with the same result as in one thread.
 */
const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

// Invented articles, one desk each.
const article = (i: number): string => `Harbour desk ${i} reports on the ferry

Harbour master Ingrid Lindqvist said on Monday that ferry ${i} would sail twice a day from June.

Lindqvist told the Coastal Water Authority that ${10 + i} crews were ready.
`;

const dir = mkdtempSync(join(tmpdir(), 'newsmark-index-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settingsFor = async (): Promise<typeof DEFAULT_SETTINGS> => DEFAULT_SETTINGS;

describe('workspace index in the worker pool', () => {
  it('indexes a folder with 3 workers as it does in one thread', async () => {
    for (let i = 0; i < 9; i++) writeFileSync(join(dir, `desk-${i}.news`), article(i));
    writeFileSync(join(dir, 'binary.news'), Buffer.from([0, 1, 2, 3, 0]));
    const here = new WorkspaceIndex({ settingsFor, openArticle: () => 'not-open' });
    await here.setFolders([pathToFileURL(dir).toString()]);
    const logs: string[] = [];
    const workers = workerSummarizer(SERVER, (m) => logs.push(m), 3);
    // Each worker holds the file it analyzes and the next.
    expect(workers.concurrency).toBe(6);
    const pooled = new WorkspaceIndex({ settingsFor, openArticle: () => 'not-open', ...workers });
    await pooled.setFolders([pathToFileURL(dir).toString()]);
    const byUri = (i: WorkspaceIndex) => i.allFiles().sort((a, b) => (a.uri < b.uri ? -1 : 1));
    expect(pooled.size).toBe(9);
    expect(byUri(pooled)).toEqual(byUri(here));
    expect(pooled.spellingCounts()).toEqual(here.spellingCounts());
    expect(pooled.pending).toBe(0);
    expect(logs).toEqual([]);
  }, 60_000);

  it('falls back to the server thread when workers cannot start', async () => {
    const logs: string[] = [];
    const workers = workerSummarizer(join(dir, 'missing.js'), (m) => logs.push(m), 2);
    const index = new WorkspaceIndex({ settingsFor, openArticle: () => 'not-open', ...workers });
    await index.setFolders([pathToFileURL(dir).toString()]);
    expect(index.size).toBe(9);
    expect(logs.some((m) => m.includes('indexing in the server thread'))).toBe(true);
  }, 60_000);

  it('leaves one core to the server thread, and holds at most 4 workers', () => {
    expect([1, 2, 3, 8, 64].map((cores) => indexThreads(cores))).toEqual([1, 1, 2, 4, 4]);
  });
});

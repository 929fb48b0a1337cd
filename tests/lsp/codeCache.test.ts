import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient, SEED, fileUri, seedText } from './harness';

/**
 * dist/server.js (server/src/boot.ts) runs the server bundle through a V8 code cache: the first
 * session writes it on exit, the next start uses it, a damaged cache is ignored and replaced.
 */
describe('server start-up code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-cc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const caches = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.cache'));

  async function session(
    waitForCache = false,
  ): Promise<{ log: string; exitCode: number | null; errorCount: number; cachedWhileRunning: boolean }> {
    const c = new LspClient({ env: { ...process.env, NEWSMARK_CODE_CACHE_DIR: dir, NEWSMARK_CODE_CACHE: '1' } });
    await c.initialize();
    const uri = fileUri(SEED);
    await c.open(uri, seedText());
    const diags = await c.waitForDiagnostics(uri, 1);
    const log = c.logMessages.find((m) => m.startsWith('Newsmark server ready')) ?? '';
    // Written soon after the first analysis, while the server runs on (not only at exit).
    for (let waited = 0; waitForCache && caches().length === 0 && waited < 3000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const cachedWhileRunning = caches().length > 0;
    const exitCode = await c.shutdown();
    return { log, exitCode, errorCount: diags.diagnostics.length, cachedWhileRunning };
  }

  it('is written by the first session and used by the next, with the same diagnostics', async () => {
    const first = await session(true);
    expect(first.cachedWhileRunning).toBe(true);
    expect(first.exitCode).toBe(0);
    expect(first.log).toMatch(/ready \d+ ms after start \(code cache: none yet\)/);
    expect(caches()).toHaveLength(1);
    expect(statSync(join(dir, caches()[0])).size).toBeGreaterThan(10000);

    const second = await session();
    expect(second.log).toContain('(code cache: used)');
    expect(second.errorCount).toBe(first.errorCount);
    expect(second.errorCount).toBeGreaterThan(0);
  });

  it('ignores a damaged cache and writes a good one in its place', async () => {
    expect(caches()).toHaveLength(1);
    const file = join(dir, caches()[0]);
    writeFileSync(file, Buffer.from('not a V8 code cache at all'.repeat(100)));
    const damaged = await session();
    expect(damaged.log).toContain('(code cache: rejected)');
    expect(damaged.errorCount).toBeGreaterThan(0);
    expect(statSync(file).size).toBeGreaterThan(10000);
    const after = await session();
    expect(after.log).toContain('(code cache: used)');
  });

  it("keeps other bundles' caches, removes an older bundle's from the same path and long-unused ones", async () => {
    expect(caches()).toHaveLength(1);
    const ours = caches()[0];
    const [, place] = /^(server-main-[0-9a-f]{8}-)\d+-\d+(-v.*\.cache)$/.exec(ours) ?? [];
    expect(place).toBeDefined();
    const runtime = ours.slice(ours.indexOf('-v'));
    const older = `${place}1-2${runtime}`;
    const otherPlace = `server-main-00000000-1-2${runtime}`;
    const otherNode = `${place}1-2-v0.0.0-x64.cache`;
    const abandoned = 'server-main-11111111-1-2-v0.0.0-x64.cache';
    for (const f of [older, otherPlace, otherNode, abandoned]) writeFileSync(join(dir, f), 'x');
    const daysAgo = (d: number): Date => new Date(Date.now() - d * 86400000);
    utimesSync(join(dir, abandoned), daysAgo(40), daysAgo(40));
    // Our cache, unused for 20 days, is used now: that refreshes its time.
    utimesSync(join(dir, ours), daysAgo(20), daysAgo(20));
    const used = await session();
    expect(used.log).toContain('(code cache: used)');
    for (let waited = 0; Date.now() - statSync(join(dir, ours)).mtimeMs > 60000 && waited < 2000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(Date.now() - statSync(join(dir, ours)).mtimeMs).toBeLessThan(60000);
    expect(caches().sort()).toEqual([abandoned, older, otherPlace, otherNode, ours].sort());
    // A session that writes its cache (ours is damaged) cleans up.
    writeFileSync(join(dir, ours), 'damaged');
    const rewritten = await session(true);
    expect(rewritten.log).toContain('(code cache: rejected)');
    expect(caches().sort()).toEqual([otherPlace, otherNode, ours].sort());
  });

  it('is written under the flags it is read with, also by a server that exits before analyzing anything', async () => {
    // The loader holds V8's on-stack replacement until the first analysis; a cache written while
    // it is held would be rejected at every later start (V8 checks the flags).
    for (const f of caches()) rmSync(join(dir, f));
    const idle = new LspClient({ env: { ...process.env, NEWSMARK_CODE_CACHE_DIR: dir, NEWSMARK_CODE_CACHE: '1' } });
    await idle.initialize();
    expect(await idle.shutdown()).toBe(0);
    expect(caches()).toHaveLength(1);
    const next = await session();
    expect(next.log).toContain('(code cache: used)');
    expect(next.errorCount).toBeGreaterThan(0);
  });
});

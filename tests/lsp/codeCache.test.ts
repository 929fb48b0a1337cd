import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
});

import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `newsmark check dir | head`: the reader closes the pipe after a few lines while the checker is
 * still writing. The checker stops quietly with 141 (128 + SIGPIPE, what a shell reports for a
 * tool stopped by a closed pipe), not with a stack trace for the write that failed.
 */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

describe('a closed output pipe', () => {
  it('stops the checker quietly with 141', async () => {
    // Enough output that it is still being written when the reader goes: 400 copies of the seed, about 400 KB of diagnostics.
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-pipe-'));
    for (let i = 0; i < 400; i++) copyFileSync(join(ROOT, 'seeds', 'seed-article.news'), join(dir, `article-${String(i).padStart(3, '0')}.news`));
    const child = spawn(process.execPath, [CLI, 'check', '--jobs', '1', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let firstLine = '';
    child.stdout.once('data', (d: Buffer) => {
      firstLine = d.toString().split('\n')[0];
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(firstLine).toMatch(/article-000\.news:\d+:\d+ /);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(141);
  }, 60_000);
});

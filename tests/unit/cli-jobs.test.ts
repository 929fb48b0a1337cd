import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliWithWorkers, BATCH_ROLE } from '../../server/src/cli/main';
import type { FileDone, FileJob } from '../../server/src/cli/batch';
import { batchTieringFlag } from '../../server/src/cli/tiering';
import { PoolUnavailableError, WorkerDiedError, WorkerPool } from '../../server/src/workspace/workerPool';

/**
 * Issue 16, "Batch on all cores": `--jobs N` spreads the files over worker threads (the built CLI,
 * dist/cli.js, is the worker); the output is the same bytes as with one thread, in input order,
 * and streamed; a file whose worker throws or dies gets an error of its own.
 */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = join(ROOT, 'seeds');

function cli(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function inProcess(args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, (s) => (stdout += s), (s) => (stderr += s), () => '');
  return { status, stdout, stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'newsmark-jobs-'));

// Invented articles, written for these tests.
const FERRY = [
  'Ferry fares to rise in April',
  '',
  'Kowalczyk told the harbour board that fares would rise by 8 per cent in April.',
  '',
  '"We have no other way to pay for the new engines," a spokesman said.',
  '',
  'Officials said the crossing had carried 40,000 passengers last year.',
  '',
].join('\n');
const LIBRARY = ['Library opens on Sundays', '', 'Nadia Benali, the head librarian, said the branch would open on Sundays from May.', ''].join('\n');

/**
 * A long article of distinct invented names and figures (varied text, so the analysis takes a
 * while: about a second per 200 KB).
 */
function longArticle(bytes: number, seed: number): string {
  const first = ['Amara', 'Chidi', 'Ingrid', 'Tomasz', 'Leila', 'Mateo', 'Yuki', 'Priya', 'Kwame', 'Sofia', 'Rashid', 'Elena'];
  const last = ['Okafor', 'Lindqvist', 'Nowak', 'Haddad', 'Ferreira', 'Tanaka', 'Raman', 'Mensah', 'Russo', 'Karimi', 'Petrova', 'Saberi'];
  const desks = ['harbour', 'council', 'ferry', 'school', 'bridge', 'market', 'library', 'depot'];
  const out = ['Harbour towns count the cost of a long winter', ''];
  let size = 0;
  for (let i = seed; size < bytes; i++) {
    const desk = desks[i % 8];
    const p =
      `${first[i % 12]} ${last[(i * 5 + Math.floor(i / 12)) % 12]}, who runs the ${desk} committee in ward ${i}, said ${3 + (i % 40)} ` +
      `families had asked for help since March. The ${desk} budget rose by ${(i % 9) + 1} per cent, according to the Northfield ${desk} office.`;
    out.push(p, '');
    size += p.length + 2;
  }
  return out.join('\n');
}

/** Our articles (seeds/ and the ones above), with a UTF-16 file and an invalid UTF-8 one in the middle. */
function articleFolder(): string {
  const dir = tmp();
  copyFileSync(join(SEEDS, 'seed-article.news'), join(dir, 'a-seed.news'));
  copyFileSync(join(SEEDS, 'harbour-bridge.news'), join(dir, 'b-harbour.news'));
  copyFileSync(join(SEEDS, 'council-budget.md'), join(dir, 'c-budget.md'));
  writeFileSync(join(dir, 'd-utf16.news'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LIBRARY, 'utf16le')]));
  writeFileSync(join(dir, 'e-latin1.news'), Buffer.from(FERRY.replace('8 per cent', '8\u00a0per cent'), 'latin1'));
  writeFileSync(join(dir, 'f-ferry.news'), FERRY);
  writeFileSync(join(dir, 'g-library.txt'), LIBRARY);
  copyFileSync(join(SEEDS, 'seed-article.news'), join(dir, 'h-seed.txt'));
  return dir;
}

describe('--jobs: the same output with workers as without', () => {
  const dir = articleFolder();
  const runs: [string, string][] = [
    ['check', 'text'],
    ['check', 'json'],
    ['check', 'sarif'],
    ['entities', 'json'],
    ['entities', 'jsonl'],
    ['report', 'markdown'],
    ['report', 'json'],
  ];
  for (const [command, format] of runs) {
    it(`${command} --format ${format}: --jobs 2 prints what --jobs 1 prints, bad files included`, () => {
      const one = cli([command, dir, '--format', format, '--jobs', '1']);
      const two = cli([command, dir, '--format', format, '--jobs', '2']);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.status).toBe(one.status);
      // Exit 2: the UTF-16 and the invalid UTF-8 files, said on stderr; the others are analyzed.
      expect(one.status).toBe(2);
      expect(one.stderr).toContain('d-utf16.news: UTF-16LE text, not UTF-8');
      expect(one.stderr).toContain('e-latin1.news: invalid UTF-8 at byte');
      expect(one.stdout.length).toBeGreaterThan(100);
      // The program with one thread is runCli, the tests' in-process entry.
      expect(inProcess([command, dir, '--format', format])).toEqual(one);
    }, 120_000);
  }
});

describe('--jobs: order and streaming', () => {
  it('keeps input order when the first file is the slow one', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-long.news'), longArticle(200_000, 0) + '\n"A quotation at the very end that nobody is credited with," the notice read.\n');
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `b-ferry-${i}.news`), FERRY);
    const two = cli(['check', dir, '--jobs', '2']);
    const files = two.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(dir.length + 1).split(':')[0]);
    expect(files[0]).toBe('a-long.news');
    expect(files).toEqual([...files].sort());
    expect(new Set(files).size).toBe(7);
    expect(two).toEqual(cli(['check', dir, '--jobs', '1']));
  }, 120_000);

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: prints the first file's result before it reads the last file`, async () => {
      // Two long files between a short first and a short last one. As soon as the first file's
      // diagnostics are on stdout, the last file is rewritten: its new diagnostic in the output
      // shows that it was read (and analyzed) after the first file's result was printed.
      const dir = tmp();
      writeFileSync(join(dir, 'a-ferry.news'), FERRY);
      writeFileSync(join(dir, 'b-long.news'), longArticle(200_000, 1));
      writeFileSync(join(dir, 'c-long.news'), longArticle(200_000, 5000));
      const last = join(dir, 'd-library.news');
      writeFileSync(last, LIBRARY);
      const child = spawn(process.execPath, [CLI, 'check', dir, '--jobs', jobs], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let rewritten = false;
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (!rewritten && stdout.includes('a-ferry.news')) {
          rewritten = true;
          writeFileSync(last, LIBRARY + '\n"We will open every evening until the end of the summer."\n');
        }
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(rewritten).toBe(true);
      expect(status).toBe(0);
      expect(stdout).toMatch(/d-library\.news:5:1 warning unsourced-quote/);
      expect(readFileSync(last, 'utf8')).toContain('every evening');
    }, 120_000);
  }
});

describe('--jobs: a file whose analysis fails', () => {
  const env = { ...process.env, NEWSMARK_TEST_FAULT: 'XFAULTX' };

  it('gives that file an internal error and goes on with the others (thrown error, dead worker)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-ferry.news'), FERRY);
    writeFileSync(join(dir, 'b-throws.news'), LIBRARY + '\nXFAULTX\n');
    writeFileSync(join(dir, 'c-dies.news'), LIBRARY + '\nXFAULTX-exit\n');
    writeFileSync(join(dir, 'd-ferry.news'), FERRY);
    writeFileSync(join(dir, 'e-library.news'), LIBRARY);
    const two = cli(['check', dir, '--format', 'json', '--jobs', '2'], env);
    expect(two.status).toBe(3);
    expect(two.stderr).toContain(`${join(dir, 'b-throws.news')}: internal error: injected fault (NEWSMARK_TEST_FAULT)`);
    expect(two.stderr).toContain(`${join(dir, 'c-dies.news')}: internal error: worker stopped (exited with code 70)`);
    const files = (JSON.parse(two.stdout) as { files: { path: string; error?: string; diagnostics: unknown[] }[] }).files;
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a-ferry.news', 'b-throws.news', 'c-dies.news', 'd-ferry.news', 'e-library.news']);
    expect(files[1].error).toMatch(/^internal error: injected fault/);
    expect(files[2].error).toMatch(/^internal error: worker stopped/);
    // The files after the dead worker's were analyzed by its replacement, as with one thread.
    const one = cli(['check', dir, '--format', 'json', '--jobs', '1'], env);
    expect(one.status).toBe(3);
    const oneFiles = (JSON.parse(one.stdout) as { files: unknown[] }).files;
    for (const i of [0, 3, 4]) expect(files[i]).toEqual(oneFiles[i]);
    expect(files[0].diagnostics).toEqual(files[3].diagnostics);
    // The text summary counts them apart from the input's problems.
    expect(cli(['check', dir, '--jobs', '2'], env).stderr).toMatch(/3 files checked, \d+ diagnostics; 2 files failed \(internal error, above\)\n$/);
  }, 120_000);

  it('the pool: a thrown error rejects its job, a dead worker is replaced, jobs after it run', async () => {
    process.env.NEWSMARK_TEST_FAULT = 'XFAULTX';
    const dir = tmp();
    const file = (name: string, text: string): FileJob => {
      writeFileSync(join(dir, name), text);
      return { path: join(dir, name), mode: 'check-text', maxBytes: 1 << 20, options: {}, severities: {} };
    };
    const pool = new WorkerPool<FileJob, FileDone>({ script: CLI, role: BATCH_ROLE, size: 2 });
    try {
      const results = await Promise.allSettled([
        pool.run(file('a.news', FERRY)),
        pool.run(file('b.news', 'XFAULTX-exit')),
        pool.run(file('c.news', 'XFAULTX')),
        pool.run(file('d.news', FERRY)),
        pool.run(file('e.news', FERRY)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(WorkerDiedError);
      expect(((results[2] as PromiseRejectedResult).reason as Error).message).toContain('injected fault');
      expect((results[3] as PromiseFulfilledResult<FileDone>).value.diagnostics).toBe((results[0] as PromiseFulfilledResult<FileDone>).value.diagnostics);
    } finally {
      delete process.env.NEWSMARK_TEST_FAULT;
      await pool.close();
    }
  }, 120_000);

  it('the pool: an idle worker stops after idleTimeoutMs, and the next job starts a new one', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.news'), FERRY);
    const job: FileJob = { path: join(dir, 'a.news'), mode: 'check-text', maxBytes: 1 << 20, options: {}, severities: {} };
    const pool = new WorkerPool<FileJob, FileDone>({ script: CLI, role: BATCH_ROLE, size: 2, idleTimeoutMs: 300 });
    try {
      const first = await pool.run(job);
      expect(pool.workers).toBe(1);
      await new Promise((r) => setTimeout(r, 1500));
      expect(pool.workers).toBe(0);
      expect(await pool.run(job)).toEqual(first);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('when workers cannot start, the files are analyzed in the CLI thread', async () => {
    const pool = new WorkerPool<number, number>({ script: join(tmp(), 'missing.js'), role: 'none', size: 2 });
    await expect(pool.run(1)).rejects.toBeInstanceOf(PoolUnavailableError);
    const dir = articleFolder();
    let stdout = '';
    let stderr = '';
    const status = await runCliWithWorkers(['check', dir, '--jobs', '2'], (s) => (stdout += s), (s) => (stderr += s), () => '', join(dir, 'missing.js'));
    expect({ status, stdout, stderr }).toEqual(inProcess(['check', dir]));
  }, 120_000);
});

describe('--jobs: V8 tiering for a batch of files', () => {
  it('tells beforeBatch how many files there are, before the first is analyzed', async () => {
    const dir = articleFolder();
    const seen: string[] = [];
    let stdout = '';
    const status = await runCliWithWorkers(['check', dir, '--jobs', '1'], (s) => {
      stdout += s;
      seen.push('output');
    }, () => {}, () => '', CLI, (files) => seen.push(`files ${files}`));
    expect(status).toBe(inProcess(['check', dir]).status);
    expect(seen[0]).toBe(`files ${readdirSync(dir).length}`);
    expect(seen.filter((s) => s.startsWith('files'))).toHaveLength(1);
  });

  it('raises the interrupt budget for several files under V8 11 (Node 20) only', () => {
    expect(batchTieringFlag(2, '11.3.244.8-node.33')).toBe('--interrupt-budget=614400');
    expect(batchTieringFlag(2165, '11.3.244.8-node.33')).toBe('--interrupt-budget=614400');
    // One long document runs its hot code longer unoptimized with a larger budget: left alone.
    expect(batchTieringFlag(1, '11.3.244.8-node.33')).toBeUndefined();
    // Newer V8 has no such flag (setting it prints an error) and gained nothing from its successor.
    expect(batchTieringFlag(2165, '12.4.254.21-node.33')).toBeUndefined();
    expect(batchTieringFlag(2165, '13.6.233.17-node.32')).toBeUndefined();
  });

  it('the built CLI checks several files without a V8 complaint, under the running Node', () => {
    const dir = articleFolder();
    const r = cli(['check', dir, '--jobs', '2']);
    expect(r.stderr).not.toMatch(/unrecognized flag|Try --help/);
    expect(r).toEqual(inProcess(['check', dir]));
  }, 60_000);
});

describe('--jobs values', () => {
  it('takes a whole number of threads, 1 or more; anything else is a usage error (exit 2)', () => {
    for (const bad of ['0', '-1', 'two', '1.5', '2x', '']) {
      const r = inProcess(['check', SEEDS, '--jobs', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toBe(`newsmark: --jobs takes a number of worker threads, 1 or more, not "${bad}"\nRun "newsmark --help" for usage.\n`);
      expect(r.stdout).toBe('');
    }
    expect(inProcess(['check', SEEDS, '--jobs']).stderr).toContain('--jobs needs a value');
    expect(inProcess(['check', SEEDS, '--jobs=3']).status).toBe(0);
    expect(inProcess(['check', SEEDS, '-j', '64']).status).toBe(0);
    const built = cli(['check', SEEDS, '--jobs', '0']);
    expect(built.status).toBe(2);
    expect(built.stderr).toContain('--jobs takes a number of worker threads');
  }, 60_000);
});

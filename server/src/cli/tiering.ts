import { setFlagsFromString } from 'node:v8';

/**
 * How long V8 runs a function before optimizing it, for a batch of many articles.
 *
 * A batch of short articles spends much of its CPU time compiling: under Node 20 (V8 11), checking
 * 2,165 BBC articles (4.7 MB) on one thread took 5.1 s of optimizing-compiler time next to 8.5 s
 * of analysis, and every worker thread compiles the same functions again. Most of those compiles
 * were of functions that had only just become warm, several of them recompiled after their first
 * optimized code met a new type. Raising V8's interrupt budget (how much a function must run
 * before it is considered for optimization) from 66 KB to 600 KB of bytecode cut that compile
 * time to 1.9 s and the whole `check --jobs 2` by about a fifth, in wall and CPU time alike.
 *
 * One long document goes the other way (1 MB of names: 3.3 s -> 3.5 s), because its hot
 * functions then run unoptimized for longer, so the budget is raised only for batches of several
 * files. Newer V8 (Node 22 and later, with the Maglev tier) has no such flag, gained nothing from
 * its successor (`--invocation-count-for-turbofan`), and is left alone.
 */
export function batchTieringFlag(files: number, v8Version: string = process.versions.v8): string | undefined {
  const major = Number(v8Version.split('.')[0]);
  return files > 1 && major <= 11 ? `--interrupt-budget=${600 * 1024}` : undefined;
}

/** Sets batchTieringFlag's flag for this process (all its threads), when there is one. */
export function tuneTieringForBatch(files: number): void {
  const flag = batchTieringFlag(files);
  if (flag !== undefined) setFlagsFromString(flag);
}

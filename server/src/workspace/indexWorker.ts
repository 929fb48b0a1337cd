import { availableParallelism } from 'node:os';
import type { NewsmarkSettings } from '../features/settings';
import { summarizeFile } from './workspaceIndex';
import { PoolUnavailableError, serveJobs, workerRole, WorkerPool } from './workerPool';

/**
 * The workspace index analyzes files in worker threads (workspace/workerPool.ts, the pool `check`
 * uses too), so a long article being indexed never holds up a hover or a keystroke in the
 * server's thread. The workers are the server bundle itself, started with a role (no extra file
 * to ship). A file whose worker throws or dies is left out of the index (and logged); when
 * workers cannot start at all, indexing falls back to the server's thread.
 */

const ROLE = 'index';

interface Job {
  uri: string;
  settings: NewsmarkSettings;
}

type Summary = Awaited<ReturnType<typeof summarizeFile>>;

/** True in an index worker thread. */
export function isIndexWorker(): boolean {
  return workerRole() === ROLE;
}

/** The worker's side: answer each job with the file's summary. */
export function runIndexWorker(): void {
  serveJobs<Job, Summary>((job) => summarizeFile(job.uri, job.settings));
}

/**
 * Index workers for a machine: one core is left to the server's thread (hovers, the open
 * document's analysis), and each worker holds its own models, so a few at most.
 */
export function indexThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, 4));
}

/**
 * Idle index workers stop after this long: once the workspace is indexed, the server gives back
 * their models and caches (a file saved later starts one again, in a few hundred milliseconds).
 */
export const INDEX_IDLE_MS = 10_000;

/**
 * The server's side: a summarizeFile that runs in a pool of `size` workers started from `script`
 * (the server bundle), and how many files to give it at once.
 */
export function workerSummarizer(
  script: string,
  log: (message: string) => void,
  size = indexThreads(),
): { summarizeFile: typeof summarizeFile; concurrency: number } {
  const pool = new WorkerPool<Job, Summary>({ script, role: ROLE, size, idleTimeoutMs: INDEX_IDLE_MS, log: (m) => log(`workspace index: ${m}`) });
  let fellBack = false;
  return {
    concurrency: pool.capacity,
    summarizeFile: (uri, settings) =>
      pool.run({ uri, settings }).catch((err: unknown) => {
        if (!(err instanceof PoolUnavailableError)) throw err;
        if (!fellBack) log(`workspace index: workers unavailable (${err.message}); indexing in the server thread`);
        fellBack = true;
        return summarizeFile(uri, settings);
      }),
  };
}

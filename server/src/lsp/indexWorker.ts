import type { Worker } from 'node:worker_threads';
import type { NewsmarkSettings } from './settings';
import { summarizeFile } from './workspaceIndex';
import * as threads from 'node:worker_threads';

/**
 * The workspace index analyzes files in a worker thread, so a long article being indexed never
 * holds up a hover or a keystroke in the server's thread. The worker is the server bundle itself,
 * started with a flag (no extra file to ship); when a worker cannot start or dies, indexing
 * falls back to the server's thread, one file per event-loop turn.
 */

const FLAG = 'newsmarkIndexWorker';

interface Job {
  id: number;
  uri: string;
  settings: NewsmarkSettings;
}

type Reply = { id: number; result: Awaited<ReturnType<typeof summarizeFile>> } | { id: number; error: string };

/** True in the index worker thread. */
export function isIndexWorker(): boolean {
  const { isMainThread, workerData } = threads;
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[FLAG] === true;
}

/** The worker's side: answer each job with the file's summary. */
export function runIndexWorker(): void {
  const port = threads.parentPort;
  if (!port) return;
  port.on('message', (job: Job) => {
    summarizeFile(job.uri, job.settings).then(
      (result) => port.postMessage({ id: job.id, result } satisfies Reply),
      (err: unknown) => port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies Reply),
    );
  });
}

/** The server's side: a summarizeFile that runs in a worker started from `script` (the server bundle). */
export function workerSummarizer(script: string, log: (message: string) => void): typeof summarizeFile {
  let worker: Worker | undefined;
  let failed = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: Awaited<ReturnType<typeof summarizeFile>>) => void; reject: (e: Error) => void }>();

  const fail = (reason: string): void => {
    if (!failed) log(`workspace index: worker unavailable (${reason}); indexing in the server thread`);
    failed = true;
    worker = undefined;
    for (const p of pending.values()) p.reject(new Error(reason));
    pending.clear();
  };

  const start = (): Worker | undefined => {
    if (worker || failed) return worker;
    try {
      const w = new threads.Worker(script, { workerData: { [FLAG]: true } });
      w.unref();
      w.on('message', (reply: Reply) => {
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        if ('error' in reply) p.reject(new Error(reply.error));
        else p.resolve(reply.result);
      });
      w.on('error', (err) => fail(err.message));
      w.on('exit', (code) => {
        if (worker === w) fail(`exited with code ${code}`);
      });
      worker = w;
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
    return worker;
  };

  return (uri, settings) => {
    const w = start();
    if (!w) return summarizeFile(uri, settings);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, {
        resolve,
        // A dead worker: do this file here, and the next ones too.
        reject: (e) => (failed ? summarizeFile(uri, settings).then(resolve, reject) : reject(e)),
      });
      w.postMessage({ id, uri, settings } satisfies Job);
    });
  };
}

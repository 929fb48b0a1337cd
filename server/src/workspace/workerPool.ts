import * as threads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';

/**
 * A pool of worker threads that run jobs of one kind: `newsmark check` spreads files over it, and
 * the workspace index analyzes files in it. A worker is the bundle that uses the pool (dist/cli.js,
 * dist/server.js) started again with a role in its workerData (no extra file to ship); the bundle
 * asks `workerRole()` at start and calls `serveJobs` with the handler of that role.
 *
 * Each worker runs one job at a time (holding the next) and keeps its loaded models. Jobs start in the
 * order they were given. A job whose handler throws rejects with that error; a worker that dies
 * during a job (uncaught exception, out of memory, process.exit) rejects that job alone and is
 * replaced. When workers cannot start at all (the script is missing, threads are unavailable), the
 * waiting and later jobs reject with PoolUnavailableError, and the caller does the work itself.
 */

const ROLE_KEY = 'newsmarkWorkerRole';

/** The role this thread was started for (`WorkerPool`'s `role`), or undefined in a main thread. */
export function workerRole(): string | undefined {
  const { isMainThread, workerData } = threads;
  if (isMainThread || typeof workerData !== 'object' || workerData === null) return undefined;
  const role = (workerData as Record<string, unknown>)[ROLE_KEY];
  return typeof role === 'string' ? role : undefined;
}

/** Workers could not be started: do the work in this thread. */
export class PoolUnavailableError extends Error {}

/** A worker died (not a thrown error) while it ran a job. */
export class WorkerDiedError extends Error {}

type Request<J> = { id: number; job: J };
type Reply<R> = { ready: true } | { id: number; result: R } | { id: number; error: string };

/**
 * The worker's side: answers each job with the handler's result (or the message of what it
 * threw), one job after the other in the order they came, even when the handler is async.
 */
export function serveJobs<J, R>(handler: (job: J) => R | Promise<R>): void {
  const port = threads.parentPort;
  if (!port) return;
  let last: Promise<void> = Promise.resolve();
  port.on('message', (req: Request<J>) => {
    last = last
      .then(() => handler(req.job))
      .then(
        (result) => port.postMessage({ id: req.id, result } satisfies Reply<R>),
        (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies Reply<R>),
      );
  });
  port.postMessage({ ready: true } satisfies Reply<R>);
}

export interface WorkerPoolOptions {
  /** The bundle to start (it must call serveJobs when workerRole() is `role`). */
  script: string;
  role: string;
  /** Most workers running at once (at least 1). */
  size: number;
  /** Where a worker's start failure or death is told (the server's log); the jobs' callers get the error too. */
  log?(message: string): void;
  /**
   * A worker with no job for this long is stopped, giving back the memory of its models and
   * caches; the next job starts a new one. Unset: workers stay until close().
   */
  idleTimeoutMs?: number;
}

interface Task<J, R> {
  id: number;
  job: J;
  resolve(result: R): void;
  reject(err: Error): void;
}

interface Slot<J, R> {
  worker: Worker;
  ready: boolean;
  /** Jobs sent to the worker, in order: the first is the one it runs. */
  tasks: Task<J, R>[];
  idleTimer?: NodeJS.Timeout;
}

/** Startup failures in a row (a worker that exits before it is ready) after which the pool gives up. */
const MAX_START_FAILURES = 3;

/**
 * Jobs a worker holds at once: the one it runs and the next, so that it never waits for this
 * thread (busy, or not given a core on a loaded machine) to send it work.
 */
const DEPTH = 2;

export class WorkerPool<J, R> {
  private readonly slots = new Set<Slot<J, R>>();
  private readonly queue: Task<J, R>[] = [];
  private nextId = 1;
  private startFailures = 0;
  private unavailable: string | undefined;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Most jobs that run at once. */
  get size(): number {
    return Math.max(1, Math.floor(this.options.size));
  }

  /** Jobs the workers can hold at once (size x DEPTH): give the pool this many to keep every worker busy. */
  get capacity(): number {
    return this.size * DEPTH;
  }

  /** Workers running now (busy or idle). */
  get workers(): number {
    return this.slots.size;
  }

  /** Why workers cannot run here, once the pool has given up on starting them. */
  get unavailableReason(): string | undefined {
    return this.unavailable;
  }

  /** Runs a job in a worker; see the class comment for how it can fail. */
  run(job: J): Promise<R> {
    if (this.unavailable !== undefined) return Promise.reject(new PoolUnavailableError(this.unavailable));
    if (this.closed) return Promise.reject(new PoolUnavailableError('the pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs not finished reject. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new PoolUnavailableError('the pool is closed'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const s of slots) for (const t of s.tasks.splice(0)) t.reject(new PoolUnavailableError('the pool is closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Gives queued jobs to idle workers, then to new ones (up to size), then one ahead to busy ones. */
  private dispatch(): void {
    while (this.queue.length > 0 && this.unavailable === undefined) {
      const slots = [...this.slots];
      let slot = slots.find((s) => s.tasks.length === 0);
      if (!slot && this.slots.size < this.size) slot = this.start();
      slot ??= slots.find((s) => s.tasks.length < DEPTH);
      if (!slot) return;
      const task = this.queue.shift() as Task<J, R>;
      slot.tasks.push(task);
      clearTimeout(slot.idleTimer);
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, job: task.job } satisfies Request<J>);
    }
  }

  private start(): Slot<J, R> | undefined {
    let worker: Worker;
    try {
      worker = new threads.Worker(this.options.script, { workerData: { [ROLE_KEY]: this.options.role } });
    } catch (err) {
      this.giveUp(err instanceof Error ? err.message : String(err));
      return undefined;
    }
    // A pool with no work left never keeps the process alive (a busy worker does: see dispatch).
    worker.unref();
    const slot: Slot<J, R> = { worker, ready: false, tasks: [] };
    this.slots.add(slot);
    let lastError: string | undefined;
    worker.on('message', (reply: Reply<R>) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.startFailures = 0;
        return;
      }
      const task = slot.tasks[0];
      if (!task || task.id !== reply.id) return;
      slot.tasks.shift();
      if (slot.tasks.length === 0) {
        slot.worker.unref();
        this.stopWhenIdle(slot);
      }
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.result);
      this.dispatch();
    });
    worker.on('error', (err) => {
      lastError = err.message;
    });
    worker.on('exit', (code) => {
      if (!this.slots.delete(slot)) return;
      const reason = lastError ?? `exited with code ${code}`;
      const tasks = slot.tasks.splice(0);
      // The job the worker ran is to blame (none when it never started); the ones behind it go back to the front.
      const running = slot.ready ? tasks.shift() : undefined;
      if (!slot.ready) {
        this.startFailures++;
        this.options.log?.(`worker could not start (${reason})`);
        if (this.startFailures >= MAX_START_FAILURES) this.giveUp(reason);
      } else {
        this.options.log?.(`worker stopped (${reason})`);
        running?.reject(new WorkerDiedError(`worker stopped (${reason})`));
      }
      if (this.unavailable !== undefined) for (const t of tasks) t.reject(new PoolUnavailableError(this.unavailable));
      else this.queue.unshift(...tasks);
      if (!this.closed) this.dispatch();
    });
    return slot;
  }

  private stopWhenIdle(slot: Slot<J, R>): void {
    const ms = this.options.idleTimeoutMs;
    if (ms === undefined) return;
    slot.idleTimer = setTimeout(() => {
      if (slot.tasks.length > 0 || !this.slots.delete(slot)) return;
      void slot.worker.terminate();
    }, ms);
    slot.idleTimer.unref();
  }

  private giveUp(reason: string): void {
    if (this.unavailable !== undefined) return;
    this.unavailable = reason;
    for (const t of this.queue.splice(0)) t.reject(new PoolUnavailableError(reason));
  }
}

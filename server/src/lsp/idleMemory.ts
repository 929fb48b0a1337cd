import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives memory back to the system once the server is idle after a large analysis.
 *
 * Analysing a long document grows V8's heap to its peak and V8 keeps it. A 5 MB document left
 * the server at about 600 MB resident with about 260 MB of it live (issue 16). The memory was
 * only returned when a later analysis happened to need a full collection. The same happened
 * when such a document was closed.
 *
 * After an analysis of a large text, or after forgetting one, the server waits until it has done
 * no other large work for `settleMs`. Then it runs two full collections: the first frees, and the
 * second lets V8 give back the pages the first emptied (one alone gave back about half as
 * much). A collection of a 5 MB document's heap takes 100-200 ms, so this runs only for large
 * texts and only when the user has stopped typing in them.
 */
export class IdleMemory {
  private timer: NodeJS.Timeout | undefined;

  /**
   * `collect`: a full garbage collection (fullCollection()), undefined where there is none.
   * `report`: told how resident memory changed, for the log.
   */
  constructor(
    private readonly collect: (() => void) | undefined,
    private readonly report: (message: string) => void = () => {},
    private readonly largeText = LARGE_TEXT,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /** After analysing or forgetting a text of `length` UTF-16 code units. */
  noteWork(length: number): void {
    if (this.collect === undefined || length < this.largeText) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), this.settleMs);
    // A pending release never keeps the process alive (the CLI, tests that end).
    this.timer.unref();
  }

  private release(): void {
    this.timer = undefined;
    const collect = this.collect;
    if (collect === undefined) return;
    const before = process.memoryUsage.rss();
    const start = process.hrtime.bigint();
    collect();
    collect();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // V8 unmaps the emptied pages from its own threads, within a few hundred milliseconds (resident
    // memory read at once showed about half the drop): the report reads it a little later.
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    const report = () => this.report(`Released memory after a large analysis: resident ${mb(before)} -> ${mb(process.memoryUsage.rss())} (collections took ${Math.round(ms)} ms)`);
    this.timer = setTimeout(report, REPORT_AFTER_MS);
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** A text from 1 MiB (UTF-16 code units): about where the heap an analysis leaves outgrows what it keeps. */
export const LARGE_TEXT = 1 << 20;

/** How long the server must have done no large work before it collects. */
export const SETTLE_MS = 2000;

/** How long after collecting the change in resident memory is read for the log. */
const REPORT_AFTER_MS = 500;

/**
 * A full garbage collection: node's `gc` when started with `--expose-gc`, otherwise the same
 * function taken from a new context once the flag is set. Undefined if neither works.
 */
export function fullCollection(): (() => void) | undefined {
  const exposed: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    // The flag exposes `gc` to contexts made after it is set, not to this one.
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

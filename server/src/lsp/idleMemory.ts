import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { backgroundTimer } from './backgroundTimer';

/**
 * Gives memory back to the system once the server is idle after a large analysis.
 *
 * Analysing a long document grows V8's heap to its peak and V8 keeps it. A 5 MB document left
 * the server at about 600 MB resident with about 260 MB of it live (issue 16). The memory was
 * only returned when a later analysis happened to need a full collection. The same happened
 * when such a document was closed.
 *
 * After an analysis of a large text, or after forgetting one, the server waits until it has
 * analysed nothing for `settleMs`. Then it runs two full collections: the first frees, and the
 * second lets V8 give back the pages the first emptied (one alone gave back about half as
 * much). The second compacts (`compact`, compacting()): a full collection moves the objects of
 * only a few sparse pages, so a 5 MB document's heap kept about 70 MB of pages for 190 MB of
 * objects; compacted, about 35 MB. A collection of a 5 MB document's heap takes 100-500 ms, so
 * this runs only after large texts and only when the user has stopped typing.
 *
 * When a large document was closed, the caches that analyses share are emptied first (`trim`,
 * core/sharedCaches.ts): the next analysis fills them again with what it needs. After an
 * analysis of a huge text (`hugeText`, 2 MiB), the taggers' word caches are emptied too
 * (`trimTaggers`), though the document stays open: with the stale NER sentence entries that go
 * with them (core/ner/model.ts), a 5 MB document's server once idle went 330-339 -> 279-285 MB.
 * Refilling them makes the first keystroke after each such pause slower: in process, 1.5 ->
 * 2.2-2.4 s in a 2 MB document, 5.6 -> 5.8-7.0 s in a 5 MB one. A keystroke in a document that
 * long already takes seconds (it redoes the sentences past the per-sentence budget), so the
 * memory comes first there; in a 1 MB document it would have been 0.3 -> 0.8 s, and the caches
 * stay. The memo tables stay in both: refilling them cost the 5 MB document's keystroke 1.8 s.
 *
 * `followUpMs` after a release, if nothing was analysed meanwhile, one more full collection
 * returns the young generation. V8 shrinks it (32 MB after a 5 MB document, down to 1 MB) only
 * in a collection that finds allocation low over the last 5 seconds; right after an analysis it
 * never does. Measured over stdio: a follow-up 5.5 or 6 s after the release shrank it in each
 * run (about 30 MB resident, 100-180 ms); one 3 s after did not.
 */
export class IdleMemory {
  private timer: NodeJS.Timeout | undefined;
  private reportTimer: NodeJS.Timeout | undefined;
  /** The follow-up collection's timer, set after a release until it runs, and its report's. */
  private followUp: NodeJS.Timeout | undefined;
  private followUpReport: NodeJS.Timeout | undefined;
  /** A large text was analysed or forgotten since the last release. */
  private due = false;
  private closedLarge = false;
  /** A huge text was analysed since the last release. */
  private analysedHuge = false;
  private collect: (() => boolean) | undefined;
  private readonly compact: (collect: () => void) => void;
  private readonly trim: () => void;
  private readonly trimTaggers: () => void;
  private readonly report: (message: string) => void;
  private readonly largeText: number;
  private readonly hugeText: number;
  private readonly settleMs: number;
  private readonly followUpMs: number;

  /**
   * `collect`: runs a full garbage collection and says whether it could (false: this node has
   * none, and the release is given up); undefined where there is none. `compact`: runs a
   * collection compacting the heap (compacting()). `trim`: empties the shared caches;
   * `trimTaggers`: the taggers' word caches only (after analysing a text of `hugeText` or more).
   * `report`: told how resident memory changed, for the log. `followUpMs`: from a release to
   * its follow-up collection.
   */
  constructor(options: {
    collect: (() => boolean) | undefined;
    compact?: (collect: () => void) => void;
    trim?: () => void;
    trimTaggers?: () => void;
    report?: (message: string) => void;
    largeText?: number;
    hugeText?: number;
    settleMs?: number;
    followUpMs?: number;
  }) {
    this.collect = options.collect;
    this.compact = options.compact ?? ((collect) => collect());
    this.trim = options.trim ?? (() => {});
    this.trimTaggers = options.trimTaggers ?? (() => {});
    this.report = options.report ?? (() => {});
    this.largeText = options.largeText ?? LARGE_TEXT;
    this.hugeText = options.hugeText ?? HUGE_TEXT;
    this.settleMs = options.settleMs ?? SETTLE_MS;
    this.followUpMs = options.followUpMs ?? FOLLOW_UP_MS;
  }

  /**
   * After analysing a text of `length` UTF-16 code units, or forgetting one (`closed`). A large one
   * makes a release due; any work, large or not, puts a due release off by `settleMs`, and a
   * pending follow-up by `followUpMs`, so that their collections never land between the
   * keystrokes of someone typing, in any document.
   */
  noteWork(length: number, closed = false): void {
    if (this.collect === undefined) return;
    if (length >= this.largeText) {
      this.due = true;
      if (closed) this.closedLarge = true;
      else if (length >= this.hugeText) this.analysedHuge = true;
    }
    if (this.followUp !== undefined) {
      // Put off like a release; left to the next release when one is due.
      clearTimeout(this.followUp);
      this.followUp = this.due ? undefined : backgroundTimer(() => this.shrink(), this.followUpMs);
    }
    if (!this.due) return;
    clearTimeout(this.timer);
    this.timer = backgroundTimer(() => this.release(), this.settleMs);
  }

  private release(): void {
    this.timer = undefined;
    this.due = false;
    const collect = this.collect;
    if (collect === undefined) return;
    const trimmed = this.closedLarge;
    const taggersTrimmed = !trimmed && this.analysedHuge;
    this.closedLarge = false;
    this.analysedHuge = false;
    const what = trimmed
      ? 'closing a large document (shared caches emptied)'
      : taggersTrimmed
        ? "a huge analysis (taggers' word caches emptied)"
        : 'a large analysis';
    const report = this.measured(`Released memory after ${what}`, () => {
      if (trimmed) this.trim();
      else if (taggersTrimmed) this.trimTaggers();
      if (!collect()) return false;
      this.compact(() => collect());
      return true;
    });
    if (report === undefined) {
      this.collect = undefined;
      this.report('Memory is not released after large documents: this node gives no way to run a garbage collection');
      return;
    }
    this.reportTimer = report;
    this.followUp = backgroundTimer(() => this.shrink(), this.followUpMs);
  }

  /** The follow-up collection (see the class comment). */
  private shrink(): void {
    this.followUp = undefined;
    const collect = this.collect;
    if (collect !== undefined) this.followUpReport = this.measured('Shrank the heap once idle', collect);
  }

  /**
   * Runs `collect` (false: it could not) and, a little later, logs `label` with the V8 heap's size
   * before and after and resident memory before and then (the report's timer; undefined when it
   * could not). V8 gives the emptied pages back from its own threads, later: within a few hundred
   * milliseconds in node 20 (resident memory read at once showed about half the drop), several
   * seconds in node 24, where it first rose while the compaction copied. So the report gives the
   * V8 heap's size, exact at once, and resident memory as read a little later, "so far".
   */
  private measured(label: string, collect: () => boolean): NodeJS.Timeout | undefined {
    const residentBefore = process.memoryUsage.rss();
    const heapBefore = heapSize();
    const start = process.hrtime.bigint();
    if (!collect()) return undefined;
    const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
    const heapAfter = heapSize();
    return backgroundTimer(
      () => this.report(`${label}: V8 heap ${mb(heapBefore)} -> ${mb(heapAfter)}, resident ${mb(residentBefore)} -> ${mb(process.memoryUsage.rss())} so far (took ${ms} ms)`),
      REPORT_AFTER_MS,
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.reportTimer);
    clearTimeout(this.followUp);
    clearTimeout(this.followUpReport);
    this.timer = undefined;
    this.followUp = undefined;
  }
}

/** A text from 1 MiB (UTF-16 code units): about where the heap an analysis leaves outgrows what it keeps. */
export const LARGE_TEXT = 1 << 20;

/**
 * A text from 2 MiB (UTF-16 code units): where a keystroke already takes more than a second, and
 * the release empties the taggers' word caches too (see IdleMemory).
 */
export const HUGE_TEXT = 2 << 20;

/** How long the server must have analysed nothing before it collects. */
export const SETTLE_MS = 2000;

/** From a release to its follow-up collection: longer than V8's 5 s window (see the class comment). */
export const FOLLOW_UP_MS = 6000;

/** How long after collecting the change in resident memory is read for the log. */
const REPORT_AFTER_MS = 500;

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** The pages V8's heap holds. */
const heapSize = (): number => getHeapStatistics().total_heap_size;

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

/**
 * Runs `collect` (a full collection) with V8 compacting every page it can, as
 * `--compact-on-every-full-gc` makes it, then puts V8's own choice back. By default a full
 * collection moves the objects of only a few megabytes of sparse pages, to stay short; once
 * idle, the release can afford the time to move them all (about 100 ms more on a 5 MB
 * document's heap) and give back their pages. The flag is read at each collection, so setting
 * it for this one collection is enough.
 */
export function compacting(collect: () => void): void {
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

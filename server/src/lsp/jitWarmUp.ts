import { backgroundTimer } from './backgroundTimer';

/**
 * Warms V8's optimizing compiler up on the keystroke path while the user is not typing.
 *
 * A keystroke analyses again only the paragraph it touched, then runs the document-wide passes
 * (entity clustering, name consistency, the claims' carry-over of speakers, the NER tagger's
 * document features) over the cached paragraphs' results. Those passes run once per analysis,
 * so V8 optimizes them only after tens of keystrokes: measured in process on 100 KB of BBC text
 * (three runs each), edits 1-20 took 39-47 ms and edits after 60 took 25-27. The opening
 * analysis does not warm them: it runs the paragraph-level code, not the cached paths.
 *
 * So once the server has been idle for `idleMs` after an analysis, it analyses the same text
 * again with the document's own cache, one analysis at a time with `gapMs` between them: each
 * runs the document-wide passes over cached paragraphs, as a keystroke does, and its result is
 * dropped (it equals the one kept: the incremental analysis always gives a fresh analysis's
 * answer). Any use of the analysis cache (a request, an edit) puts the next run off by `idleMs`
 * again, so the runs fill pauses (reading the article just opened) and never a burst of typing;
 * one that is under way when a keystroke arrives delays it by at most one analysis. Over
 * JSON-RPC, a client that opens BBC text, waits 2.5-3 s and types 40 characters (three runs
 * each, warm-up off and on; `npm run bench` prints it as "after reading"): 100 KB, p50
 * 38.5-46.9 -> 29.3-30.7 ms, and in a slower hour 60.6-60.9 -> 43.2-47.7 ms; 20 KB 15.0-22.4 ->
 * 13.6-13.9 ms (a budget of 24 runs was too little there: 15.0-18.9 -> 16.9-17.7 ms).
 *
 * The compiled code serves every document, so the warm-up is spent once per server: at most
 * `maxRuns` analyses, `maxMs` of analysis time in all, of texts up to `maxLength` (longer ones
 * take a quarter of a second or more per analysis, and IdleMemory collects after them).
 */
export class JitWarmUp {
  private timer: NodeJS.Timeout | undefined;
  private again: (() => boolean) | undefined;
  private runs = 0;
  private spentMs = 0;
  private readonly idleMs: number;
  private readonly gapMs: number;
  private readonly maxRuns: number;
  private readonly maxMs: number;
  private readonly maxLength: number;
  private readonly report: (message: string) => void;

  constructor(options: { idleMs?: number; gapMs?: number; maxRuns?: number; maxMs?: number; maxLength?: number; report?: (message: string) => void } = {}) {
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.gapMs = options.gapMs ?? GAP_MS;
    this.maxRuns = options.maxRuns ?? MAX_RUNS;
    this.maxMs = options.maxMs ?? MAX_MS;
    this.maxLength = options.maxLength ?? MAX_LENGTH;
    this.report = options.report ?? (() => {});
  }

  /** Whether the warm-up is spent. */
  get done(): boolean {
    return this.runs >= this.maxRuns || this.spentMs >= this.maxMs;
  }

  /** Analyses run so far. */
  get count(): number {
    return this.runs;
  }

  /**
   * After a document's analysis cache was used: `analysed`, a text of `length` was analysed now,
   * which `again` analyses once more (false when that text is no longer the document's); otherwise
   * a request read a kept analysis. Either puts the next run off by `idleMs`.
   */
  noteUse(analysed: { length: number; again: () => boolean } | undefined): void {
    if (this.done) return;
    if (analysed !== undefined) this.again = analysed.length <= this.maxLength ? analysed.again : undefined;
    clearTimeout(this.timer);
    this.timer = this.again === undefined ? undefined : backgroundTimer(() => this.step(), this.idleMs);
  }

  private step(): void {
    this.timer = undefined;
    const again = this.again;
    if (again === undefined || this.done) return;
    const start = process.hrtime.bigint();
    const analysed = again();
    this.spentMs += Number(process.hrtime.bigint() - start) / 1e6;
    if (analysed) this.runs++;
    else this.again = undefined;
    if (this.done) {
      // Spent: hold on to no document's text or cache.
      this.again = undefined;
      this.report(`Warmed the analysis up: ${this.runs} analyses in ${Math.round(this.spentMs)} ms while idle`);
    } else if (this.again !== undefined) this.timer = backgroundTimer(() => this.step(), this.gapMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.again = undefined;
  }
}

/** How long the analysis cache must have been unused before a warm-up run. */
export const IDLE_MS = 400;

/** Between two warm-up runs: the turns in between serve whatever the client sent. */
export const GAP_MS = 10;

/** Warm-up analyses per server. */
export const MAX_RUNS = 100;

/** Analysis time the warm-up may spend per server. */
export const MAX_MS = 1500;

/** The longest text the warm-up analyses again (UTF-16 code units). */
export const MAX_LENGTH = 512 * 1024;

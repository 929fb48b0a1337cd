import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JitWarmUp } from '../../server/src/lsp/jitWarmUp';

/**
 * The idle warm-up (lsp/jitWarmUp.ts): it analyses the last analysed text again only once the
 * analysis cache has been unused for a while, stops when that text is gone, and spends its
 * budget once per server.
 */
describe('JIT warm-up while idle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function warmUp(options: { maxRuns?: number; maxLength?: number } = {}): { w: JitWarmUp; log: string[] } {
    const log: string[] = [];
    const w = new JitWarmUp({ idleMs: 100, gapMs: 5, maxRuns: options.maxRuns ?? 3, maxLength: options.maxLength, report: (m) => log.push(m) });
    return { w, log };
  }

  it('runs only after the cache has been unused for the idle time, each use putting it off', () => {
    const { w } = warmUp();
    let runs = 0;
    w.noteUse({ length: 1000, again: () => (runs++, true) });
    vi.advanceTimersByTime(90);
    w.noteUse(undefined); // a request read the kept analysis
    vi.advanceTimersByTime(99);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    // Then one run every gap (5 ms here).
    vi.advanceTimersByTime(5);
    expect(runs).toBe(2);
    w.dispose();
  });

  it('runs up to its budget, says so once, and never again for later analyses', () => {
    const { w, log } = warmUp({ maxRuns: 3 });
    let runs = 0;
    w.noteUse({ length: 1000, again: () => (runs++, true) });
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(3);
    expect(w.done).toBe(true);
    expect(log).toEqual([expect.stringMatching(/^Warmed the analysis up: 3 analyses in \d+ ms while idle$/)]);
    w.noteUse({ length: 1000, again: () => (runs++, true) });
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(3);
  });

  it('stops when the text is no longer the document\'s, and starts again after the next analysis', () => {
    const { w } = warmUp({ maxRuns: 10 });
    let current = true;
    let runs = 0;
    w.noteUse({ length: 1000, again: () => (current ? (runs++, true) : false) });
    vi.advanceTimersByTime(100);
    expect(runs).toBe(1);
    current = false; // an edit replaced the text (its own analysis would call noteUse)
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
    expect(w.count).toBe(1);
    w.noteUse({ length: 1000, again: () => (runs++, true) });
    vi.advanceTimersByTime(100);
    expect(runs).toBe(2);
    w.dispose();
  });

  it('leaves texts over its length limit alone', () => {
    const { w } = warmUp({ maxLength: 500 });
    let runs = 0;
    w.noteUse({ length: 501, again: () => (runs++, true) });
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(0);
  });
});

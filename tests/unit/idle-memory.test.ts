import { afterEach, describe, expect, it, vi } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { compacting, fullCollection, IdleMemory } from '../../server/src/lsp/idleMemory';

// The server's release of memory after large analyses (lsp/idleMemory.ts); over LSP in
// tests/lsp/robustness.test.ts.
describe('IdleMemory', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function counted(largeText = 1000, settleMs = 100, followUpMs = 6000, hugeText = 10_000) {
    const calls: string[] = [];
    const reports: string[] = [];
    const idle = new IdleMemory({
      collect: () => {
        calls.push('collect');
        return true;
      },
      compact: (collect) => {
        calls.push('compact');
        collect();
      },
      trim: () => calls.push('trim'),
      trimTaggers: () => calls.push('trimTaggers'),
      report: (m) => reports.push(m),
      largeText,
      hugeText,
      settleMs,
      followUpMs,
    });
    return { idle, calls, reports };
  }

  /** Someone typing in a short document: `keystrokes` short analyses, one every `everyMs`. */
  function typeShort(idle: IdleMemory, keystrokes: number, everyMs: number): void {
    for (let k = 0; k < keystrokes; k++) {
      vi.advanceTimersByTime(everyMs);
      idle.noteWork(10);
    }
  }

  it('collects twice, once no large work has come for the settling time', () => {
    vi.useFakeTimers();
    const { idle, calls, reports } = counted();
    idle.noteWork(5000);
    vi.advanceTimersByTime(99);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['collect', 'compact', 'collect']);
    // Reported a little later, once V8 has given the pages back.
    expect(reports).toHaveLength(0);
    vi.advanceTimersByTime(500);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^Released memory after a large analysis: V8 heap \d+ MB -> \d+ MB, resident \d+ MB -> \d+ MB so far \(took \d+ ms\)$/);
    // An analysis is not a close: the shared caches stay.
    expect(calls).toEqual(['collect', 'compact', 'collect']);
  });

  it('after a large document is closed, empties the shared caches before collecting, once', () => {
    vi.useFakeTimers();
    const { idle, calls, reports } = counted();
    idle.noteWork(5000, true);
    vi.advanceTimersByTime(600);
    expect(calls).toEqual(['trim', 'collect', 'compact', 'collect']);
    expect(reports[0]).toMatch(/^Released memory after closing a large document \(shared caches emptied\)/);
    idle.noteWork(5000);
    vi.advanceTimersByTime(600);
    expect(calls).toEqual(['trim', 'collect', 'compact', 'collect', 'collect', 'compact', 'collect']);
  });

  it("after a huge analysis, empties the taggers' word caches before collecting, once", () => {
    vi.useFakeTimers();
    const { idle, calls, reports } = counted();
    idle.noteWork(10_000);
    vi.advanceTimersByTime(600);
    expect(calls).toEqual(['trimTaggers', 'collect', 'compact', 'collect']);
    expect(reports[0]).toMatch(/^Released memory after a huge analysis \(taggers' word caches emptied\): V8 heap/);
    // A large analysis after it (not huge) leaves them.
    idle.noteWork(5000);
    vi.advanceTimersByTime(600);
    expect(calls.slice(4)).toEqual(['collect', 'compact', 'collect']);
    // Huge, then large, before the release: the huge one counts.
    idle.noteWork(10_000);
    idle.noteWork(5000);
    vi.advanceTimersByTime(600);
    expect(calls.slice(7)).toEqual(['trimTaggers', 'collect', 'compact', 'collect']);
    // Closing a huge document empties every shared cache, the taggers' among them: trim alone.
    idle.noteWork(10_000);
    idle.noteWork(10_000, true);
    vi.advanceTimersByTime(600);
    expect(calls.slice(11)).toEqual(['trim', 'collect', 'compact', 'collect']);
  });

  it('does not empty the shared caches when the closed document was short', () => {
    vi.useFakeTimers();
    const { idle, calls } = counted();
    idle.noteWork(500, true);
    idle.noteWork(5000);
    vi.advanceTimersByTime(600);
    expect(calls).toEqual(['collect', 'compact', 'collect']);
  });

  it('waits while large analyses keep coming (typing in a long document)', () => {
    vi.useFakeTimers();
    const { idle, calls } = counted();
    for (let k = 0; k < 5; k++) {
      idle.noteWork(5000);
      vi.advanceTimersByTime(60);
    }
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(40);
    expect(calls).toHaveLength(3);
  });

  it('ignores short texts, but any work puts a due release off (typing in a short document)', () => {
    vi.useFakeTimers();
    const { idle, calls } = counted();
    idle.noteWork(999);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
    idle.noteWork(1000);
    typeShort(idle, 5, 60);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(3);
    // Due no more: short work alone does not bring it back.
    idle.noteWork(10);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(3);
  });

  it('does nothing without a collector, and nothing after dispose', () => {
    vi.useFakeTimers();
    const none = new IdleMemory({ collect: undefined });
    none.noteWork(10_000_000);
    expect(vi.getTimerCount()).toBe(0);
    const { idle, calls } = counted();
    idle.noteWork(5000);
    idle.dispose();
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
  });

  it('collects once more when nothing has been analysed for a while after a release', () => {
    vi.useFakeTimers();
    const { idle, calls, reports } = counted(1000, 100, 1000);
    idle.noteWork(5000);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual(['collect', 'compact', 'collect']);
    vi.advanceTimersByTime(999);
    expect(calls).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['collect', 'compact', 'collect', 'collect']);
    vi.advanceTimersByTime(500);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatch(/^Shrank the heap once idle: V8 heap \d+ MB -> \d+ MB, resident \d+ MB -> \d+ MB so far \(took \d+ ms\)$/);
    // Once only.
    vi.advanceTimersByTime(10_000);
    expect(calls).toHaveLength(4);
  });

  it('puts the follow-up off while short work comes, and leaves it to the next release when large work comes', () => {
    vi.useFakeTimers();
    const { idle, calls } = counted(1000, 100, 1000);
    idle.noteWork(5000);
    vi.advanceTimersByTime(100);
    typeShort(idle, 3, 800);
    expect(calls).toHaveLength(3);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(4);
    // Large work: a new release, then its own follow-up, and no other.
    idle.noteWork(5000);
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(7);
    vi.advanceTimersByTime(500);
    idle.noteWork(5000);
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(10);
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(11);
    idle.noteWork(5000);
    vi.advanceTimersByTime(100);
    idle.dispose();
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(14);
  });

  it('gives up, saying why, when no collection can run', () => {
    vi.useFakeTimers();
    const reports: string[] = [];
    let tries = 0;
    const idle = new IdleMemory({
      collect: () => {
        tries++;
        return false;
      },
      report: (m) => reports.push(m),
      largeText: 1000,
      settleMs: 100,
    });
    idle.noteWork(5000);
    vi.advanceTimersByTime(1000);
    expect(tries).toBe(1);
    expect(reports).toEqual(['Memory is not released after large documents: this node gives no way to run a garbage collection']);
    idle.noteWork(5000);
    vi.advanceTimersByTime(1000);
    expect(tries).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('compacts: a heap of sparse pages shrinks further than a plain full collection shrinks it', () => {
    const gc = fullCollection()!;
    // Old-space pages one eighth full: about 60 MB of small arrays, promoted, then 7 in 8 dropped.
    const sparse = (): Array<number[] | undefined> => {
      const held: Array<number[] | undefined> = Array.from({ length: 400_000 }, (_, i) => [i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7]);
      gc();
      gc();
      for (let i = 0; i < held.length; i++) if (i % 8 !== 0) held[i] = undefined;
      return held;
    };
    const pages = () => getHeapStatistics().total_heap_size;
    // Plain collections until the heap stops shrinking (the first frees, the next give pages back).
    const settled = (): number => {
      let size = pages();
      for (let k = 0; k < 5; k++) {
        gc();
        const now = pages();
        if (now === size) break;
        size = now;
      }
      return size;
    };
    // Turned on and off again around nothing first: were the flag left on, the plain collections
    // below would compact too, and the compacting one would have nothing left to give back.
    compacting(() => {});
    const held = sparse();
    const plain = settled();
    compacting(gc);
    const compacted = pages();
    expect(plain - compacted).toBeGreaterThan(10 * 1024 * 1024);
    expect(held.length).toBe(400_000);
  });

  it('finds a full collection in this node, which frees what nothing holds', async () => {
    const gc = fullCollection();
    expect(gc).toBeTypeOf('function');
    const ref = new WeakRef(new Array(100_000).fill(0));
    // A WeakRef holds its target until the end of the current job.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc!();
    expect(ref.deref()).toBeUndefined();
  });
});

/**
 * A fixed JavaScript workload that uses none of Newsmark's code, timed, so that benchmark numbers
 * from different days can be compared: this machine kind's speed varied about twofold between
 * sessions (DEVELOPMENT.md, stop 27), more than most changes being measured. Its parts stand for
 * what the analysis spends its time on: integer arithmetic, random reads from tables larger than
 * the caches, short-lived objects and strings (JSON), and sorting.
 */
import { performance } from 'node:perf_hooks';

/** Milliseconds for one run of the workload (a checksum is returned too, so nothing is optimized away). */
function workload(): { ms: number; check: number } {
  const t0 = performance.now();
  let x = 0x9e3779b9 | 0;
  let sum = 0;
  // Integer arithmetic: xorshift.
  for (let i = 0; i < 20_000_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    sum = (sum + (x & 1023)) | 0;
  }
  // Random reads from 32 MB.
  const table = new Int32Array(8 << 20);
  for (let i = 0; i < table.length; i++) table[i] = Math.imul(i, 2654435761) >>> 5;
  let j = 0;
  for (let i = 0; i < 2_000_000; i++) {
    j = (table[j & (table.length - 1)] + i) | 0;
    sum = (sum + j) | 0;
  }
  // Objects and strings: a JSON round trip of 50,000 small records.
  const records = Array.from({ length: 50_000 }, (_, i) => ({ id: i, name: `name-${(i * 7919) % 50_000}`, score: (i * 31) % 97, tags: ['a', 'b'] }));
  const back = JSON.parse(JSON.stringify(records)) as { score: number }[];
  sum = (sum + back[back.length - 1].score) | 0;
  // Sorting 200,000 numbers.
  const numbers = Float64Array.from({ length: 200_000 }, (_, i) => ((i * 2654435761) >>> 0) / 4294967296);
  numbers.sort();
  sum = (sum + Math.floor(numbers[1000] * 1000)) | 0;
  return { ms: performance.now() - t0, check: sum };
}

/** Median milliseconds of `runs` runs of the reference workload (after one unmeasured run). */
export function machineReference(runs = 5): number {
  workload();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(workload().ms);
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

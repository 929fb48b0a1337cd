/**
 * Deterministic random test strings for the tests that compare a hand-written scanner with the
 * regex it replaced: strings of up to 29 characters drawn from `pool`, each with a sub-range.
 */
export interface RandomCase {
  text: string;
  from: number;
  to: number;
}

export function randomCases(pool: readonly string[], count: number, seed: number): RandomCase[] {
  let state = seed;
  const rnd = (k: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % k;
  };
  const out: RandomCase[] = [];
  for (let r = 0; r < count; r++) {
    let text = '';
    for (let k = rnd(30); k > 0; k--) text += pool[rnd(pool.length)];
    const from = rnd(text.length + 1);
    const to = from + rnd(text.length + 1 - from);
    out.push({ text, from, to });
  }
  return out;
}

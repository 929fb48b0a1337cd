/** `a` when it holds at least n numbers, else a copy of it at least twice as long (and n or more). */
export function grownInt32<B extends ArrayBufferLike>(a: Int32Array<B>, n: number): Int32Array<B> | Int32Array<ArrayBuffer> {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

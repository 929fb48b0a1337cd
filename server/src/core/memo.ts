/**
 * Memo tables keyed by strings taken from an article, safe for a server that analyses a document
 * again on every keystroke.
 *
 * V8 keeps a substring of 13 or more characters as a view into the string it was cut from, so a
 * memo keyed by a word of the article kept that whole version of the article alive, and a value
 * computed from the key (a slice, or the key itself when `toLowerCase` or `replace` changed
 * nothing) did the same. Over an editing session that was one full copy of the document per new
 * word (issue 17: heap 11 -> 102 MB over 5,000 edits). Here the key is copied first and the value
 * computed from the copy, and a table is bounded by the characters of its keys, not their count.
 */

/**
 * A copy of `s` that refers to no other string (short strings are copies already), at one byte a
 * character when it can be: V8 stores a cut of a document that has a character past U+00FF
 * anywhere two bytes a character, and a copy of the cut the same way.
 */
export function ownString(s: string): string {
  // A short cut is a copy already, and the byte it could save a character is not worth the
  // round trip (most memo keys are single words, and most lookups of new text miss).
  if (s.length < 13) return s;
  if (LATIN1_ONLY.test(s)) return Buffer.from(s, 'latin1').toString('latin1');
  // Concatenation then slice flattens into a new string; the slice refers to that new string only.
  return (' ' + s).slice(1);
}

const LATIN1_ONLY = /^[\u0000-\u00ff]*$/;

/** The default budget of one table: about a million characters of keys (2 MB at most). */
const MAX_KEY_CHARS = 1 << 20;

/** What a table holds for a value that is `undefined`, so that a miss costs no second lookup (`has`). */
const UNDEFINED: unique symbol = Symbol('undefined');

/** Every StringMemo made, for clearStringMemos (weakly: a table goes when nothing else holds it). */
let memos: WeakRef<StringMemo<unknown>>[] = [];

export class StringMemo<V> {
  private map = new Map<string, V | typeof UNDEFINED>();
  private chars = 0;

  /** `compute`: the value of a key not held; undefined when each `get` gives its own. */
  constructor(
    private readonly compute: ((key: string) => V) | undefined,
    private readonly maxKeyChars = MAX_KEY_CHARS,
  ) {
    memos.push(new WeakRef(this));
  }

  /** The value of `key`, computed (from a copy of the key) by `compute` when not held. */
  get(key: string, compute = this.compute): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit === UNDEFINED ? (undefined as V) : hit;
    if (compute === undefined) throw new TypeError('StringMemo.get: no function to compute a value with');
    if (this.chars > this.maxKeyChars) this.clear();
    const own = ownString(key);
    const value = compute(own);
    this.map.set(own, value === undefined ? UNDEFINED : value);
    // A Map entry costs about as much as 16 characters of key on top of the key itself.
    this.chars += own.length + 16;
    return value;
  }

  clear(): void {
    this.map = new Map();
    this.chars = 0;
  }
}

/** Empties every memo table (core/sharedCaches.ts). */
export function clearStringMemos(): void {
  memos = memos.filter((ref) => {
    const memo = ref.deref();
    memo?.clear();
    return memo !== undefined;
  });
}

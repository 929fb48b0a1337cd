/**
 * Tag sets for the NER tagger: BILOU internally, IOB2 at the API, IOB1 in the CoNLL files.
 *
 * BILOU tag index: 0 = O; for type k (PER=0, ORG=1, LOC=2, MISC=3):
 * B = 1 + 4k, I = 2 + 4k, L = 3 + 4k, U = 4 + 4k.
 */

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];
export const NT = 17;
/** Row index of the "start of sentence" previous tag in transition tables. */
export const START = NT;

export interface TokenSpan {
  /** First token index. */
  start: number;
  /** Token index after the last token. */
  end: number;
  label: NerType;
}

export const tagType = (t: number): number => (t - 1) >> 2;
/** 0 B, 1 I, 2 L, 3 U (undefined for O). */
export const tagKind = (t: number): number => (t - 1) & 3;

/** allowed[prev * NT + cur], prev in 0..NT (NT = START). */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NT + 1) * NT);
  for (let p = 0; p <= NT; p++) {
    for (let c = 0; c < NT; c++) {
      const pOpen = p !== START && p !== 0 && (tagKind(p) === 0 || tagKind(p) === 1);
      let ok: boolean;
      if (pOpen) ok = c !== 0 && tagType(c) === tagType(p) && (tagKind(c) === 1 || tagKind(c) === 2);
      else ok = c === 0 || tagKind(c) === 0 || tagKind(c) === 3;
      a[p * NT + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Tags that may end a sentence: O, L-x, U-x. */
export const ALLOWED_END: Uint8Array = (() => {
  const a = new Uint8Array(NT);
  for (let c = 0; c < NT; c++) a[c] = c === 0 || tagKind(c) === 2 || tagKind(c) === 3 ? 1 : 0;
  return a;
})();

export function spansToBilou(spans: TokenSpan[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    const k = TYPES.indexOf(s.label);
    if (s.end - s.start === 1) out[s.start] = 4 + 4 * k;
    else {
      out[s.start] = 1 + 4 * k;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = 2 + 4 * k;
      out[s.end - 1] = 3 + 4 * k;
    }
  }
  return out;
}

export function bilouToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) {
      open = -1;
      continue;
    }
    const kind = tagKind(t);
    const label = TYPES[tagType(t)];
    if (kind === 3) {
      spans.push({ start: i, end: i + 1, label });
      open = -1;
    } else if (kind === 0) open = i;
    else if (kind === 2) {
      spans.push({ start: open >= 0 ? open : i, end: i + 1, label });
      open = -1;
    } else if (open < 0) open = i;
  }
  return spans;
}

export function spansToIob2(spans: TokenSpan[], n: number): string[] {
  const out: string[] = new Array<string>(n).fill('O');
  for (const s of spans) {
    out[s.start] = 'B-' + s.label;
    for (let i = s.start + 1; i < s.end; i++) out[i] = 'I-' + s.label;
  }
  return out;
}

const OUTSIDE: readonly [string, string] = ['O', ''];
/** splitTag's answers: a tagger has a few dozen tags, and every token of every analysis is split (at most SPLITS kept). */
const splits = new Map<string, readonly [string, string]>();
const SPLITS = 1024;

/** Splits a tag like `B-PER`, `I-ORG`, `O`, `S-LOC`, `U-LOC`, `E-MISC`, `L-MISC` into prefix and type. */
export function splitTag(tag: string): readonly [string, string] {
  if (tag === 'O' || tag === '' || tag === '-X-') return OUTSIDE;
  let known = splits.get(tag);
  if (known === undefined) {
    known = split(tag);
    if (splits.size < SPLITS) splits.set(tag, known);
  }
  return known;
}

function split(tag: string): readonly [string, string] {
  const dash = tag.indexOf('-');
  if (dash < 0) return ['I', tag];
  let p = tag.slice(0, dash).toUpperCase();
  if (p === 'L') p = 'E';
  if (p === 'U') p = 'S';
  return [p, tag.slice(dash + 1)];
}

/** Whether a chunk ends between `prev` and the current tag (conlleval rules, IOB1/IOB2/IOBES). */
export function chunkEnds(prevP: string, prevT: string, p: string, t: string): boolean {
  if (prevP === 'E' || prevP === 'S') return true;
  if (prevP === 'B' || prevP === 'I') return p === 'O' || p === 'B' || p === 'S' || t !== prevT;
  return false;
}

/** Whether a chunk starts at the current tag (conlleval rules, IOB1/IOB2/IOBES). */
export function chunkStarts(prevP: string, prevT: string, p: string, t: string): boolean {
  if (p === 'B' || p === 'S') return true;
  if (p === 'I' || p === 'E') return prevP === 'O' || prevP === 'E' || prevP === 'S' || prevT !== t;
  return false;
}

/** Spans of entities in a tag sequence; accepts IOB1, IOB2, IOBES and BILOU. */
export function chunksFromTags(tags: string[]): { start: number; end: number; label: string }[] {
  const out: { start: number; end: number; label: string }[] = [];
  let prevP = 'O';
  let prevT = '';
  let open = -1;
  for (let i = 0; i <= tags.length; i++) {
    const [p, t] = i < tags.length ? splitTag(tags[i]) : ['O', ''];
    if (open >= 0 && chunkEnds(prevP, prevT, p, t)) {
      out.push({ start: open, end: i, label: prevT });
      open = -1;
    }
    if (chunkStarts(prevP, prevT, p, t)) open = i;
    prevP = p;
    prevT = t;
  }
  return out;
}

/** Entity spans (token indexes, end exclusive) from IOB2 (or IOB1/BILOU) tags. */
export function spansFromTags(tags: string[]): { start: number; end: number; label: NerType }[] {
  return chunksFromTags(tags).filter((c): c is TokenSpan => (TYPES as readonly string[]).includes(c.label));
}

/** Shared state of one recognizer run and the function that records a mention. */
import type { NumberMention, NumberType, NumberValue } from '../article';
import type { Tok } from './lexer';
import type { Ymd } from './dates';

export interface Ctx {
  text: string;
  toks: Tok[];
  /** Number of real tokens (sentinels excluded). */
  n: number;
  sentences: readonly { index: number; start: number; end: number }[];
  article: Ymd | undefined;
  dayFirst: boolean;
  out: NumberMention[];
  /** Per sentence position: does it talk about the future (`will`, `plans to`)? */
  future: Map<number, boolean>;
}

/** Records tokens [a, b) as a mention; returns b. */
export function emit(
  ctx: Ctx,
  a: number,
  b: number,
  type: NumberType,
  value: NumberValue,
  counted?: [number, number],
): number {
  const first = ctx.toks[a]!;
  const last = ctx.toks[b - 1]!;
  const sentence = ctx.sentences.length > 0 ? ctx.sentences[first.sent]!.index : 0;
  const m: NumberMention = { start: first.s, end: last.e, text: ctx.text.slice(first.s, last.e), type, value, sentence };
  if (counted) {
    const cs = ctx.toks[counted[0]]!.s;
    const ce = ctx.toks[counted[1] - 1]!.e;
    m.counted = { start: cs, end: ce, text: ctx.text.slice(cs, ce) };
  }
  ctx.out.push(m);
  return b;
}

const FUTURE_RE = /\b(?:will|won't|'ll|plans?|planned|planning|is due|are due|scheduled|expected to|is set to|are set to|going to|next|upcoming|would|intends?|to attend|to visit|to meet|to travel)\b/i;

/** True when the sentence of token `i` speaks of the future, so a bare weekday is an upcoming one. */
export function sentenceIsFuture(ctx: Ctx, i: number): boolean {
  const pos = ctx.toks[i]!.sent;
  let f = ctx.future.get(pos);
  if (f === undefined) {
    const s = ctx.sentences[pos];
    const slice = s ? ctx.text.slice(s.start, s.end) : ctx.text.slice(Math.max(0, ctx.toks[i]!.s - 200), ctx.toks[i]!.e + 200);
    f = FUTURE_RE.test(slice);
    ctx.future.set(pos, f);
  }
  return f;
}

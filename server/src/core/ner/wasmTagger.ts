/**
 * The run-time tagger's inner loops, in WebAssembly (tagger.wat): summing the model's weight
 * rows of feature keys (a word's lexical vector, a sentence's context keys) and Viterbi decoding.
 *
 * Why: the first analysis of a session runs the tagger's JavaScript in V8's interpreter, since V8
 * optimizes a function only once it has run for a while; these loops cost the first diagnostics
 * about 30 ms, against a few once optimized. WebAssembly is compiled to machine code when the
 * module is instantiated, so it runs at full speed from the first word.
 *
 * The model's feature table, Bloom filter and weights are read in place: ner.bin is read into the
 * module's memory (modelFiles.ts), and this scratch space follows it. The JavaScript loops stay
 * the reference: NerModel runs them where WebAssembly is unavailable or a sentence does not fit
 * the scratch space, training uses decodeSentence, and tests/unit/ner-wasm.test.ts checks that
 * both give the same tags.
 */
import { ALLOWED_END as TAGS_ALLOWED_END, NT as TAGS_NT } from './tags';
import { TAGGER_WASM_BASE64 } from './taggerWasm';
import { PRED, PRED_OFF } from './viterbi';
import { wasmApi, type WasmMemory, type WasmModule } from '../wasm';

const NT = TAGS_NT;

/** Longest sentence, in tokens, handled in WebAssembly (the scratch space is sized for it). */
export const MAX_TOKENS = 2048;
/** Most feature keys of one sentence handled in WebAssembly. */
export const MAX_SENTENCE_KEYS = MAX_TOKENS * 24;
/** Most lexical keys of one word at one window offset (FeatureSet.lexKeys makes at most 15). */
const MAX_WORD_KEYS = 64;

type ViterbiFn = (
  e: number,
  stride: number,
  n: number,
  scale: number,
  nt: number,
  tp: number,
  start: number,
  pred: number,
  predOff: number,
  allowedEnd: number,
  prev: number,
  cur: number,
  back: number,
  out: number,
) => void;

interface TaggerExports {
  setModel(table: number, tMask: number, bloom: number, W: number, w: number): void;
  sumRowLists(keys: number, lens: number, nLists: number, out: number): void;
  sentenceSums(keys: number, off: number, base: number, n: number, e: number): void;
  viterbi: ViterbiFn;
}

let compiled: WasmModule | null | undefined;

/** The compiled module, once per process; null where WebAssembly is unavailable. */
function taggerModule(): WasmModule | null {
  if (compiled === undefined) {
    try {
      compiled = wasmApi ? new wasmApi.Module(Buffer.from(TAGGER_WASM_BASE64, 'base64')) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** The model's tables, as views into the memory the tagger runs in. */
export interface ModelViews {
  table: Int32Array;
  bloom: Int32Array;
  W: Int8Array;
}

export class WasmTagger {
  private readonly x: TaggerExports;
  private readonly i32: Int32Array;
  private readonly u32: Uint32Array;
  private readonly u8: Uint8Array;
  private readonly stride: number;
  // Byte offsets in the memory.
  private readonly tp: number[];
  private readonly start: number[];
  private readonly pred: number;
  private readonly predOff: number;
  private readonly allowedEnd: number;
  private readonly prev: number;
  private readonly cur: number;
  private readonly emissions: number;
  private readonly back: number;
  private readonly out: number;
  private readonly keys: number;
  private readonly offsets: number;
  private readonly lens: number;
  private readonly sums: number;
  /** End of the scratch layout (byte offset). */
  private readonly layoutEnd: number;

  /**
   * A tagger over `memory`, its scratch space from byte `scratchAt` to `scratchEnd`, for
   * emission rows of `stride` scores per token (all passes side by side), with pass p's
   * transition tables `tp[p]` (PRED order) and `start[p]`, and the model's tables (views into
   * `memory`; without them only `decode` may be used). Undefined where WebAssembly is
   * unavailable or the scratch space is too small: the caller runs its JavaScript.
   */
  static create(
    memory: WasmMemory,
    scratchAt: number,
    scratchEnd: number,
    tp: Float64Array[],
    start: Float64Array[],
    stride: number,
    model?: ModelViews,
  ): WasmTagger | undefined {
    const mod = taggerModule();
    if (mod === null || wasmApi === undefined) return undefined;
    if (model && [model.table, model.bloom, model.W].some((v) => v.buffer !== memory.buffer)) return undefined;
    try {
      const instance = new wasmApi.Instance(mod, { env: { memory } });
      const tagger = new WasmTagger(instance.exports as unknown as TaggerExports, memory, scratchAt, tp, start, stride);
      if (tagger.layoutEnd > scratchEnd || scratchEnd > memory.buffer.byteLength) return undefined;
      tagger.init(tp, start);
      if (model) {
        tagger.x.setModel(model.table.byteOffset, model.table.length / 2 - 1, model.bloom.byteOffset, model.W.byteOffset, stride);
      }
      return tagger;
    } catch {
      return undefined;
    }
  }

  private constructor(x: TaggerExports, memory: WasmMemory, scratchAt: number, tp: Float64Array[], start: Float64Array[], stride: number) {
    this.x = x;
    let top = (scratchAt + 7) & ~7;
    const alloc = (bytes: number): number => {
      const at = top;
      top = (top + bytes + 7) & ~7;
      return at;
    };
    this.pred = alloc(PRED.length * 4);
    this.predOff = alloc(PRED_OFF.length * 4);
    this.allowedEnd = alloc(NT);
    this.tp = tp.map(() => alloc(PRED.length * 8));
    this.start = start.map(() => alloc(NT * 8));
    this.prev = alloc(NT * 8);
    this.cur = alloc(NT * 8);
    this.emissions = alloc(MAX_TOKENS * stride * 4);
    this.back = alloc(MAX_TOKENS * NT);
    this.out = alloc(MAX_TOKENS);
    this.keys = alloc(Math.max(MAX_SENTENCE_KEYS, MAX_WORD_KEYS) * 4);
    this.offsets = alloc((MAX_TOKENS + 1) * 4);
    this.lens = alloc(5 * 4);
    this.sums = alloc(5 * stride * 4);
    this.layoutEnd = top;
    this.i32 = new Int32Array(memory.buffer);
    this.u32 = new Uint32Array(memory.buffer);
    this.u8 = new Uint8Array(memory.buffer);
    this.stride = stride;
  }

  private init(tp: Float64Array[], start: Float64Array[]): void {
    this.i32.set(PRED, this.pred / 4);
    this.i32.set(PRED_OFF, this.predOff / 4);
    this.u8.set(TAGS_ALLOWED_END, this.allowedEnd);
    const f64 = new Float64Array(this.i32.buffer);
    tp.forEach((t, p) => f64.set(t, this.tp[p] / 8));
    start.forEach((s, p) => f64.set(s, this.start[p] / 8));
  }

  /**
   * A word's lexical vector: for each window offset o (0..4), the summed rows of `keysAt[o]`,
   * into `out` (5 x stride). False, with `out` untouched, when a key list is too long.
   */
  lexVec(keysAt: Uint32Array[], out: Int16Array): boolean {
    const { stride, i32 } = this;
    if (keysAt.length > 5) return false;
    let at = this.keys / 4;
    for (let o = 0; o < keysAt.length; o++) {
      const keys = keysAt[o];
      if (keys.length > MAX_WORD_KEYS) return false;
      this.u32.set(keys, at);
      i32[this.lens / 4 + o] = keys.length;
      at += keys.length;
    }
    const sums = this.sums / 4;
    i32.fill(0, sums, sums + keysAt.length * stride);
    this.x.sumRowLists(this.keys, this.lens, keysAt.length, this.sums);
    out.set(i32.subarray(sums, sums + keysAt.length * stride));
    return true;
  }

  /**
   * Adds to the emission rows of the `n` tokens from token `first` of `e` the summed rows of
   * their keys, `keys[off[i] .. off[i + 1])` for token i. False, with `e` untouched, when the
   * sentence does not fit the scratch space.
   */
  sentenceSums(e: Int32Array, keys: Uint32Array, off: Int32Array, first: number, n: number): boolean {
    if (n > MAX_TOKENS || off[first + n] - off[first] > MAX_SENTENCE_KEYS) return false;
    if (n === 0) return true;
    const { stride, i32 } = this;
    const rows = e.subarray(first * stride, (first + n) * stride);
    i32.set(rows, this.emissions / 4);
    this.u32.set(keys.subarray(off[first], off[first + n]), this.keys / 4);
    i32.set(off.subarray(first, first + n + 1), this.offsets / 4);
    this.x.sentenceSums(this.keys, this.offsets, off[first], n, this.emissions);
    rows.set(i32.subarray(this.emissions / 4, this.emissions / 4 + n * stride));
    return true;
  }

  /**
   * Tags of the sentence whose `n` tokens start at token `first` of `e` (rows of `stride`
   * scores), decoded with pass p's scores (columns p * NT ..) scaled by `scale`, into `out`.
   * False, with `out` untouched, when the sentence is longer than MAX_TOKENS.
   */
  decode(e: Int32Array, first: number, n: number, p: number, scale: number, out: Uint8Array): boolean {
    if (n > MAX_TOKENS) return false;
    if (n === 0) return true;
    const { stride } = this;
    this.i32.set(e.subarray(first * stride, (first + n) * stride), this.emissions / 4);
    this.x.viterbi(
      this.emissions + p * NT * 4,
      stride,
      n,
      scale,
      NT,
      this.tp[p],
      this.start[p],
      this.pred,
      this.predOff,
      this.allowedEnd,
      this.prev,
      this.cur,
      this.back,
      this.out,
    );
    out.set(this.u8.subarray(this.out, this.out + n));
    return true;
  }
}

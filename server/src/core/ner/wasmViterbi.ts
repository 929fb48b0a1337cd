/**
 * The run-time tagger's Viterbi decoding, in WebAssembly (tagger.wat).
 *
 * Why: the first analysis of a session runs the tagger's JavaScript in V8's interpreter, since
 * V8 optimizes a function only once it has run for a while, and Viterbi's inner loop (every tag
 * times its allowed predecessors, for every token, twice) cost the first diagnostics about 13 ms.
 * WebAssembly is compiled to machine code when the module is instantiated, so it runs at full
 * speed from the first sentence.
 *
 * decodeSentence (viterbi.ts) stays the reference: training uses it, sentences longer than
 * MAX_TOKENS fall back to it, and tests/unit/ner-wasm.test.ts checks that both choose the same tags.
 */
import { ALLOWED_END as TAGS_ALLOWED_END, NT as TAGS_NT } from './tags';
import { TAGGER_WASM_BASE64 } from './taggerWasm';
import { PRED, PRED_OFF } from './viterbi';

const NT = TAGS_NT;

/** Longest sentence, in tokens, decoded in WebAssembly (its scratch memory is sized for it). */
export const MAX_TOKENS = 2048;

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

/**
 * The part of the WebAssembly JavaScript API used here. Node has it as a global, but this
 * project's type libraries (ES2022 and Node's, no DOM) do not declare it.
 */
interface WasmModule {
  readonly kind?: 'module';
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (mod: WasmModule, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}
const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

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

export class WasmViterbi {
  private readonly viterbi: ViterbiFn;
  private readonly e32: Int32Array;
  private readonly u8: Uint8Array;
  private readonly stride: number;
  // Byte offsets in the module's memory.
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

  /**
   * A decoder for emission rows of `stride` scores per token (all passes side by side), with
   * pass p's transition tables `tp[p]` (PRED order) and `start[p]`, as NerModel holds them.
   * Undefined where WebAssembly is unavailable: the caller decodes in JavaScript.
   */
  static create(tp: Float64Array[], start: Float64Array[], stride: number): WasmViterbi | undefined {
    const mod = taggerModule();
    if (mod === null) return undefined;
    try {
      return new WasmViterbi(mod, tp, start, stride);
    } catch {
      return undefined;
    }
  }

  private constructor(mod: WasmModule, tp: Float64Array[], start: Float64Array[], stride: number) {
    let top = 0;
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
    const api = wasmApi as WasmApi; // taggerModule() compiled the module with it
    const memory = new api.Memory({ initial: Math.ceil(top / 65536) });
    const instance = new api.Instance(mod, { env: { memory } });
    this.viterbi = instance.exports.viterbi as ViterbiFn;
    const buf = memory.buffer;
    this.e32 = new Int32Array(buf);
    this.u8 = new Uint8Array(buf);
    this.e32.set(PRED, this.pred / 4);
    this.e32.set(PRED_OFF, this.predOff / 4);
    this.u8.set(TAGS_ALLOWED_END, this.allowedEnd);
    const f64 = new Float64Array(buf);
    tp.forEach((t, p) => f64.set(t, this.tp[p] / 8));
    start.forEach((s, p) => f64.set(s, this.start[p] / 8));
    this.stride = stride;
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
    this.e32.set(e.subarray(first * stride, (first + n) * stride), this.emissions / 4);
    this.viterbi(
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

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { taggerWasmSource } from '../../scripts/build-wasm';
import { loadNerModel } from '../../server/src/core/ner/index';
import { rng } from '../../server/src/core/ner/train';
import { NT } from '../../server/src/core/ner/tags';
import { decodeSentence, PRED, transitionTables } from '../../server/src/core/ner/viterbi';
import { MAX_TOKENS, WasmTagger } from '../../server/src/core/ner/wasmTagger';
import { WASM_SCRATCH_BYTES } from '../../server/src/core/modelFiles';
import { newWasmMemory } from '../../server/src/core/wasm';
import { tokenize } from '../../server/src/core/tokenize';

const ROOT = path.join(__dirname, '..', '..');

/** Random transition tables for `passes` passes, as NerModel builds them from a model's matrices. */
function tables(passes: number, rand: () => number): { tp: Float64Array[]; start: Float64Array[] } {
  const tp: Float64Array[] = [];
  const start: Float64Array[] = [];
  for (let p = 0; p < passes; p++) {
    const trans = Float64Array.from({ length: (NT + 1) * NT }, () => Math.round((rand() - 0.5) * 40) / 8);
    tp.push(new Float64Array(PRED.length));
    start.push(new Float64Array(NT));
    transitionTables(trans, tp[p], start[p]);
  }
  return { tp, start };
}

/** A WebAssembly tagger without a model: only its Viterbi decoding is used. */
function decoder(tp: Float64Array[], start: Float64Array[], stride: number): WasmTagger | undefined {
  const memory = newWasmMemory(WASM_SCRATCH_BYTES);
  expect(memory).toBeDefined();
  return WasmTagger.create(memory!, 0, WASM_SCRATCH_BYTES, tp, start, stride);
}

describe('the tagger WebAssembly module', () => {
  it('is tagger.wat assembled (run `npm run build:wasm` after editing the .wat)', async () => {
    const committed = fs.readFileSync(path.join(ROOT, 'server/src/core/ner/taggerWasm.ts'), 'utf8');
    expect(committed).toBe(await taggerWasmSource());
  });

  it('decodes every sentence as decodeSentence does, ties and forbidden starts included', () => {
    const rand = rng(7);
    const stride = 2 * NT;
    const { tp, start } = tables(2, rand);
    const wasm = decoder(tp, start, stride);
    expect(wasm).toBeDefined();
    let differ = 0;
    for (let round = 0; round < 400; round++) {
      const n = 1 + Math.floor(rand() * (round % 10 === 0 ? 300 : 40));
      const first = Math.floor(rand() * 5);
      // Small integer scores make ties between paths common: the first best predecessor must win in both.
      const range = round % 2 === 0 ? 3 : 2000;
      const e = Int32Array.from({ length: (first + n + 2) * stride }, () => Math.floor(rand() * range) - (range >> 1));
      for (let p = 0; p < 2; p++) {
        const scale = p === 0 ? 1 : 0.25 + rand();
        const viaJs = new Uint8Array(n);
        const viaWasm = new Uint8Array(n);
        decodeSentence(e, first * stride + p * NT, stride, scale, tp[p], start[p], n, viaJs);
        expect(wasm!.decode(e, first, n, p, scale, viaWasm)).toBe(true);
        expect(Array.from(viaWasm)).toEqual(Array.from(viaJs));
        if (viaJs.some((t, i) => t !== viaJs[0] && i > 0)) differ++;
      }
    }
    // The comparison is not between two constant outputs.
    expect(differ).toBeGreaterThan(100);
  });

  it('leaves sentences longer than MAX_TOKENS to the caller', () => {
    const rand = rng(3);
    const { tp, start } = tables(1, rand);
    const wasm = decoder(tp, start, NT)!;
    const out = new Uint8Array(MAX_TOKENS + 1).fill(9);
    expect(wasm.decode(new Int32Array((MAX_TOKENS + 1) * NT), 0, MAX_TOKENS + 1, 0, 1, out)).toBe(false);
    expect(out.every((t) => t === 9)).toBe(true);
  });

  it('tags real articles exactly as the JavaScript loops do, and a sentence too long for its scratch space', () => {
    const model = loadNerModel();
    const sentences: string[][] = [];
    for (const dir of ['seeds', 'tests/fixtures', 'eval/claims', 'eval/numbers']) {
      const abs = path.join(ROOT, dir);
      if (!fs.existsSync(abs)) continue;
      for (const f of fs.readdirSync(abs).filter((x) => /\.(news|md|txt)$/.test(x)).sort()) {
        const text = fs.readFileSync(path.join(abs, f), 'utf8');
        for (const line of text.split('\n')) {
          const words = tokenize(line, 0, line.length).map((t) => t.text);
          if (words.length > 0) sentences.push(words);
        }
      }
    }
    expect(sentences.length).toBeGreaterThan(100);
    // One run-on "sentence" longer than the WebAssembly scratch holds.
    sentences.push(sentences.flat().slice(0, MAX_TOKENS + 50));
    const viaWasm = model.tagDocument(sentences);
    expect(model.taggingInWasm).toBe(true);
    model.useWasm = false;
    // Word vectors are cached on the word: start again so that the JavaScript computes its own.
    model.fs.clearCache();
    const viaJs = model.tagDocument(sentences);
    expect(model.taggingInWasm).toBe(false);
    expect(viaWasm).toEqual(viaJs);
    expect(viaWasm.flat().filter((t) => t !== 'O').length).toBeGreaterThan(200);
  });
});

import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readModelFile, resolveModelFile, WASM_SCRATCH_BYTES, wasmMemoryOf } from '../../server/src/core/modelFiles';
import { NerModel } from '../../server/src/core/ner/model';
import { Gazetteer } from '../../server/src/core/ner/gazetteer';

describe('the NER model file in WebAssembly memory', () => {
  const model = resolveModelFile('ner.bin')!;

  it('is read into a WebAssembly memory with the tagger scratch space after it', () => {
    const direct = readModelFile(model);
    const memory = wasmMemoryOf(direct);
    expect(memory).toBeDefined();
    expect(memory!.buffer.byteLength).toBeGreaterThanOrEqual(direct.length + WASM_SCRATCH_BYTES);
    expect(direct.equals(fs.readFileSync(model))).toBe(true);
    // Other model files are plain buffers, and a view inside a memory is not the model's memory.
    expect(wasmMemoryOf(readModelFile(resolveModelFile('ner-gazetteer.txt')!))).toBeUndefined();
    expect(wasmMemoryOf(direct.subarray(8))).toBeUndefined();
  });

  it('is copied there when the model comes from a plain buffer, and tags the same', () => {
    const gazText = fs.readFileSync(resolveModelFile('ner-gazetteer.txt')!);
    const inMemory = NerModel.fromBuffer(readModelFile(model), new Gazetteer(gazText));
    const copied = NerModel.fromBuffer(fs.readFileSync(model), new Gazetteer(gazText));
    expect(inMemory.taggingInWasm).toBe(true);
    expect(copied.taggingInWasm).toBe(true);
    const sentence = [['Amina', 'Yusuf', 'of', 'the', 'Kenya', 'Red', 'Cross', 'spoke', 'in', 'Mombasa', '.']];
    expect(copied.tagDocument(sentence)).toEqual(inMemory.tagDocument(sentence));
    expect(inMemory.tagDocument(sentence)[0].filter((t) => t !== 'O').length).toBeGreaterThan(3);
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_ANALYSIS_FILES, prefetchModelFiles, readModelFile, resolveModelFile, WASM_SCRATCH_BYTES, wasmMemoryOf } from '../../server/src/core/modelFiles';
import { NerModel } from '../../server/src/core/ner/model';
import { Gazetteer } from '../../server/src/core/ner/gazetteer';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-prefetch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Resolves once the prefetch reads queued before it have called back (they run on the thread pool). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('model files read ahead at server start', () => {
  it('hands over the prefetched bytes once, then reads the file again', async () => {
    const file = path.join(dir, 'a.bin');
    const bytes = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 7) & 255));
    fs.writeFileSync(file, bytes);
    prefetchModelFiles([file]);
    await settle();
    // The file changes on disk after the read: the first taker gets what was read ahead...
    fs.writeFileSync(file, Buffer.from('changed'));
    expect(readModelFile(file).equals(bytes)).toBe(true);
    // ...and it is taken only once: the next reader reads the file as it is now.
    expect(readModelFile(file).toString()).toBe('changed');
  });

  it('reads the file itself when the read ahead has not finished yet', () => {
    const file = path.join(dir, 'b.txt');
    fs.writeFileSync(file, 'first');
    prefetchModelFiles([file]);
    // Synchronously after starting: the read's callback cannot have run yet.
    fs.writeFileSync(file, 'second');
    expect(readModelFile(file).toString()).toBe('second');
  });

  it('skips files it cannot open and leaves the error to the reader', async () => {
    const missing = path.join(dir, 'missing.bin');
    prefetchModelFiles([missing, dir]);
    await settle();
    expect(() => readModelFile(missing)).toThrow(/ENOENT/);
    expect(() => readModelFile(dir)).toThrow(/EISDIR/);
  });

  it('drops what nobody takes', async () => {
    const file = path.join(dir, 'c.txt');
    fs.writeFileSync(file, 'kept briefly');
    prefetchModelFiles([file], 10);
    await settle();
    fs.writeFileSync(file, 'on disk now');
    expect(readModelFile(file).toString()).toBe('on disk now');
  });

  it('names files that exist in the shipped models', () => {
    for (const name of FIRST_ANALYSIS_FILES) expect(resolveModelFile(name), name).toBeDefined();
  });
});

describe('the NER model file in WebAssembly memory', () => {
  const model = resolveModelFile('ner.bin')!;

  it('is read into a WebAssembly memory with the tagger scratch space after it, read ahead or not', async () => {
    const direct = readModelFile(model);
    const memory = wasmMemoryOf(direct);
    expect(memory).toBeDefined();
    expect(memory!.buffer.byteLength).toBeGreaterThanOrEqual(direct.length + WASM_SCRATCH_BYTES);
    expect(direct.equals(fs.readFileSync(model))).toBe(true);
    prefetchModelFiles([model]);
    await settle();
    const ahead = readModelFile(model);
    expect(wasmMemoryOf(ahead)).toBeDefined();
    expect(ahead.equals(direct)).toBe(true);
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

import * as fs from 'node:fs';
import * as path from 'node:path';
import { newWasmMemory, type WasmMemory } from './wasm';

/**
 * Where a model or knowledge file is: next to the bundle (`dist/models/`), else in `server/models/`
 * of the nearest folder above this module (running from source: tests, scripts). Undefined when
 * neither has it.
 */
export function resolveModelFile(name: string): string | undefined {
  const bundled = path.join(__dirname, 'models', name);
  if (fs.existsSync(bundled)) return bundled;
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'server', 'models', name);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Bytes after a file read into WebAssembly memory: the tagger's scratch space (wasmTagger.ts
 * checks that its layout fits).
 */
export const WASM_SCRATCH_BYTES = 1 << 20;

/**
 * Files read into a WebAssembly memory, their bytes at offset 0 and WASM_SCRATCH_BYTES after
 * them: the tagger's WebAssembly reads the model's feature table and weights in place.
 */
const IN_WASM_MEMORY = /(?:^|[\\/])ner\.bin$/;

const memories = new WeakMap<ArrayBuffer, WasmMemory>();

/** A `size`-byte buffer at offset 0 of a new WebAssembly memory with WASM_SCRATCH_BYTES after it. */
export function inWasmMemory(size: number): Buffer | undefined {
  const memory = newWasmMemory(size + WASM_SCRATCH_BYTES);
  if (memory === undefined) return undefined;
  memories.set(memory.buffer, memory);
  return Buffer.from(memory.buffer, 0, size);
}

/** The WebAssembly memory holding `bytes` at its offset 0, as `readModelFile` reads ner.bin; else undefined. */
export function wasmMemoryOf(bytes: Uint8Array): WasmMemory | undefined {
  if (bytes.byteOffset !== 0) return undefined;
  return memories.get(bytes.buffer as ArrayBuffer);
}

/** The bytes of a model file (ner.bin in WebAssembly memory where available). */
export function readModelFile(file: string): Buffer {
  if (!IN_WASM_MEMORY.test(file)) return fs.readFileSync(file);
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = inWasmMemory(size) ?? Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = fs.readSync(fd, bytes, got, size - got, got);
      if (n === 0) throw new Error(`${file}: file shrank while being read`);
      got += n;
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

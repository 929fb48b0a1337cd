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

/** The model and knowledge files the first analysis of an article reads. */
export const FIRST_ANALYSIS_FILES = [
  'ner.bin',
  'ner-gazetteer.txt',
  'knowledge-cities.tsv',
  'knowledge-countries.json',
  'knowledge-names.tsv',
];

interface Prefetch {
  bytes: Buffer;
  done: boolean;
}

/**
 * Bytes after a file read into WebAssembly memory: the tagger's scratch space (wasmTagger.ts
 * checks that its layout fits).
 */
export const WASM_SCRATCH_BYTES = 1 << 20;

/**
 * Files read into a WebAssembly memory, their bytes at offset 0 and WASM_SCRATCH_BYTES after
 * them: the tagger's WebAssembly reads the model's feature table and weights in place. Copying
 * the 5 MB there after reading would cost the first analysis about 17 ms of page faults; reading
 * straight into it costs nothing more (on the thread pool, when prefetched).
 */
const IN_WASM_MEMORY = /(?:^|[\\/])ner\.bin$/;

/** Shared through the global object: the server's loader and the server bundle are separate bundles. */
const REGISTRY = Symbol.for('newsmark.prefetchedModelFiles');
const MEMORIES = Symbol.for('newsmark.modelFileMemories');

function registry(): Map<string, Prefetch> {
  const holder = globalThis as { [REGISTRY]?: Map<string, Prefetch> };
  return (holder[REGISTRY] ??= new Map());
}

function memories(): WeakMap<ArrayBuffer, WasmMemory> {
  const holder = globalThis as { [MEMORIES]?: WeakMap<ArrayBuffer, WasmMemory> };
  return (holder[MEMORIES] ??= new WeakMap());
}

/** A buffer for a file of `size` bytes: in a WebAssembly memory for IN_WASM_MEMORY files (where available). */
function allocate(file: string, size: number): Buffer {
  if (IN_WASM_MEMORY.test(file)) return inWasmMemory(size) ?? Buffer.allocUnsafe(size);
  return Buffer.allocUnsafe(size);
}

/** A `size`-byte buffer at offset 0 of a new WebAssembly memory with WASM_SCRATCH_BYTES after it. */
export function inWasmMemory(size: number): Buffer | undefined {
  const memory = newWasmMemory(size + WASM_SCRATCH_BYTES);
  if (memory === undefined) return undefined;
  memories().set(memory.buffer, memory);
  return Buffer.from(memory.buffer, 0, size);
}

/** The WebAssembly memory holding `bytes` at its offset 0, as `readModelFile` reads ner.bin; else undefined. */
export function wasmMemoryOf(bytes: Uint8Array): WasmMemory | undefined {
  if (bytes.byteOffset !== 0) return undefined;
  return memories().get(bytes.buffer as ArrayBuffer);
}

/**
 * Starts reading `files` (absolute paths) on libuv's thread pool, one read() each into a buffer
 * of the file's size, for `readModelFile` to take later. Filling fresh memory costs page faults
 * (about 3 ms per MB on the 2-core VMs we measure on; the files are 7.4 MB), and this way they are
 * taken on another core while the main thread loads the server bundle. A file that cannot be
 * opened is skipped (its reader reports it); buffers nobody takes are dropped after `keepMs`.
 */
export function prefetchModelFiles(files: string[], keepMs = 60000): void {
  const reg = registry();
  for (const file of files) {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      continue;
    }
    let size: number;
    try {
      size = fs.fstatSync(fd).size;
    } catch {
      fs.closeSync(fd);
      continue;
    }
    const entry: Prefetch = { bytes: allocate(file, size), done: false };
    reg.set(file, entry);
    fs.read(fd, entry.bytes, 0, size, 0, (err, n) => {
      fs.close(fd, () => undefined);
      if (err || n !== size) {
        if (reg.get(file) === entry) reg.delete(file);
      } else entry.done = true;
    });
  }
  if (reg.size > 0) setTimeout(() => reg.clear(), keepMs).unref();
}

/**
 * The bytes of a model file: the prefetched buffer when its read has finished (taken once), else
 * read now.
 */
export function readModelFile(file: string): Buffer {
  const reg = registry();
  const entry = reg.get(file);
  if (entry !== undefined) {
    reg.delete(file);
    if (entry.done) return entry.bytes;
  }
  if (!IN_WASM_MEMORY.test(file)) return fs.readFileSync(file);
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = allocate(file, size);
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

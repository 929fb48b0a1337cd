import * as fs from 'node:fs';
import * as path from 'node:path';

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

/** Shared through the global object: the server's loader and the server bundle are separate bundles. */
const REGISTRY = Symbol.for('newsmark.prefetchedModelFiles');

function registry(): Map<string, Prefetch> {
  const holder = globalThis as { [REGISTRY]?: Map<string, Prefetch> };
  return (holder[REGISTRY] ??= new Map());
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
    const entry: Prefetch = { bytes: Buffer.allocUnsafe(size), done: false };
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
  return fs.readFileSync(file);
}

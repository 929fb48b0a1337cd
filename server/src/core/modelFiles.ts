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

/** The bytes of a model file. */
export function readModelFile(file: string): Buffer {
  return fs.readFileSync(file);
}

/** The bytes of a model file, or undefined when there is no such file. */
export function readModelFileIfAny(file: string): Buffer | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

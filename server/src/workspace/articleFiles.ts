import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.news', '.article', '.txt', '.md'];

/** Language of a file for analysis, from its extension. */
export function languageOf(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'plaintext';
  return 'news';
}

export class InputError extends Error {}

/** Expands directories (recursively, sorted) into article files; files are kept as given. */
export function collectFiles(paths: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      errors.push(`${p}: no such file or directory`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

export interface ReadResult {
  text: string;
  /** A problem worth reporting; the text may still be usable (invalid UTF-8 is decoded with U+FFFD). */
  warning?: string;
}

/**
 * Reads an article as UTF-8 text. Throws InputError with a one-line reason for files that are
 * not text (NUL bytes), too large, or unreadable. Invalid UTF-8 is decoded with replacement
 * characters and reported, so nothing else in the file is lost.
 */
export function readArticle(path: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
    if (st.size > maxBytes) {
      throw new InputError(
        `${path}: file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB, see --max-size)`,
      );
    }
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read file (${code ?? (err as Error).message})`);
  }
  const sample = buf.subarray(0, Math.min(buf.length, 65536));
  if (sample.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), not an article`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    const bad = firstInvalidUtf8(buf);
    return { text, warning: `${path}: invalid UTF-8 at byte ${bad}; decoded with replacement characters (U+FFFD)` };
  }
}

function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return i;
    for (let k = 1; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}

import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
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

/** A system error as a reader would say it (`no such file or directory`, not `ENOENT`). */
export function errnoMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENAMETOOLONG':
      return 'path too long';
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

/**
 * Expands directories (recursively, sorted) into article files; files are kept as given. An
 * entry that cannot be read (a dangling symlink, a symlink loop, an unreadable folder) is
 * reported in `errors` and the walk goes on with the rest.
 */
export function collectFiles(paths: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  // Real paths of the folders walked (each once) and of the folders the walk is inside (a link
  // back to one of those is a loop; a link to a folder walked elsewhere is only skipped).
  const seen = new Set<string>();
  const inside: string[] = [];
  const walk = (dir: string): void => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      if (inside.includes(real)) {
        errors.push(`${dir}: symbolic link loop (back to ${real}), skipped`);
        return;
      }
      if (seen.has(real)) return;
      seen.add(real);
      names = readdirSync(dir).sort();
    } catch (err) {
      errors.push(`${dir}: cannot read folder (${errnoMessage(err)})`);
      return;
    }
    inside.push(real);
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const article = ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
      let st;
      try {
        st = statSync(full);
      } catch (err) {
        // A broken link to something that is not an article is no loss; one to an article is.
        if (article || lstatOrUndefined(full)?.isSymbolicLink() !== true) errors.push(`${full}: ${errnoMessage(err)}`);
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (article) files.push(full);
    }
    inside.pop();
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      errors.push(`${p}: ${errnoMessage(err)}`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** A size for a message: `512 bytes`, `12.5 KB`, `3.2 MB`. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} byte${Math.round(bytes) === 1 ? '' : 's'}`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The --max-size limit as given (`1 MB`, `0.001 MB (1.0 KB)`), never rounded to `0 MB`. */
function limitText(bytes: number): string {
  const mb = `${Number((bytes / 1048576).toPrecision(3))} MB`;
  return bytes < 1048576 ? `${mb} (${sizeText(bytes)})` : mb;
}

export interface ReadResult {
  text: string;
  /** A problem worth reporting; the text may still be usable (invalid UTF-8 is decoded with U+FFFD). */
  warning?: string;
}

/**
 * Reads an article as UTF-8 text. Throws InputError with a one-line reason for files that are
 * UTF-16, not text (a NUL byte anywhere), too large, or unreadable. Invalid UTF-8 is decoded with replacement
 * characters and reported, so nothing else in the file is lost.
 */
export function readArticle(path: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
    if (st.size > maxBytes) {
      throw new InputError(
        `${path}: file is too large (${sizeText(st.size)}; the limit is ${limitText(maxBytes)}, see --max-size)`,
      );
    }
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot read file (${errnoMessage(err)})`);
  }
  const utf16 = utf16Name(buf);
  if (utf16) throw new InputError(`${path}: ${utf16} text, not UTF-8; please save it as UTF-8`);
  if (buf.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), not an article`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    const bad = firstInvalidUtf8(buf);
    return { text, warning: `${path}: invalid UTF-8 at byte ${bad}; decoded with replacement characters (U+FFFD)` };
  }
}

/**
 * `UTF-16LE`/`UTF-16BE` for a file that starts with that byte-order mark, or (no mark) whose
 * first 512 bytes hold NULs in every other byte as UTF-16 Latin text does; else undefined.
 */
function utf16Name(buf: Buffer): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'UTF-16LE';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'UTF-16LE';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'UTF-16BE';
  return undefined;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode 15,
 * table 3-7): overlong forms (`E0 80..9F`, `F0 80..8F`), encoded surrogates (`ED A0..BF`) and
 * code points over U+10FFFF (`F4 90..BF`) are ill-formed like any bad byte.
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return i;
    const second = buf[i + 1];
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (n > 1 && (second < lo || second > hi)) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}

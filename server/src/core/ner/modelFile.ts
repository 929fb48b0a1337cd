/**
 * The NER model file (ner.bin), format 4, little endian:
 *   8 bytes magic `NMNER\0\0\x04`, u32 header length, header JSON (utf8), padding to 4,
 *   i32 table[tableSize * 2]: open-addressing (feature hash, row) pairs, row -1 for an empty slot,
 *   int8 weights[nrows * passes * NT] (row r holds pass 0's NT scores, then pass 1's), padding to 4,
 *   per pass f32 trans[(NT+1) * NT],
 *   then the lower-case training vocabulary (utf8, one word per line, sorted in byte order), its
 *   length in the header.
 * Everything the tagger needs is stored ready to use, so loading views the bytes in place and
 * builds nothing (this is on the path of the language server's first diagnostics).
 */
import { byteOrder, SortedLines } from '../sortedLines';
import { NT } from './tags';

export interface RawPass {
  keys: Uint32Array;
  W: Float32Array;
  trans: Float32Array | Float64Array;
}

interface Header {
  version: 4;
  nt: number;
  nrows: number;
  /** Slots of the open-addressing feature table (a power of two). */
  tableSize: number;
  passes: { scale: number }[];
  vocabBytes: number;
  meta: Record<string, string | number>;
}

const MAGIC = Buffer.from([0x4e, 0x4d, 0x4e, 0x45, 0x52, 0, 0, 4]);
const pad4 = (n: number): number => (n + 3) & ~3;

/** Writes the model: the union of the passes' features whose 8-bit weight is non-zero in some pass. */
export function serializeModel(passes: RawPass[], vocab: string[], meta: Record<string, string | number>): Buffer {
  const np = passes.length;
  const scales = passes.map((p) => {
    let maxAbs = 0;
    for (let i = 0; i < p.W.length; i++) maxAbs = Math.max(maxAbs, Math.abs(p.W[i]));
    return maxAbs / 127 || 1;
  });
  // key -> quantized row per pass
  const rows = new Map<number, Int8Array>();
  passes.forEach((p, pi) => {
    for (let f = 0; f < p.keys.length; f++) {
      let any = false;
      const q = new Int8Array(NT);
      for (let t = 0; t < NT; t++) {
        q[t] = Math.round(p.W[f * NT + t] / scales[pi]);
        if (q[t] !== 0) any = true;
      }
      if (!any) continue;
      let row = rows.get(p.keys[f]);
      if (row === undefined) rows.set(p.keys[f], (row = new Int8Array(np * NT)));
      row.set(q, pi * NT);
    }
  });
  // Sorted by key so the file is deterministic regardless of training feature order.
  const keys = Uint32Array.from([...rows.keys()].sort((a, b) => a - b));
  const W = new Int8Array(keys.length * np * NT);
  keys.forEach((k, r) => W.set(rows.get(k)!, r * np * NT));
  return encodeModel(keys, W, passes.map((p) => Float32Array.from(p.trans)), scales, vocab, meta);
}

/**
 * The open-addressing table of (feature key, row) pairs (row -1: empty slot; linear probing from
 * `key & (size - 1)`, size the first power of two from 1024 at least twice the rows).
 */
function lookupTable(keys: Uint32Array): Int32Array {
  let size = 1024;
  while (size < keys.length * 2) size *= 2;
  const table = new Int32Array(size * 2).fill(-1);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    let s = keys[r] & mask;
    while (table[s * 2 + 1] >= 0) s = (s + 1) & mask;
    table[s * 2] = keys[r] | 0;
    table[s * 2 + 1] = r;
  }
  return table;
}

/**
 * Writes the model file (format 4): magic, header length and JSON header, then, 4-byte aligned,
 * the feature table (built here, so loading builds nothing), the rows of int8
 * weights (row x pass x tag), each pass's Float32 transition scores, and the vocabulary (one
 * word per line).
 */
function encodeModel(
  keys: Uint32Array,
  W: Int8Array,
  trans: Float32Array[],
  scales: number[],
  vocab: string[],
  meta: Record<string, string | number>,
): Buffer {
  const table = lookupTable(keys);
  const wb = Buffer.from(W.buffer, W.byteOffset, W.byteLength);
  const body: Buffer[] = [Buffer.from(table.buffer), wb, Buffer.alloc(pad4(wb.length) - wb.length)];
  for (const tr of trans) body.push(Buffer.from(tr.buffer, tr.byteOffset, tr.byteLength));
  const words = vocab.filter((w) => w.length > 0 && !/[\t\n]/.test(w)).sort(byteOrder);
  const vocabBuf = Buffer.from(words.join('\n'), 'utf8');
  const header: Header = {
    version: 4,
    nt: NT,
    nrows: keys.length,
    tableSize: table.length / 2,
    passes: scales.map((scale) => ({ scale })),
    vocabBytes: vocabBuf.length,
    meta,
  };
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length);
  const headLen = 8 + 4 + hb.length;
  return Buffer.concat([MAGIC, len, hb, Buffer.alloc(pad4(headLen) - headLen), ...body, vocabBuf]);
}

/** The parts of a model file, viewing its bytes. */
export interface ModelFile {
  table: Int32Array;
  W: Int8Array;
  trans: Float64Array[];
  scales: number[];
  vocab: SortedLines;
  meta: Record<string, string | number>;
}

/** Reads a model file's parts; a file of another format or length is rejected with a clear error. */
export function decodeModelFile(buf: Buffer): ModelFile {
  if (!buf.subarray(0, 8).equals(MAGIC)) throw new Error('ner.bin: bad magic or old format (retrain with npm run train:ner)');
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header;
  if (header.nt !== NT) throw new Error('ner.bin: tag set mismatch');
  // Typed arrays need 4-byte alignment: view the file in place when it is aligned, else copy once.
  let ab = buf.buffer;
  let base = buf.byteOffset;
  if (base % 4 !== 0) {
    ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    base = 0;
  }
  let off = base + pad4(12 + hlen);
  const nr = header.nrows;
  const np = header.passes.length;
  const size = header.tableSize;
  if (!(size >= nr && (size & (size - 1)) === 0)) throw new Error('ner.bin: bad feature table size');
  const length = pad4(12 + hlen) + size * 8 + pad4(nr * np * NT) + np * (NT + 1) * NT * 4 + header.vocabBytes;
  if (buf.length !== length) throw new Error('ner.bin: truncated or malformed');
  const table = new Int32Array(ab, off, size * 2);
  off += size * 8;
  const W = new Int8Array(ab, off, nr * np * NT);
  off += pad4(nr * np * NT);
  const trans: Float64Array[] = [];
  for (let p = 0; p < np; p++) {
    trans.push(Float64Array.from(new Float32Array(ab, off, (NT + 1) * NT)));
    off += (NT + 1) * NT * 4;
  }
  const vocab = new SortedLines(buf.subarray(off - base, off - base + header.vocabBytes), false);
  return { table, W, trans, scales: header.passes.map((p) => p.scale), vocab, meta: header.meta };
}

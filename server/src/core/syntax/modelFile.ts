/**
 * The syntax model file (`server/models/syntax.bin`): a part-of-speech tagger and a chunker, each
 * an averaged perceptron whose weights are quantized to 8 bits and stored sparsely (a feature key
 * keeps only the tags it has a weight for). Little-endian layout:
 *
 *   'NMSY' u32 version, u32 header length, header JSON (tag lists, meta), padding to 4 bytes;
 *   then per model (POS, then chunk): u32 keys, u32 table size (a power of two), u32 pairs,
 *   i32[2 x size] open-addressing table of (key, row) with row -1 for an empty slot,
 *   u32[keys + 1] row offsets into the pairs, i16[pairs] weights, u8[pairs] tags, padding to 4.
 *
 * Decoding makes typed-array views on the buffer (a copy only when it is not 4-byte aligned).
 */

export interface SparseModel {
  tags: string[];
  /** (key, row) pairs; row -1 marks an empty slot. */
  table: Int32Array;
  mask: number;
  offsets: Uint32Array;
  pairTags: Uint8Array;
  pairWeights: Int16Array;
}

export interface SyntaxModelFile {
  pos: SparseModel;
  chunk: SparseModel;
  meta: Record<string, string | number>;
}

const MAGIC = 0x59534d4e; // 'NMSY'
const VERSION = 2;

/** Quantized weights of one model: key -> [tag, weight, tag, weight, ...] (weights in -32767..32767). */
export type QuantizedWeights = Map<number, number[]>;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Slots of the open-addressing table: a power of two, at most three quarters full. */
function tableSize(keys: number): number {
  let size = 1;
  while (size * 3 < keys * 4) size <<= 1;
  return size;
}

function modelBytes(w: QuantizedWeights): number {
  let pairs = 0;
  for (const v of w.values()) pairs += v.length / 2;
  return 12 + 8 * tableSize(w.size) + 4 * (w.size + 1) + pad4(3 * pairs);
}

function writeModel(buf: Buffer, at: number, w: QuantizedWeights): number {
  const keys = [...w.keys()].sort((a, b) => a - b);
  const size = tableSize(keys.length);
  let pairs = 0;
  for (const v of w.values()) pairs += v.length / 2;
  buf.writeUInt32LE(keys.length, at);
  buf.writeUInt32LE(size, at + 4);
  buf.writeUInt32LE(pairs, at + 8);
  at += 12;
  const table = new Int32Array(2 * size);
  for (let s = 0; s < size; s++) table[2 * s + 1] = -1;
  keys.forEach((k, row) => {
    let s = (k | 0) & (size - 1);
    while (table[2 * s + 1] >= 0) s = (s + 1) & (size - 1);
    table[2 * s] = k | 0;
    table[2 * s + 1] = row;
  });
  for (let i = 0; i < table.length; i++) buf.writeInt32LE(table[i], at + 4 * i);
  at += 8 * size;
  let off = 0;
  const weightsAt = at + 4 * (keys.length + 1);
  const tagsAt = weightsAt + 2 * pairs;
  keys.forEach((k, row) => {
    buf.writeUInt32LE(off, at + 4 * row);
    const v = w.get(k)!;
    for (let j = 0; j < v.length; j += 2) {
      buf.writeUInt8(v[j], tagsAt + off);
      buf.writeInt16LE(v[j + 1], weightsAt + 2 * off);
      off++;
    }
  });
  buf.writeUInt32LE(off, at + 4 * keys.length);
  return weightsAt + pad4(3 * pairs);
}

export function encodeSyntaxModel(
  posTags: string[],
  pos: QuantizedWeights,
  chunkTags: string[],
  chunk: QuantizedWeights,
  meta: Record<string, string | number>,
): Buffer {
  const header = Buffer.from(JSON.stringify({ posTags, chunkTags, meta }), 'utf8');
  const headerEnd = pad4(12 + header.length);
  const buf = Buffer.alloc(headerEnd + modelBytes(pos) + modelBytes(chunk));
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(VERSION, 4);
  buf.writeUInt32LE(header.length, 8);
  header.copy(buf, 12);
  const afterPos = writeModel(buf, headerEnd, pos);
  writeModel(buf, afterPos, chunk);
  return buf;
}

function readModel(bytes: Uint8Array, at: number, tags: string[]): { model: SparseModel; end: number } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = dv.getUint32(at, true);
  const size = dv.getUint32(at + 4, true);
  const pairs = dv.getUint32(at + 8, true);
  at += 12;
  const table = new Int32Array(bytes.buffer, bytes.byteOffset + at, 2 * size);
  at += 8 * size;
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + at, keys + 1);
  at += 4 * (keys + 1);
  const pairWeights = new Int16Array(bytes.buffer, bytes.byteOffset + at, pairs);
  const pairTags = new Uint8Array(bytes.buffer, bytes.byteOffset + at + 2 * pairs, pairs);
  return { model: { tags, table, mask: size - 1, offsets, pairTags, pairWeights }, end: at + pad4(3 * pairs) };
}

export function decodeSyntaxModel(input: Uint8Array): SyntaxModelFile {
  // Typed-array views need 4-byte alignment.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || dv.getUint32(0, true) !== MAGIC) throw new Error('not a syntax model file');
  if (dv.getUint32(4, true) !== VERSION) throw new Error(`syntax model file version ${dv.getUint32(4, true)}, expected ${VERSION}`);
  const headerLength = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as {
    posTags: string[];
    chunkTags: string[];
    meta: Record<string, string | number>;
  };
  const pos = readModel(bytes, pad4(12 + headerLength), header.posTags);
  const chunk = readModel(bytes, pos.end, header.chunkTags);
  return { pos: pos.model, chunk: chunk.model, meta: header.meta };
}

#!/usr/bin/env node
// Draws the extension icon (media/icon.png, 128x128): a newspaper page on a blue tile, its lines
// of text, one name underlined in the entity colour and one claim flagged with a warning wave.
// Plain Node (zlib): run `node scripts/make-icon.mjs` after changing it; the PNG is committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const S = 128;
const px = new Uint8Array(S * S * 4);

function blend(x, y, [r, g, b], a = 1) {
  if (x < 0 || y < 0 || x >= S || y >= S || a <= 0) return;
  const i = (y * S + x) * 4;
  const A = Math.min(1, a);
  const da = px[i + 3] / 255;
  const oa = A + da * (1 - A);
  for (const [k, c] of [[0, r], [1, g], [2, b]]) px[i + k] = Math.round((c * A + px[i + k] * da * (1 - A)) / (oa || 1));
  px[i + 3] = Math.round(oa * 255);
}

/** A filled rounded rectangle, anti-aliased on its corners by 4x4 supersampling. */
function roundRect(x0, y0, x1, y1, r, colour) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const X = x + (sx + 0.5) / 4;
          const Y = y + (sy + 0.5) / 4;
          if (X < x0 || X > x1 || Y < y0 || Y > y1) continue;
          const cx = Math.min(Math.max(X, x0 + r), x1 - r);
          const cy = Math.min(Math.max(Y, y0 + r), y1 - r);
          if ((X - cx) ** 2 + (Y - cy) ** 2 <= r * r) inside++;
        }
      }
      blend(x, y, colour, inside / 16);
    }
  }
}

const BLUE = [0x1f, 0x4e, 0x8c];
const PAGE = [0xfa, 0xf7, 0xf0];
const INK = [0x3a, 0x3f, 0x4a];
const GOLD = [0xe5, 0xa0, 0x1b];
const RED = [0xd9, 0x48, 0x3b];

roundRect(0, 0, 128, 128, 24, BLUE);
roundRect(24, 16, 104, 112, 6, PAGE);
// Masthead
roundRect(32, 24, 96, 34, 2, INK);
// Text lines
const lines = [44, 54, 64, 74, 84, 94];
for (const y of lines) roundRect(32, y, y === 94 ? 78 : 96, y + 4, 2, [0x9a, 0xa0, 0xab]);
// A name on the second line, underlined in gold
roundRect(32, 54, 60, 58, 2, INK);
roundRect(32, 60, 60, 62.5, 1.2, GOLD);
// A claim on the fourth line, with a red warning wave under it
roundRect(52, 74, 92, 78, 2, INK);
for (let x = 52; x < 92; x++) {
  const y = 81 + Math.sin((x - 52) / 2) * 1.4;
  for (let d = -1; d <= 1; d++) blend(x, Math.round(y) + d, RED, d === 0 ? 1 : 0.45);
}

// PNG: signature, IHDR, IDAT (each row prefixed with filter 0), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) Buffer.from(px.buffer, y * S * 4, S * 4).copy(raw, y * (S * 4 + 1) + 1);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('media', { recursive: true });
writeFileSync('media/icon.png', png);
console.log(`media/icon.png: ${S}x${S}, ${png.length} bytes`);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../server/src/workspace/articleFiles';

/**
 * The CLI's invalid-UTF-8 offset against the platform's decoder (issue 17: an encoded surrogate
 * was reported at the wrong byte): everything before the offset decodes strictly, and the
 * offset is the end exactly when the whole input does.
 */
const RUNS = Number(process.env.NEWSMARK_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? 17);
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decodes = (b: Uint8Array): boolean => {
  try {
    strict.decode(b);
    return true;
  } catch {
    return false;
  }
};

// Bytes that make UTF-8's edge cases likely: lead bytes of every length, continuation bytes,
// the surrogate and overlong boundaries, and bytes that never appear.
const edgeByte = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), edgeByte), { maxLength: 24 });
const textThenBytes = fc.tuple(fc.string({ unit: 'binary', maxLength: 8 }), bytes).map(([s, b]) => Uint8Array.from([...Buffer.from(s, 'utf8'), ...b]));

describe('utf8 fuzz: firstInvalidUtf8 agrees with a strict decoder', () => {
  it('valid up to the offset, and the offset is the end only for valid input', () => {
    fc.assert(
      fc.property(fc.oneof(bytes.map((b) => Uint8Array.from(b)), textThenBytes), (buf) => {
        const at = firstInvalidUtf8(buf);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(buf.length);
        expect(decodes(buf.subarray(0, at))).toBe(true);
        expect(at === buf.length).toBe(decodes(buf));
        // The sequence starting at the offset is itself ill-formed: no valid prefix of 1..4 bytes.
        if (at < buf.length) for (let n = 1; n <= 4 && at + n <= buf.length; n++) expect(decodes(buf.subarray(at, at + n))).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

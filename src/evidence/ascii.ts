/**
 * A big normalised paste kept as ASCII bytes (one byte a character) rather than as a string: the
 * lowercased text is decoded from them once, and the text in its own case only a block of lines at a
 * time, when an analyzer asks for one of them. Every 5 MB string the engine allocates costs a few
 * milliseconds of fresh memory on top of the copy, and most lines of a big paste are never read in
 * their own case, so the whole text is never made unless asked for.
 */

/** Pieces up to this long are copied byte by byte rather than handed to the encoder. */
const SHORT_PART = 64;

/**
 * Byte buffers kept for the next big paste up to this size: a fresh 5 MB buffer is fresh memory the
 * system must hand over page by page (as costly as a 5 MB string), and memory outside the heap that
 * makes the engine collect garbage sooner. Larger pastes get buffers of their own.
 */
const SCRATCH_MAX = 8 << 20;
/** lowerAscii()'s output, decoded at once (so free again when it returns). */
let lowerScratch: Uint8Array | null = null;
/** The text's bytes for a Doc analyzeEvidence drops before it returns (see borrowBuffer). */
let textScratch: Uint8Array | null = null;
let textScratchLent = false;
let decoder: TextDecoder | null = null;

/** Whether this engine has what the byte path needs (browsers and Node do). */
export function canUseBytes(): boolean {
  return typeof TextEncoder === 'function' && typeof TextDecoder === 'function';
}

/** Room for `length` bytes rounded up to whole 32-bit words (lowerAscii reads four bytes at a time). */
export function buffer(length: number): Uint8Array {
  return new Uint8Array((length + 3) & ~3);
}

/** A reused buffer of at least `length` bytes, or a fresh one when it is too big to keep. */
function reused(kept: Uint8Array | null, length: number): Uint8Array {
  if (length > SCRATCH_MAX) return buffer(length);
  if (kept !== null && kept.length >= length) return kept;
  return buffer(Math.min(SCRATCH_MAX, Math.max(length, 1 << 20)));
}

/**
 * A buffer for `length` bytes of text: the kept one when no Doc holds it (give it back with
 * returnBuffer once the Doc is dropped), otherwise a fresh one.
 */
export function borrowBuffer(length: number): Uint8Array {
  if (textScratchLent || length > SCRATCH_MAX) return buffer(length);
  textScratch = reused(textScratch, length);
  textScratchLent = true;
  return textScratch;
}

/** Give back a buffer borrowBuffer lent (any other buffer is left to the garbage collector). */
export function returnBuffer(bytes: Uint8Array): void {
  if (bytes === textScratch) textScratchLent = false;
}

/**
 * Write the joined pieces into `bytes` (room for `length` rounded up to whole 32-bit words, zeros
 * past the text); false when a character is not ASCII. A paste holding a
 * single curly quote arrives as a two-byte string, and every slice of it stays two-byte even once the
 * quote is straightened; each piece is encoded straight into the buffer, so no two-byte copy of the
 * whole text is made.
 */
export function asciiBytes(parts: readonly string[], length: number, bytes: Uint8Array): boolean {
  try {
    const encoder = new TextEncoder();
    let at = 0;
    for (const part of parts) {
      if (part.length <= SHORT_PART) {
        // Replacements and short runs between them: copied here, cheaper than a call into the encoder.
        for (let k = 0; k < part.length; k++) {
          const c = part.charCodeAt(k);
          if (c > 127) return false;
          bytes[at++] = c;
        }
        continue;
      }
      const { read, written } = encoder.encodeInto(part, bytes.subarray(at, at + part.length));
      if (read !== part.length || written !== part.length) return false; // not all ASCII
      at += written;
    }
    // Bytes past the text: lowerAscii reads whole words.
    for (let k = at; k < bytes.length && k < at + 4; k++) bytes[k] = 0;
    return at === length;
  } catch {
    return false;
  }
}

/** ASCII bytes → the identical string (stored one byte a character). */
export function decodeAscii(bytes: Uint8Array): string {
  decoder ??= new TextDecoder();
  return decoder.decode(bytes);
}

/**
 * The first `length` bytes (ASCII) lowercased, as a string. Four bytes at a time: for a byte below
 * 0x80, adding 0x3f sets its top bit when it is 'A' or above, adding 0x25 when it is above 'Z'
 * (no carry crosses into the next byte), so the difference marks A–Z, and 0x20 is or-ed into those.
 */
export function lowerAscii(bytes: Uint8Array, length: number): string {
  const words = (length + 3) >> 2;
  const out = reused(lowerScratch, words * 4);
  if (out.length <= SCRATCH_MAX) lowerScratch = out;
  // Int32 views and `| 0`: the sums wrap as 32-bit integers instead of turning into doubles.
  const from = new Int32Array(bytes.buffer, bytes.byteOffset, words);
  const to = new Int32Array(out.buffer, out.byteOffset, words);
  for (let i = 0; i < words; i++) {
    const w = from[i]!;
    const upper = (((w + 0x3f3f3f3f) | 0) & ~((w + 0x25252525) | 0) & 0x80808080) >>> 2;
    to[i] = w | upper;
  }
  return decodeAscii(out.subarray(0, length));
}

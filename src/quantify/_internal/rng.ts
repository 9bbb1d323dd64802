/**
 * sfc32, a small fast counting PRNG (Chris Doty-Humphrey's Small Fast Chaotic generator, 32-bit), seeded
 * through splitmix32. Each driver draws from its own stream derived from the seed and its index, so a
 * simulation is reproducible for a seed whatever the chunk size.
 */

/** A stream of 32-bit numbers, read as raw bits or as uniform numbers in (0, 1). */
export interface Rng {
  /** The next number as a uniform in (0, 1): {@link uniformOf} of the next bits. */
  next(): number;
  /** The next 32 bits, as a signed integer. */
  nextBits(): number;
  /** Writes the next `n` numbers of the stream into `out[0…n)` as signed 32-bit integers. */
  fillBits(out: Int32Array, n: number): void;
}

/** 2^-32: multiplying by it is exact, and the same as dividing by 2^32 (a multiply is cheaper). */
const TWO_POW_MINUS_32 = 2 ** -32;

/** The uniform number in (0, 1) that 32 bits stand for: (bits + ½) / 2^32, never 0 or 1. */
export const uniformOf = (bits: number): number => ((bits >>> 0) + 0.5) * TWO_POW_MINUS_32;

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** The sfc32 stream number `stream` of a seed. */
export function createRng(seed: number, stream = 0): Rng {
  const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x2545f491)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = 1;
  // The state lives in locals inside the loop: no call per number. `| 0` as they are read tells V8 they
  // are int32 (splitmix32 gives uint32 above 2^31: the same bits), so it adds in 32-bit registers
  // instead of in doubles truncated back at every step: about twice as fast.
  const fillBits = (out: Int32Array, n: number): void => {
    let sa = a | 0;
    let sb = b | 0;
    let sc = c | 0;
    let sd = d | 0;
    for (let i = 0; i < n; i++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      out[i] = t;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
  };
  const one = new Int32Array(1);
  const nextBits = (): number => {
    fillBits(one, 1);
    return one[0] as number;
  };
  fillBits(new Int32Array(12), 12);
  return { next: () => uniformOf(nextBits()), nextBits, fillBits };
}

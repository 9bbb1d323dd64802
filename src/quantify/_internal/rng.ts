/**
 * sfc32, a small fast counting PRNG (Chris Doty-Humphrey's Small Fast Chaotic generator, 32-bit), seeded
 * through splitmix32. Each driver draws from its own stream derived from the seed and its index, so a
 * simulation is reproducible for a seed whatever the chunk size.
 */

/** A stream of uniform numbers in (0, 1) with 32 bits of resolution. */
export interface Rng {
  next(): number;
  /** Writes the next `n` numbers of the stream into `out[0…n)` (the same numbers `next` would give). */
  fill(out: Float64Array, n: number): void;
}

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

/** 2^-32: multiplying by it is exact, and the same as dividing by 2^32 (a multiply is cheaper). */
const TWO_POW_MINUS_32 = 2 ** -32;

/** The sfc32 stream number `stream` of a seed. */
export function createRng(seed: number, stream = 0): Rng {
  const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x2545f491)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = 1;
  // The state lives in locals inside the loop: no call per number.
  const fill = (out: Float64Array, n: number): void => {
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    for (let i = 0; i < n; i++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      out[i] = ((t >>> 0) + 0.5) * TWO_POW_MINUS_32;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
  };
  const one = new Float64Array(1);
  const next = (): number => {
    fill(one, 1);
    return one[0] as number;
  };
  fill(new Float64Array(12), 12);
  return { next, fill };
}

/**
 * The discounted-flow equation Σ c_i (1+r)^(-E_i/m) = 0 as a polynomial in x = (1+r)^(-1/m): its
 * exact form (BigInt coefficients) and its float64 form (integer coefficients below 2^53), built from
 * flows in any order, and the sign changes that bound its roots (Descartes' rule).
 */

/** Σ c_i x^(E_i) with exact integer coefficients: E ascending from 0, no zero c, no repeated E. */
export interface FlowPoly {
  readonly c: readonly bigint[];
  readonly E: readonly number[];
  /** τ_i = E_i / m is the time of flow i in periods (years for dated flows). */
  readonly m: number;
  /** The same coefficients as float64, when the caller has them exactly (then `c` may be built lazily). */
  readonly floats?: readonly number[];
}

/** Merges equal exponents, drops zeros and shifts exponents to start at 0. */
export function flowPoly(c: readonly bigint[], E: readonly number[], m: number): FlowPoly {
  const order = c.map((_, i) => i).sort((a, b) => E[a]! - E[b]! || a - b);
  const cc: bigint[] = [];
  const ee: number[] = [];
  for (const i of order) {
    const e = E[i]!;
    if (ee.length > 0 && ee[ee.length - 1] === e) cc[cc.length - 1]! += c[i]!;
    else {
      cc.push(c[i]!);
      ee.push(e);
    }
  }
  const keepC: bigint[] = [];
  const keepE: number[] = [];
  for (let i = 0; i < cc.length; i++) {
    if (cc[i] !== 0n) {
      keepC.push(cc[i]!);
      keepE.push(ee[i]!);
    }
  }
  const first = keepE[0] ?? 0;
  return { c: keepC, E: keepE.map((e) => e - first), m };
}

/** Σ c_i x^(E_i) with exact integer coefficients held as float64 (|c_i| < 2^53): E ascending from 0, no zero c. */
export interface FloatPoly {
  readonly c: readonly number[];
  readonly E: readonly number[];
  /** τ_i = E_i / m is the time of flow i in periods (years for dated flows). */
  readonly m: number;
}

/**
 * The FloatPoly of float64 integer coefficients at integer times (any order), zeros dropped, or
 * `undefined` when two flows share a time (the general path merges them exactly).
 */
export function floatPoly(c: readonly number[], E: readonly number[], m: number): FloatPoly | undefined {
  let order: number[] | undefined;
  let zeros = c[0] === 0;
  for (let i = 1; i < E.length; i++) {
    if (c[i] === 0) zeros = true;
    if (E[i]! <= E[i - 1]!) {
      order = c.map((_, j) => j).sort((a, b) => E[a]! - E[b]!);
      break;
    }
  }
  // Already in the form (dates in order, no zero flow): use as is.
  if (order === undefined && !zeros && E[0] === 0) return { c, E, m };
  const cc: number[] = [];
  const ee: number[] = [];
  for (let k = 0; k < c.length; k++) {
    const i = order === undefined ? k : order[k]!;
    if (c[i] === 0) continue;
    if (ee.length > 0 && ee[ee.length - 1] === E[i]) return undefined;
    cc.push(c[i]!);
    ee.push(E[i]!);
  }
  const first = ee[0] ?? 0;
  if (first !== 0) for (let k = 0; k < ee.length; k++) ee[k] = ee[k]! - first;
  return { c: cc, E: ee, m };
}

/** Sign changes in the coefficient sequence (Descartes: an upper bound on positive roots, same parity). */
export function signChanges(c: readonly (bigint | number)[]): number {
  let changes = 0;
  let last = 0;
  for (const x of c) {
    const sign = x > 0 ? 1 : x < 0 ? -1 : 0;
    if (sign === 0) continue;
    if (last !== 0 && sign !== last) changes++;
    last = sign;
  }
  return changes;
}

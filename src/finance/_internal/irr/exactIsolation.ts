/**
 * Every real root above -1 of Σ c_i (1+r)^(-E_i/m) = 0 in exact integer arithmetic, for the series the
 * float64 search cannot settle: roots closer together than float64 resolves, multiple roots, flows that
 * nearly cancel. With s = (1+r)^(-g/m), g the gcd of the times and of m (so 1 + r is a whole power of
 * s), the equation is an integer polynomial in s of degree max(E)/g, handled up to MAX_DEGREE. Yun's
 * square-free decomposition gives each root's multiplicity; Descartes' rule of signs with bisection
 * (the Collins–Akritas method) isolates the positive roots of each factor in dyadic intervals; exact
 * bisection narrows each below 1e-38 of its size.
 */
import { absBig, ratioToDec } from "../exact.js";
import { rateFromGrowth } from "./foundRoot.js";
import type { FoundRoot } from "./foundRoot.js";
import { degree, derivative, gcdInt, shiftByOne, squareFree } from "./integerPoly.js";
import type { Poly } from "./integerPoly.js";
import { signChanges } from "./polynomial.js";
import type { FlowPoly } from "./polynomial.js";

/**
 * Degrees beyond this are left to the float search: the exact gcd of P and P' grows fast with the degree
 * and the size of the flows (about half a second at degree 80 with 10-digit flows).
 */
const MAX_DEGREE = 64;

/** Intervals Descartes' bisection may visit before it gives up. */
const MAX_INTERVALS = 20_000;

/** The positive roots of a square-free q with q(0) ≠ 0, as dyadic intervals (lo, hi) = (num/2^k, (num+1)/2^k) scaled by 2^shift, or exact points. */
interface Isolated {
  /** s lies in [num·2^(shift−k), (num + width)·2^(shift−k)]; width 0 for an exact root. */
  readonly num: bigint;
  readonly k: number;
  readonly width: 0n | 1n;
}

/** Descartes' bisection: the positive roots of a square-free q, or `undefined` past MAX_INTERVALS. */
function isolatePositive(q: Poly, shift: number): Isolated[] | undefined {
  const d = degree(q);
  // s = 2^shift·y maps the positive roots into (0, 1).
  const scaled = q.map((x, j) => x << BigInt(shift * j));
  const out: Isolated[] = [];
  const stack: { p: Poly; num: bigint; k: number }[] = [{ p: scaled, num: 0n, k: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > MAX_INTERVALS) return undefined;
    const { p, num, k } = stack.pop()!;
    // Roots of p in (0, 1): sign changes of (y + 1)^d · p(1 / (y + 1)).
    const count = signChanges(shiftByOne(p.slice().reverse()));
    if (count === 0) continue;
    if (count === 1) {
      out.push({ num, k, width: 1n });
      continue;
    }
    // Halves: 2^d·p(y/2) on (0, 1/2) and its shift by one on (1/2, 1).
    const left = p.map((x, j) => x << BigInt(d - j));
    let right = shiftByOne(left);
    if (right[0] === 0n) {
      // A root at the midpoint exactly.
      out.push({ num: 2n * num + 1n, k: k + 1, width: 0n });
      right = right.slice(1);
      right.push(0n);
    }
    stack.push({ p: right, num: 2n * num + 1n, k: k + 1 }, { p: left, num: 2n * num, k: k + 1 });
  }
  return out;
}

/** The sign of q(N / 2^M) (exact: Σ q_j N^j 2^(M(d−j))). */
function signAt(q: Poly, N: bigint, M: number): number {
  const d = q.length - 1;
  const D = 1n << BigInt(M);
  let acc = q[d]!;
  let power = 1n;
  for (let j = d - 1; j >= 0; j--) {
    power *= D;
    acc = acc * N + q[j]! * power;
  }
  return acc === 0n ? 0 : acc > 0n ? 1 : -1;
}

/** A dyadic point N/2^M within 2^-130 of its size of the root in an isolating interval (undefined if it does not get there). */
function narrow(q: Poly, iso: Isolated, shift: number): { N: bigint; M: number } | undefined {
  // In s: [lo, hi] = [num, num + width] · 2^(shift − k); work with M fractional bits.
  let M = iso.k - shift;
  let lo = iso.num;
  let hi = iso.num + iso.width;
  if (M < 0) {
    lo <<= BigInt(-M);
    hi <<= BigInt(-M);
    M = 0;
  }
  if (iso.width === 0n) return { N: lo, M };
  // The sign just above lo: lo may itself be a root found at a midpoint (a simple one: q is square-free).
  const sLo = signAt(q, lo, M) || signAt(derivative(q), lo, M);
  // Bisect until the interval is below 2^-130 of lo (lo > 0, or until lo becomes positive).
  for (let step = 0; ; step++) {
    if (lo > 0n && (hi - lo) << 130n <= lo) break;
    if (step === 4000) return undefined;
    if (hi - lo === 1n) {
      lo <<= 1n;
      hi <<= 1n;
      M++;
    }
    const mid = (lo + hi) >> 1n;
    const s = signAt(q, mid, M);
    if (s === 0) return { N: mid, M };
    if (s === sLo) lo = mid;
    else hi = mid;
  }
  return { N: lo + hi, M: M + 1 };
}

/**
 * The roots of a FlowPoly by exact isolation, or `undefined` when the polynomial in s is beyond reach
 * (degree above MAX_DEGREE, 1 + r not a whole power of s, too many intervals).
 */
export function exactRoots(poly: FlowPoly): FoundRoot[] | undefined {
  const { E, m } = poly;
  // g divides m and every time, so 1 + r = s^(-m/g) with s^(E_i/g) whole powers.
  let g = m;
  for (const e of E) g = Number(gcdInt(BigInt(g), BigInt(e)));
  const d = E[E.length - 1]! / g;
  if (d > MAX_DEGREE) return undefined;
  const k = m / g;
  // P(s) = Σ c_i s^(E_i/g), s = (1 + r)^(-1/k).
  const p: Poly = new Array<bigint>(d + 1).fill(0n);
  poly.c.forEach((c, i) => (p[E[i]! / g] = p[E[i]! / g]! + c));
  if (degree(p) < 1) return [];
  const roots: FoundRoot[] = [];
  for (const { factor, multiplicity } of squareFree(p)) {
    if (degree(factor) < 1 || factor[0] === 0n) continue;
    // Cauchy's bound on the positive roots, as a power of two: 1 + max |f_j| / |f_d| < 2^shift.
    const lead = absBig(factor[factor.length - 1]!);
    let max = 0n;
    for (const x of factor) if (absBig(x) > max) max = absBig(x);
    const shift = (max / lead + 2n).toString(2).length;
    const isolated = isolatePositive(factor, shift);
    if (isolated === undefined) return undefined;
    for (const iso of isolated) {
      const point = narrow(factor, iso, shift);
      if (point === undefined) return undefined;
      const { N, M } = point;
      if (N <= 0n) continue;
      // 1 + r = s^(-k) = (2^M / N)^k. A rate that rounds to -1 is kept: the caller says why it is no rate.
      const rate = rateFromGrowth(ratioToDec(1n << BigInt(M * k), N ** BigInt(k)));
      roots.push({ rate, approx: rate.toNumber(), multiplicity });
    }
  }
  roots.sort((a, b) => a.rate.comparedTo(b.rate));
  // Distinct roots closer than the digits reported are one rate.
  return roots.filter((root, i) => i === 0 || !root.rate.eq(roots[i - 1]!.rate));
}

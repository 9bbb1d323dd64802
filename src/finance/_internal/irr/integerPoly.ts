/**
 * Integer polynomials (coefficients ascending, BigInt): primitive parts, exact pseudo-division and gcd,
 * Yun's square-free decomposition, and the Taylor shift by one that Descartes' bisection uses.
 */
import { absBig } from "../exact.js";

/** Σ p_j s^j, coefficients ascending. */
export type Poly = bigint[];

/** The non-negative gcd of two integers. */
export function gcdInt(a: bigint, b: bigint): bigint {
  let x = absBig(a);
  let y = absBig(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Highest index with a non-zero coefficient (-1 for the zero polynomial). */
export function degree(p: Poly): number {
  let d = p.length - 1;
  while (d >= 0 && p[d] === 0n) d--;
  return d;
}

/** p without its zero leading coefficients. */
function trim(p: Poly): Poly {
  return p.slice(0, degree(p) + 1);
}

/** p divided by the gcd of its coefficients, leading coefficient made positive. */
function primitive(p: Poly): Poly {
  const q = trim(p);
  if (q.length === 0) return q;
  let content = 0n;
  for (const x of q) content = gcdInt(content, x);
  const sign = q[q.length - 1]! < 0n ? -1n : 1n;
  return q.map((x) => (x / content) * sign);
}

/** The derivative p'. */
export function derivative(p: Poly): Poly {
  return p.slice(1).map((x, j) => x * BigInt(j + 1));
}

/** lc(b)^(deg a − deg b + 1) · a mod b. */
function pseudoRemainder(a: Poly, b: Poly): Poly {
  const r = trim(a);
  const db = degree(b);
  const lead = b[db]!;
  for (let dr = degree(r); dr >= db && dr >= 0; dr = degree(r)) {
    const factor = r[dr]!;
    for (let j = 0; j <= dr; j++) r[j] = r[j]! * lead;
    for (let j = 0; j <= db; j++) r[dr - db + j] = r[dr - db + j]! - factor * b[j]!;
  }
  return trim(r);
}

/** The primitive gcd of two integer polynomials (primitive remainder sequence). */
function gcdPoly(a: Poly, b: Poly): Poly {
  let x = primitive(a);
  let y = primitive(b);
  while (degree(y) >= 0) {
    const r = pseudoRemainder(x, y);
    x = y;
    y = primitive(r);
  }
  return x;
}

/** a / b for a primitive b dividing a (Gauss's lemma keeps the quotient integral). */
function divide(a: Poly, b: Poly): Poly {
  const r = trim(a);
  const db = degree(b);
  const lead = b[db]!;
  const q: Poly = new Array<bigint>(Math.max(0, degree(r) - db + 1)).fill(0n);
  for (let dr = degree(r); dr >= db && dr >= 0; dr = degree(r)) {
    const factor = r[dr]! / lead;
    q[dr - db] = factor;
    for (let j = 0; j <= db; j++) r[dr - db + j] = r[dr - db + j]! - factor * b[j]!;
  }
  return q;
}

/** a − b. */
function subtract(a: Poly, b: Poly): Poly {
  const out: Poly = [];
  for (let j = 0; j < Math.max(a.length, b.length); j++) out.push((a[j] ?? 0n) - (b[j] ?? 0n));
  return trim(out);
}

/** Yun's square-free decomposition: factors f_i (degree ≥ 1) with p = content · Π f_i^i. */
export function squareFree(p: Poly): { factor: Poly; multiplicity: number }[] {
  const out: { factor: Poly; multiplicity: number }[] = [];
  const dp = derivative(p);
  const b = gcdPoly(p, dp);
  // c_i and d_i keep Yun's exact relation d_i = c_i·(Σ …)' only without rescaling, so no content is removed.
  let c = divide(p, b);
  let d = subtract(divide(dp, b), derivative(c));
  for (let i = 1; degree(c) > 0 && i <= p.length; i++) {
    const a = gcdPoly(c, d);
    if (degree(a) > 0) out.push({ factor: a, multiplicity: i });
    c = divide(c, a);
    d = subtract(divide(d, a), derivative(c));
  }
  return out;
}

/** q(y + 1) by Horner-style Taylor shift. */
export function shiftByOne(q: Poly): Poly {
  const a = q.slice();
  const n = a.length;
  for (let i = 0; i < n - 1; i++) for (let j = n - 2; j >= i; j--) a[j] = a[j]! + a[j + 1]!;
  return a;
}

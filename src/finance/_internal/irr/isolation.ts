/**
 * Float64 root isolation and location in ρ = ln(1+r): bounds beyond which no root lies, Laguerre's rule
 * of signs for the count on each side of 0 %, cells that are either excluded by a derivative bound or
 * proved monotone with a sign change (or left as unresolved clusters), and safeguarded Newton inside a
 * bracket.
 */
import type { FloatFlows } from "./floatFlows.js";
import { EPS, lnAbs } from "./floats.js";
import type { FlowPoly } from "./polynomial.js";

/** Cells the isolation may visit before it gives up. */
const MAX_CELLS = 5000;

/** The flows at one ρ: value, derivative, their rounding-error bounds and the bounds of the next derivatives. */
interface Sample {
  readonly rho: number;
  readonly v: number;
  readonly d1: number;
  readonly ev: number;
  readonly ed: number;
  /** Bounds on |φ'| and |φ''| valid on the side of `rho` towards 0 (A form) or away from 0 (B form). */
  readonly a1: number;
  readonly a2: number;
}

function sample(ff: FloatFlows, rho: number): Sample {
  ff.evalAt(rho);
  return { rho, v: ff.v, d1: ff.d1, ev: ff.err(ff.a0), ed: ff.err(ff.a1), a1: ff.a1, a2: ff.a2 };
}

/** A bracket [lo, hi] holding exactly one simple root, or a tiny unresolved cell (a multiple root?). */
interface Cell {
  readonly lo: number;
  readonly hi: number;
  readonly cluster: boolean;
}

/** Bounds of ρ outside which the first (above) or last (below) flow dominates: no root there. */
export function rhoBounds(poly: FlowPoly): [number, number] {
  const { E, m, floats } = poly;
  const n = E.length;
  // ln |c_i| and ln Σ|c_i| over a range: float64 integers need no logarithm per flow, BigInts of any
  // size go by the log-sum-exp of their logarithms.
  let lnAt: (i: number) => number;
  let lse: (from: number, to: number) => number;
  if (floats !== undefined) {
    lnAt = (i) => Math.log(Math.abs(floats[i]!));
    lse = (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += Math.abs(floats[i]!);
      return Math.log(sum);
    };
  } else {
    const logs = poly.c.map(lnAbs);
    lnAt = (i) => logs[i]!;
    lse = (from, to) => {
      let max = -Infinity;
      for (let i = from; i < to; i++) max = Math.max(max, logs[i]!);
      let sum = 0;
      for (let i = from; i < to; i++) sum += Math.exp(logs[i]! - max);
      return max + Math.log(sum);
    };
  }
  const hi = Math.max(0, (lse(1, n) - lnAt(0)) / (E[1]! / m));
  const lo = Math.min(0, -(lse(0, n - 1) - lnAt(n - 1)) / ((E[n - 1]! - E[n - 2]!) / m));
  return [lo * 1.001 - 1e-9, hi * 1.001 + 1e-9];
}

/**
 * Laguerre's rule of signs: the roots with r > 0 (t = (1 + r)^(-1/m) in (0, 1)), counted with
 * multiplicity, are at most the sign changes of the partial sums c_0, c_0 + c_1, … in ascending time,
 * and have their parity; those with r < 0 likewise with the sums from the last flow back. `undefined`
 * when Σ c = 0 (a root at r = 0) or float sums could be inexact.
 */
export function laguerreBounds(poly: FlowPoly): { above: number; below: number; sign: number } | undefined {
  const floats = poly.floats;
  let exact = floats !== undefined;
  if (floats !== undefined) {
    // Sums of integers below 2^53 in total are exact in float64.
    let total = 0;
    for (const x of floats) total += Math.abs(x);
    exact = total < 2 ** 53;
  }
  const c = exact ? floats! : poly.c;
  // Running sums from the first flow and from the last (all numbers or all BigInts: `+` keeps to one
  // kind), their sign changes counted as they go.
  const n = c.length;
  let first = (typeof c[0] === "bigint" ? 0n : 0) as number;
  let last = first;
  let above = 0;
  let below = 0;
  let firstSign = 0;
  let lastSign = 0;
  for (let k = 0; k < n; k++) {
    first += c[k] as number;
    last += c[n - 1 - k] as number;
    const s1 = first > 0 ? 1 : first < 0 ? -1 : 0;
    const s2 = last > 0 ? 1 : last < 0 ? -1 : 0;
    if (s1 !== 0) {
      if (firstSign !== 0 && s1 !== firstSign) above++;
      firstSign = s1;
    }
    if (s2 !== 0) {
      if (lastSign !== 0 && s2 !== lastSign) below++;
      lastSign = s2;
    }
  }
  // Σ c = 0: r = 0 is itself a root.
  const sign = first > 0 ? 1 : first < 0 ? -1 : 0;
  if (sign === 0) return undefined;
  return { above, below, sign };
}

/**
 * Nearest mode's pruning: the guess (a rate) and the window of ρ around it that can still hold the
 * root the caller picks, which shrinks to the distance of each root bracketed or located. A cell outside
 * the window is left unsplit.
 */
class Nearest {
  /** The window [lo, hi] in ρ (everything, until a root is found). */
  lo = -Infinity;
  hi = Infinity;
  private bound = Infinity;

  constructor(readonly guess: number) {}

  /** A root lies within `distance` (in rate) of the guess. */
  shrink(distance: number): void {
    if (!(distance < this.bound)) return;
    this.bound = distance;
    // solveFlows polishes every root within 1e-9·(1 + d) of the nearest distance d: twice that is kept,
    // and a little more for the rounding of log1p.
    const reach = distance + 2e-9 * (1 + distance);
    const below = this.guess - reach;
    this.lo = below <= -1 ? -Infinity : Math.log1p(below) - 1e-12 * (1 + Math.abs(Math.log1p(below)));
    this.hi = Math.log1p(this.guess + reach) + 1e-12 * (1 + Math.log1p(this.guess + reach));
  }

  /** A root was bracketed in [a, b]: it lies no farther than the farther end. */
  bracketed(a: number, b: number): void {
    this.shrink(Math.max(rateDistance(a, this.guess), rateDistance(b, this.guess)));
  }
}

/** Distance in rate of ρ from the guess. */
const rateDistance = (rho: number, guess: number): number => Math.abs(Math.expm1(rho) - guess);

/** True when [a, b] lies outside nearest mode's window. */
function beyond(a: number, b: number, nearest: Nearest | undefined): boolean {
  return nearest !== undefined && (b < nearest.lo || a > nearest.hi);
}

/**
 * Splits [lo, hi] (on one side of 0) into cells with exactly one simple root, or unresolved clusters.
 * With `nearest`, cells are taken nearest the guess first and those beyond its bound are skipped.
 */
function isolate(ff: FloatFlows, lo: number, hi: number, out: Cell[], counter: { n: number; unresolved: boolean }, nearest?: Nearest): void {
  if (!(hi > lo)) return;
  const aForm = lo >= 0;
  // A coarse first grid: cells that cannot be decided are split, so the grid only sets the work. Its
  // points are sampled when a cell first needs them (a pruned cell needs none).
  const start = 8;
  const at = (k: number): number => (k === start ? hi : lo + ((hi - lo) * k) / start);
  const grid = new Array<Sample | undefined>(start + 1).fill(undefined);
  const gridSample = (k: number): Sample => (grid[k] ??= sample(ff, at(k)));
  // Grid cells from lo up; in nearest mode from the end nearer the guess (ρ of the guess is
  // outside the side, or at most its cells are taken outwards from the guess).
  const order = Array.from({ length: start }, (_, k) => k);
  if (nearest !== undefined) {
    const g = Math.log1p(nearest.guess);
    const gap = (k: number): number => Math.max(at(k) - g, g - at(k + 1), 0);
    order.sort((j, k) => gap(j) - gap(k));
  }
  const stack: [Sample, Sample][] = [];
  for (const k of order) {
    if (beyond(at(k), at(k + 1), nearest)) continue;
    stack.push([gridSample(k), gridSample(k + 1)]);
    while (stack.length > 0) {
      if (++counter.n > MAX_CELLS) throw new RangeError("root isolation did not finish");
      const [a, b] = stack.pop()!;
      if (beyond(a.rho, b.rho, nearest)) continue;
      const h = b.rho - a.rho;
      // Bounds of |φ'| and |φ''| on the cell: the terms shrink away from ρ = 0 in both forms.
      const near = aForm ? a : b;
      const sa = Math.sign(a.v);
      const sb = Math.sign(b.v);
      const aClear = Math.abs(a.v) > a.ev;
      const bClear = Math.abs(b.v) > b.ev;
      if (aClear && bClear && sa === sb && Math.abs(a.v) + Math.abs(b.v) > near.a1 * h + a.ev + b.ev) continue;
      const monotone =
        Math.abs(a.d1) > a.ed && Math.abs(b.d1) > b.ed && Math.sign(a.d1) === Math.sign(b.d1) &&
        Math.abs(a.d1) + Math.abs(b.d1) > near.a2 * h + a.ed + b.ed;
      if (monotone) {
        // At most one root: between clear endpoints of opposite sign, or next to an endpoint that is zero
        // within rounding.
        if (aClear && bClear) {
          if (sa !== sb) {
            out.push({ lo: a.rho, hi: b.rho, cluster: false });
            nearest?.bracketed(a.rho, b.rho);
          }
        } else {
          if (!aClear) out.push({ lo: a.rho, hi: a.rho, cluster: true });
          if (!bClear) out.push({ lo: b.rho, hi: b.rho, cluster: true });
        }
        continue;
      }
      const scale = Math.max(1, Math.abs(a.rho));
      if (h <= 1e-7 * scale) {
        // Too narrow to split further in float64. Clear endpoints of one sign: no root float64 can resolve
        // (a double root, or two roots closer than this, would hide here: the caller is told); otherwise a
        // possible root, maybe multiple.
        if (!(aClear && bClear && sa === sb)) out.push({ lo: a.rho, hi: b.rho, cluster: true });
        else counter.unresolved = true;
        continue;
      }
      const mid = sample(ff, a.rho + h / 2);
      // Popped first: the lower half, or in nearest mode the half nearer the guess.
      if (nearest !== undefined && mid.rho < Math.log1p(nearest.guess)) stack.push([a, mid], [mid, b]);
      else stack.push([mid, b], [a, mid]);
    }
  }
}

/**
 * Safeguarded Newton on ln(P/N) (the sign of φ(ρ)) inside a bracket with a sign change (`signLo` at `lo`, when known), from
 * `start` if it lies in the bracket; returns ρ and the iterations used. It stops once a Newton step is
 * below 1e-6·|ρ|: the error left, about the square of that, is far below what polishing needs.
 */
export function locate(ff: FloatFlows, lo: number, hi: number, start: number, signLo?: number): [number, number] {
  let sLo = signLo;
  if (sLo === undefined) {
    ff.logRatioAt(lo);
    sLo = Math.sign(ff.v);
  }
  let a = lo;
  let b = hi;
  let x = start >= lo && start <= hi ? start : (lo + hi) / 2;
  let it = 0;
  for (; it < 200; it++) {
    ff.logRatioAt(x);
    const v = ff.v;
    if (v === 0) return [x, it + 1];
    if (Math.sign(v) === sLo) a = x;
    else b = x;
    let next = x - v / ff.d1;
    const newton = next > a && next < b;
    if (!newton) next = (a + b) / 2;
    const step = Math.abs(next - x);
    x = next;
    if ((newton && step <= 1e-6 * Math.abs(x)) || step <= 4 * EPS * Math.abs(x) + 1e-300) return [x, it + 1];
    if (b - a <= 4 * EPS * Math.max(Math.abs(a), Math.abs(b))) return [x, it + 1];
  }
  return [x, it];
}

/** A located float root, or the middle of a group of cluster cells (tried as one root, maybe multiple). */
export interface Candidate {
  readonly rho: number;
  readonly cluster: boolean;
}

/**
 * The float roots of flows with several sign changes in [lo, hi], each located, and the iterations
 * (cells and Newton steps) it took; `clustered` when float64 found places where the flows vanish within
 * rounding (roots it cannot separate). With `nearestTo` (a rate) only the roots that can be nearest to
 * it are sought: places farther than a root already found are not searched. Throws RangeError when
 * isolation does not finish.
 */
export function floatRoots(
  ff: FloatFlows,
  poly: FlowPoly,
  lo: number,
  hi: number,
  guessRho: number,
  nearestTo?: number,
): { candidates: Candidate[]; iterations: number; clustered: boolean } {
  const cells: Cell[] = [];
  const counter = { n: 0, unresolved: false };
  const nearest = nearestTo === undefined ? undefined : new Nearest(nearestTo);
  // A side whose Laguerre bound is 0 holds no root and one whose bound is 1 exactly one simple root,
  // bracketed by r = 0 and the dominance bound: only sides with a larger bound need isolating.
  // The bracket's end at ρ = 0 must have a sign float64 can see (flows beyond 2^53, or flows that
  // nearly cancel, may not): otherwise the side is isolated like any other.
  ff.evalAt(0);
  const bound = Math.abs(ff.v) > ff.err(ff.a0) ? laguerreBounds(poly) : undefined;
  const sides: [number, number][] = [];
  const candidates: Candidate[] = [];
  let iterations = 0;
  // Locate each simple root in float first, so the choice of the nearest uses located roots.
  const found = (x: number, it: number): void => {
    iterations += it;
    candidates.push({ rho: x, cluster: false });
    nearest?.shrink(rateDistance(x, nearest.guess));
  };
  // Bracketed sides first: their roots let nearest mode skip farther places on the other side.
  for (const [from, to, count, far] of [[lo, 0, bound?.below, -1], [0, hi, bound?.above, 1]] as const) {
    if (count === undefined || count > 1) sides.push([from, to]);
    else if (count === 1) {
      // A bracket as wide as a half-line: start from the guess when it lies inside, else from ρ = 0. φ(0)
      // = Σ c has the sign `bound.sign`; the bracket's far end the other.
      const start = guessRho >= from && guessRho <= to ? guessRho : 0;
      const [x, it] = locate(ff, from, to, start, far * bound!.sign);
      found(x, it);
    }
  }
  // In nearest mode the side nearer the guess first.
  if (nearest !== undefined && sides.length === 2 && guessRho >= 0) sides.reverse();
  for (const [from, to] of sides) isolate(ff, from, to, cells, counter, nearest);
  iterations += counter.n;
  for (const cell of cells) {
    if (cell.cluster || beyond(cell.lo, cell.hi, nearest)) continue;
    const [x, it] = locate(ff, cell.lo, cell.hi, (cell.lo + cell.hi) / 2);
    found(x, it);
  }
  // Cells where the flows are zero within rounding are merged into groups, each tried as one root.
  const clusters = cells.filter((cell) => cell.cluster).sort((x, y) => x.lo - y.lo);
  let clustered = counter.unresolved;
  for (let i = 0; i < clusters.length; ) {
    let j = i;
    let hiEnd = clusters[i]!.hi;
    while (j + 1 < clusters.length && clusters[j + 1]!.lo <= hiEnd + 1e-9 * Math.max(1, Math.abs(hiEnd))) hiEnd = Math.max(hiEnd, clusters[++j]!.hi);
    if (!beyond(clusters[i]!.lo, hiEnd, nearest)) {
      candidates.push({ rho: (clusters[i]!.lo + hiEnd) / 2, cluster: true });
      clustered = true;
    }
    i = j + 1;
  }
  return { candidates, iterations, clustered };
}

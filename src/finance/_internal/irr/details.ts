/**
 * The one body of irrDetails and xirrDetails: every root of a validated problem, the one nearest its
 * guess, the sign changes, the method, and the certificate (NPV or XNPV at the rate).
 */
import type { Decimal } from "../../../numeric/decimal.js";
import type { IrrProblem } from "./problem.js";
import { nearestRoot, solveIrr } from "./solveIrr.js";

/**
 * The frozen details of `problem` (an IrrDetails): `npvAt` gives the certificate at the chosen rate, the
 * NPV for evenly spaced flows, the XNPV with the problem's day count for dated ones.
 */
export function detailsOf(fn: string, problem: IrrProblem, npvAt: (rate: Decimal) => Decimal) {
  const search = solveIrr(fn, problem, "all");
  const roots = Object.freeze(search.roots.map((root) => root.rate));
  const rate = nearestRoot(roots, problem.guess);
  return Object.freeze({
    rate,
    roots,
    signChanges: search.signChanges,
    conventional: search.signChanges === 1,
    method: search.method,
    iterations: search.iterations,
    npvAtRate: npvAt(rate),
  });
}

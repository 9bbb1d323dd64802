/**
 * The front of irr, irrAll, irrDetails, xirr and xirrDetails: the conventional fast path, then
 * solveFlows, or exact isolation where float64 cannot settle the roots; every failure becomes a typed
 * FinanceError.
 */
import { toDec } from "../../../numeric/decimal.js";
import type { Decimal, Numeric } from "../../../numeric/decimal.js";
import { FinanceNoConvergenceError, FinanceNoSignChangeError, FinanceNoSolutionError } from "../../errors.js";
import { solveConventional } from "./conventional.js";
import { exactRoots } from "./exactIsolation.js";
import type { RootSearch } from "./foundRoot.js";
import { signChanges } from "./polynomial.js";
import type { IrrProblem } from "./problem.js";
import { solveFlows } from "./solveFlows.js";

/** Solves, turning every failure into a typed FinanceError. */
export function solveIrr(fn: string, problem: IrrProblem, mode: "all" | "nearest"): RootSearch & { signChanges: number } {
  const quick = problem.quick;
  // Counted once: the float form has the same signs as the polynomial whenever it exists.
  const changes = signChanges(quick !== undefined ? quick.c : problem.poly.c);
  if (quick !== undefined && changes === 1) {
    const fast = solveConventional(quick);
    if (fast !== undefined) return { roots: [fast.root], iterations: fast.iterations, method: "newton-single-sign-change", signChanges: 1 };
  }
  if (changes === 0) {
    throw new FinanceNoSignChangeError(fn, "the cash flows need at least one positive and one negative value; without both no rate makes their NPV zero");
  }
  let search = solve(fn, problem, mode, changes);
  if (search.roots.length === 0) {
    throw new FinanceNoSolutionError(fn, "the cash flows change sign but their NPV is not zero at any rate above -100 %");
  }
  // A root closer to -100 % than 40 significant digits can show rounds to -1, which is no rate.
  let roots = search.roots.filter((root) => root.rate.gt(-1));
  if (roots.length === 0 && mode === "nearest") {
    // The nearest root was the unrepresentable one: look at every root instead.
    search = solve(fn, problem, "all", changes);
    roots = search.roots.filter((root) => root.rate.gt(-1));
  }
  if (roots.length === 0) {
    throw new FinanceNoSolutionError(fn, "the only root lies within 1e-40 of -100 % (a near-total loss), closer than 40 significant digits can show");
  }
  return { ...search, roots, signChanges: changes };
}

/**
 * solveFlows, or exact isolation where float64 cannot settle the roots (a failed search, or roots it
 * cannot separate); a RangeError left over becomes a typed error.
 */
function solve(fn: string, problem: IrrProblem, mode: "all" | "nearest", changes: number): RootSearch {
  let failure: RangeError | undefined;
  try {
    const search = solveFlows(problem.poly, problem.guessFloat, mode, changes);
    if (search.clustered !== true) return search;
    return exactSearch(problem) ?? search;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    failure = error;
  }
  const exact = exactSearch(problem);
  if (exact !== undefined) return exact;
  throw new FinanceNoConvergenceError(fn, `the root search did not reach 1e-30 accuracy (${failure.message})`);
}

/** Exact isolation's roots as a search, or `undefined` when the series is beyond its reach. */
function exactSearch(problem: IrrProblem): RootSearch | undefined {
  const roots = exactRoots(problem.poly);
  return roots === undefined ? undefined : { roots, iterations: 0, method: "exact-isolation" };
}

/** The root nearest `guess` (the lower one on a tie). */
export function nearestRoot(roots: readonly Decimal[], guess: Numeric): Decimal {
  let best = roots[0]!;
  if (roots.length === 1) return best;
  const g = toDec(guess);
  for (const root of roots) if (root.minus(g).abs().lt(best.minus(g).abs())) best = root;
  return best;
}

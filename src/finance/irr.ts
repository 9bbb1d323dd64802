/** IRR of evenly spaced cash flows: the spreadsheet IRR, solved so it always converges when a root exists. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { irrProblem } from "./_internal/irr/problem.js";
import { nearestRoot, solveIrr } from "./_internal/irr/solveIrr.js";

/**
 * @summary Internal rate of return: the rate at which the NPV of the flows (first flow at t = 0) is zero.
 *
 * @description
 * Solves Σ values[i] / (1 + r)^i = 0 for r > -1. Every real root is located (Descartes' rule of signs,
 * then isolation in float64) and the chosen one is polished with an exact evaluation to about 30
 * significant digits. When the flows change sign more than once there can be several roots: `irr`
 * returns the one **nearest to `guess`** (the lower on a tie), which is the root a spreadsheet's Newton
 * iteration from `guess` usually finds. Use {@link irrAll} or {@link irrDetails} to see every root.
 *
 * @param values - Cash flows of equal periods, `values[0]` at t = 0 (at least two).
 * @param guess - Rate used to choose among several roots; default 0.1 (10 %), must be > -1.
 * @returns The internal rate of return per period.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for fewer than two values, a non-number or a
 *   guess ≤ -1.
 * @throws {FinanceNoSignChangeError} `FINANCE_NO_SIGN_CHANGE` when the flows are not both positive and negative.
 * @throws {FinanceNoSolutionError} `FINANCE_NO_SOLUTION` when they change sign but NPV has no real root.
 * @throws {FinanceNoConvergenceError} `FINANCE_NO_CONVERGENCE` if the solver cannot reach its accuracy.
 *
 * @example
 * ```ts
 * // Spreadsheet =IRR({-70000, 12000, 15000, 18000, 21000, 26000})
 * irr([-70000, 12000, 15000, 18000, 21000, 26000]).toFixed(6); //=> "0.086631"
 * // Two roots (10 % and 20 %): the guess picks one
 * irr([-100, 230, -132], 0.25).toString(); //=> "0.2"
 * ```
 */
export function irr(values: readonly Numeric[], guess?: Numeric): Decimal {
  const problem = irrProblem("irr", values, guess);
  const search = solveIrr("irr", problem, "nearest");
  return nearestRoot(search.roots.map((root) => root.rate), problem.guess);
}

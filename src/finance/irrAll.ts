/** Every internal rate of return of a series, so a caller can see when there are several. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { signChanges } from "./_internal/irr/polynomial.js";
import { irrProblem } from "./_internal/irr/problem.js";
import { solveIrr } from "./_internal/irr/solveIrr.js";

/**
 * @summary Every real rate r > -1 at which the NPV of the flows (first flow at t = 0) is zero.
 *
 * @description
 * Ascending, each polished like {@link irr}; a double root (NPV touching zero) appears once. Returns an
 * empty array when there is no root, including when the flows never change sign.
 *
 * @param values - Cash flows of equal periods, `values[0]` at t = 0 (at least two).
 * @returns The roots in ascending order (frozen).
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` for fewer than two values or a non-number.
 * @throws {FinanceNoConvergenceError} `FINANCE_NO_CONVERGENCE` if the solver cannot reach its accuracy.
 *
 * @example
 * ```ts
 * // Invest 100, receive 230, pay 132 to restore the site: 10 % and 20 % both make NPV zero
 * irrAll([-100, 230, -132]).map(String); //=> ["0.1", "0.2"]
 * ```
 */
export function irrAll(values: readonly Numeric[]): readonly Decimal[] {
  const problem = irrProblem("irrAll", values, undefined);
  if (signChanges(problem.poly.c) === 0) return Object.freeze([]);
  try {
    return Object.freeze(solveIrr("irrAll", problem, "all").roots.map((root) => root.rate));
  } catch (error) {
    if (error instanceof Error && (error as { code?: unknown }).code === "FINANCE_NO_SOLUTION") return Object.freeze([]);
    throw error;
  }
}

/** XIRR: internal rate of return of cash flows on given dates. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { xirrProblem } from "./_internal/irr/problem.js";
import { nearestRoot, solveIrr } from "./_internal/irr/solveIrr.js";
import type { DateInput } from "./_internal/dates.js";
import type { DatedOptions } from "./xnpv.js";

/**
 * @summary Annual rate at which the XNPV of dated cash flows is zero.
 *
 * @description
 * Solves Σ values[i] / (1 + r)^(t_i) = 0, t_i in years from `dates[0]` by the day count (default
 * actual/365, like the spreadsheets). Every real root above -1 is located (the times are whole days over
 * a fixed year length, so the equation is a polynomial in (1 + r)^(-1/365)); like {@link irr}, the root
 * nearest `guess` is returned and polished with an exact evaluation. Dates may be unordered; none may
 * precede `dates[0]`.
 *
 * @param values - Cash flows (at least two), one per date.
 * @param dates - `Date` (its UTC day) or `"YYYY-MM-DD"`.
 * @param guess - Chooses among several roots (nearest wins); default 0.1.
 * @param options - `dayCount`: `"actual/365"` (default), `"30/360"`, `"actual/actual"`.
 * @returns The annual internal rate of return.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` (every bad argument listed).
 * @throws {FinanceNoSignChangeError} `FINANCE_NO_SIGN_CHANGE`, {@link FinanceNoSolutionError}
 *   `FINANCE_NO_SOLUTION`, {@link FinanceNoConvergenceError} `FINANCE_NO_CONVERGENCE` as for `irr`.
 *
 * @example
 * ```ts
 * // Spreadsheet =XIRR({-10000, 2750, 4250, 3250, 2750}, {2008-01-01, 2008-03-01, 2008-10-30, 2009-02-15, 2009-04-01})
 * xirr([-10000, 2750, 4250, 3250, 2750],
 *   ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]).toFixed(6); //=> "0.373363"
 * ```
 */
export function xirr(values: readonly Numeric[], dates: readonly DateInput[], guess?: Numeric, options?: DatedOptions): Decimal {
  const problem = xirrProblem("xirr", values, dates, guess, options);
  const search = solveIrr("xirr", problem, "nearest");
  return nearestRoot(search.roots.map((root) => root.rate), problem.guess);
}

/** IRR with everything a careful reader checks: all roots, sign changes, method and a certificate. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { discountExact } from "./_internal/discount.js";
import { exactOf } from "./_internal/exact.js";
import { detailsOf } from "./_internal/irr/details.js";
import { irrProblem } from "./_internal/irr/problem.js";

/** How an IRR was found. */
export type IrrMethod = "newton-single-sign-change" | "isolation-newton" | "exact-isolation";

/** The result of {@link irrDetails} and {@link xirrDetails}. */
export interface IrrDetails {
  /** The root nearest the guess (what `irr` / `xirr` return). */
  readonly rate: Decimal;
  /** Every real root above -1, ascending. */
  readonly roots: readonly Decimal[];
  /** Sign changes in the flows (in time order, zeros skipped): an upper bound on the number of roots. */
  readonly signChanges: number;
  /** True for one sign change: exactly one root, the textbook investment or loan. */
  readonly conventional: boolean;
  /**
   * `"newton-single-sign-change"`: one sign change, safeguarded Newton in a proved bracket;
   * `"isolation-newton"`: every root isolated first; `"exact-isolation"`: roots float64 cannot separate
   * (closer than it resolves, multiple, or flows that nearly cancel) isolated in exact integer arithmetic.
   */
  readonly method: IrrMethod;
  /** Float iterations and isolation cells, plus exact polishing steps. */
  readonly iterations: number;
  /** The certificate: NPV (XNPV for dated flows) at `rate`, in Decimal; about zero relative to the flows. */
  readonly npvAtRate: Decimal;
}

/**
 * @summary {@link irr} with every root, the sign-change count, the method and the NPV at the rate.
 *
 * @param values - Cash flows of equal periods, `values[0]` at t = 0 (at least two).
 * @param guess - Chooses `rate` among several roots (nearest wins); default 0.1.
 * @returns Frozen {@link IrrDetails}.
 * @throws The same errors as {@link irr}.
 *
 * @example
 * ```ts
 * const d = irrDetails([-100, 230, -132]);
 * d.roots.map(String); //=> ["0.1", "0.2"]
 * d.rate.toString(); //=> "0.1"
 * d.signChanges; //=> 2
 * d.conventional; //=> false
 * d.npvAtRate.isZero(); //=> true
 * ```
 */
export function irrDetails(values: readonly Numeric[], guess?: Numeric): IrrDetails {
  const problem = irrProblem("irrDetails", values, guess);
  return detailsOf("irrDetails", problem, (rate) => discountExact(exactOf(rate), problem.series, 0));
}

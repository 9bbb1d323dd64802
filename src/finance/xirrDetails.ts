/** XIRR with all roots, the sign-change count, the method and the XNPV at the rate. */
import type { Numeric } from "../numeric/decimal.js";
import { discountDated } from "./_internal/dated.js";
import type { DateInput } from "./_internal/dates.js";
import { detailsOf } from "./_internal/irr/details.js";
import { xirrProblem } from "./_internal/irr/problem.js";
import type { IrrDetails } from "./irrDetails.js";
import type { DatedOptions } from "./xnpv.js";

/**
 * @summary {@link xirr} with every root, the sign changes (in date order), the method and the certificate.
 *
 * @param values - Cash flows (at least two), one per date.
 * @param dates - `Date` (its UTC day) or `"YYYY-MM-DD"`; none before `dates[0]`.
 * @param guess - Chooses `rate` among several roots; default 0.1.
 * @param options - `dayCount` (default `"actual/365"`).
 * @returns Frozen {@link IrrDetails}; `npvAtRate` is the XNPV at `rate` with the same day count.
 * @throws The same errors as {@link xirr}.
 *
 * @example
 * ```ts
 * const d = xirrDetails([-1000, 1100], ["2023-01-01", "2024-01-01"]);
 * d.rate.toString(); //=> "0.1"
 * d.conventional; //=> true
 * ```
 */
export function xirrDetails(values: readonly Numeric[], dates: readonly DateInput[], guess?: Numeric, options?: DatedOptions): IrrDetails {
  const problem = xirrProblem("xirrDetails", values, dates, guess, options);
  return detailsOf("xirrDetails", problem, (rate) => discountDated(rate, values, problem.E, problem.m));
}

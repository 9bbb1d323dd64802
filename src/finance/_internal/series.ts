/** Validated numeric lists as exact integer series (see exact.ts). */
import type { Numeric } from "../../numeric/decimal.js";
import { FinanceArgumentError } from "../errors.js";
import { MAX_EXPONENT_SPREAD, exactOf, scaleSeries } from "./exact.js";
import type { ScaledSeries } from "./exact.js";

/** The exact integer series of validated values, or a FinanceArgumentError if their magnitudes spread too far. */
export function exactSeries(fn: string, name: string, values: readonly Numeric[]): ScaledSeries {
  const series = scaleSeries(values.map(exactOf));
  if (series === undefined) {
    throw new FinanceArgumentError(
      [{ path: [name], code: "too_big", message: `the values span more than ${MAX_EXPONENT_SPREAD} decimal orders of magnitude` }],
      fn,
    );
  }
  return series;
}

/** What a root search returns, and the rate it reports for a growth factor 1 + r (32 significant digits). */
import type { Decimal } from "../../../numeric/decimal.js";

/** One root: the rate in Decimal and float, and how it was found. */
export interface FoundRoot {
  readonly rate: Decimal;
  readonly approx: number;
  /** 1 for a simple root, 2 for a double root (tangent), … */
  readonly multiplicity: number;
}

/** The roots a search found, and how. */
export interface RootSearch {
  readonly roots: readonly FoundRoot[];
  /** Float iterations plus exact polishing steps. */
  readonly iterations: number;
  readonly method: "newton-single-sign-change" | "isolation-newton" | "exact-isolation";
  /** True when float64 found places where the flows vanish within rounding (roots it cannot separate). */
  readonly clustered?: boolean;
}

/**
 * The rate for a growth factor 1 + r good to about 1e-34 relative: 32 significant digits of 1 + r, so
 * exact roots such as 0.1 print as 0.1 (and a rate in the 1e40s keeps no noise in its last digits).
 */
export function rateFromGrowth(growth: Decimal): Decimal {
  return growth.e > 31 ? growth.toSignificantDigits(32).minus(1) : growth.minus(1).toDecimalPlaces(31 - growth.e);
}

/**
 * Exact facts about a driver's distribution: its mean (for the expected-value evaluation) and the low
 * and high values used for sensitivity (the range ends; P10 and P90 for normal and lognormal).
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Driver, Uncertainty } from "../schema.js";

/** Φ⁻¹(0.9): the standard normal's 90th percentile, to 40 digits. */
export const Z90 = new Dec("1.281551565544600466965103329448742818620");

const DEFAULT_PERT_LAMBDA = new Dec(4);

/** The mode of a triangular or PERT distribution: as given, else the driver's value. */
export function modeOf(driver: Driver, u: Extract<Uncertainty, { mode?: unknown }>): Decimal {
  return u.mode ?? driver.value;
}

/** Parameters of a lognormal given as P10 (low) and P90 (high): μ and σ of the underlying normal. */
export function lognormalParams(low: Decimal, high: Decimal): { mu: Decimal; sigma: Decimal } {
  const lnLow = low.ln();
  const lnHigh = high.ln();
  return { mu: lnLow.plus(lnHigh).div(2), sigma: lnHigh.minus(lnLow).div(Z90.times(2)) };
}

/** The exact mean of a driver (its value when it is certain), in the units it is written in. */
export function meanOf(driver: Driver): Decimal {
  const u = driver.uncertainty;
  if (u === undefined) return driver.value;
  switch (u.distribution) {
    case "uniform":
      return u.low.plus(u.high).div(2);
    case "triangular":
      return u.low.plus(modeOf(driver, u)).plus(u.high).div(3);
    case "pert": {
      const lambda = u.lambda ?? DEFAULT_PERT_LAMBDA;
      return u.low.plus(lambda.times(modeOf(driver, u))).plus(u.high).div(lambda.plus(2));
    }
    case "normal":
      return u.mean ?? driver.value;
    case "lognormal": {
      const { mu, sigma } = lognormalParams(u.low, u.high);
      return mu.plus(sigma.times(sigma).div(2)).exp();
    }
  }
}

/** The low and high values a sensitivity analysis swings a driver between, or undefined when certain. */
export function swingOf(driver: Driver): { low: Decimal; high: Decimal } | undefined {
  const u = driver.uncertainty;
  if (u === undefined) return undefined;
  if (u.distribution === "normal") {
    const mean = u.mean ?? driver.value;
    const spread = Z90.times(u.sd);
    return { low: mean.minus(spread), high: mean.plus(spread) };
  }
  return { low: u.low, high: u.high };
}

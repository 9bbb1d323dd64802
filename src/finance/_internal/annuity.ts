/** The annuity identity behind pmt, pv, fv and nper: pv·g + pmt·(1 + r·type)·(g - 1)/r + fv = 0, g = (1+r)^nper. */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";

/** (1 + rate)^nper, exact for whole nper (integer power), 40 digits otherwise. */
export function growth(rate: Decimal, nper: Decimal): Decimal {
  return rate.plus(1).pow(nper);
}

/** The annuity factor (1 + r·type)·((1+r)^nper - 1)/r, or nper when r = 0. */
export function annuityFactor(rate: Decimal, nper: Decimal, type: 0 | 1, g: Decimal): Decimal {
  if (rate.isZero()) return nper;
  return rate.times(type).plus(1).times(g.minus(1)).div(rate);
}

export const ONE = new Dec(1);

/** Figures in the words of a report: counts of periods, quantities in a goal's unit, driver values in theirs. */
import type { Decimal } from "../../numeric/decimal.js";
import type { Evaluation } from "../../quantify/types.js";
import type { Formatter } from "./formatter.js";
import { localUnits } from "./traceText.js";

/** "0.07 years", "1 year", "4.53 quarters": a count of periods, singular when it shows as 1. */
export function countOf(f: Formatter, v: Decimal, period: Evaluation["period"]): string {
  const t = f.t.evaluation;
  const one = v.toDecimalPlaces(2).eq(1);
  return t.periods(f.number(v, 2), one ? t.trace.periodUnit[period] : t.trace.periodUnits[period]);
}

/**
 * A contribution or gap in its goal's unit. A goal's "%" figures are written ×100 (90 → 95 %), so its
 * gap and contributions are percentage points, not fractions.
 */
export function goalQuantity(f: Formatter, v: Decimal, unit: string | undefined): string {
  if (unit === undefined || unit.trim() === "") return f.number(v);
  return unit.trim() === "%" ? f.t.evaluation.percentagePoints(f.number(v)) : `${f.number(v)} ${unit}`;
}

/** A driver's value as its unit reads: "%" drivers are percentages, others figures with their unit (time units in the locale). */
export function driverValue(f: Formatter, v: Decimal, unit: string | undefined): string {
  return unit?.trim() === "%" ? f.percent(v.div(100), 4) : f.quantity(v, unit === undefined ? undefined : localUnits(`0 ${unit}`, f.t.evaluation.trace).slice(2));
}

/**
 * The units a value case declares for its drivers, quantities and lines, how they are held against the
 * units formulas give, and the units a line's amount may have.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { ValueCase, ValueLine } from "../schema.js";
import type { AddIssue } from "./issues.js";
import { DIMENSIONLESS, UNKNOWN, isPercentUnit, parseUnit, sameDims } from "./units.js";
import type { Dims, UnitInfo } from "./units.js";

/** A declared unit: none is unknown, "%" a plain number; one that does not parse is reported (and unknown). */
export function declaredUnit(text: string | undefined, path: IssuePath, add: AddIssue): UnitInfo {
  if (text === undefined) return UNKNOWN;
  if (isPercentUnit(text)) return DIMENSIONLESS;
  const dims = parseUnit(text);
  if (typeof dims === "string") {
    add(path, "invalid_unit", dims);
    return UNKNOWN;
  }
  return { kind: "known", dims };
}

/** True when a declared unit and the unit a formula gives are both known and differ. */
export function contradicts(declared: UnitInfo, given: UnitInfo): boolean {
  return declared.kind === "known" && given.kind === "known" && !sameDims(declared.dims, given.dims);
}

/** The units a line's amount may be in: the currency, and for a recurring line the currency per year (or per period, as its `per` says). */
export function allowedAmountUnits(line: ValueLine, valueCase: ValueCase): Dims[] {
  const currency: Dims = new Map([[valueCase.currency, 1]]);
  if (line.recurrence === "once") return [currency];
  const per = (line.per ?? "year") === "year" ? "year" : valueCase.period;
  return [currency, new Map([[valueCase.currency, 1], [per, -1]])];
}

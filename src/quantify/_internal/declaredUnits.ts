/**
 * The units a value case declares for its drivers, quantities and lines, how they are held against the
 * units formulas give, the units a line's amount may have, and how a goal's unit reads to the case.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { ValueCase, ValueLine } from "../schema.js";
import type { AddIssue } from "./issues.js";
import { DIMENSIONLESS, UNKNOWN, isPercentUnit, parseUnit, percentPower, sameDims } from "./units.js";
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

/** Every base unit name the case uses: its currency and those in the declared units of its drivers, quantities and lines. */
export function caseUnitNames(valueCase: ValueCase): Set<string> {
  const names = new Set<string>([valueCase.currency]);
  const declared = [...valueCase.drivers, ...(valueCase.quantities ?? []), ...valueCase.lines].map((item) => item.unit);
  for (const text of declared) {
    const dims = text === undefined ? undefined : parseUnit(text);
    if (dims !== undefined && typeof dims !== "string") for (const name of dims.keys()) names.add(name);
  }
  return names;
}

/** A goal's unit as the case reads it: its dimensions, and the power of 100 its values are written in. */
export interface GoalUnit {
  readonly dims: Dims;
  readonly percentPower: number;
}

/**
 * Reads a goal's unit: "%" or "%" followed by words ("% of invoices") is a plain number written ×100; a
 * unit written like a case's ("CNY/year", "day", "%/year") that names only base units the case uses is
 * read as one. Anything else ("M CNY", "points", "pigs/year" in a case that counts "pig") is the
 * customer's wording: undefined, nothing to convert or check.
 */
export function readGoalUnit(text: string, known: ReadonlySet<string>): GoalUnit | undefined {
  const trimmed = text.trim();
  const dims = parseUnit(trimmed);
  if (typeof dims === "string") return /^%\s/.test(trimmed) ? { dims: new Map(), percentPower: 1 } : undefined;
  return [...dims.keys()].every((name) => known.has(name)) ? { dims, percentPower: percentPower(trimmed) } : undefined;
}

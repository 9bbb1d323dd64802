/** Reading a figure given as an option: a decimal, or a located problem (not a number, or off its range). */
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import { numericProblem, toDec, type Decimal, type Numeric } from "../../numeric/decimal.js";

/** `value` as a decimal (`undefined` when absent or not a number), its problems pushed to `issues`. */
export function optionFigure(value: unknown, path: IssuePath, issues: ValueframeIssue[], check: (d: Decimal) => string | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  const problem = numericProblem(value);
  if (problem !== undefined) {
    issues.push({ path, code: "not_numeric", message: problem });
    return undefined;
  }
  const d = toDec(value as Numeric);
  const bad = check(d);
  if (bad !== undefined) issues.push({ path, code: "out_of_range", message: bad });
  return d;
}

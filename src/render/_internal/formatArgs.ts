/** Argument checks shared by the public format functions. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { type Decimal, type Numeric, numericProblem, toDec } from "../../numeric/decimal.js";
import { NOT_NUMERIC } from "../../_internal/numericSchema.js";
import { RenderArgumentError, renderArgumentError } from "../errors.js";
import type { Locale } from "../locales/types.js";
import { checkLocale, checkWhole } from "./options.js";

/** Options every format function takes. */
export interface DigitsOptions {
  readonly locale?: unknown;
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits?: number;
  readonly signed?: boolean;
}

/** The value as a Decimal, or a {@link RenderArgumentError} naming the function and why. */
export function decimalArgument(fn: string, value: Numeric): Decimal {
  const problem = numericProblem(value);
  if (problem !== undefined) throw renderArgumentError(fn, "value", problem, NOT_NUMERIC);
  return toDec(value);
}

/** Checks locale and digit options together; throws one {@link RenderArgumentError} listing every problem. */
export function digitsOptions(fn: string, options: DigitsOptions | undefined): { locale: Locale; min: number | undefined; max: number | undefined } {
  const issues: ValueframeIssue[] = [];
  const locale = checkLocale(options?.locale, issues);
  checkWhole(options?.minimumFractionDigits, "minimumFractionDigits", 0, 20, issues);
  checkWhole(options?.maximumFractionDigits, "maximumFractionDigits", 0, 20, issues);
  const min = options?.minimumFractionDigits;
  const max = options?.maximumFractionDigits;
  if (issues.length === 0 && min !== undefined && max !== undefined && min > max) {
    issues.push({ path: ["minimumFractionDigits"], code: "invalid_value", message: `must not exceed maximumFractionDigits (${max}), got ${min}` });
  }
  if (issues.length > 0) throw new RenderArgumentError(issues, `${fn} options`);
  return { locale, min, max };
}

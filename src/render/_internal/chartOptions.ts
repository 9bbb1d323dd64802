/**
 * Checks the options of a chart, diagram or report and gives the builder its locale: the chart strings
 * and the exact formatter of render. Every problem is collected before one RenderArgumentError is thrown.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { RenderArgumentError } from "../errors.js";
import type { ChartMessages } from "../locales/en/charts.js";
import { formatterOf, type Formatter } from "./formatter.js";
import { checkLocale, checkWhole, notAnObject } from "./options.js";

/** The locale a builder writes in: the render formatter plus the chart strings. */
export interface ChartLocale extends Formatter {
  readonly text: ChartMessages;
}

/** One option to check: its key and the values it may take. */
type Rule =
  | { readonly kind: "oneOf"; readonly values: readonly (string | boolean)[] }
  | { readonly kind: "size" }
  | { readonly kind: "currency" }
  | { readonly kind: "text" };

/** Rules for the options charts share; builders add their own. Sizes are checked by every chart. */
export const sharedRules = {
  measure: { kind: "oneOf", values: ["weighted", "unadjusted"] },
} as const satisfies Readonly<Record<string, Rule>>;

const sizeRules: Readonly<Record<string, Rule>> = { width: { kind: "size" }, height: { kind: "size" } };

function describe(values: readonly (string | boolean)[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/**
 * Checks `options` against the rules (plus `locale`) and returns the chart locale.
 *
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option with its path
 */
export function chartOptions(
  subject: string,
  options: object | undefined,
  rules: Readonly<Record<string, Rule>>,
  extra?: (given: Readonly<Record<string, unknown>>, issues: ValueframeIssue[]) => void,
): ChartLocale {
  const issues: ValueframeIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new RenderArgumentError([notAnObject], `${subject} options`);
  }
  const given = (options ?? {}) as Readonly<Record<string, unknown>>;
  const locale = checkLocale(given["locale"], issues);
  for (const [key, rule] of Object.entries({ ...sizeRules, ...rules })) {
    const value = given[key];
    if (value === undefined) continue;
    if (rule.kind === "size") checkWhole(value, key, 100, 10000, issues);
    else if (rule.kind === "oneOf" && !rule.values.includes(value as string | boolean)) {
      issues.push({ path: [key], code: "invalid_value", message: `must be one of ${describe(rule.values)}, got ${JSON.stringify(value)}` });
    } else if (rule.kind === "currency" && (typeof value !== "string" || !/^[A-Z]{3}$/.test(value))) {
      issues.push({ path: [key], code: "invalid_value", message: `must be an ISO 4217 currency code (three capital letters, e.g. "CNY"), got ${JSON.stringify(value)}` });
    } else if (rule.kind === "text" && (typeof value !== "string" || value.trim() === "")) {
      issues.push({ path: [key], code: "invalid_type", message: `must be a non-empty string, got ${JSON.stringify(value)}` });
    }
  }
  extra?.(given, issues);
  if (issues.length > 0) throw new RenderArgumentError(issues, `${subject} options`);
  return { ...formatterOf(locale), text: locale.charts };
}

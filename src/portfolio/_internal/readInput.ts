/**
 * What an aggregator's `add` accepts, checked: a case summary or a case failure as plain data, from this
 * thread or from another process (a worker's message, a queue's JSON), every problem listed with its
 * path. A summary's decimals are checked here, so that adding them cannot fail half-way.
 */
import * as z from "zod";
import { fromZodIssues } from "../../_internal/zodIssues.js";
import { idField, textField } from "../../_internal/schemaFields.js";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { currencySchema } from "../../frame/frame.js";
import { perspectives } from "../../frame/goal.js";
import { funnelStages, monthSchema } from "../../qualify/funnel.js";
import type { CaseFailure, CaseSummary } from "../summariseCase.js";
import { UNASSIGNED } from "../summariseCase.js";
import { isDecimalText } from "./exact.js";

const decimalText = z.string({ error: "expected a decimal written as a string" }).refine(isDecimalText, { error: (issue) => `${JSON.stringify(issue.input)} is not a decimal written as a string (e.g. "-1234.56" or "1.2e-8")`, params: { code: "not_numeric" } });

const summarySchema = z
  .strictObject({
    kind: z.literal("summary"),
    id: idField,
    file: textField.nullable(),
    customer: textField,
    name: z.string(),
    scenario: z.string().nullable(),
    currency: currencySchema,
    period: z.enum(["month", "quarter", "year"]),
    horizon: z.number().int().min(0).max(10_000),
    decisionMonth: monthSchema.nullable(),
    npv: decimalText,
    weightedNpv: decimalText,
    weightedBenefits: z.array(decimalText),
    weightedCosts: z.array(decimalText),
    bySolution: z.array(z.strictObject({ solution: textField, weightedPresentValue: decimalText })),
    byPerspective: z.array(z.strictObject({ perspective: z.enum([...perspectives, UNASSIGNED]), weightedPresentValue: decimalText })),
    funnel: z.strictObject({ stage: z.enum(funnelStages), expectedMonth: monthSchema, sellerExpectedRevenue: decimalText, currency: currencySchema }).nullable(),
    simulation: z
      .strictObject({
        iterations: z.number().int().min(1).max(10_000_000),
        seed: z.number().int(),
        measure: z.literal("weighted"),
        mean: decimalText,
        p10: decimalText,
        p50: decimalText,
        p90: decimalText,
        probabilityPositive: decimalText,
      })
      .nullable(),
  })
  .superRefine((summary, ctx) => {
    for (const key of ["weightedBenefits", "weightedCosts"] as const)
      if (summary[key].length !== summary.horizon + 1) ctx.addIssue({ code: "custom", path: [key], message: `expected one figure for each period 0 … ${summary.horizon}: ${summary.horizon + 1}, got ${summary[key].length}`, params: { code: "invalid_length" } });
  });

const failureSchema = z
  .strictObject({
    kind: z.literal("failure"),
    id: idField,
    file: textField.nullable(),
    code: textField,
    message: z.string(),
    issues: z
      .array(
        z
          .strictObject({
            path: z.array(z.union([z.string(), z.number()])),
            code: z.string(),
            message: z.string(),
            file: z.string().optional(),
            line: z.number().int().min(1).optional(),
            column: z.number().int().min(1).optional(),
          }),
      ),
  });

const inputSchema = z.discriminatedUnion("kind", [summarySchema, failureSchema], { error: 'expected a case summary (kind "summary") or a case failure (kind "failure")' });

/** A summary, checked. */
export type ReadSummary = z.output<typeof summarySchema>;

// Every summary and failure the module writes is what `add` accepts (the schemas leave their output
// unfrozen: `add` keeps only a few fields of a summary, and freezing each copy would cost every case).
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Accepts<T, S extends z.ZodType> = T extends DeepReadonly<z.input<S>> ? true : never;
const summariesAccepted: Accepts<CaseSummary, typeof summarySchema> = true;
const failuresAccepted: Accepts<CaseFailure, typeof failureSchema> = true;
void summariesAccepted;
void failuresAccepted;

/** The summary or the failure as a checked copy, or every problem. */
export function readInput(value: unknown): { summary: ReadSummary } | { failure: CaseFailure } | { issues: ValueframeIssue[] } {
  const result = inputSchema.safeParse(value);
  if (!result.success) return { issues: fromZodIssues(result.error.issues) };
  return result.data.kind === "summary" ? { summary: result.data } : { failure: result.data as CaseFailure };
}

/**
 * defineQualification and qualifyOpportunity: validate one opportunity's qualification into an immutable
 * model, every problem at once — each part checked by its own rules (the assessment's answers against
 * the question set, the purchase criteria's weights and scores) — and work out everything it says: the
 * assessment and its decision, how the customer will rank the suppliers and what would change it, the
 * value-matrix category, the opening, what 5W + 2P leaves unanswered, and PAIN + VISION + POWER.
 */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";
import type { BuyingCentre } from "../people/schema.js";
import { numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import { assessOpportunity, type Assessment } from "./assessment.js";
import { QualifyValidationError } from "./errors.js";
import { fiveWTwoP, painVisionPower, type FiveWTwoP, type PainVisionPower } from "./fiveWTwoP.js";
import { opening, valueMatrix, type ValueMatrixPlacement } from "./positioning.js";
import { compareSuppliers, safeDefinePurchaseCriteria, type SupplierComparison } from "./purchaseCriteria.js";
import { qualificationSchema, type Qualification } from "./schema.js";

/** The result of {@link safeDefineQualification}. */
export type SafeDefineQualificationResult = SafeDefineResult<Qualification, QualifyValidationError>;

/**
 * Validates one opportunity's qualification and returns it deep-frozen. Every problem is listed at once,
 * with its path: shapes and scales, answers to questions the set lacks or answered twice, purchase
 * criteria with negative or all-zero weights or scores off the scale, a negative expected investment or
 * big-gain threshold.
 *
 * @param input - the `qualification` member of a value-case document, as plain data
 * @returns the frozen qualification
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * import { defineQualification } from "valueframe/qualify";
 * const q = defineQualification({ prospect: "opportunity", opening: { turf: "neutral", leader: "us" } });
 * q.opening?.leader; //=> "us"
 * ```
 */
export function defineQualification(input: unknown): Qualification {
  return orThrow(safeDefineQualification(input));
}

/**
 * Like {@link defineQualification} but returns `{ success: true, data, warnings }` or `{ success: false,
 * error }` instead of throwing.
 *
 * @param input - anything, typically parsed JSON or YAML
 * @returns the qualification, or the error listing every problem
 *
 * @example
 * ```ts
 * const r = safeDefineQualification({ assessment: { answers: [{ question: "o9", score: 2, evidence: "x" }] } });
 * !r.success && r.error.issues[0]?.path; //=> ["assessment", "answers", 0, "question"]
 * ```
 */
export function safeDefineQualification(input: unknown): SafeDefineQualificationResult {
  const parsed = qualificationSchema.safeParse(input);
  const issues: ValueframeIssue[] = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  // Each part's own rules, on what parsed of it, prefixed with its place.
  const criteria = record["criteria"];
  if (criteria !== undefined && !issues.some((issue) => issue.path[0] === "criteria")) {
    const checked = safeDefinePurchaseCriteria(criteria);
    if (!checked.success) issues.push(...checked.error.issues.map((issue) => ({ ...issue, path: ["criteria", ...issue.path] })));
  }
  const answers = (record["assessment"] as { answers?: unknown } | undefined)?.answers;
  if (Array.isArray(answers) && !issues.some((issue) => issue.path[0] === "assessment")) {
    try {
      assessOpportunity(answers);
    } catch (error) {
      if (!(error instanceof ValueframeValidationError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: ["assessment", "answers", ...issue.path] })));
    }
  }
  // Figures that parsed as numbers are checked even when another field beside them failed its shape.
  const figure = (value: unknown): Decimal | undefined => (value !== undefined && numericProblem(value) === undefined ? toDec(value as Numeric) : undefined);
  const investment = figure((record["funnel"] as { expectedInvestment?: unknown } | undefined)?.expectedInvestment);
  if (investment?.isNegative()) issues.push({ path: ["funnel", "expectedInvestment"], code: "out_of_range", message: `an expected investment is not negative; got ${investment.toString()}` });
  const bigGain = figure((record["valueMatrix"] as { bigGain?: unknown } | undefined)?.bigGain);
  if (bigGain !== undefined && !bigGain.gt(0)) issues.push({ path: ["valueMatrix", "bigGain"], code: "out_of_range", message: "the gain from which a deal is big business must be above 0" });
  if (issues.length > 0 || !parsed.success) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "qualification"));
  return defined(deepFreeze(parsed.data));
}

/** Everything a qualification says, worked out; a part is undefined when the qualification lacks it. */
export interface OpportunityQualification {
  readonly assessment: Assessment | undefined;
  readonly comparison: SupplierComparison | undefined;
  readonly valueMatrix: ValueMatrixPlacement | undefined;
  readonly opening: ReturnType<typeof opening> | undefined;
  readonly fiveWTwoP: FiveWTwoP;
  readonly painVisionPower: PainVisionPower | undefined;
}

/**
 * Works out a qualification: the assessment's scores and decision, the suppliers compared with the
 * break-even weights (when one of them is us), the value-matrix category (gain: the stated one, else the
 * funnel's expected investment), the opening's group and strategy, 5W + 2P's unanswered questions, and
 * PAIN + VISION + POWER with power read from the buying centre when given.
 *
 * @param qualification - from {@link defineQualification}
 * @param options - `centre`: the buying centre, for power
 * @returns the worked-out qualification, frozen
 *
 * @example
 * ```ts
 * qualifyOpportunity(q, { centre }).opening; //=> { opening: "neutral/us", group: "normal", strategy: "lockInTheCriteria" }
 * ```
 */
export function qualifyOpportunity(qualification: Qualification, options?: { readonly centre?: BuyingCentre | undefined }): OpportunityQualification {
  const q = qualification;
  const gain = q.valueMatrix?.gain ?? q.funnel?.expectedInvestment;
  return Object.freeze({
    assessment: q.assessment === undefined ? undefined : assessOpportunity(q.assessment.answers),
    comparison: q.criteria === undefined || !q.criteria.suppliers.some((s) => s.us) || q.criteria.suppliers.length < 2 ? undefined : compareSuppliers(q.criteria),
    valueMatrix: q.valueMatrix === undefined || gain === undefined ? undefined : valueMatrix(gain, q.valueMatrix.impact, { bigGain: q.valueMatrix.bigGain, ...(q.valueMatrix.highImpact === undefined ? {} : { highImpact: q.valueMatrix.highImpact }) }),
    opening: q.opening === undefined ? undefined : opening(q.opening.turf, q.opening.leader),
    fiveWTwoP: fiveWTwoP(q.fiveWTwoP ?? {}),
    painVisionPower: q.painVisionPower === undefined ? undefined : painVisionPower(q.painVisionPower, options?.centre),
  });
}

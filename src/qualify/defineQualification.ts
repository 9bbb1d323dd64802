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
import { isRecord } from "../_internal/isRecord.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import { ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";
import type { BuyingCentre } from "../people/schema.js";
import type { Bvf } from "../bvf/types.js";
import type { Frame } from "../frame/frame.js";
import { didYouMeanSuffix } from "../_internal/suggest.js";
import { numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import { assessOpportunity, type Assessment } from "./assessment.js";
import { QualifyValidationError } from "./errors.js";
import { fiveWTwoP, painVisionPower, type FiveWTwoP, type PainVisionPower } from "./fiveWTwoP.js";
import { opening, valueMatrix, type ValueMatrixPlacement } from "./positioning.js";
import { compareSuppliers, conditionsOf, movesOf, safeDefinePurchaseCriteria, type StandardCondition, type StandardMove, type SupplierComparison } from "./purchaseCriteria.js";
import { qualificationSchema, type Qualification } from "./schema.js";

/** The result of {@link safeDefineQualification}. */
export type SafeDefineQualificationResult = SafeDefineResult<Qualification, QualifyValidationError>;

/** What a qualification's links are checked against, each when given. */
export interface DefineQualificationOptions {
  /** The frame: a criterion's `need` names one of its goals or critical issues. */
  readonly frame?: Frame | undefined;
  /** The BVF: a criterion's `solution` names one of its solutions, a supplier's `competitor` one of its competitors. */
  readonly bvf?: Bvf | undefined;
  /** The buying centre: `criteria.byPerson` names its people. */
  readonly centre?: BuyingCentre | undefined;
}

/**
 * Validates one opportunity's qualification and returns it deep-frozen. Every problem is listed at once,
 * with its path: shapes and scales, answers to questions the set lacks or answered twice, purchase
 * criteria with negative or all-zero weights or scores off the scale, a negative expected investment or
 * big-gain threshold; and, against what `options` gives, a criterion's need, solution or competitor and a
 * person's weights naming what the frame, the BVF or the buying centre lacks.
 *
 * @param input - the `qualification` member of a value-case document, as plain data
 * @param options - the frame, BVF and buying centre its links are checked against
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
export function defineQualification(input: unknown, options?: DefineQualificationOptions): Qualification {
  return orThrow(safeDefineQualification(input, options));
}

/**
 * Like {@link defineQualification} but returns `{ success: true, data, warnings }` or `{ success: false,
 * error }` instead of throwing.
 *
 * @param input - anything, typically parsed JSON or YAML
 * @param options - the frame, BVF and buying centre its links are checked against
 * @returns the qualification, or the error listing every problem
 *
 * @example
 * ```ts
 * const r = safeDefineQualification({ assessment: { answers: [{ question: "o9", score: 2, evidence: "x" }] } });
 * !r.success && r.error.issues[0]?.path; //=> ["assessment", "answers", 0, "question"]
 * ```
 */
export function safeDefineQualification(input: unknown, options?: DefineQualificationOptions): SafeDefineQualificationResult {
  const parsed = qualificationSchema.safeParse(input);
  const issues: ValueframeIssue[] = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  // The purchase criteria and the answers are checked by their own rules, row by row, which report each
  // row's shape too: the schema's problems there are left to them, so every problem shows once.
  const criteria = record["criteria"];
  const answers = isRecord(record["assessment"]) ? record["assessment"]["answers"] : undefined;
  const ownedByParts = (issue: ValueframeIssue) => (isRecord(criteria) && issue.path[0] === "criteria") || (Array.isArray(answers) && issue.path[0] === "assessment" && issue.path[1] === "answers" && issue.path.length > 2);
  issues.splice(0, issues.length, ...issues.filter((issue) => !ownedByParts(issue)));
  if (isRecord(criteria)) {
    const checked = safeDefinePurchaseCriteria(criteria);
    if (!checked.success) issues.push(...checked.error.issues.map((issue) => ({ ...issue, path: ["criteria", ...issue.path] })));
  }
  if (Array.isArray(answers)) {
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
  const matrix = record["valueMatrix"] as { gain?: unknown; highImpact?: unknown } | undefined;
  const gain = figure(matrix?.gain);
  if (gain?.isNegative()) issues.push({ path: ["valueMatrix", "gain"], code: "out_of_range", message: `a gain is not negative; got ${gain.toString()}` });
  const highImpact = figure(matrix?.highImpact);
  if (highImpact !== undefined && (highImpact.lt(1) || highImpact.gt(5))) issues.push({ path: ["valueMatrix", "highImpact"], code: "out_of_range", message: `a high impact is on the impacts' scale, from 1 to 5; got ${highImpact.toString()}` });
  if (parsed.success && parsed.data.criteria !== undefined) issues.push(...linkIssues(parsed.data.criteria, options ?? {}));
  if (issues.length > 0 || !parsed.success) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "qualification"));
  const frozen = deepFreeze(parsed.data);
  return defined(frozen, () => powerWarnings(frozen, options?.centre));
}

/** 5W + 2P of the qualification: its answers, asked as the version it names. */
function fiveWTwoPOf(written: Qualification["fiveWTwoP"]): FiveWTwoP {
  const { version, ...answers } = written ?? {};
  return fiveWTwoP(answers, { whyUs: version === "6W+2P" });
}

/** A stated power the buying centre contradicts: with a centre, power is read from it. */
function powerWarnings(q: Qualification, centre: BuyingCentre | undefined): ValueframeIssue[] {
  const stated = q.painVisionPower?.power;
  if (centre === undefined || stated === undefined) return [];
  const read = painVisionPower({ pain: true, vision: true }, centre).power;
  if (read === stated) return [];
  return [
    {
      path: ["painVisionPower", "power"],
      code: "power_disagrees",
      message: stated ? "power is stated, but no decision maker of the buying centre has been met: the buying centre decides" : "power is stated as missing, but a decision maker of the buying centre has been met: the buying centre decides",
    },
  ];
}

/** The purchase criteria's links that name what the frame, the BVF or the buying centre lacks. */
function linkIssues(criteria: NonNullable<Qualification["criteria"]>, { frame, bvf, centre }: DefineQualificationOptions): ValueframeIssue[] {
  const issues: ValueframeIssue[] = [];
  const check = (known: readonly string[] | undefined, value: string | undefined, path: (string | number)[], what: string) => {
    if (known === undefined || value === undefined || known.includes(value)) return;
    issues.push({ path: ["criteria", ...path], code: "unknown_reference", message: `${what} "${value}"${didYouMeanSuffix(value, known)}` });
  };
  const needs = frame === undefined ? undefined : [...frame.goals.map((g) => g.id), ...frame.issues.map((i) => i.id)];
  criteria.criteria.forEach((c, index) => {
    check(needs, c.need, ["criteria", index, "need"], "the frame has no goal or critical issue");
    check(bvf?.solutions.map((s) => s.id), c.solution, ["criteria", index, "solution"], "the BVF has no solution");
  });
  criteria.suppliers.forEach((s, index) => check(bvf?.competitors.map((c) => c.id), s.competitor, ["suppliers", index, "competitor"], "the BVF has no competitor"));
  criteria.byPerson?.forEach((p, index) => check(centre?.people.map((person) => person.id), p.person, ["byPerson", index, "person"], "the buying centre has no person"));
  return issues;
}

/** Everything a qualification says, worked out; a part is undefined when the qualification lacks it. */
export interface OpportunityQualification {
  readonly assessment: Assessment | undefined;
  readonly comparison: SupplierComparison | undefined;
  /** The standard checked against the three conditions of a good one, and the moves against it (when a rival leads). */
  readonly standard: { readonly conditions: readonly StandardCondition[]; readonly moves: readonly StandardMove[] } | undefined;
  readonly valueMatrix: ValueMatrixPlacement | undefined;
  readonly opening: ReturnType<typeof opening> | undefined;
  readonly fiveWTwoP: FiveWTwoP;
  readonly painVisionPower: PainVisionPower | undefined;
}

/**
 * Works out a qualification: the assessment's scores and decision, the suppliers compared with the
 * break-even weights, each person's ranking, the standard's three conditions and the moves against it
 * (when one of the suppliers is us), the value-matrix category (gain: the stated one, else the
 * funnel's expected investment), the opening's group and strategy, 5W + 2P's unanswered questions, and
 * PAIN + VISION + POWER with power read from the buying centre when given. The value matrix is undefined
 * without a gain or a funnel entry to place the deal by.
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
  const comparable = q.criteria !== undefined && q.criteria.suppliers.some((s) => s.us) && q.criteria.suppliers.length >= 2 ? q.criteria : undefined;
  const comparison = comparable === undefined ? undefined : compareSuppliers(comparable);
  return Object.freeze({
    assessment: q.assessment === undefined ? undefined : assessOpportunity(q.assessment.answers),
    comparison,
    standard: comparable === undefined || comparison === undefined ? undefined : Object.freeze({ conditions: conditionsOf(comparable, comparison), moves: movesOf(comparable, comparison) }),
    valueMatrix: q.valueMatrix === undefined || gain === undefined ? undefined : valueMatrix(gain, q.valueMatrix.impact, { bigGain: q.valueMatrix.bigGain, ...(q.valueMatrix.highImpact === undefined ? {} : { highImpact: q.valueMatrix.highImpact }) }),
    opening: q.opening === undefined ? undefined : opening(q.opening.turf, q.opening.leader),
    fiveWTwoP: fiveWTwoPOf(q.fiveWTwoP),
    painVisionPower: q.painVisionPower === undefined ? undefined : painVisionPower(q.painVisionPower, options?.centre),
  });
}

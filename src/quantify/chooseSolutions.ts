/** The set of solutions with the highest risk-adjusted NPV whose cost fits a budget. */
import * as z from "zod";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { Dec } from "../numeric/decimal.js";
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { displayNumber } from "./_internal/display.js";
import { modelOf } from "./defineValueCase.js";
import { QUANTIFY_ERROR_CODES, QuantifyError, QuantifyArgumentError } from "./errors.js";
import { numericSchema, riskAdjustmentSchema } from "./schema.js";
import type { RiskAdjustmentInput, ValueCase, ValueCaseInput } from "./schema.js";
import type { CandidateOutcome, CaseOptions, SolutionChoice } from "./types.js";
import { zodToIssues } from "./_internal/issues.js";
import { bestSet } from "./_internal/knapsack.js";
import type { Item } from "./_internal/knapsack.js";
import { parseOptions } from "./_internal/options.js";
import { NO_WORTH, solutionsOf, solutionWorths } from "./_internal/solutionValues.js";

/**
 * Most candidates {@link chooseSolutions} chooses among exactly: the search lists up to 2 × 2^15 sets
 * (about 0.1 s for 30 equal-density candidates, the hardest kind; each candidate more doubles a half).
 */
export const MAX_CANDIDATES = 30;

/** A candidate given directly: its cost against the budget and its value (e.g. risk-adjusted NPV). */
export interface CandidateInput {
  readonly id: string;
  readonly label?: string;
  /** What it takes from the budget, ≥ 0. */
  readonly cost: Numeric;
  readonly value: Numeric;
  /** Candidates of one group exclude each other (e.g. the options of one alternative). */
  readonly group?: string;
}

/** Options of {@link chooseSolutions}. */
export interface ChooseSolutionsOptions extends Omit<CaseOptions, "basis"> {
  /** The most the chosen set may cost, ≥ 0. */
  readonly budget: Numeric;
  /** From a case: benefits × (1 − benefits), costs × (1 + costs) (default: the scenario's, else none). */
  readonly riskAdjustment?: RiskAdjustmentInput;
  /** From a case: a solution's cost is the present value of its cost lines (default) or their nominal total. */
  readonly cost?: "present" | "nominal";
}

const candidateSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  cost: numericSchema.refine((value) => !value.isNegative(), { message: "cost must be at least 0", params: { code: "out_of_range" } }),
  value: numericSchema,
  group: z.string().min(1).optional(),
});
const budgetSchema = numericSchema.refine((value) => !value.isNegative(), { message: "budget must be at least 0", params: { code: "out_of_range" } });
const optionsSchema = z.strictObject({
  budget: budgetSchema,
  riskAdjustment: riskAdjustmentSchema.optional(),
  cost: z.enum(["present", "nominal"]).optional(),
  scenario: z.unknown().optional(),
  drivers: z.unknown().optional(),
  excludeLines: z.unknown().optional(),
});
const SUBJECT = "choice options";

interface Candidate extends Item {
  readonly id: string;
  readonly label: string;
}

/**
 * Picks the set of solutions with the highest total risk-adjusted NPV whose total cost fits the budget,
 * taking at most one option of each alternative. Exact (meet in the middle: every affordable set of
 * each half of the candidates, summed as exact integers) for up to 30 candidates. Candidates come from a case — every solution its lines serve, valued by the risk-adjusted
 * (probability-weighted, risk-scaled) NPV of its lines and costed by the present value of its cost lines
 * — or are given directly. Candidates worth ≤ 0 are never chosen. Ties go to the cheaper set, then the
 * smaller, then the one holding the candidate given first.
 *
 * @param source - a value case (defined or data), or candidates `{ id, cost, value, group? }`
 * @param options - `budget`, and from a case `riskAdjustment`, `cost` and the shared `scenario` / `drivers`
 * @returns the chosen and rejected candidates, each with the reason, and the totals
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` listing every bad option or candidate
 * @throws {QuantifyError} `QUANTIFY_TOO_MANY_CANDIDATES` above 30 candidates
 *
 * @example
 * ```ts
 * const choice = chooseSolutions([
 *   { id: "crm", cost: 40, value: 70 },
 *   { id: "erp", cost: 60, value: 90 },
 *   { id: "bi", cost: 50, value: 80 },
 * ], { budget: 100 });
 * choice.chosen.map((c) => c.id); //=> ["crm", "erp"]
 * choice.rejected[0].reason; //=> "costs 50: only 0 of the budget is left beside the chosen set"
 * ```
 */
export function chooseSolutions(
  source: ValueCase | ValueCaseInput | readonly CandidateInput[],
  options: ChooseSolutionsOptions,
): SolutionChoice {
  const fromCase = !Array.isArray(source);
  const { candidates, budget, baseValue } = fromCase
    ? caseCandidates(source as ValueCase | ValueCaseInput, options)
    : givenCandidates(source as readonly CandidateInput[], options);
  if (candidates.length > MAX_CANDIDATES) {
    throw new QuantifyError(
      QUANTIFY_ERROR_CODES.tooManyCandidates,
      `${candidates.length} candidates: an exact choice is limited to ${MAX_CANDIDATES}; group or pre-select them first`,
    );
  }
  const best = bestSet(candidates, budget);
  const chosenSet = new Set(best.chosen);
  const left = budget.minus(best.cost);
  const outcomes = candidates.map((c, i): CandidateOutcome => {
    const base = { id: c.id, label: c.label, group: c.group, cost: c.cost, value: c.value };
    if (chosenSet.has(i)) return { ...base, code: "chosen", reason: `in the best set: value ${displayNumber(c.value)} for ${displayNumber(c.cost)}` };
    if (!c.value.isPositive()) return { ...base, code: "no_value", reason: `adds no value: ${displayNumber(c.value)}` };
    if (c.cost.gt(budget)) return { ...base, code: "over_budget", reason: `costs ${displayNumber(c.cost)}, more than the whole budget of ${displayNumber(budget)}` };
    const rival = best.chosen.find((j) => c.group !== undefined && candidates[j]?.group === c.group);
    if (rival !== undefined) {
      return { ...base, code: "alternative_taken", reason: `"${candidates[rival]?.id ?? ""}" is chosen for ${c.group ?? ""} instead` };
    }
    return { ...base, code: "budget_used", reason: `costs ${displayNumber(c.cost)}: only ${displayNumber(left)} of the budget is left beside the chosen set` };
  });
  return deepFreeze({
    budget,
    chosen: outcomes.filter((o) => o.code === "chosen"),
    rejected: outcomes.filter((o) => o.code !== "chosen"),
    totalCost: best.cost,
    totalValue: best.value,
    budgetLeft: left,
    baseValue,
    caseValue: baseValue === null ? null : baseValue.plus(best.value),
    nodes: best.nodes,
  });
}

function givenCandidates(input: readonly CandidateInput[], options: ChooseSolutionsOptions): { candidates: Candidate[]; budget: Decimal; baseValue: null } {
  const parsedOptions = z.strictObject({ budget: budgetSchema }).safeParse(options ?? {});
  const parsed = z.array(candidateSchema).safeParse(input);
  const issues = [
    ...(parsed.success ? [] : zodToIssues(parsed.error.issues, ["candidates"])),
    ...(parsedOptions.success ? [] : zodToIssues(parsedOptions.error.issues)),
  ];
  const seen = new Set<string>();
  input.forEach((candidate, i) => {
    const id = (candidate as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    if (seen.has(id)) issues.push({ path: ["candidates", i, "id"], code: "duplicate_id", message: `candidate "${id}" is given twice` });
    seen.add(id);
  });
  if (issues.length > 0 || !parsed.success || !parsedOptions.success) throw new QuantifyArgumentError(issues, SUBJECT);
  return {
    candidates: parsed.data.map((c) => ({ id: c.id, label: c.label ?? c.id, cost: c.cost, value: c.value, group: c.group })),
    budget: parsedOptions.data.budget,
    baseValue: null,
  };
}

function caseCandidates(valueCase: ValueCase | ValueCaseInput, options: ChooseSolutionsOptions): { candidates: Candidate[]; budget: Decimal; baseValue: Decimal } {
  const model = modelOf(valueCase);
  const { data, resolved } = parseOptions(model, options, optionsSchema, SUBJECT);
  const worths = solutionWorths(model, { ...resolved.settings, riskAdjustment: data.riskAdjustment ?? resolved.settings.riskAdjustment });
  const groupOf = new Map<string, string>();
  for (const alternative of model.valueCase.alternatives ?? []) for (const option of alternative.options) groupOf.set(option, alternative.label ?? alternative.id);
  const nominal = data.cost === "nominal";
  const candidates = solutionsOf(model).map((id): Candidate => {
    const worth = worths.get(id) ?? NO_WORTH;
    return { id, label: id, cost: nominal ? worth.nominalCost : worth.presentCost, value: worth.riskAdjustedNpv, group: groupOf.get(id) };
  });
  return { candidates, budget: data.budget, baseValue: worths.get(undefined)?.riskAdjustedNpv ?? new Dec(0) };
}

/**
 * Leads (`004_…`, part 1): a potential customer can and may buy; a lead is a gap the seller sees and can
 * close; an opportunity exists once a purchasing role shows interest. A lead passes four stages and is
 * in one of five states, each with the seed's remedy. The seed's three tools — the problem–concern table
 * (feature ↔ problem or goal ↔ role), the success-case collection and the value table (measure ↔ value ↔
 * role) — are built here from a frame and a buying centre where there are ones; the success cases are the
 * seller's own collection, validated here and chosen for a customer (same industry first — ours).
 */
import * as z from "zod";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { idField as id, textField as text } from "../_internal/schemaFields.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import type { Decimal } from "../numeric/decimal.js";
import { QualifyValidationError } from "./errors.js";
import type { Frame } from "../frame/frame.js";
import type { BuyingCentre } from "../people/schema.js";

/** What the seller is looking at (`004_…`, part 1). */
export const prospectKinds = ["potentialCustomer", "lead", "opportunity"] as const;

/** The four lead stages, the furthest from a sale first. */
export const leadStages = ["problemUnseen", "seenNotToSolve", "undecided", "wantsToSolveNotWithUs"] as const;

/** The five lead states and the seed's remedy for each. */
export const leadStates = {
  problem: { remedy: "problemAnalysisTable" },
  pain: { remedy: "amplifyThePainAndItsKnockOnEffects" },
  opportunity: { remedy: "showTheGainOfActingNow" },
  competitive: { remedy: "redefineTheProblemOrTheSolution" },
  rejecting: { remedy: "successCasesAndPatienceOrDrop" },
} as const;

/** One of the lead states. */
export type LeadState = keyof typeof leadStates;

/** A row of the problem–concern table: a feature of ours, the customer's problem or goal it answers, and who is concerned. */
export interface ProblemConcernRow {
  /** The feature: a capability of a solution of the frame (or the solution itself when it names none). */
  readonly feature: string;
  readonly solution: string;
  /** The frame's critical issue or goal it answers. */
  readonly problem: { readonly id: string; readonly name: string; readonly kind: "issue" | "goal" };
  /** The people of the buying centre whose needs name it. */
  readonly roles: readonly string[];
}

/**
 * The problem–concern table from a frame: for each solution, each capability × each critical issue it
 * addresses, then the goals those issues keep out of reach (blocked directly, or served by a success
 * factor the issue hurts), each once, with the people whose needs name the issue or goal — the table the
 * seed uses for a problem-type lead.
 *
 * @param frame - the reference frame
 * @param centre - the buying centre, for the roles
 * @returns the rows, by solution then capability then issue
 *
 * @example
 * ```ts
 * problemConcernTable(frame, centre)[0];
 * //=> { feature: "credit scoring at order entry", solution: "sol-credit-to-cash", problem: { id: "cbi-dso", … }, roles: ["p-cfo", "p-credit"] }
 * ```
 */
export function problemConcernTable(frame: Frame, centre?: BuyingCentre): readonly ProblemConcernRow[] {
  const issues = new Map(frame.issues.map((issue) => [issue.id, issue]));
  const goals = new Map(frame.goals.map((goal) => [goal.id, goal]));
  const factors = new Map(frame.successFactors.map((factor) => [factor.id, factor]));
  const whoNames = (id: string) => (centre?.people ?? []).filter((p) => p.men.needs.some((need) => need.links.includes(id))).map((p) => p.id);
  // The goals an issue keeps out of reach: those it blocks, and those the success factors it hurts serve.
  const goalsOf = (issue: Frame["issues"][number]) => [...new Set([...issue.blocks, ...issue.hurts.flatMap((id) => factors.get(id)?.serves ?? [])])].flatMap((id) => goals.get(id) ?? []);
  return Object.freeze(
    frame.solutions.flatMap((solution) => {
      const features = solution.capabilities.length > 0 ? solution.capabilities : [solution.name];
      return features.flatMap((feature) => {
        const answered = solution.addresses.flatMap((issueId) => issues.get(issueId) ?? []);
        const row = (id: string, name: string, kind: "issue" | "goal") => Object.freeze({ feature, solution: solution.id, problem: Object.freeze({ id, name, kind }), roles: Object.freeze(whoNames(id)) });
        const goalRows = [...new Map(answered.flatMap(goalsOf).map((goal) => [goal.id, goal])).values()];
        return [...answered.map((issue) => row(issue.id, issue.name, "issue")), ...goalRows.map((goal) => row(goal.id, goal.name, "goal"))];
      });
    }),
  );
}

/** A row of the value table: a measure (a solution), the value it brings, and who cares. */
export interface ValueTableRow {
  readonly measure: string;
  readonly value: { readonly id: string; readonly name: string; readonly amount: string; readonly goal: string };
  /** The people whose needs name the goal the value serves. */
  readonly roles: readonly string[];
}

/**
 * The value table from a frame: each performance value with the solution that delivers it (the measure),
 * its amount as written, and the people whose needs name the goal it serves.
 *
 * @param frame - the reference frame
 * @param centre - the buying centre, for the roles
 * @returns one row per value
 *
 * @example
 * ```ts
 * valueTable(frame, centre).map((row) => row.value.id); //=> ["v-working-capital", "v-financing-cost", "v-one-process"]
 * ```
 */
export function valueTable(frame: Frame, centre?: BuyingCentre): readonly ValueTableRow[] {
  const solutions = new Map(frame.solutions.map((solution) => [solution.id, solution.name]));
  return Object.freeze(
    frame.values.map((value) =>
      Object.freeze({
        measure: value.solution === undefined ? "" : (solutions.get(value.solution) ?? value.solution),
        value: Object.freeze({ id: value.id, name: value.name, amount: String(value.amount), goal: value.serves }),
        roles: Object.freeze((centre?.people ?? []).filter((p) => p.men.needs.some((need) => need.links.includes(value.serves))).map((p) => p.id)),
      }),
    ),
  );
}

/** A success case of the seller's collection: a customer, the problem it had, what it bought and what it measured after. */
export const successCaseSchema = z.strictObject({
  id,
  customer: text,
  industry: text.optional(),
  problem: text,
  solution: text,
  /** What was measured before and after, each in its unit: at least one. */
  results: z.array(z.strictObject({ measure: text, before: figureSchema, after: figureSchema, unit: text })).min(1, { error: "a success case needs at least one measured result" }).readonly(),
  /** Who at the customer will confirm it, and whether a prospect may call them. */
  reference: z.strictObject({ name: text, role: text, mayCall: z.boolean() }).optional(),
  /** Where the case is documented (a published story, a signed reference letter). */
  source: text,
});

/** A success case as written. */
export type SuccessCaseInput = z.input<typeof successCaseSchema>;
/** A validated success case. */
export type SuccessCase = z.output<typeof successCaseSchema>;

/** The result of {@link safeDefineSuccessCases}. */
export type SafeDefineSuccessCasesResult = SafeDefineResult<readonly SuccessCase[], QualifyValidationError>;

/**
 * Validates the seller's success-case collection, each case on its own: every problem at once with its
 * path (a case without a measured result or a source, a figure that is not a decimal, a duplicate id).
 *
 * @param input - an array of success cases
 * @returns the frozen collection
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every problem
 *
 * @example
 * ```ts
 * const cases = defineSuccessCases([{ id: "sc-1", customer: "Jinhe Distribution", industry: "industrial distribution", problem: "DSO at 70 days", solution: "credit-to-cash suite", results: [{ measure: "DSO", before: 70, after: 52, unit: "days" }], source: "case study, 2025" }]);
 * cases[0].results[0].after.toString(); //=> "52"
 * ```
 */
export function defineSuccessCases(input: unknown): readonly SuccessCase[] {
  return orThrow(safeDefineSuccessCases(input));
}

/**
 * Like {@link defineSuccessCases} but returns `{ success: true, data, warnings }` or `{ success: false, error }`.
 *
 * @param input - anything
 * @returns the collection, or the error listing every problem
 *
 * @example
 * ```ts
 * const r = safeDefineSuccessCases([{ id: "sc-1", customer: "Jinhe", problem: "DSO", solution: "suite", results: [], source: "x" }]);
 * !r.success && r.error.issues[0]?.path; //=> [0, "results"]
 * ```
 */
export function safeDefineSuccessCases(input: unknown): SafeDefineSuccessCasesResult {
  if (!Array.isArray(input)) return notDefined(new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected an array of success cases" }], "success cases"));
  const issues: ValueframeIssue[] = [];
  const seen = new Map<string, number>();
  const cases = input.map((item: unknown, index: number) => {
    const caseId = isRecord(item) ? item["id"] : undefined;
    if (typeof caseId === "string" && caseId !== "") {
      const first = seen.get(caseId);
      if (first === undefined) seen.set(caseId, index);
      else issues.push({ path: [index, "id"], code: "duplicate_id", message: `id "${caseId}" is already the id of case ${first}` });
    }
    const parsed = successCaseSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    issues.push(...fromZodIssues(parsed.error.issues, [index]));
    return undefined;
  });
  if (issues.length > 0) return notDefined(new QualifyValidationError(inInputOrder(issues, input), "success cases"));
  return defined(deepFreeze(cases as SuccessCase[]));
}

/** A success case chosen for a customer, with each result's change (after − before). */
export interface SuccessCaseMatch {
  readonly successCase: SuccessCase;
  /** True when its industry is the customer's (compared without case). */
  readonly sameIndustry: boolean;
  readonly changes: readonly { readonly measure: string; readonly unit: string; readonly change: Decimal }[];
}

/**
 * The success cases to show a customer — for a rejecting lead, the seed's remedy is success cases and
 * patience: those of the frame's customer's industry first (ours), then the others, each group in the
 * collection's order, with each result's change after − before.
 *
 * @param cases - from {@link defineSuccessCases}
 * @param frame - the customer's frame, for its industry
 * @returns every case, the customer's industry first
 *
 * @example
 * ```ts
 * successCasesFor(cases, frame)[0]?.changes[0]?.change.toString(); //=> "-18"
 * ```
 */
export function successCasesFor(cases: readonly SuccessCase[], frame: Frame): readonly SuccessCaseMatch[] {
  const industry = frame.customer.industry?.toLowerCase();
  const matches = cases.map((successCase) =>
    Object.freeze({
      successCase,
      sameIndustry: industry !== undefined && successCase.industry?.toLowerCase() === industry,
      changes: Object.freeze(successCase.results.map((r) => Object.freeze({ measure: r.measure, unit: r.unit, change: r.after.minus(r.before) }))),
    }),
  );
  return Object.freeze([...matches.filter((m) => m.sameIndustry), ...matches.filter((m) => !m.sameIndustry)]);
}

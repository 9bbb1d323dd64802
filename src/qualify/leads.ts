/**
 * Leads (`004_…`, part 1): a potential customer can and may buy; a lead is a gap the seller sees and can
 * close; an opportunity exists once a purchasing role shows interest. A lead passes four stages and is
 * in one of five states, each with the seed's remedy. The seed's three tools — the problem–concern table
 * (feature ↔ problem or goal ↔ role), the success-case collection and the value table (measure ↔ value ↔
 * role) — are built here from a frame and a buying centre where there are ones.
 */
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
 * addresses (and the goals those issues keep out of reach through the frame's success factors), with the
 * people whose needs name the issue or goal — the table the seed uses for a problem-type lead.
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
  const whoNames = (id: string) => (centre?.people ?? []).filter((p) => p.men.needs.some((need) => need.links.includes(id))).map((p) => p.id);
  return Object.freeze(
    frame.solutions.flatMap((solution) => {
      const features = solution.capabilities.length > 0 ? solution.capabilities : [solution.name];
      return features.flatMap((feature) =>
        solution.addresses.flatMap((issueId) => {
          const issue = issues.get(issueId);
          if (issue === undefined) return [];
          return [Object.freeze({ feature, solution: solution.id, problem: Object.freeze({ id: issue.id, name: issue.name, kind: "issue" as const }), roles: Object.freeze(whoNames(issue.id)) })];
        }),
      );
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

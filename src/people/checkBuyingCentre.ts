/**
 * checkBuyingCentre: the seeds' warnings about the people of a deal, as typed findings naming the people
 * they concern — no decision maker or none met; a cost beyond the budget with no one above the budget
 * boundary; no mentor, or one who fails a condition; an influential opponent without a plan; a key person
 * with no need linked to the frame or no motive; a goal or issue nobody owns or feels; one person as our
 * only supporter; observations gone stale. Seller-only material, all of it.
 */
import type { Decimal } from "../numeric/decimal.js";
import type { IssuePath } from "../errors/ValueframeError.js";
import type { Frame } from "../frame/frame.js";
import type { Evaluation } from "../quantify/types.js";
import { asOfIssues, daysBetween } from "../_internal/asOf.js";
import { PeopleArgumentError } from "./errors.js";
import type { BuyingCentre, Person } from "./schema.js";
import { standingOf } from "./standing.js";

/** How serious a finding is: `error` endangers the deal, `warning` needs work, `info` is worth knowing. */
export type PeopleFindingSeverity = "error" | "warning" | "info";

/** The codes of {@link checkBuyingCentre}'s findings. */
export const peopleFindingCodes = [
  "no_decision_maker",
  "decision_maker_not_met",
  "budget_boundary_unreached",
  "budget_other_currency",
  "no_mentor",
  "mentor_unqualified",
  "opponent_without_plan",
  "key_person_without_need",
  "key_person_without_motive",
  "goal_unowned",
  "issue_unfelt",
  "single_supporter",
  "stale_observation",
] as const;

/** One of {@link peopleFindingCodes}. */
export type PeopleFindingCode = (typeof peopleFindingCodes)[number];

/** One finding: what, how serious, where in the buying centre's data, and the people it concerns. */
export interface PeopleFinding {
  readonly severity: PeopleFindingSeverity;
  readonly code: PeopleFindingCode;
  readonly path: IssuePath;
  readonly message: string;
  /** Ids of the people concerned, first the one at `path`. */
  readonly people: readonly string[];
  /** Ids of the frame's goals or critical issues concerned (`goal_unowned`, `issue_unfelt`); empty otherwise. */
  readonly elements: readonly string[];
}

/** Options of {@link checkBuyingCentre}. */
export interface CheckBuyingCentreOptions {
  /** The frame: with it, goals nobody owns and issues nobody feels are found. */
  readonly frame?: Frame | undefined;
  /** The case's evaluation: its costs are compared with the stated budget. */
  readonly evaluation?: Evaluation | undefined;
  /** Today (ISO date): observations after it are not counted, and those older than 90 days are stale. */
  readonly asOf?: string | undefined;
}

/** An observation older than this many days (before `asOf`) is stale: people's standing changes. */
export const STALE_AFTER_DAYS = 90;

/** Influence from which an opponent or non-supporter needs a plan, and a person counts as key (on the 1–5 scale). */
export const HIGH_INFLUENCE = 4;

/**
 * A key person: a decision maker or approver, or anyone of high influence (4 or 5).
 *
 * @example
 * ```ts
 * isKeyPerson(centre.people.find((p) => p.id === "p-cfo")!); //=> true
 * ```
 */
export function isKeyPerson(person: Person): boolean {
  return person.roles.includes("decisionMaker") || person.roles.includes("approver") || person.influence >= HIGH_INFLUENCE;
}

/**
 * The case's costs over the horizon, undiscounted and unweighted: what the customer will have to pay,
 * which the budget-boundary check compares with the stated budget.
 *
 * @example
 * ```ts
 * caseCost(evaluate(distributorCase)).toString(); //=> "2900000"
 * ```
 */
export function caseCost(evaluation: Evaluation): Decimal {
  return evaluation.unadjusted.costs.abs();
}

const CONDITION_WORDS = { needsKnown: "we know their needs and why they help us", mutualTrust: "mutual trust", consulted: "we consult each other before major actions" } as const;

/**
 * Checks a buying centre against the seeds' warnings. Each finding is typed (`code`), names the people it
 * concerns, and points into the data (`path`). Pure; nothing is read from a clock: staleness needs `asOf`.
 *
 * @param centre - a buying centre from {@link defineBuyingCentre}
 * @param options - `frame`, `evaluation`, `asOf`
 * @returns the findings, most serious first, in the order of the people within a severity
 * @throws {PeopleArgumentError} (code `PEOPLE_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * checkBuyingCentre(centre, { frame, evaluation, asOf: "2026-12-06" }).map((f) => f.code);
 * //=> ["opponent_without_plan", "goal_unowned"] (for instance)
 * ```
 */
export function checkBuyingCentre(centre: BuyingCentre, options?: CheckBuyingCentreOptions): readonly PeopleFinding[] {
  const bad = asOfIssues(options?.asOf);
  if (bad.length > 0) throw new PeopleArgumentError(bad, "checkBuyingCentre options");
  const asOf = options?.asOf;
  const findings: PeopleFinding[] = [];
  const add = (severity: PeopleFindingSeverity, code: PeopleFindingCode, path: IssuePath, message: string, people: readonly string[], elements: readonly string[] = []): void => {
    findings.push(Object.freeze({ severity, code, path, message, people: Object.freeze([...people]), elements: Object.freeze([...elements]) }));
  };
  const indexOf = new Map(centre.people.map((person, index) => [person, index]));
  const at = (person: Person): IssuePath => ["people", indexOf.get(person)!];
  const named = (people: readonly Person[]): string => people.map((p) => `${p.name} (${p.id})`).join(", ");
  const standing = new Map(centre.people.map((person) => [person.id, standingOf(person, asOf)]));
  const attitudeOf = (person: Person) => standing.get(person.id)!.attitude?.value;

  const deciders = centre.people.filter((p) => p.roles.includes("decisionMaker"));
  if (deciders.length === 0) add("error", "no_decision_maker", ["people"], "no one is named as decision maker: without seeing the decision maker the chance of winning is very low", []);
  else if (!deciders.some((p) => p.met)) add("warning", "decision_maker_not_met", at(deciders[0]!), `no decision maker has been met: ${named(deciders)}`, deciders.map((p) => p.id));

  const budget = centre.budget;
  if (budget !== undefined && options?.evaluation !== undefined) {
    const cost = caseCost(options.evaluation);
    if (budget.currency !== options.evaluation.currency) {
      add("info", "budget_other_currency", ["budget", "currency"], `the budget is in ${budget.currency} and the case in ${options.evaluation.currency}: the budget boundary is not checked`, []);
    } else if (cost.gt(budget.amount) && !centre.people.some((p) => p.aboveBudgetBoundary)) {
      add("error", "budget_boundary_unreached", ["budget", "amount"], `the case costs ${cost.toFixed(2)} ${budget.currency} over its horizon, more than the budget of ${budget.amount.toFixed(2)} ${budget.currency} (${budget.source}), and no one above the budget boundary is in the buying centre`, []);
    }
  }

  const mentors = centre.people.filter((p) => attitudeOf(p) === "mentor");
  if (mentors.length === 0) add("warning", "no_mentor", ["people"], "no one is our mentor: no person inside the account tells us how the decision is really made", []);
  for (const mentor of mentors) {
    const conditions = standing.get(mentor.id)!.mentorConditions?.value;
    const failing = conditions === undefined ? Object.values(CONDITION_WORDS) : (Object.keys(CONDITION_WORDS) as (keyof typeof CONDITION_WORDS)[]).filter((key) => !conditions[key]).map((key) => CONDITION_WORDS[key]);
    if (failing.length > 0) add("warning", "mentor_unqualified", [...at(mentor), "observations"], `${named([mentor])} is called a mentor but ${conditions === undefined ? "no observation confirms the three conditions" : `fails: ${failing.join("; ")}`}`, [mentor.id]);
  }

  for (const person of centre.people) {
    const attitude = attitudeOf(person);
    if ((attitude === "opponent" || attitude === "nonSupporter") && person.influence >= HIGH_INFLUENCE && (person.plan ?? "").trim() === "")
      add("error", "opponent_without_plan", [...at(person), "plan"], `${named([person])} is ${attitude === "opponent" ? "an opponent" : "a non-supporter"} with influence ${person.influence} and there is no plan for them`, [person.id]);
  }
  for (const person of centre.people.filter(isKeyPerson)) {
    if (!person.men.needs.some((need) => need.links.length > 0)) add("warning", "key_person_without_need", [...at(person), "men", "needs"], `${named([person])} is a key person with no need linked to the frame's goals or issues`, [person.id]);
    if (person.men.motives.length === 0) add("warning", "key_person_without_motive", [...at(person), "men", "motives"], `${named([person])} is a key person whose personal motive (pain or ambition) is unknown`, [person.id]);
  }

  const frame = options?.frame;
  if (frame !== undefined) {
    const linked = new Set(centre.people.flatMap((p) => p.men.needs.flatMap((need) => need.links)));
    frame.goals.forEach((goal) => {
      if (!linked.has(goal.id)) add("warning", "goal_unowned", ["people"], `no one in the buying centre owns the goal "${goal.name}" (${goal.id}): link it from a person's needs`, [], [goal.id]);
    });
    frame.issues.forEach((issue) => {
      if (!linked.has(issue.id)) add("info", "issue_unfelt", ["people"], `no one in the buying centre feels the critical issue "${issue.name}" (${issue.id})`, [], [issue.id]);
    });
  }

  const supporters = centre.people.filter((p) => attitudeOf(p) === "mentor" || attitudeOf(p) === "supporter");
  if (supporters.length === 1) add("warning", "single_supporter", at(supporters[0]!), `${named(supporters)} is our only supporter: we risk being branded as one person's supplier`, [supporters[0]!.id]);

  if (asOf !== undefined) {
    for (const person of centre.people) {
      const last = standing.get(person.id)!.lastObserved;
      if (last !== undefined && daysBetween(last, asOf) > STALE_AFTER_DAYS)
        add("info", "stale_observation", [...at(person), "observations"], `${named([person])} was last observed on ${last}, ${daysBetween(last, asOf)} days before ${asOf}`, [person.id]);
    }
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return Object.freeze(findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index).map(({ finding }) => finding));
}

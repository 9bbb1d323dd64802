/**
 * personValue: the value of the case for one person of the buying centre — the goals, issues and values
 * their needs link to, the headline figures their concerns ask for (financial → NPV, ROI, payback, IRR
 * and what the case does for their financial goals, e.g. cash; business → for their other goals; operational → the value lines behind those goals;
 * technical → the assumptions that move the result), the organisational and the personal benefit side
 * by side, and how to present to them. Built for that person to see: it holds none of our ratings of them.
 */
import type { Frame } from "../frame/frame.js";
import type { Decimal } from "../numeric/decimal.js";
import type { ExecutiveSummary } from "../quantify/executiveSummary.js";
import type { Evaluation, GoalContribution } from "../quantify/types.js";
import { asOfIssues } from "../_internal/asOf.js";
import { PeopleArgumentError, PeopleLookupError } from "./errors.js";
import type { BuyingCentre, ConcernGroup, HierarchyCategory, Person, SocialStyle } from "./schema.js";
import { standingOf } from "./standing.js";

/** How high in the organisation a person speaks from, which decides what to present (`000_…`). */
export type PresentationLevel = "top" | "middle" | "specialist";

/** What to lead with at each level: long-term development to the top, concrete problem solving to the middle, evidence to specialists. */
export const presentationFocus = { top: "longTermDevelopment", middle: "problemSolving", specialist: "evidence" } as const satisfies Record<PresentationLevel, string>;

/** The counter-strategy for each social style (`001_…`, our pairing: docs/people.md). */
export const styleStrategies = { driving: "resultsAndBenefits", technical: "precisionAndCompleteness", talkative: "listening", amiable: "noPressure" } as const satisfies Record<SocialStyle, string>;

/** Interest triggers (`004_…`, part 2): fear of loss for executives, pressure for the middle and front line, curiosity through a peer's story, a chance to shine. */
export type InterestTrigger = "fear" | "pressure" | "curiosity" | "showingOff";

/** A headline figure chosen for a person, and the concern it answers. */
export interface PersonFigure {
  /** `npv`, `roi`, `payback`, `irr`, `goal:<id>`, `line:<id>`, `driver:<id>`. */
  readonly id: string;
  readonly label: string;
  readonly value: Decimal;
  /** Its unit: the case's currency, `"%"` as a fraction, the case's period, or a goal's or driver's unit. */
  readonly unit: string | undefined;
  /** Risk-adjusted (probability-weighted) or not. */
  readonly riskAdjusted: boolean;
  readonly concern: ConcernGroup;
}

/** The value of the case for one person. */
export interface PersonValue {
  readonly person: { readonly id: string; readonly name: string; readonly title: string | undefined; readonly category: HierarchyCategory };
  /** The frame's goals the person's needs reach, directly or through the issues that hurt them, with what the case does for each. */
  readonly goals: readonly { readonly id: string; readonly name: string; readonly contribution: GoalContribution | undefined }[];
  /** The critical issues the person's needs name. */
  readonly issues: readonly { readonly id: string; readonly name: string }[];
  /** The frame's performance values that serve those goals. */
  readonly values: readonly { readonly id: string; readonly name: string }[];
  /** The concern groups the figures answer: observed, or the usual ones of the person's category. */
  readonly concerns: readonly ConcernGroup[];
  readonly figures: readonly PersonFigure[];
  /** For the organisation: what solving it brings and the harm it stops. */
  readonly organisationalBenefit: readonly string[];
  readonly adverseEffects: readonly string[];
  /** For the person: their ambitions met, their pains relieved, their personal needs. */
  readonly personalBenefit: readonly { readonly kind: "ambition" | "pain" | "advancement" | "powerAndControl" | "recognition"; readonly text: string }[];
  /** How to present: the level's focus, the interest triggers that fit, and the counter-strategy of their social style. */
  readonly stance: {
    readonly level: PresentationLevel;
    readonly focus: (typeof presentationFocus)[PresentationLevel];
    readonly triggers: readonly InterestTrigger[];
    readonly styleStrategy: (typeof styleStrategies)[SocialStyle] | undefined;
  };
}

/** Options of {@link personValue}. */
export interface PersonValueOptions {
  readonly frame: Frame;
  /** The case's evaluation: the figures come from it. */
  readonly evaluation?: Evaluation | undefined;
  /** The executive summary: with it the figures are its headline (each benefit counted once) and its key assumptions. */
  readonly summary?: ExecutiveSummary | undefined;
  /** Today: the person's concerns as observed by then. */
  readonly asOf?: string | undefined;
}

const LEVEL: Record<HierarchyCategory, PresentationLevel> = { executive: "top", peripheralSenior: "top", decisionMaking: "middle", industryExpert: "specialist" };
/** The concerns a person of each category usually weighs, when none has been observed. */
const USUAL_CONCERNS: Record<HierarchyCategory, readonly ConcernGroup[]> = {
  executive: ["financial", "business"],
  peripheralSenior: ["business"],
  decisionMaking: ["operational", "financial"],
  industryExpert: ["technical"],
};

/**
 * The value of the case for one person: see {@link PersonValue}.
 *
 * @param centre - the buying centre
 * @param personId - the person's id
 * @param options - `frame` (required), `evaluation`, `summary`, `asOf`
 * @returns the frozen value for that person
 * @throws {PeopleLookupError} (code `PEOPLE_UNKNOWN_ID`) for an id the centre does not hold
 * @throws {PeopleArgumentError} (code `PEOPLE_INVALID_ARGUMENT`) for a missing frame or a bad `asOf`
 *
 * @example
 * ```ts
 * const value = personValue(centre, "p-cfo", { frame, evaluation, summary });
 * value.figures.map((f) => f.id); //=> ["npv", "roi", "payback", "irr", "goal:g-cash"]
 * ```
 */
export function personValue(centre: BuyingCentre, personId: string, options: PersonValueOptions): PersonValue {
  checkOptions(options, "personValue");
  const person = centre.people.find((p) => p.id === personId);
  if (person === undefined) throw new PeopleLookupError(personId, centre.people.map((p) => p.id));
  return Object.freeze(valueFor(person, prepare(options)));
}

/**
 * The value of the case for every person of the buying centre, in its order: {@link personValue} for
 * each, with the frame and the evaluation indexed once (linear in people and frame).
 *
 * @param centre - the buying centre
 * @param options - `frame` (required), `evaluation`, `summary`, `asOf`
 * @returns one frozen value per person
 * @throws {PeopleArgumentError} (code `PEOPLE_INVALID_ARGUMENT`) for a missing frame or a bad `asOf`
 *
 * @example
 * ```ts
 * personValues(centre, { frame, evaluation, summary }).map((v) => v.person.id); //=> ["p-ceo", "p-cfo", …]
 * ```
 */
export function personValues(centre: BuyingCentre, options: PersonValueOptions): readonly PersonValue[] {
  checkOptions(options, "personValues");
  const prepared = prepare(options);
  return Object.freeze(centre.people.map((person) => Object.freeze(valueFor(person, prepared))));
}

function checkOptions(options: PersonValueOptions | undefined, fn: string): void {
  const issues = [...asOfIssues(options?.asOf), ...(options?.frame === undefined ? [{ path: ["frame"], code: "invalid_type", message: "required: the frame the person's needs link to" }] : [])];
  if (issues.length > 0) throw new PeopleArgumentError(issues, `${fn} options`);
}

/** The options with the frame's elements and the headline's goal contributions indexed by id. */
interface Prepared extends PersonValueOptions {
  readonly issueById: ReadonlyMap<string, Frame["issues"][number]>;
  readonly goalById: ReadonlyMap<string, Frame["goals"][number]>;
  readonly factorById: ReadonlyMap<string, Frame["successFactors"][number]>;
  readonly contributionById: ReadonlyMap<string, GoalContribution>;
  readonly valuesByGoal: ReadonlyMap<string, readonly Frame["values"][number][]>;
  readonly head: Evaluation | undefined;
  /** Each goal's and issue's place in the frame's lists. */
  readonly place: ReadonlyMap<string, number>;
}

function prepare(options: PersonValueOptions): Prepared {
  const { frame, evaluation, summary } = options;
  const head = summary?.headlineEvaluation ?? evaluation;
  const valuesByGoal = new Map<string, Frame["values"][number][]>();
  for (const value of frame.values) valuesByGoal.set(value.serves, [...(valuesByGoal.get(value.serves) ?? []), value]);
  return {
    ...options,
    head,
    issueById: new Map(frame.issues.map((issue) => [issue.id, issue])),
    goalById: new Map(frame.goals.map((goal) => [goal.id, goal])),
    factorById: new Map(frame.successFactors.map((factor) => [factor.id, factor])),
    contributionById: new Map((head?.goals ?? []).map((goal) => [goal.goalId, goal])),
    valuesByGoal,
    place: new Map([...frame.goals.map((goal, i): [string, number] => [goal.id, i]), ...frame.issues.map((issue, i): [string, number] => [issue.id, i])]),
  };
}

function valueFor(person: Person, prepared: Prepared): PersonValue {
  const { summary, asOf, head } = prepared;
  const links = [...new Set(person.men.needs.flatMap((need) => need.links))];
  // In the frame's order: the issues named, then the goals reached — linked directly, blocked by a linked
  // issue, or served by a success factor a linked issue hurts.
  const issueIds = new Set(links.filter((id) => prepared.issueById.has(id)));
  const issues = inOrder(issueIds, prepared.issueById, prepared.place);
  const goalIds = new Set([
    ...links.filter((id) => prepared.goalById.has(id)),
    ...issues.flatMap((issue) => issue.blocks),
    ...issues.flatMap((issue) => issue.hurts).flatMap((id) => prepared.factorById.get(id)?.serves ?? []),
  ]);
  const goals = inOrder(goalIds, prepared.goalById, prepared.place);
  const contributionOf = (id: string) => prepared.contributionById.get(id);
  const observed = standingOf(person, asOf).concerns?.value.map((c) => c.group);
  const concerns = [...new Set(observed !== undefined && observed.length > 0 ? observed : USUAL_CONCERNS[person.category])];

  const figures: PersonFigure[] = [];
  /** What the case does for each goal, in the goal's unit (the lines' stated contributions). */
  const goalFigures = (of: readonly Frame["goals"][number][], concern: ConcernGroup): void => {
    for (const goal of of) {
      const contribution = contributionOf(goal.id);
      if (contribution?.contribution != null) figures.push({ id: `goal:${goal.id}`, label: goal.name, value: contribution.contribution, unit: contribution.unit, riskAdjusted: false, concern });
    }
  };
  if (head !== undefined) {
    const measures = head.weighted;
    for (const concern of concerns) {
      if (concern === "financial") {
        figures.push({ id: "npv", label: "net present value", value: measures.npv, unit: head.currency, riskAdjusted: true, concern });
        if (measures.roi !== null) figures.push({ id: "roi", label: "return on investment", value: measures.roi, unit: "%", riskAdjusted: true, concern });
        if (measures.payback !== null) figures.push({ id: "payback", label: "payback", value: measures.payback, unit: head.period, riskAdjusted: true, concern });
        // An IRR the report calls "several" is not given as one figure.
        const several = summary?.irrCaveats.some((caveat) => caveat.kind === "severalRoots") ?? false;
        if (measures.irrAnnual !== null && !several) figures.push({ id: "irr", label: "internal rate of return (a year)", value: measures.irrAnnual, unit: "%", riskAdjusted: true, concern });
        goalFigures(goals.filter((goal) => goal.perspective === "financial"), concern);
      } else if (concern === "business") {
        goalFigures(goals.filter((goal) => goal.perspective !== "financial"), concern);
      } else if (concern === "operational") {
        const lines = new Set(goals.flatMap((goal) => contributionOf(goal.id)?.lines ?? []));
        for (const line of head.lines.filter((l) => lines.has(l.id) && l.included)) figures.push({ id: `line:${line.id}`, label: line.label, value: line.weightedPresentValue, unit: head.currency, riskAdjusted: true, concern });
      } else if (concern === "technical") {
        for (const assumption of summary?.keyAssumptions ?? []) figures.push({ id: `driver:${assumption.driver}`, label: assumption.label, value: assumption.value, unit: assumption.unit, riskAdjusted: false, concern });
      }
    }
  }
  const goalIdsList = goals.map((g) => g.id);
  const level = LEVEL[person.category];
  const ambitious = person.men.motives.some((m) => m.kind === "ambition");
  const triggers: InterestTrigger[] = [level === "top" ? "fear" : level === "middle" ? "pressure" : "curiosity", ...(ambitious ? (["showingOff"] as const) : [])];
  return {
    person: { id: person.id, name: person.name, title: person.title, category: person.category },
    goals: goals.map((goal) => ({ id: goal.id, name: goal.name, contribution: contributionOf(goal.id) })),
    issues: issues.map((issue) => ({ id: issue.id, name: issue.name })),
    values: goalIdsList.flatMap((id) => prepared.valuesByGoal.get(id) ?? []).map((value) => ({ id: value.id, name: value.name })),
    concerns,
    figures,
    organisationalBenefit: person.men.organisationalBenefit,
    adverseEffects: person.men.adverseEffects,
    personalBenefit: [...person.men.motives.map((m) => ({ kind: m.kind, text: m.text })), ...person.men.personalNeeds.map((n) => ({ kind: n.kind, text: n.text }))],
    stance: { level, focus: presentationFocus[level], triggers, styleStrategy: person.socialStyle === undefined ? undefined : styleStrategies[person.socialStyle] },
  };
}

/** The elements with these ids, in the frame's order (each element's place read from `place`). */
function inOrder<T extends { readonly id: string }>(ids: ReadonlySet<string>, byId: ReadonlyMap<string, T>, place: ReadonlyMap<string, number>): T[] {
  const found = [...ids].flatMap((id) => {
    const element = byId.get(id);
    return element === undefined ? [] : [element];
  });
  return found.sort((a, b) => place.get(a.id)! - place.get(b.id)!);
}

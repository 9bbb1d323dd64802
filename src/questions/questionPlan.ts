/** questionPlan: the questions to prepare before meeting the customer, as data built from the frame's own content. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { describeValue, subjectKind } from "../_internal/subjectKind.js";
import type { Frame } from "../frame/frame.js";
import { dimensions, type Level } from "../frame/grid.js";
import { frameGrid } from "../grid/frameGrid.js";
import type { BuyingCentre } from "../people/schema.js";
import { QuestionsArgumentError } from "./errors.js";
import { personQuestions } from "./personQuestions.js";
import { diagnosticQuestionKeys } from "./keys.js";
import type { CellQuestions, ElementRef, GoalQuestions, IssueQuestions, Question, QuestionPlan, SolutionQuestions, ValueQuestions } from "./types.js";

/** Options of {@link questionPlan}. */
export interface QuestionPlanOptions {
  /** The buying centre: the plan adds the questions for each person (`people`). */
  readonly stakeholders?: BuyingCentre | undefined;
}

/** The method starts looking at process level. */
const levelOrder: readonly Level[] = ["process", "organization", "job"];

/** Questions by key, in the order given. */
function ask<K extends string>(...keys: K[]): Question<K>[] {
  return keys.map((key) => ({ key }));
}

/**
 * Prepares the questions for a meeting, as the method's "delivering value" step asks: for each strategic
 * goal, critical issue, high-energy solution and performance value, questions that *confirm the gap*
 * between the customer's view and the frame and questions that *lead* the customer into the frame,
 * chosen by the frame's own figures, links and tests (a hidden issue is looked at together, a worsening
 * one asked about next year, each constraint of a solution gets its question); then the standard
 * diagnostic questions of the nine performance variables (is the goal stated, is the design fit for it,
 * is it managed), with the issues the frame located in each cell.
 *
 * The plan is data without words: each question is a key (`"signs"`, `"owner"`…) and each element
 * carries the facts its questions are built from. `questionPlanText` and `questionPlanToMarkdown` of
 * valueframe/render word it in any locale.
 *
 * With `stakeholders`, the plan adds the questions for each person of the buying centre (`people`):
 * exploring questions for what is still unknown about them, controlling and confirming questions, the
 * nine-question vision grid and SPIN, about the goals and issues their needs name.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - `stakeholders`: a buying centre from `defineBuyingCentre`
 * @returns the deep-frozen plan
 * @throws {QuestionsArgumentError} (code `QUESTIONS_INVALID_ARGUMENT`) when `frame` is not a frame
 *
 * @example
 * ```ts
 * import { questionPlan } from "valueframe/questions";
 * const plan = questionPlan(frame);
 * plan.issues[0].confirm.map((q) => q.key); //=> ["signs", "aspectOwner", "nextYear"]
 * plan.issues[0].facts.goals.map((g) => g.id); //=> ["g-cash"]
 * plan.diagnostics.find((cell) => cell.issues.includes("cbi-dso")).dimension; //=> "management"
 * ```
 */
export function questionPlan(frame: Frame, options?: QuestionPlanOptions): QuestionPlan {
  const problems = [
    ...(subjectKind(frame) !== "frame" ? [{ path: ["frame"], code: "invalid_type", message: `expected a frame (defineFrame), got ${describeValue(frame)}` }] : []),
    ...(options?.stakeholders !== undefined && subjectKind(options.stakeholders) !== "buyingCentre"
      ? [{ path: ["stakeholders"], code: "invalid_type", message: `expected a buying centre (defineBuyingCentre), got ${describeValue(options.stakeholders)}` }]
      : []),
  ];
  if (problems.length > 0) throw new QuestionsArgumentError(problems);
  const byId = new Map<string, string>();
  for (const element of [...frame.goals, ...frame.successFactors, ...frame.issues, ...frame.solutions, ...frame.values]) byId.set(element.id, element.name);
  const ref = (id: string): ElementRef => ({ id, name: byId.get(id) ?? id });
  const goalsOfFactor = (id: string) => frame.successFactors.find((s) => s.id === id)?.serves ?? [];

  const goals = frame.goals.map((g): GoalQuestions => {
    const successFactors = frame.successFactors.filter((s) => s.serves.includes(g.id)).map((s) => ref(s.id));
    return {
      kind: "goal",
      id: g.id,
      name: g.name,
      facts: { metric: g.metric, baseline: g.baseline, target: g.target, unit: g.unit, deadline: g.deadline, direction: g.direction, successFactors },
      confirm: ask("target", "standstill", "change"),
      lead: ask(successFactors.length === 0 ? "mustGoRight" : "decisiveFactor", "whoElse"),
    };
  });

  const issues = frame.issues.map((i): IssueQuestions => {
    const goalIds = [...new Set([...i.hurts.flatMap(goalsOfFactor), ...i.blocks])];
    const hidden = i.tests.hiddenness >= 4;
    const worsening = i.tests.trend >= 4;
    return {
      kind: "issue",
      id: i.id,
      name: i.name,
      facts: {
        kind: i.kind,
        level: i.cell.level,
        dimension: i.cell.dimension,
        ...(i.cell.aspect === undefined ? {} : { aspect: i.cell.aspect }),
        successFactors: i.hurts.map(ref),
        goals: goalIds.map(ref),
        hidden,
        worsening,
      },
      confirm: ask("signs", i.cell.aspect === undefined ? "owner" : "aspectOwner", worsening ? "nextYear" : "trend"),
      lead: ask(i.hurts.length === 0 ? "gapToGoals" : "cost", hidden ? "lookTogether" : "triedSoFar"),
    };
  });

  const solutions = frame.solutions.map(
    (s): SolutionQuestions => ({
      kind: "solution",
      id: s.id,
      name: s.name,
      facts: { issues: s.addresses.map(ref), approach: s.approach, level: s.level, capabilities: s.capabilities, constraints: s.constraints },
      confirm: [...ask("today", "whatItTakes"), ...s.constraints.map((constraint) => ({ key: "constraint" as const, params: { constraint } }))],
      lead: ask(s.capabilities.length === 0 ? "ownRatherThanBuy" : "capabilitiesOwned", s.approach === "bypass" ? "goAround" : "rootCause"),
    }),
  );

  const values = frame.values.map((v): ValueQuestions => {
    const common = {
      goal: ref(v.serves),
      ...(v.solution === undefined ? {} : { solution: ref(v.solution) }),
      startsAfterMonths: v.timing.startsAfterMonths,
      realisedWithinMonths: v.timing.realisedWithinMonths,
      probability: v.probability,
    };
    return {
      kind: "value",
      id: v.id,
      name: v.name,
      facts:
        v.kind === "financial"
          ? { kind: "financial", amount: v.amount, currency: frame.currency, recurrence: v.recurrence, ...common }
          : { kind: "non-financial", amount: v.amount, ...(v.unit === undefined ? {} : { unit: v.unit }), ...common },
      confirm: ask(v.kind === "financial" ? "realistic" : "agree", "timing", "probability"),
      lead: ask("meaning", v.solution === undefined ? "signOff" : "whatToSee"),
    };
  });

  const grid = frameGrid(frame);
  const diagnostics: CellQuestions[] = levelOrder.flatMap((level) =>
    dimensions.map((dimension) => ({
      level,
      dimension,
      issues: (grid.find((c) => c.level === level && c.dimension === dimension)?.issues ?? []).map((i) => i.id),
      questions: ask(...diagnosticQuestionKeys[level][dimension]),
    })),
  );

  const people = options?.stakeholders === undefined ? [] : personQuestions(frame, options.stakeholders);
  return deepFreeze({ customer: frame.customer.name, goals, issues, solutions, values, diagnostics, people });
}

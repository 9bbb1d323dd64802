/** questionPlanText: a question plan (valueframe/questions) in words, in one locale. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { describeValue, subjectKind } from "../../_internal/subjectKind.js";
import type { Dimension, Level } from "../../frame/grid.js";
import type { Frame } from "../../frame/frame.js";
import { questionPlan } from "../../questions/questionPlan.js";
import type { ElementQuestions, ElementRef, Question, QuestionElementKind, QuestionPlan } from "../../questions/types.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { resolveLocale } from "../_internal/options.js";
import { renderArgumentError } from "../errors.js";
import type { GoalParams, IssueParams, PersonQuestionParams, SolutionParams, ValueParams } from "../locales/params.js";
import type { PersonQuestionKey } from "../../questions/keys.js";
import type { RenderOptions } from "../options.js";

/** The questions about one element of the frame, in words. */
export interface ElementQuestionText {
  readonly kind: QuestionElementKind;
  readonly id: string;
  readonly name: string;
  /** Questions that confirm the gap between the customer's view and the frame. */
  readonly confirm: readonly string[];
  /** Questions that lead the customer into the frame. */
  readonly lead: readonly string[];
}

/** The diagnostic questions of one grid cell, in words, with the issues located there. */
export interface CellQuestionText {
  readonly level: Level;
  readonly dimension: Dimension;
  /** The cell's name in the locale, e.g. "Process management". */
  readonly name: string;
  /** Ids of the frame's issues placed on this cell. */
  readonly issues: readonly string[];
  readonly questions: readonly string[];
}

/** A question plan in words: the `QuestionPlan` of valueframe/questions with every question written in one locale. Deep-frozen. */
export interface QuestionPlanText {
  /** The locale's id. */
  readonly locale: string;
  readonly customer: string;
  readonly goals: readonly ElementQuestionText[];
  readonly issues: readonly ElementQuestionText[];
  readonly solutions: readonly ElementQuestionText[];
  readonly values: readonly ElementQuestionText[];
  /** The nine cells, process level first. */
  readonly diagnostics: readonly CellQuestionText[];
  /** The questions for each person of the buying centre, when the plan has them (seller-only). */
  readonly people: readonly PersonQuestionText[];
}

/** The questions for one person, in words, by question system. */
export interface PersonQuestionText {
  readonly id: string;
  readonly name: string;
  readonly title: string | undefined;
  readonly exploring: readonly string[];
  readonly controlling: readonly string[];
  readonly confirming: readonly string[];
  readonly visionGrid: readonly string[];
  readonly spin: readonly string[];
}

/** A plan, or a frame to make one from; anything else is a {@link RenderArgumentError} naming `fn`. */
export function planOf(fn: string, subject: Frame | QuestionPlan): QuestionPlan {
  if (typeof subject === "object" && subject !== null && Array.isArray((subject as QuestionPlan).diagnostics)) return subject as QuestionPlan;
  if (subjectKind(subject) === "frame") return questionPlan(subject as Frame);
  throw renderArgumentError(fn, "subject", `expected a frame (defineFrame) or a question plan (questionPlan), got ${describeValue(subject)}`, "invalid_type");
}

/** The formatted parameters every template of an element's questions receives. */
function paramsOf(element: ElementQuestions, f: Formatter): GoalParams | IssueParams | SolutionParams | ValueParams {
  const t = f.t;
  const quoted = (refs: readonly ElementRef[]) => f.list(refs.map((ref) => `“${ref.name}”`));
  switch (element.kind) {
    case "goal": {
      const g = element.facts;
      const diff = g.target.minus(g.baseline);
      const sign = diff.isNegative() ? "" : "+";
      const relative = g.baseline.isZero() ? "" : ` (${sign}${f.percent(diff.div(g.baseline.abs()), 1)})`;
      return {
        name: element.name,
        metric: g.metric,
        baseline: f.number(g.baseline),
        target: f.number(g.target),
        unit: g.unit,
        deadline: f.date(g.deadline),
        change: `${sign}${f.number(diff)} ${g.unit}${relative}`,
        successFactors: quoted(g.successFactors),
        decrease: g.direction === "decrease",
      };
    }
    case "issue": {
      const i = element.facts;
      return {
        name: element.name,
        kind: t.terms.issueKind[i.kind],
        cell: t.terms.cell[i.level][i.dimension],
        aspect: i.aspect === undefined ? "" : ((t.terms.aspect as Record<string, string>)[i.aspect] ?? ""),
        successFactors: quoted(i.successFactors),
        goals: quoted(i.goals),
        hidden: i.hidden,
        worsening: i.worsening,
      };
    }
    case "solution": {
      const s = element.facts;
      return {
        name: element.name,
        issues: quoted(s.issues),
        approach: t.terms.approach[s.approach],
        bypass: s.approach === "bypass",
        level: t.terms.level[s.level],
        capabilities: f.list(s.capabilities),
        constraints: s.constraints,
        constraint: "",
      };
    }
    case "value": {
      const v = element.facts;
      return {
        name: element.name,
        amount: v.kind === "financial" ? `${f.money(v.amount, v.currency)} ${t.terms.recurrence[v.recurrence]}` : v.unit === undefined ? v.amount : `${v.amount} ${v.unit}`,
        financial: v.kind === "financial",
        goal: `“${v.goal.name}”`,
        startsAfter: f.number(v.startsAfterMonths),
        realisedWithin: f.number(v.realisedWithinMonths),
        probability: f.percent(v.probability),
        solution: v.solution?.name ?? "",
      };
    }
  }
}

/** An element's questions in words: each key's template, given the element's parameters and the question's own. */
function elementText(element: ElementQuestions, f: Formatter): ElementQuestionText {
  const params = paramsOf(element, f);
  const templates = f.t.questions[element.kind] as Readonly<Record<string, (params: object) => string>>;
  const say = (question: Question) => (templates[question.key] as (params: object) => string)({ ...params, ...question.params });
  return { kind: element.kind, id: element.id, name: element.name, confirm: element.confirm.map(say), lead: element.lead.map(say) };
}

/**
 * Writes a question plan in words: every question of every element through the locale's template for
 * its key, with the frame's figures formatted for the locale (money, percentages, dates), and the grid
 * cells' diagnostic questions with the cells' names. The same plan reads in any locale.
 *
 * @param subject - a plan from `questionPlan` (valueframe/questions), or a frame (its plan is made first)
 * @param options - the locale
 * @returns the plan in words, deep-frozen
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the subject is neither a frame nor a plan, or for an unknown locale
 *
 * @example
 * ```ts
 * import { questionPlanText } from "valueframe/render";
 * const text = questionPlanText(frame);
 * text.issues[0].confirm[0];
 * //=> "We see signs of “Collection rate falling: DSO grew from 48 to 62 days”. How does it show in your figures today?"
 * questionPlanText(frame, { locale: "zh-CN" }).diagnostics[2].name; //=> "流程管理"
 * ```
 */
export function questionPlanText(subject: Frame | QuestionPlan, options?: RenderOptions): QuestionPlanText {
  const locale = resolveLocale("questionPlanText", options);
  const plan = planOf("questionPlanText", subject);
  const f = formatterOf(locale);
  const words = (elements: readonly ElementQuestions[]) => elements.map((element) => elementText(element, f));
  return deepFreeze({
    locale: locale.id,
    customer: plan.customer,
    goals: words(plan.goals),
    issues: words(plan.issues),
    solutions: words(plan.solutions),
    values: words(plan.values),
    people: (plan.people ?? []).map((person) => {
      const say = (question: Question) => (f.t.questions.person[question.key as PersonQuestionKey] as (params: PersonQuestionParams) => string)((question.params ?? {}) as PersonQuestionParams);
      return {
        id: person.id,
        name: person.name,
        title: person.facts.title,
        exploring: person.exploring.map(say),
        controlling: person.controlling.map(say),
        confirming: person.confirming.map(say),
        visionGrid: person.visionGrid.map(say),
        spin: person.spin.map(say),
      };
    }),
    diagnostics: plan.diagnostics.map((cell) => {
      const sentences = f.t.questions.diagnostic[cell.level][cell.dimension] as Readonly<Record<string, string>>;
      return {
        level: cell.level,
        dimension: cell.dimension,
        name: f.t.terms.cell[cell.level][cell.dimension],
        issues: cell.issues,
        questions: cell.questions.map((question) => sentences[question.key] as string),
      };
    }),
  });
}

/** questionPlan: the questions to prepare before meeting the customer, generated from the frame's own content. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Frame } from "../../frame/frame.js";
import { dimensions } from "../../frame/grid.js";
import type { Level } from "../../frame/grid.js";
import { frameGrid } from "../../frame/queries/frameGrid.js";
import { formatterOf } from "../_internal/formatter.js";
import { resolveOptions } from "../_internal/options.js";
import type { Locale, LocaleId } from "../locales/types.js";
import type { CellQuestions, ElementQuestions, QuestionPlan } from "./types.js";

/** Options of {@link questionPlan}. */
export interface QuestionPlanOptions {
  /** `"en"` (default) or `"zh-CN"`, or a {@link Locale} object. */
  readonly locale?: LocaleId | Locale;
}

/** The method starts looking at process level. */
const levelOrder: readonly Level[] = ["process", "organization", "job"];

/**
 * Prepares the questions for a meeting, as the method's "delivering value" step asks: for each strategic
 * goal, critical issue, high-energy solution and performance value, questions that *confirm the gap*
 * between the customer's view and the frame and questions that *lead* the customer into the frame, built
 * from the frame's own names, figures, links and grid cells; then the standard diagnostic questions of
 * the nine performance variables (is the goal stated, is the design fit for it, is it managed), with the
 * issues the frame located in each cell.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - the locale
 * @returns the deep-frozen plan
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale
 *
 * @example
 * ```ts
 * import { questionPlan } from "valueframe/render";
 * const plan = questionPlan(frame);
 * plan.issues[0].confirm[0];
 * //=> "We see signs of “Collection rate falling: DSO grew from 48 to 62 days”. How does it show in your figures today?"
 * plan.diagnostics.find((cell) => cell.issues.includes("cbi-dso")).name; //=> "Process management"
 * ```
 */
export function questionPlan(frame: Frame, options?: QuestionPlanOptions): QuestionPlan {
  const { locale } = resolveOptions<never>("questionPlan", options, []);
  const f = formatterOf(locale);
  const t = f.t;
  const q = t.questions;
  const byId = new Map<string, { name: string }>();
  for (const element of [...frame.goals, ...frame.successFactors, ...frame.issues, ...frame.solutions, ...frame.values]) byId.set(element.id, element);
  const names = (ids: readonly string[]) => f.list(ids.map((id) => `“${byId.get(id)?.name ?? id}”`));
  const goalsOfFactor = (id: string) => frame.successFactors.find((s) => s.id === id)?.serves ?? [];

  const goals: ElementQuestions[] = frame.goals.map((g) => {
    const diff = g.target.minus(g.baseline);
    const relative = g.baseline.isZero() ? "" : ` (${diff.isNegative() ? "" : "+"}${f.percent(diff.div(g.baseline.abs()), 1)})`;
    const params = {
      name: g.name,
      metric: g.metric,
      baseline: f.number(g.baseline),
      target: f.number(g.target),
      unit: g.unit,
      deadline: f.date(g.deadline),
      change: `${diff.isNegative() ? "" : "+"}${f.number(diff)} ${g.unit}${relative}`,
      successFactors: names(frame.successFactors.filter((s) => s.serves.includes(g.id)).map((s) => s.id)),
      decrease: g.direction === "decrease",
    };
    return { kind: "goal", id: g.id, name: g.name, confirm: q.goal.confirm(params), lead: q.goal.lead(params) };
  });

  const issues: ElementQuestions[] = frame.issues.map((i) => {
    const goalIds = [...new Set([...i.hurts.flatMap(goalsOfFactor), ...i.blocks])];
    const aspect = i.cell.aspect === undefined ? "" : ((t.terms.aspect as Record<string, string>)[i.cell.aspect] ?? "");
    const params = {
      name: i.name,
      kind: t.terms.issueKind[i.kind],
      cell: t.terms.cell[i.cell.level][i.cell.dimension],
      aspect,
      successFactors: names(i.hurts),
      goals: names(goalIds),
      hidden: i.tests.hiddenness >= 4,
      worsening: i.tests.trend >= 4,
    };
    return { kind: "issue", id: i.id, name: i.name, confirm: q.issue.confirm(params), lead: q.issue.lead(params) };
  });

  const solutions: ElementQuestions[] = frame.solutions.map((s) => {
    const params = {
      name: s.name,
      issues: names(s.addresses),
      approach: t.terms.approach[s.approach],
      bypass: s.approach === "bypass",
      level: t.terms.level[s.level],
      capabilities: f.list(s.capabilities),
      constraints: s.constraints,
    };
    return { kind: "solution", id: s.id, name: s.name, confirm: q.solution.confirm(params), lead: q.solution.lead(params) };
  });

  const values: ElementQuestions[] = frame.values.map((v) => {
    const params = {
      name: v.name,
      amount: v.kind === "financial" ? `${f.money(v.amount, frame.currency)} ${t.terms.recurrence[v.recurrence]}` : v.unit === undefined ? v.amount : `${v.amount} ${v.unit}`,
      financial: v.kind === "financial",
      goal: `“${byId.get(v.serves)?.name ?? v.serves}”`,
      startsAfter: f.number(v.timing.startsAfterMonths),
      realisedWithin: f.number(v.timing.realisedWithinMonths),
      probability: f.percent(v.probability),
      solution: v.solution === undefined ? "" : (byId.get(v.solution)?.name ?? v.solution),
    };
    return { kind: "value", id: v.id, name: v.name, confirm: q.value.confirm(params), lead: q.value.lead(params) };
  });

  const grid = frameGrid(frame);
  const diagnostics: CellQuestions[] = levelOrder.flatMap((level) =>
    dimensions.map((dimension) => ({
      level,
      dimension,
      name: t.terms.cell[level][dimension],
      issues: (grid.find((c) => c.level === level && c.dimension === dimension)?.issues ?? []).map((i) => i.id),
      questions: q.diagnostic[level][dimension],
    })),
  );

  return deepFreeze({ locale: locale.id, customer: frame.customer.name, goals, issues, solutions, values, diagnostics });
}

/**
 * How an evaluation serves each goal: the frame's goals and those the lines link to, with the
 * probability-weighted NPV of the lines serving each, their stated contributions and the share of the
 * goal's gap they close.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { FrameLike, GoalContribution, LineEvaluation } from "../types.js";
import type { Computed } from "./compute.js";
import type { Model } from "./model.js";

const ZERO = new Dec(0);

/** One contribution per goal: the frame's goals in frame order, then goals only the lines name. */
export function goalContributions(model: Model, computed: Computed, lines: readonly LineEvaluation[], frame: FrameLike | undefined): GoalContribution[] {
  const goalIds: string[] = frame === undefined ? [] : frame.goals.map((goal) => goal.id);
  for (const ml of model.lines) for (const link of ml.line.serves ?? []) if (link.kind === "goal" && !goalIds.includes(link.id)) goalIds.push(link.id);
  return goalIds.map((goalId): GoalContribution => {
    const goal = frame?.goals.find((g) => g.id === goalId);
    const serving = computed.lines.filter((lf) => lf.included && (lf.model.line.serves ?? []).some((link) => link.kind === "goal" && link.id === goalId));
    const npv = serving.reduce((acc, lf) => acc.plus(lines[lf.model.index]?.weightedPresentValue ?? ZERO), ZERO);
    let contribution: Decimal | null = null;
    let weightedContribution: Decimal | null = null;
    for (const lf of serving) {
      for (const c of lf.model.contributions.filter((item) => item.goalId === goalId)) {
        const value = c.formula.fn(computed.env);
        contribution = (contribution ?? ZERO).plus(value);
        weightedContribution = (weightedContribution ?? ZERO).plus(value.times(lf.probability));
      }
    }
    const gap = goal === undefined ? null : goal.direction === "increase" ? goal.target.minus(goal.baseline) : goal.baseline.minus(goal.target);
    const share = (value: Decimal | null) => (value === null || gap === null || gap.isZero() ? null : value.div(gap));
    return {
      goalId,
      name: goal?.name,
      lines: serving.map((lf) => lf.model.line.id),
      npv,
      contribution,
      weightedContribution,
      gap,
      gapClosed: share(contribution),
      weightedGapClosed: share(weightedContribution),
    };
  });
}

/**
 * How an evaluation serves each goal: the frame's goals and those the lines link to, with the
 * probability-weighted NPV of the lines serving each, their stated contributions and the share of the
 * goal's gap they close.
 *
 * With a frame, each contribution is put in its goal's unit first. A formula's value is a plain value
 * (a "%" driver enters as a fraction), and a goal in "%" is written ×100, so a plain contribution to it
 * is multiplied by 100: a 6 % uplift moves a 40 → 50 % goal by 6 points, closing 60 % of its gap. A
 * contribution whose unit is not the goal's is refused at its path; a bare number, one whose unit is
 * not declared, and any contribution to a goal whose unit is only words (see readGoalUnit) count as
 * written.
 */
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { QuantifyValidationError } from "../errors.js";
import type { FrameLike, GoalContribution, LineEvaluation } from "../types.js";
import type { Computed } from "./compute.js";
import { caseUnitNames, readGoalUnit } from "./declaredUnits.js";
import type { Expr } from "./formula.js";
import type { Model, ModelContribution } from "./model.js";
import { printExpr } from "./printExpr.js";
import { formatDims, sameDims } from "./units.js";

const ZERO = new Dec(0);
const ONE = new Dec(1);
const HUNDRED = new Dec(100);

/** One contribution per goal: the frame's goals in frame order, then goals only the lines name. */
export function goalContributions(model: Model, computed: Computed, lines: readonly LineEvaluation[], frame: FrameLike | undefined): GoalContribution[] {
  const units = frame === undefined ? undefined : contributionUnits(model, frame);
  if (units !== undefined && units.issues.length > 0) throw new QuantifyValidationError(units.issues, "goal contributions");
  const factors = units?.factors ?? new Map<ModelContribution, Decimal>();
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
        const value = c.formula.fn(computed.env).times(factors.get(c) ?? ONE);
        contribution = (contribution ?? ZERO).plus(value);
        weightedContribution = (weightedContribution ?? ZERO).plus(value.times(lf.probability));
      }
    }
    const gap = goal === undefined ? null : goal.direction === "increase" ? goal.target.minus(goal.baseline) : goal.baseline.minus(goal.target);
    const share = (value: Decimal | null) => (value === null || gap === null || gap.isZero() ? null : value.div(gap));
    return {
      goalId,
      name: goal?.name,
      unit: goal?.unit,
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

/**
 * What each stated contribution is multiplied by to be in its goal's unit (left out: 1), and the
 * problems: at its path, every contribution whose unit is not its goal's, and every fraction already
 * multiplied by 100 for a goal in "%".
 */
export function contributionUnits(model: Model, frame: FrameLike): { readonly factors: Map<ModelContribution, Decimal>; readonly issues: readonly ValueframeIssue[] } {
  const known = caseUnitNames(model.valueCase);
  const goals = new Map(frame.goals.map((goal) => [goal.id, goal] as const));
  const factors = new Map<ModelContribution, Decimal>();
  const issues: ValueframeIssue[] = [];
  for (const ml of model.lines) {
    for (const c of ml.contributions) {
      const goal = goals.get(c.goalId);
      const goalUnit = goal?.unit === undefined ? undefined : readGoalUnit(goal.unit, known);
      const unit = c.formula.unit;
      if (goalUnit === undefined || unit.kind !== "known") continue;
      const path: IssuePath = ["lines", ml.index, "serves", c.linkIndex, "contribution"];
      const plainGoal = goalUnit.dims.size === 0 && goalUnit.percentPower > 0 ? " (a plain fraction, shown as percentage points)" : "";
      if (!sameDims(unit.dims, goalUnit.dims)) {
        const given = unit.dims.size === 0 ? "is a plain number" : `is in ${formatDims(unit.dims)}`;
        issues.push({ path, code: "unit_mismatch", message: `the contribution "${c.formula.text}" ${given} but goal "${c.goalId}" is measured in "${goal?.unit ?? ""}"${plainGoal}` });
        continue;
      }
      if (goalUnit.percentPower === 0) continue;
      const unscaled = goalUnit.percentPower > 0 ? hundredfold(c.formula.expr) : undefined;
      if (unscaled !== undefined) {
        issues.push({
          path,
          code: "percent_scaled_twice",
          message: `"${c.formula.text}" multiplies a fraction by 100, but a contribution to goal "${c.goalId}" (in "${goal?.unit ?? ""}") is converted from a fraction to percentage points already: write "${printExpr(unscaled)}"`,
        });
        continue;
      }
      factors.set(c, HUNDRED.pow(goalUnit.percentPower));
    }
  }
  return { factors, issues };
}

/** The x of a formula written x × 100, 100 × x or x ÷ 0.01 (parentheses aside), else undefined. */
function hundredfold(expr: Expr): Expr | undefined {
  const bare = unwrap(expr);
  if (bare.type !== "binary") return undefined;
  const isConstant = (side: Expr, value: string) => {
    const inner = unwrap(side);
    return inner.type === "constant" && inner.value.eq(value);
  };
  if (bare.op === "*" && isConstant(bare.right, "100")) return unwrap(bare.left);
  if (bare.op === "*" && isConstant(bare.left, "100")) return unwrap(bare.right);
  if (bare.op === "/" && isConstant(bare.right, "0.01")) return unwrap(bare.left);
  return undefined;
}

function unwrap(expr: Expr): Expr {
  return expr.type === "group" ? unwrap(expr.inner) : expr;
}

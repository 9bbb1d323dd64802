/** Evaluates a value case: cash-flow table, measures (unadjusted and probability-weighted), goals, double counting, trace. */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { Dec } from "../numeric/decimal.js";
import type { Decimal } from "../numeric/decimal.js";
import { modelOf } from "./defineValueCase.js";
import { QuantifyLinkError } from "./errors.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";
import type {
  CaseOptions,
  DoubleCounting,
  DriverValue,
  Evaluation,
  Figure,
  FrameLike,
  GoalContribution,
  LineEvaluation,
  Measures,
  OverlapGroup,
  PeriodRow,
} from "./types.js";
import { compute, netFlows, presentValue, sumFlows } from "./_internal/compute.js";
import type { Computed, LineFlows } from "./_internal/compute.js";
import { displayNumber, displayValue } from "./_internal/display.js";
import { discountedPaybackPeriod } from "../finance/discountedPaybackPeriod.js";
import { paybackPeriod } from "../finance/paybackPeriod.js";
import { irrOrNull, npvAtZero, roiOrNull } from "./_internal/finance.js";
import type { Model } from "./_internal/model.js";
import { resolveSettings } from "./_internal/settings.js";
import { derivedFigure, driverFigure, formulaFigure, unitText } from "./_internal/trace.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions extends CaseOptions {
  /** The customer's reference frame: links must resolve in it, and goal gaps come from it. */
  readonly frame?: FrameLike;
}

const ZERO = new Dec(0);
const ONE = new Dec(1);

/**
 * Evaluates a value case exactly, in Decimal.
 *
 * Every line's amount (its formula × extension factors × risk adjustment) is spread over periods
 * 0…horizon (one-time lines at their start, default 0; recurring lines from their start, default 1,
 * amounts per year split evenly over the periods of a year, ramp-up applied). NPV discounts period t by
 * (1 + period rate)^t, so up-front flows at t = 0 are not discounted; the period rate comes from the
 * annual rate by `rateBasis` (default `compound`: (1 + r)^(1/n) − 1). Each measure is given unadjusted
 * and with every line weighted by its probability. An IRR that does not exist is `null` with `irrNote`.
 *
 * @param valueCase - a case from {@link defineValueCase}, or case data (defined first)
 * @param options - `scenario` (id or data), `drivers` (values to use), `basis` (`value` or `mean`), `frame`
 * @returns the frozen {@link Evaluation}
 * @throws {QuantifyValidationError} `QUANTIFY_INVALID` when case data is invalid
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for an unknown scenario or driver
 * @throws {QuantifyLinkError} `QUANTIFY_UNKNOWN_ID` listing every link the frame cannot resolve
 * @throws {QuantifyError} `QUANTIFY_NOT_FINITE` when a formula divides by zero for these values
 *
 * @example
 * ```ts
 * const result = evaluate(distributor);
 * result.unadjusted.npv.toFixed(2); //=> "27093430.88"
 * formatTrace(result.trace["quantity:workingCapitalReleased"]);
 * //=> "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY"
 * ```
 */
export function evaluate(valueCase: ValueCase | ValueCaseInput, options?: EvaluateOptions): Evaluation {
  const model = modelOf(valueCase);
  const resolved = resolveSettings(model, options, "evaluate options");
  if (options?.frame !== undefined) checkLinks(model, options.frame);
  const computed = compute(model, resolved.settings);
  return deepFreeze(buildEvaluation(model, computed, resolved, options?.frame));
}

function buildEvaluation(
  model: Model,
  computed: Computed,
  resolved: ReturnType<typeof resolveSettings>,
  frame: FrameLike | undefined,
): Evaluation {
  const valueCase = model.valueCase;
  const trace: Record<string, Figure> = {};
  const put = (figure: Figure): Figure => (trace[figure.id] = figure);

  const drivers: DriverValue[] = model.drivers.map((driver) => {
    const value = computed.driverValues.get(driver.id) as Decimal;
    const note = resolved.overridden.get(driver.id) ?? (resolved.settings.basis === "mean" && driver.uncertainty !== undefined ? "mean of its distribution" : undefined);
    put(driverFigure(driver, computed.env[model.slots.get(driver.id) as number] as Decimal, note === undefined ? undefined : `value from ${note}`));
    return { id: driver.id, label: driver.label ?? driver.id, value, unit: driver.unit, provenance: driver.provenance, overridden: note !== undefined };
  });

  const byId = new Map(model.quantities.map((q) => [q.quantity.id, q] as const));
  const quantities = (valueCase.quantities ?? []).map((quantity) => {
    const q = byId.get(quantity.id);
    if (q === undefined) throw new Error("unreachable: quantity not compiled");
    const label = quantity.label ?? quantity.id;
    return put(formulaFigure(model, computed.env, `quantity:${quantity.id}`, label, q.formula, computed.env[q.slot] as Decimal, unitText(quantity.unit, q.unit)));
  });

  const rate = computed.periodRate;
  const lines: LineEvaluation[] = computed.lines.map((lf) => lineEvaluation(model, computed, lf, put, valueCase.currency));

  const length = valueCase.horizon + 1;
  const periods = periodTable(computed, length);
  const unadjusted = measures(computed, false, rate);
  const weighted = measures(computed, true, rate);
  traceMeasures(put, computed, unadjusted, weighted, valueCase.currency);

  return {
    caseId: valueCase.id,
    name: valueCase.name,
    currency: valueCase.currency,
    period: valueCase.period,
    horizon: valueCase.horizon,
    periodsPerYear: computed.periodsPerYear,
    scenario: resolved.scenario === undefined ? undefined : { id: resolved.scenario.id, label: resolved.scenario.label ?? resolved.scenario.id },
    basis: resolved.settings.basis ?? "value",
    riskAdjustment: resolved.settings.riskAdjustment,
    discountRate: computed.annualRate,
    periodRate: rate,
    rateBasis: valueCase.rateBasis ?? "compound",
    drivers,
    quantities,
    lines,
    periods,
    unadjusted,
    weighted,
    goals: goalContributions(model, computed, lines, frame),
    doubleCounting: doubleCounting(model, computed, lines, weighted.npv),
    trace,
  };
}

function lineEvaluation(model: Model, computed: Computed, lf: LineFlows, put: (figure: Figure) => Figure, currency: string): LineEvaluation {
  const line = lf.model.line;
  const label = line.label ?? line.id;
  const unit = unitText(line.unit, lf.model.amount.unit) ?? currency;
  const adjusted = lf.model.factors.length > 0 || !lf.riskFactor.eq(ONE);
  const baseId = adjusted ? `line:${line.id}:base` : `line:${line.id}`;
  put(formulaFigure(model, computed.env, baseId, adjusted ? `${label} (base)` : label, lf.model.amount, lf.base, unit));
  if (adjusted) {
    const parts = [`${label} (base)`];
    const values = [displayValue(lf.base, unit)];
    lf.model.factors.forEach((factor, j) => {
      const extension = line.extension?.[j];
      const factorId = `line:${line.id}:factor:${j}`;
      put(formulaFigure(model, computed.env, factorId, extension?.label ?? `factor ${j + 1}`, factor, lf.factors[j] as Decimal, undefined,
        extension === undefined ? undefined : `extension over ${extension.over}${extension.source === undefined ? "" : `; ${extension.source}`}`));
      parts.push(extension?.label ?? `factor ${j + 1}`);
      values.push(displayNumber(lf.factors[j] as Decimal));
    });
    if (!lf.riskFactor.eq(ONE)) {
      parts.push(line.kind === "benefit" ? "(1 − benefit risk adjustment)" : "(1 + cost risk adjustment)");
      values.push(displayNumber(lf.riskFactor));
    }
    const inputs = [
      { ref: baseId, name: baseId, label: `${label} (base)`, value: lf.base, unit, provenance: undefined },
      ...lf.model.factors.map((_, j) => ({
        ref: `line:${line.id}:factor:${j}`, name: `factor${j}`, label: line.extension?.[j]?.label ?? `factor ${j + 1}`,
        value: lf.factors[j] as Decimal, unit: undefined, provenance: undefined,
      })),
    ];
    put(derivedFigure(`line:${line.id}`, label, parts.join(" × "), values.join(" × "), lf.amount, unit, inputs, lf.model.drivers,
      lf.riskFactor.eq(ONE) ? undefined : "risk-adjusted"));
  }
  const total = lf.flows.reduce((acc, flow) => acc.plus(flow), ZERO);
  return {
    id: line.id,
    label,
    kind: line.kind,
    included: lf.included,
    amount: lf.amount,
    probability: lf.probability,
    flows: lf.flows,
    weightedFlows: lf.weightedFlows,
    total,
    presentValue: presentValue(lf.flows, computed.discountFactors),
    weightedPresentValue: presentValue(lf.weightedFlows, computed.discountFactors),
    solution: lf.model.solution,
    kpi: line.kpi,
    figure: `line:${line.id}`,
  };
}

function periodTable(computed: Computed, length: number): PeriodRow[] {
  const split = (weighted: boolean) => {
    const pick = (line: LineFlows) => (weighted ? line.weightedFlows : line.flows);
    return {
      benefits: sumFlows(computed.lines.filter((l) => l.model.line.kind === "benefit").map(pick), length),
      costs: sumFlows(computed.lines.filter((l) => l.model.line.kind === "cost").map(pick), length).map((flow) => flow.neg()),
    };
  };
  const plain = split(false);
  const weighted = split(true);
  let cumulative = ZERO;
  let cumulativePv = ZERO;
  let wCumulative = ZERO;
  let wCumulativePv = ZERO;
  return computed.discountFactors.map((discountFactor, t) => {
    const benefits = plain.benefits[t] as Decimal;
    const costs = plain.costs[t] as Decimal;
    const net = benefits.minus(costs);
    const pv = net.times(discountFactor);
    cumulative = cumulative.plus(net);
    cumulativePv = cumulativePv.plus(pv);
    const wBenefits = weighted.benefits[t] as Decimal;
    const wCosts = weighted.costs[t] as Decimal;
    const wNet = wBenefits.minus(wCosts);
    const wPv = wNet.times(discountFactor);
    wCumulative = wCumulative.plus(wNet);
    wCumulativePv = wCumulativePv.plus(wPv);
    return {
      period: t,
      benefits,
      costs,
      net,
      cumulative,
      discountFactor,
      presentValue: pv,
      cumulativePresentValue: cumulativePv,
      weighted: { benefits: wBenefits, costs: wCosts, net: wNet, cumulative: wCumulative, presentValue: wPv, cumulativePresentValue: wCumulativePv },
    };
  });
}

function measures(computed: Computed, weighted: boolean, rate: Decimal): Measures {
  const pick = (line: LineFlows) => (weighted ? line.weightedFlows : line.flows);
  const benefitFlows = sumFlows(computed.lines.filter((l) => l.model.line.kind === "benefit").map(pick), computed.discountFactors.length);
  const costFlows = sumFlows(computed.lines.filter((l) => l.model.line.kind === "cost").map(pick), computed.discountFactors.length).map((f) => f.neg());
  const net = netFlows(computed, weighted);
  const total = (flows: readonly Decimal[]) => flows.reduce((acc, flow) => acc.plus(flow), ZERO);
  const benefits = total(benefitFlows);
  const costs = total(costFlows);
  const presentBenefits = npvAtZero(rate, benefitFlows);
  const presentCosts = npvAtZero(rate, costFlows);
  const npv = npvAtZero(rate, net);
  const { irr, note } = irrOrNull(net);
  const perYear = computed.periodsPerYear;
  const payback = paybackPeriod(net);
  const discountedPayback = discountedPaybackPeriod(rate, net);
  const years = (periods: Decimal | null) => (periods === null ? null : periods.div(perYear));
  return {
    benefits,
    costs,
    net: benefits.minus(costs),
    presentBenefits,
    presentCosts,
    npv,
    irr,
    irrAnnual: irr === null ? null : ONE.plus(irr).pow(perYear).minus(ONE),
    irrNote: note,
    roi: roiOrNull(benefits, costs),
    roiDiscounted: roiOrNull(presentBenefits, presentCosts),
    payback,
    paybackYears: years(payback),
    discountedPayback,
    discountedPaybackYears: years(discountedPayback),
  };
}

function traceMeasures(put: (figure: Figure) => Figure, computed: Computed, unadjusted: Measures, weighted: Measures, currency: string): void {
  const rate = computed.periodRate;
  const rateText = displayNumber(rate);
  const drivers = [...new Set(computed.lines.flatMap((line) => line.model.drivers))];
  for (const [suffix, m, isWeighted] of [["", unadjusted, false], [":weighted", weighted, true]] as const) {
    const net = netFlows(computed, isWeighted);
    const words = isWeighted ? "probability-weighted " : "";
    const terms = net
      .map((flow, t) => (flow.isZero() ? undefined : t === 0 ? displayNumber(flow) : `${displayNumber(flow)} ÷ ${displayNumber(rate.plus(1))}^${t}`))
      .filter((term): term is string => term !== undefined);
    const inputs = computed.lines.map((line) => ({
      ref: `line:${line.model.line.id}`, name: line.model.line.id, label: line.model.line.label ?? line.model.line.id,
      value: line.amount, unit: undefined, provenance: undefined,
    }));
    put(derivedFigure(`npv${suffix}`, `${words}NPV`, "Σ net flow(t) ÷ (1 + period rate)^t, t = 0…horizon",
      terms.join(" + ").replace(/\+ −/g, "− ") || "0", m.npv, currency, inputs, drivers));
    put(derivedFigure(`roi${suffix}`, `${words}ROI`, "(benefits − costs) ÷ costs",
      `(${displayNumber(m.benefits)} − ${displayNumber(m.costs)}) ÷ ${displayNumber(m.costs)}`, m.roi ?? ZERO, undefined, inputs, drivers,
      m.roi === null ? "no ROI: there are no costs" : undefined));
    put(derivedFigure(`irr${suffix}`, `${words}IRR per period`, "rate r where Σ net flow(t) ÷ (1 + r)^t = 0",
      net.map((flow) => displayNumber(flow)).join("; "), m.irr ?? ZERO, undefined, inputs, drivers, m.irrNote));
    put(derivedFigure(`payback${suffix}`, `${words}payback (periods)`, "first period where the cumulative net flow reaches 0, interpolated",
      net.map((flow) => displayNumber(flow)).join("; "), m.payback ?? ZERO, computedPeriodUnit(computed), inputs, drivers,
      m.payback === null ? "does not pay back within the horizon" : undefined));
    put(derivedFigure(`discountedPayback${suffix}`, `${words}discounted payback (periods)`, "payback on net flow(t) ÷ (1 + period rate)^t",
      `period rate ${rateText}`, m.discountedPayback ?? ZERO, computedPeriodUnit(computed), inputs, drivers,
      m.discountedPayback === null ? "does not pay back within the horizon" : undefined));
  }
}

const computedPeriodUnit = (computed: Computed): string => (computed.periodsPerYear === 12 ? "month" : computed.periodsPerYear === 4 ? "quarter" : "year");

function checkLinks(model: Model, frame: FrameLike): void {
  const known = {
    goal: new Set(frame.goals.map((g) => g.id)),
    issue: new Set(frame.issues.map((i) => i.id)),
    solution: new Set(frame.solutions.map((s) => s.id)),
    value: new Set(frame.values.map((v) => v.id)),
  };
  const issues: ValueframeIssue[] = [];
  for (const ml of model.lines) {
    (ml.line.serves ?? []).forEach((link, j) => {
      if (!known[link.kind].has(link.id)) {
        const list = [...known[link.kind]].join(", ") || "none";
        issues.push({ path: ["lines", ml.index, "serves", j, "id"], code: "dangling_link", message: `${link.kind} "${link.id}" is not in the frame (its ${link.kind}s: ${list})` });
      }
    });
  }
  (model.valueCase.alternatives ?? []).forEach((alternative, i) => {
    alternative.options.forEach((option, j) => {
      if (!known.solution.has(option)) {
        issues.push({ path: ["alternatives", i, "options", j], code: "dangling_link", message: `solution "${option}" is not in the frame` });
      }
    });
  });
  if (issues.length > 0) throw new QuantifyLinkError(issues);
}

function goalContributions(model: Model, computed: Computed, lines: readonly LineEvaluation[], frame: FrameLike | undefined): GoalContribution[] {
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

function doubleCounting(model: Model, computed: Computed, lines: readonly LineEvaluation[], rawNpv: Decimal): DoubleCounting {
  const benefits = computed.lines.filter((lf) => lf.included && lf.model.line.kind === "benefit");
  const groups: OverlapGroup[] = [];
  for (const driver of model.drivers.filter((d) => d.improvement === true)) {
    const sharing = benefits.filter((lf) => lf.model.drivers.includes(driver.id)).map((lf) => lf.model.line.id);
    if (sharing.length > 1) groups.push({ by: "driver", key: driver.id, lines: sharing });
  }
  const kpis = [...new Set(benefits.map((lf) => lf.model.line.kpi).filter((kpi): kpi is string => kpi !== undefined))];
  for (const kpi of kpis) {
    const sharing = benefits.filter((lf) => lf.model.line.kpi === kpi).map((lf) => lf.model.line.id);
    if (sharing.length > 1) groups.push({ by: "kpi", key: kpi, lines: sharing });
  }
  // Connected sets of overlapping lines: keep the most valuable line of each.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  for (const group of groups) for (const id of group.lines.slice(1)) parent.set(find(id), find(group.lines[0] as string));
  const pvOf = new Map(lines.map((line) => [line.id, line.weightedPresentValue] as const));
  const best = new Map<string, string>();
  for (const id of groups.flatMap((group) => group.lines)) {
    const root = find(id);
    const current = best.get(root);
    if (current === undefined || (pvOf.get(id) as Decimal).gt(pvOf.get(current) as Decimal)) best.set(root, id);
  }
  const involved = [...new Set(groups.flatMap((group) => group.lines))];
  const kept = involved.filter((id) => best.get(find(id)) === id);
  const flagged = involved.filter((id) => !kept.includes(id));
  const flaggedPv = flagged.reduce((acc, id) => acc.plus(pvOf.get(id) as Decimal), ZERO);
  const nominal = (ids: (id: string) => boolean) =>
    lines.filter((line) => line.kind === "benefit" && ids(line.id)).reduce((acc, line) => acc.plus(line.weightedFlows.reduce((a, f) => a.plus(f), ZERO)), ZERO);
  return {
    groups,
    kept,
    flagged,
    rawNpv,
    unflaggedNpv: rawNpv.minus(flaggedPv),
    rawBenefits: nominal(() => true),
    unflaggedBenefits: nominal((id) => !flagged.includes(id)),
  };
}

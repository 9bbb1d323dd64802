/**
 * The exact core of evaluation: driver values → quantities → line amounts → per-period cash flows and
 * their present value, in Decimal. `evaluate`, sensitivity, break-even and choosing all run through it;
 * only `evaluate` adds the trace and the finance measures on top.
 */
import { Dec, FIGURE_RANGE_TEXT, MAX_FIGURE_EXPONENT, isFigureSized, shortText } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import { formatPath } from "../../errors/ValueframeError.js";
import type { IssuePath } from "../../errors/ValueframeError.js";
import { QUANTIFY_ERROR_CODES, QuantifyError } from "../errors.js";
import type { RiskAdjustment, ValueLine } from "../schema.js";
import { meanOf } from "./distributions.js";
import { npvAtZero, periodRateOf } from "./finance.js";
import { driverScale } from "./model.js";
import type { Model, ModelLine } from "./model.js";
import { lineSchedule } from "./schedule.js";

/** Periods in a year for each period length. */
export const PERIODS_PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

/** What a computation may change relative to the case as written. */
export interface ComputeSettings {
  /** Driver values to use instead of the written ones (in the driver's written units). */
  readonly drivers?: ReadonlyMap<string, Decimal>;
  readonly probabilities?: ReadonlyMap<string, Decimal>;
  /** Annual discount rate. */
  readonly discountRate?: Decimal;
  readonly riskAdjustment?: RiskAdjustment | undefined;
  /** `value` uses each driver's value; `mean` the mean of its distribution. */
  readonly basis?: "value" | "mean";
  /** Alternative id → chosen solution, overriding the case's choice. */
  readonly chosen?: ReadonlyMap<string, string>;
  /** Lines serving these solutions are left out (used when choosing). */
  readonly excludedSolutions?: ReadonlySet<string>;
  /** Lines left out by id (`excludeLines`). */
  readonly excludedLines?: ReadonlySet<string>;
}

export interface LineFlows {
  readonly model: ModelLine;
  readonly included: boolean;
  /** The amount formula's value. */
  readonly base: Decimal;
  /** Each extension factor's value. */
  readonly factors: readonly Decimal[];
  /** Benefits × (1 − b) or costs × (1 + c) under a risk adjustment, else 1. */
  readonly riskFactor: Decimal;
  /** base × factors × risk factor: the amount per occurrence (per year or per period as the line says). */
  readonly amount: Decimal;
  readonly probability: Decimal;
  /** Share of the amount falling in each period 0…horizon (ramp-up and per-year split included). */
  readonly weights: readonly Decimal[];
  /** Signed cash flow per period (costs negative), unweighted. */
  readonly flows: readonly Decimal[];
  /** Signed flows × probability. */
  readonly weightedFlows: readonly Decimal[];
}

export interface Computed {
  /** Slot values (drivers scaled for "%", then quantities). */
  readonly env: readonly Decimal[];
  /** Driver values as used, in written units. */
  readonly driverValues: ReadonlyMap<string, Decimal>;
  readonly lines: readonly LineFlows[];
  readonly periodsPerYear: number;
  readonly annualRate: Decimal;
  readonly periodRate: Decimal;
  /** (1 + period rate)^−t for t = 0…horizon. */
  readonly discountFactors: readonly Decimal[];
}

const ZERO = new Dec(0);
const ONE = new Dec(1);

/** Runs the case under the given settings. Throws {@link QuantifyError} when a formula is not finite. */
export function compute(model: Model, settings: ComputeSettings): Computed {
  const valueCase = model.valueCase;
  const env: Decimal[] = new Array<Decimal>(model.slotCount);
  const driverValues = new Map<string, Decimal>();
  model.drivers.forEach((driver, i) => {
    const given = settings.drivers?.get(driver.id);
    const written = given ?? (settings.basis === "mean" ? meanOf(driver) : driver.value);
    driverValues.set(driver.id, written);
    const value = written.times(driverScale(driver));
    // Given values (sensitivity, break-even) and distribution means were never checked as case data.
    if (!isFigureSized(value)) {
      const [path, what] = given !== undefined ? [["drivers", driver.id], "the value given for"] : settings.basis === "mean" ? [["drivers", i, "uncertainty"], "the mean of"] : [["drivers", i, "value"], "the value of"];
      const inFormulas = value.eq(written) ? "" : ` (${shortText(value)} in formulas)`;
      throw new QuantifyError(QUANTIFY_ERROR_CODES.outOfRange, `${what} driver "${driver.id}" is ${shortText(written)}${inFormulas}; ${FIGURE_RANGE_TEXT}`, { path });
    }
    env[model.slots.get(driver.id) as number] = value;
  });
  model.quantities.forEach((q) => {
    const value = q.formula.fn(env);
    const index = valueCase.quantities?.findIndex((item) => item.id === q.quantity.id) ?? -1;
    env[q.slot] = finite(value, ["quantities", index, "formula"], q.formula.text);
  });

  const perYear = PERIODS_PER_YEAR[valueCase.period];
  const annualRate = settings.discountRate ?? valueCase.discountRate;
  const rate = periodRateOf(annualRate, perYear, valueCase.rateBasis ?? "compound");
  const onePlus = ONE.plus(rate);
  checkDiscounting(onePlus, valueCase.horizon, settings.discountRate === undefined ? ["discountRate"] : ["scenario", "discountRate"], annualRate);
  const discountFactors: Decimal[] = [];
  for (let t = 0; t <= valueCase.horizon; t++) discountFactors.push(ONE.div(onePlus.pow(t)));

  const chosen = chosenSolutions(model, settings.chosen);
  const lines = model.lines.map((ml): LineFlows => {
    const line = ml.line;
    const path = ["lines", ml.index];
    const base = finite(ml.amount.fn(env), [...path, "amount"], ml.amount.text);
    const factors = ml.factors.map((factor, j) => finite(factor.fn(env), [...path, "extension", j, "factor"], factor.text));
    const adjust = settings.riskAdjustment;
    const riskFactor = adjust === undefined ? ONE : line.kind === "benefit" ? ONE.minus(adjust.benefits) : ONE.plus(adjust.costs);
    const amount = factors.reduce((acc, factor) => acc.times(factor), base).times(riskFactor);
    // The schedule works in integers scaled to the amount's digits: a huge or tiny amount never reaches it.
    if (!isFigureSized(amount)) {
      throw new QuantifyError(QUANTIFY_ERROR_CODES.outOfRange, `the amount with its extension factors and risk adjustment is ${shortText(amount)}; ${FIGURE_RANGE_TEXT}`, {
        path: [...path, "amount"],
      });
    }
    const probability = settings.probabilities?.get(line.id) ?? line.probability ?? ONE;
    const included =
      !(settings.excludedLines?.has(line.id) ?? false) &&
      (ml.solution === undefined || ((chosen.get(ml.solution) ?? true) && !(settings.excludedSolutions?.has(ml.solution) ?? false)));
    const schedule = lineSchedule(line, valueCase.horizon, perYear);
    const weights = schedule.weights;
    const signed = line.kind === "cost" ? amount.neg() : amount;
    const flows = included ? schedule.flows(signed) : weights.map(() => ZERO);
    const weightedFlows = included ? schedule.flows(signed.times(probability)) : flows;
    return { model: ml, included, base, factors, riskFactor, amount, probability, weights, flows, weightedFlows };
  });

  return { env, driverValues, lines, periodsPerYear: perYear, annualRate, periodRate: rate, discountFactors };
}

/** Solution id → whether its lines count, for every solution that is an option of an alternative. */
function chosenSolutions(model: Model, overrides: ReadonlyMap<string, string> | undefined): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const alternative of model.valueCase.alternatives ?? []) {
    const pick = overrides?.get(alternative.id) ?? alternative.chosen ?? alternative.options[0];
    for (const option of alternative.options) out.set(option, option === pick);
  }
  return out;
}

/**
 * Refuses a rate and horizon whose discount factors (1 + period rate)^−t, t ≤ horizon, would leave the
 * figure range: the present values built on them would too (a −99 % rate over 1200 periods makes
 * factors of 1e2400).
 */
function checkDiscounting(onePlus: Decimal, horizon: number, path: IssuePath, annualRate: Decimal): void {
  const decades = horizon * Math.log10(onePlus.toNumber());
  if (Math.abs(decades) <= MAX_FIGURE_EXPONENT) return;
  throw new QuantifyError(
    QUANTIFY_ERROR_CODES.outOfRange,
    `discounting ${horizon} periods at ${shortText(annualRate)} a year gives factors of about 1e${Math.round(-decades)}; ${FIGURE_RANGE_TEXT} (shorten the horizon or use a rate nearer 0)`,
    { path },
  );
}

function finite(value: Decimal, path: readonly (string | number)[], text: string): Decimal {
  if (value.isFinite()) return value;
  throw new QuantifyError(
    QUANTIFY_ERROR_CODES.notFinite,
    `${formatPath(path)}: "${text}" has no finite value for these inputs (${value.isNaN() ? "not a number" : "infinite"}: a division by zero, or a root or logarithm of a negative number)`,
  );
}

/** Σ flows × discount factors. */
export function presentValue(flows: readonly Decimal[], discountFactors: readonly Decimal[]): Decimal {
  let sum = ZERO;
  flows.forEach((flow, t) => {
    if (!flow.isZero()) sum = sum.plus(flow.times(discountFactors[t] as Decimal));
  });
  return sum;
}

/** Adds flows period by period. */
export function sumFlows(series: readonly (readonly Decimal[])[], length: number): Decimal[] {
  const out: Decimal[] = Array.from({ length }, () => ZERO);
  for (const flows of series) flows.forEach((flow, t) => (out[t] = (out[t] as Decimal).plus(flow)));
  return out;
}

/** Σ values, in order (0 for none). */
export function total(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, value) => acc.plus(value), ZERO);
}

const flowsOf = (line: LineFlows, weighted: boolean): readonly Decimal[] => (weighted ? line.weightedFlows : line.flows);

/** Net flow per period over every line, weighted by probability or not. */
export function netFlows(computed: Computed, weighted: boolean): Decimal[] {
  return sumFlows(computed.lines.map((line) => flowsOf(line, weighted)), computed.discountFactors.length);
}

/** Benefits and costs per period over every line (costs as positive amounts), weighted by probability or not. */
export function benefitAndCostFlows(computed: Computed, weighted: boolean): { benefits: Decimal[]; costs: Decimal[] } {
  const ofKind = (kind: ValueLine["kind"]): Decimal[] =>
    sumFlows(computed.lines.filter((line) => line.model.line.kind === kind).map((line) => flowsOf(line, weighted)), computed.discountFactors.length);
  return { benefits: ofKind("benefit"), costs: ofKind("cost").map((flow) => flow.neg()) };
}

/** The NPV of a computation (finance NPV of the net flows, first flow at t = 0). */
export function caseNpv(computed: Computed, weighted: boolean): Decimal {
  return npvAtZero(computed.periodRate, netFlows(computed, weighted));
}

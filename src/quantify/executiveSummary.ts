/**
 * executiveSummary: the page a CFO reads first, as data. The headline measures, de-duplicated where
 * double counting was flagged (the figure with the flagged lines beside it), a caveat on an IRR a CFO
 * will question, the scenario range, each goal's gap closed, the top value lines, the assumptions that
 * move the NPV most, and the decision asked for. Every figure is exact and comes from `evaluate`,
 * `evaluateScenarios` and `tornado` on the same lines, so the summary never contradicts the report.
 */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { irrAll } from "../finance/irrAll.js";
import { Dec, type Decimal, type Numeric, numericProblem, toDec } from "../numeric/decimal.js";
import { modelOf } from "./defineValueCase.js";
import { QuantifyArgumentError } from "./errors.js";
import { evaluate, type EvaluateOptions } from "./evaluate.js";
import { evaluateScenarios } from "./evaluateScenarios.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";
import { tornado } from "./tornado.js";
import { changesSign } from "./_internal/finance.js";
import type { Evaluation, GoalContribution, Measures, ScenarioComparison, Tornado } from "./types.js";

/** Options of {@link executiveSummary}: those of `evaluate`, and what the summary picks out. */
export interface ExecutiveSummaryOptions extends EvaluateOptions {
  /** An annual IRR above this gets a caveat (default 1, i.e. 100 % a year). */
  readonly irrCaveatAbove?: Numeric;
  /** How many value lines to name (default 3). */
  readonly topLines?: number;
  /** How many assumptions to name, from the sensitivity ranking (default 3). */
  readonly keyAssumptions?: number;
  /** The decision asked of the customer; default the case's `ask`. */
  readonly ask?: string;
  /**
   * Figures already made with these same options, to save their work: the evaluation is used as the
   * full one; the scenarios (base first, every scenario of the case) and the weighted tornado only when
   * no line is flagged, since otherwise the summary needs them without the flagged lines.
   */
  readonly computed?: { readonly evaluation?: Evaluation; readonly scenarios?: ScenarioComparison; readonly tornado?: Tornado };
}

/** Why the headline IRR carries a caveat. */
export type IrrCaveat =
  /** The annual IRR is above the threshold: typical of a one-off release of cash against small costs. */
  | { readonly kind: "extreme"; readonly threshold: Decimal }
  /** The net flows have several IRRs; the one shown is the one nearest the spreadsheet's guess. */
  | { readonly kind: "severalRoots"; readonly roots: readonly Decimal[] };

/** A scenario's risk-adjusted NPV, on the headline's lines. */
export interface SummaryScenario {
  readonly id: string;
  readonly label: string;
  readonly weightedNpv: Decimal;
}

/** A value line among the largest. */
export interface SummaryLine {
  readonly id: string;
  readonly label: string;
  /** Its probability-weighted present value. */
  readonly weightedPresentValue: Decimal;
}

/** An assumption among those that move the risk-adjusted NPV most. */
export interface SummaryAssumption {
  readonly driver: string;
  readonly label: string;
  readonly unit: string | undefined;
  readonly value: Decimal;
  readonly low: Decimal;
  readonly high: Decimal;
  /** How far the risk-adjusted NPV moves between the two ends. */
  readonly swing: Decimal;
}

/** The executive summary of a value case: see {@link executiveSummary}. */
export interface ExecutiveSummary {
  readonly name: string;
  readonly currency: string;
  readonly period: Evaluation["period"];
  readonly periodsPerYear: number;
  readonly horizon: number;
  readonly discountRate: Decimal;
  /** The scenario the headline is in, when one was asked for. */
  readonly scenario?: { readonly id: string; readonly label: string };
  /**
   * The headline measures: of every line, or — when double counting flagged lines — of the lines kept
   * (`deduplicated` true), so the headline never counts one benefit twice.
   */
  readonly headline: { readonly deduplicated: boolean; readonly unadjusted: Measures; readonly riskAdjusted: Measures };
  /** The evaluation the headline comes from (without the flagged lines, when any were flagged): for its chart. */
  readonly headlineEvaluation: Evaluation;
  /** When lines were flagged: which, why (the overlaps), and the measures with them. */
  readonly doubleCounting?: {
    readonly flagged: readonly { readonly id: string; readonly label: string }[];
    readonly overlaps: Evaluation["doubleCounting"]["groups"];
    readonly withFlagged: { readonly unadjusted: Measures; readonly riskAdjusted: Measures };
  };
  /** Caveats on the headline's IRRs (risk-adjusted first), empty when none is needed. */
  readonly irrCaveats: readonly IrrCaveat[];
  /** The lowest and highest risk-adjusted NPV over the base case and the case's scenarios; absent without scenarios. */
  readonly scenarioRange?: { readonly low: SummaryScenario; readonly high: SummaryScenario; readonly count: number };
  /** Each goal the case serves, with how much of its gap the value closes, in the goal's unit. */
  readonly goals: readonly GoalContribution[];
  /** The largest benefit lines by probability-weighted present value. */
  readonly topLines: readonly SummaryLine[];
  /** The assumptions that move the risk-adjusted NPV most; empty when no driver is uncertain. */
  readonly keyAssumptions: readonly SummaryAssumption[];
  /** The decision asked of the customer, when the case or the options state it. */
  readonly ask?: string;
}

const ONE = new Dec(1);

/**
 * Summarises a value case for the first page of a customer report. Where double counting flags lines,
 * the headline, the scenario range and the key assumptions are computed without them
 * (`excludeLines`), and the figures with them are given beside, with the overlaps that explain it.
 *
 * @param valueCase - a defined case or case data
 * @param options - `evaluate`'s options (`scenario`, `drivers`, `basis`, `frame`, `excludeLines`), and
 *   `irrCaveatAbove`, `topLines`, `keyAssumptions`, `ask`
 * @returns the frozen {@link ExecutiveSummary}
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for a bad option (every problem listed)
 * @throws what {@link evaluate} throws
 *
 * @example
 * ```ts
 * const summary = executiveSummary(distributor);
 * summary.headline.deduplicated; //=> true
 * summary.headline.riskAdjusted.npv.toFixed(2); //=> "17967611.64"
 * summary.doubleCounting?.withFlagged.riskAdjusted.npv.toFixed(2); //=> "21120118.88"
 * summary.doubleCounting?.flagged.map((line) => line.label); //=> ["financing cost saved"]
 * ```
 */
export function executiveSummary(valueCase: ValueCase | ValueCaseInput, options?: ExecutiveSummaryOptions): ExecutiveSummary {
  const model = modelOf(valueCase);
  const defined = model.valueCase;
  const { threshold, topLines, keyAssumptions } = checkOptions(options);
  const { irrCaveatAbove: _t, topLines: _l, keyAssumptions: _k, ask, computed, ...evaluateOptions } = options ?? {};
  const full = computed?.evaluation ?? evaluate(defined, evaluateOptions);
  const flagged = full.doubleCounting.flagged;
  const excludeLines = [...(evaluateOptions.excludeLines ?? []), ...flagged];
  const shared = { ...evaluateOptions, ...(flagged.length === 0 ? {} : { excludeLines }) };
  const headline = flagged.length === 0 ? full : evaluate(defined, shared);
  const label = (id: string) => full.lines.find((line) => line.id === id)?.label ?? id;

  const scenarioIds = (defined.scenarios ?? []).map((scenario) => scenario.id);
  const { scenario: _s, drivers: _d, ...scenarioShared } = shared;
  const reuse = flagged.length === 0 ? computed : undefined;
  const rows = scenarioIds.length === 0 ? [] : (reuse?.scenarios ?? evaluateScenarios(defined, { ...scenarioShared, scenarios: scenarioIds })).rows;
  const byNpv = [...rows].sort((a, b) => a.weightedNpv.cmp(b.weightedNpv));
  const ends = (row: (typeof rows)[number]): SummaryScenario => ({ id: row.id, label: row.label, weightedNpv: row.weightedNpv });

  const uncertain = model.drivers.some((driver) => driver.uncertainty !== undefined);
  const sensitivity = () => (reuse?.tornado?.measure === "weighted" ? reuse.tornado : tornado(defined, { ...shared, measure: "weighted" }));
  const bars = uncertain && keyAssumptions > 0 ? sensitivity().rows.slice(0, keyAssumptions) : [];
  const driverOf = (id: string) => headline.drivers.find((driver) => driver.id === id);

  return deepFreeze({
    name: full.name,
    currency: full.currency,
    period: full.period,
    periodsPerYear: full.periodsPerYear,
    horizon: full.horizon,
    discountRate: full.discountRate,
    ...(full.scenario === undefined ? {} : { scenario: { id: full.scenario.id, label: full.scenario.label } }),
    headline: { deduplicated: flagged.length > 0, unadjusted: headline.unadjusted, riskAdjusted: headline.weighted },
    headlineEvaluation: headline,
    ...(flagged.length === 0
      ? {}
      : {
          doubleCounting: {
            flagged: flagged.map((id) => ({ id, label: label(id) })),
            overlaps: full.doubleCounting.groups,
            withFlagged: { unadjusted: full.unadjusted, riskAdjusted: full.weighted },
          },
        }),
    irrCaveats: irrCaveats(headline, threshold),
    ...(byNpv.length === 0 ? {} : { scenarioRange: { low: ends(byNpv[0]!), high: ends(byNpv[byNpv.length - 1]!), count: byNpv.length } }),
    goals: headline.goals,
    topLines: headline.lines
      .filter((line) => line.kind === "benefit" && line.included && !line.weightedPresentValue.isZero())
      .sort((a, b) => b.weightedPresentValue.cmp(a.weightedPresentValue))
      .slice(0, topLines)
      .map((line) => ({ id: line.id, label: line.label, weightedPresentValue: line.weightedPresentValue })),
    keyAssumptions: bars.map((bar) => {
      const driver = driverOf(bar.driver);
      return { driver: bar.driver, label: bar.label, unit: driver?.unit, value: driver?.value ?? bar.low, low: bar.low, high: bar.high, swing: bar.swing };
    }),
    ...askOf(ask ?? defined.ask),
  });
}

function askOf(ask: string | undefined): { ask?: string } {
  return ask === undefined ? {} : { ask: ask.trim() };
}

/** The IRR caveats of the headline: an annual IRR above the threshold, or net flows with several IRRs. */
function irrCaveats(e: Evaluation, threshold: Decimal): IrrCaveat[] {
  const caveats: IrrCaveat[] = [];
  const annual = [e.weighted.irrAnnual, e.unadjusted.irrAnnual];
  if (annual.some((irr) => irr !== null && irr.gt(threshold))) caveats.push({ kind: "extreme", threshold });
  for (const net of [e.periods.map((p) => p.weighted.net), e.periods.map((p) => p.net)]) {
    const roots = rootsOf(net);
    if (roots.length > 1) {
      caveats.push({ kind: "severalRoots", roots });
      break;
    }
  }
  return caveats;
}

/** Every IRR per period of the flows; none when the flows have no root or cannot be solved. */
function rootsOf(flows: readonly Decimal[]): readonly Decimal[] {
  if (!changesSign(flows)) return [];
  try {
    return irrAll(flows);
  } catch {
    return [];
  }
}

function checkOptions(options: ExecutiveSummaryOptions | undefined): { threshold: Decimal; topLines: number; keyAssumptions: number } {
  const issues: { path: string[]; code: string; message: string }[] = [];
  const count = (key: "topLines" | "keyAssumptions"): number => {
    const value = options?.[key];
    if (value === undefined) return 3;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100) return value;
    issues.push({ path: [key], code: "invalid_value", message: `must be a whole number from 0 to 100, got ${JSON.stringify(value)}` });
    return 3;
  };
  let threshold = ONE;
  const given = options?.irrCaveatAbove;
  if (given !== undefined) {
    const problem = numericProblem(given);
    if (problem === undefined && toDec(given).gte(0)) threshold = toDec(given);
    else issues.push({ path: ["irrCaveatAbove"], code: problem === undefined ? "too_small" : "not_numeric", message: problem ?? "must be 0 or more (1 is 100 % a year)" });
  }
  if (options?.ask !== undefined && (typeof options.ask !== "string" || options.ask.trim() === "")) {
    issues.push({ path: ["ask"], code: "invalid_type", message: "must be a sentence" });
  }
  const result = { threshold, topLines: count("topLines"), keyAssumptions: count("keyAssumptions") };
  if (issues.length > 0) throw new QuantifyArgumentError(issues, "executiveSummary options");
  return result;
}

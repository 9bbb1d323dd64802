/** waterfallData: the bars of a value waterfall (each benefit line up, each cost line down, the net). */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { Evaluation, LineEvaluation } from "../../quantify/types.js";
import { chartOptions, sharedRules } from "../_internal/chartOptions.js";
import type { ChartOptions } from "./types.js";

/** Options of {@link waterfallData}. */
export interface WaterfallOptions extends ChartOptions {
  /** Nominal totals over the horizon (default; the net is the evaluation's net) or present values (the net is its NPV). */
  readonly basis?: "nominal" | "present";
}

/** One bar of the waterfall: it spans `start` → `end`, and `amount` = end − start. */
export interface WaterfallBar {
  /** The value line's id, or `"net"`. */
  readonly key: string;
  readonly label: string;
  readonly kind: "benefit" | "cost" | "net";
  /** Signed: costs are negative. */
  readonly amount: Decimal;
  readonly start: Decimal;
  readonly end: Decimal;
  /** The amount as shown on the chart, formatted exactly in the locale. */
  readonly text: string;
}

/** Everything a waterfall chart shows, exact. */
export interface WaterfallData {
  readonly title: string;
  /** One sentence saying what the chart shows (the SVG's accessible description). */
  readonly description: string;
  readonly currency: string;
  readonly measure: "weighted" | "unadjusted";
  readonly basis: "nominal" | "present";
  readonly xTitle: string;
  readonly yTitle: string;
  readonly legend: { readonly benefit: string; readonly cost: string; readonly net: string };
  /** Benefit lines in case order, then cost lines, then the net. */
  readonly bars: readonly WaterfallBar[];
  /** The last bar's amount: the evaluation's net (nominal) or NPV (present), of the chosen measure. */
  readonly net: Decimal;
}

const ZERO = new Dec(0);

function lineAmount(line: LineEvaluation, weighted: boolean, present: boolean): Decimal {
  if (present) return weighted ? line.weightedPresentValue : line.presentValue;
  return weighted ? line.weightedFlows.reduce((sum, flow) => sum.plus(flow), ZERO) : line.total;
}

/**
 * The bars of a value waterfall: one per included value line (benefits rise, costs fall, each starting
 * where the previous one ended) and a last bar for the net. With the default nominal basis the net is
 * the evaluation's `net` (benefits − costs over the horizon); with `basis: "present"` the bars are
 * present values and the net is the NPV. Lines of solutions not chosen are left out.
 *
 * @param evaluation - an evaluation from `evaluate`
 * @param options - `measure` (`"weighted"` default, or `"unadjusted"`), `basis`, `locale`
 * @returns the bars with exact amounts and formatted texts, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const data = waterfallData(evaluate(distributor), { measure: "unadjusted" });
 * data.bars.map((bar) => `${bar.label}: ${bar.amount}`);
 * //=> ["working capital released: 28000000", "financing cost saved: 4620000",
 * //    "implementation: -2000000", "running cost: -900000", "Net: 29720000"]
 * ```
 */
export function waterfallData(evaluation: Evaluation, options?: WaterfallOptions): WaterfallData {
  const locale = chartOptions("waterfallData", options, { measure: sharedRules.measure, basis: { kind: "oneOf", values: ["nominal", "present"] } });
  const t = locale.text.charts;
  const measure = options?.measure ?? "weighted";
  const basis = options?.basis ?? "nominal";
  const weighted = measure === "weighted";
  const present = basis === "present";
  const included = evaluation.lines.filter((line) => line.included);
  const ordered = [...included.filter((line) => line.kind === "benefit"), ...included.filter((line) => line.kind === "cost")];
  const bars: WaterfallBar[] = [];
  let level = ZERO;
  for (const line of ordered) {
    const amount = lineAmount(line, weighted, present);
    bars.push({ key: line.id, label: line.label, kind: line.kind, amount, start: level, end: level.plus(amount), text: locale.money(amount, evaluation.currency) });
    level = level.plus(amount);
  }
  // The evaluation's own figure: the sum of the present values can differ from it in the 40th digit.
  const measures = weighted ? evaluation.weighted : evaluation.unadjusted;
  const net = present ? measures.npv : measures.net;
  const netLabel = present ? t.netPresent : t.net;
  bars.push({ key: "net", label: netLabel, kind: "net", amount: net, start: ZERO, end: net, text: locale.money(net, evaluation.currency) });
  const title = present ? (weighted ? t.waterfallPresentWeighted : t.waterfallPresent) : weighted ? t.waterfallWeighted : t.waterfall;
  return deepFreeze({
    title,
    description: t.describe.waterfall(bars.slice(0, -1).map((bar) => `${bar.label} ${bar.text}`).join(", "), `${netLabel} ${locale.money(net, evaluation.currency)}`),
    currency: evaluation.currency,
    measure,
    basis,
    xTitle: t.line,
    yTitle: t.amount(evaluation.currency),
    legend: { benefit: t.benefit, cost: t.cost, net: netLabel },
    bars,
    net,
  });
}

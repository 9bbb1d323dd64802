/**
 * territoryChartData: a territory review as chart data — the seller's funnel by stage (expected and
 * stage-weighted revenue side by side), the stage-weighted revenue by expected month, and the tiers'
 * monthly review (expected against actual).
 */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { TerritoryReview } from "../../qualify/territory.js";
import { chartOptions, type ChartLocale } from "../_internal/chartOptions.js";
import { formatMonth } from "../_internal/pursuitText.js";
import { checkReview } from "../_internal/territoryText.js";
import type { RenderOptions } from "../options.js";

/** Options of the territory's charts: the locale and the plot's size. */
export interface TerritoryChartOptions extends RenderOptions {
  /** Width of the plot in pixels (default 640). */
  readonly width?: number;
  /** Height of the plot in pixels (default 360). */
  readonly height?: number;
}

/** The series the territory's charts draw. */
export type TerritorySeriesId = "expected" | "weighted" | "reviewExpected" | "reviewActual";

/** One bar: its series, the exact value and its text. */
export interface TerritoryBar {
  readonly series: TerritorySeriesId;
  readonly value: Decimal;
  readonly text: string;
}

/** A group of bars side by side: a stage, a month. */
export interface TerritoryBarGroup {
  /** The stage (`"P"` … `"lost"`) or the month (`"2027-02"`). */
  readonly key: string;
  readonly label: string;
  /** A remark under the label, e.g. "1 pending". */
  readonly note: string | undefined;
  readonly bars: readonly TerritoryBar[];
}

/** One chart of grouped bars. */
export interface TerritoryBarChart {
  readonly title: string;
  readonly description: string;
  /** The currency of every figure (`undefined` for a funnel with no deal or no tiers). */
  readonly currency: string | undefined;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly series: readonly { readonly id: TerritorySeriesId; readonly label: string }[];
  readonly groups: readonly TerritoryBarGroup[];
}

/** Everything the territory's charts show, exact. */
export interface TerritoryChartData {
  /** By stage P, I, B, won, lost: the seller's expected revenue and stage-weighted revenue. */
  readonly funnel: TerritoryBarChart;
  /** The seller's stage-weighted revenue by expected month. */
  readonly months: TerritoryBarChart;
  /** The tiers' monthly review: expected and actual (of the accounts that reported). */
  readonly review: TerritoryBarChart;
}

/** Checks the subject and the options of a territory chart; returns the chart locale. */
export function territoryChartLocale(fn: string, review: TerritoryReview, options: object | undefined): ChartLocale {
  checkReview(fn, review);
  return chartOptions(fn, options, {});
}

const sum = (values: readonly Decimal[]) => values.reduce((s, v) => s.plus(v), new Dec(0));

/** The chart data of a checked review. */
export function territoryDataOf(review: TerritoryReview, locale: ChartLocale): TerritoryChartData {
  const t = locale.locale.text.territory;
  const c = t.charts;
  const { pipeline } = review;
  const currency = pipeline.currency;
  const money = (cur: string | undefined) => (v: Decimal) => (cur === undefined ? locale.number(v) : locale.money(v, cur));
  const m = money(currency);
  const axis = (cur: string | undefined, words = c.moneyAxis) => words(cur ?? "—");
  const month = (key: string) => formatMonth(locale.locale.id, key, true);
  const funnel: TerritoryBarChart = {
    title: c.funnelTitle,
    description: c.describeFunnel(m(pipeline.total.sellerWeightedRevenue), m(pipeline.total.sellerExpectedRevenue), pipeline.total.deals),
    currency,
    xTitle: c.stageAxis,
    yTitle: axis(currency),
    series: [
      { id: "expected", label: c.expected },
      { id: "weighted", label: c.weighted },
    ],
    groups: pipeline.byStage.map((s) => ({
      key: s.stage,
      label: t.stages[s.stage],
      note: undefined,
      bars: [
        { series: "expected", value: s.sellerExpectedRevenue, text: m(s.sellerExpectedRevenue) },
        { series: "weighted", value: s.sellerWeightedRevenue, text: m(s.sellerWeightedRevenue) },
      ],
    })),
  };
  const months: TerritoryBarChart = {
    title: c.monthTitle,
    description: c.describeMonths(pipeline.byMonth.length, m(pipeline.total.sellerWeightedRevenue)),
    currency,
    xTitle: c.monthAxis,
    yTitle: axis(currency),
    series: [{ id: "weighted", label: c.weighted }],
    groups: pipeline.byMonth.map((row) => ({ key: row.month, label: month(row.month), note: undefined, bars: [{ series: "weighted", value: row.sellerWeightedRevenue, text: m(row.sellerWeightedRevenue) }] })),
  };
  const tiers = review.tiers;
  const rm = money(tiers?.currency);
  const reviewed = tiers?.months ?? [];
  const reviewChart: TerritoryBarChart = {
    title: c.reviewTitle,
    description: c.describeReview(
      reviewed.length,
      rm(sum(reviewed.map((r) => r.expected))),
      rm(sum(reviewed.flatMap((r) => (r.actual === undefined ? [] : [r.actual])))),
      reviewed.reduce((n, r) => n + r.pending, 0),
    ),
    currency: tiers?.currency,
    xTitle: c.monthAxis,
    yTitle: axis(tiers?.currency, c.businessAxis),
    series: [
      { id: "reviewExpected", label: c.reviewExpected },
      { id: "reviewActual", label: c.reviewActual },
    ],
    groups: reviewed.map((r) => ({
      key: r.month,
      label: month(r.month),
      note: r.pending === 0 ? undefined : c.pending(r.pending),
      bars: [{ series: "reviewExpected", value: r.expected, text: rm(r.expected) }, ...(r.actual === undefined ? [] : [{ series: "reviewActual" as const, value: r.actual, text: rm(r.actual) }])],
    })),
  };
  return deepFreeze({ funnel, months, review: reviewChart });
}

/**
 * The chart data of a territory review, exact: the seller's funnel by stage P, I, B, won, lost (expected
 * revenue and stage-weighted revenue side by side, in the pipeline's currency; deals in another currency
 * are not counted), the seller's stage-weighted revenue by expected month, and the tiers' monthly review
 * (expected over every account with a row, actual over those that reported, the pending ones noted).
 * Every bar carries its exact text; the funnel and the months are labelled as the seller's revenue, not
 * the customer's value.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`
 * @returns the three charts, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const data = territoryChartData(review);
 * data.funnel.groups.map((g) => g.key); //=> ["P", "I", "B", "won", "lost"]
 * data.months.groups[0].bars[0].text; //=> "CN¥800,000.00"
 * ```
 */
export function territoryChartData(review: TerritoryReview, options?: TerritoryChartOptions): TerritoryChartData {
  return territoryDataOf(review, territoryChartLocale("territoryChartData", review, options));
}

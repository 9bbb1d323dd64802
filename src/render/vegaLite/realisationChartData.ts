/** realisationChartData: a realisation track as chart data — each KPI's planned path and actuals, and the money realised against promised. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { KpiStatus, RealisationTrack } from "../../realise/trackRealisation.js";
import { renderArgumentError } from "../errors.js";
import type { RenderOptions } from "../options.js";
import { chartOptions, type ChartLocale } from "../_internal/chartOptions.js";
import { countedOf, isRealisationTrack, kpiOptionIssues, kpiValue, NOT_A_TRACK } from "../_internal/realiseText.js";

/** Options of {@link realisationChartData}: the locale, and one KPI by id (default every KPI). */
export interface RealisationChartOptions extends RenderOptions {
  /** The id of the one KPI to chart; without it, every KPI of the realisation. */
  readonly kpi?: string;
}

/** A point of a KPI's chart: a day, the exact value and its text with the unit. */
export interface RealisationPoint {
  readonly date: string;
  readonly value: Decimal;
  readonly text: string;
}

/** One KPI's chart: the planned path (a line) and the counted measurements (points). */
export interface RealisationKpiChart {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly title: string;
  readonly description: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly baseline: Decimal;
  readonly target: Decimal;
  /** "Target 48 days". */
  readonly targetText: string;
  readonly status: KpiStatus;
  /** The planned value at each month's end the track shows and on the as-of day, in date order. */
  readonly planned: readonly RealisationPoint[];
  /** The measurements that count (none a correction replaced), in date order. */
  readonly actuals: readonly RealisationPoint[];
}

/** One point of a cumulative money series: at `at` case periods (a fraction within the period under way), the cumulative net flow. */
export interface RealisationMoneyPoint {
  readonly period: number;
  readonly at: Decimal;
  readonly cumulative: Decimal;
  readonly text: string;
}

/** The four cumulative series of the money chart. */
export type RealisationMoneySeriesId = "promised" | "realised" | "forecastPlan" | "forecastTrend";

/** One series of the money chart. */
export interface RealisationMoneySeries {
  readonly id: RealisationMoneySeriesId;
  readonly label: string;
  readonly points: readonly RealisationMoneyPoint[];
}

/** The money chart: cumulative promised, realised (to date) and the two forecasts, nominal and unweighted. */
export interface RealisationMoneyChart {
  readonly title: string;
  readonly description: string;
  readonly currency: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly series: readonly RealisationMoneySeries[];
}

/** Everything the realisation's charts show, exact. */
export interface RealisationChartData {
  /** The title over every KPI's chart (or the one KPI's title). */
  readonly title: string;
  readonly asOf: string;
  /** "as of June 1, 2026". */
  readonly asOfText: string;
  readonly kpis: readonly RealisationKpiChart[];
  readonly money: RealisationMoneyChart;
}

/** Checks the subject and the options of a realisation chart; returns the chart locale. */
export function realisationChartLocale(fn: string, track: RealisationTrack, options: object | undefined, rules: Parameters<typeof chartOptions>[2] = {}): ChartLocale {
  if (!isRealisationTrack(track)) throw renderArgumentError(fn, "track", NOT_A_TRACK, "invalid_type");
  return chartOptions(fn, options, rules, (given, issues) => issues.push(...kpiOptionIssues(given, track.kpis)));
}

/** The chart data of a checked track. */
export function chartDataOf(track: RealisationTrack, locale: ChartLocale, kpi: string | undefined): RealisationChartData {
  const t = locale.locale.text.realise;
  const c = t.charts;
  const value = (v: Decimal, unit: string) => kpiValue((x) => locale.number(x), v, unit);
  const kpis = track.kpis
    .filter((tracked) => kpi === undefined || tracked.kpi.id === kpi)
    .map((tracked): RealisationKpiChart => {
      const { id, name, unit, baseline, target } = tracked.kpi;
      const byDate = new Map<string, Decimal>();
      for (const month of tracked.months) byDate.set(month.end, month.planned);
      byDate.set(track.asOf, tracked.plannedNow);
      const planned = [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, v]) => ({ date, value: v, text: value(v, unit) }));
      const actuals = countedOf(tracked).map((m) => ({ date: m.date, value: m.value, text: value(m.value, unit) }));
      const latest = tracked.latest === undefined ? c.noActual : t.valueOn(value(tracked.latest.value, unit), locale.date(tracked.latest.date));
      return {
        id,
        name,
        unit,
        title: c.kpiTitle(name),
        description: c.describeKpi(name, value(baseline, unit), value(target, unit), latest, t.status[tracked.status], actuals.length),
        xTitle: c.dateAxis,
        yTitle: c.valueAxis(unit),
        baseline,
        target,
        targetText: c.target(value(target, unit)),
        status: tracked.status,
        planned,
        actuals,
      };
    });

  const { money } = track;
  const currency = money.currency;
  const cumulative = (pick: (index: number) => Decimal, at: (index: number) => Decimal, count: number, id: RealisationMoneySeriesId, label: string): RealisationMoneySeries => {
    let sum = new Dec(0);
    const points = money.periods.slice(0, count).map((row, i) => {
      sum = sum.plus(pick(i));
      return { period: row.period, at: at(i), cumulative: sum, text: locale.money(sum, currency) };
    });
    return { id, label, points };
  };
  const periods = money.periods;
  const whole = (i: number) => new Dec(periods[i]!.period);
  const begun = periods.filter((row) => row.elapsed.gt(0)).length;
  const series = [
    cumulative((i) => periods[i]!.promised, whole, periods.length, "promised", c.promised),
    cumulative((i) => periods[i]!.realised, (i) => (periods[i]!.period === 0 ? new Dec(0) : new Dec(periods[i]!.period - 1).plus(periods[i]!.elapsed)), begun, "realised", c.realised),
    cumulative((i) => periods[i]!.forecastPlan, whole, periods.length, "forecastPlan", c.forecastPlan),
    cumulative((i) => periods[i]!.forecastTrend, whole, periods.length, "forecastTrend", c.forecastTrend),
  ];
  const total = (id: RealisationMoneySeriesId) => series.find((s) => s.id === id)!.points.at(-1)?.cumulative ?? new Dec(0);
  const m = (v: Decimal) => locale.money(v, currency);
  return deepFreeze({
    title: kpis.length === 1 ? kpis[0]!.title : c.kpisTitle,
    asOf: track.asOf,
    asOfText: c.asOf(locale.date(track.asOf)),
    kpis,
    money: {
      title: c.moneyTitle,
      description: c.describeMoney(m(money.realisedToDate), m(money.promisedToDate), m(total("forecastPlan")), m(total("forecastTrend")), m(total("promised"))),
      currency,
      xTitle: c.periodAxis,
      yTitle: c.moneyAxis(currency),
      series,
    },
  });
}

/**
 * The chart data of a realisation track, exact: for each KPI (or the one named by `kpi`) the planned
 * path — the planned value at each month's end the track shows and on the as-of day — and the
 * measurements that count (a measurement a correction replaced is left out), each with its text in the
 * KPI's unit; and for the money, four cumulative series over the case's periods, nominal and
 * unweighted: promised, realised to date (its last point within the period under way, at the share of
 * it elapsed), and the forecasts at completion by the plan and by the trend.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - `locale`, `kpi`
 * @returns the KPIs' charts and the money chart, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a realisation track, or listing every bad option (unknown locale, an unknown KPI…)
 *
 * @example
 * ```ts
 * const data = realisationChartData(track, { kpi: "k-dso" });
 * data.kpis[0].actuals.map((point) => point.text); //=> ["61 days", "57 days", "55 days"]
 * data.money.series.map((series) => series.id); //=> ["promised", "realised", "forecastPlan", "forecastTrend"]
 * ```
 */
export function realisationChartData(track: RealisationTrack, options?: RealisationChartOptions): RealisationChartData {
  const locale = realisationChartLocale("realisationChartData", track, options);
  return chartDataOf(track, locale, options?.kpi);
}

/**
 * trackRealisation: the value case against what was measured after the sale, as of a day — for each KPI
 * the planned path, every month's plan, actual and variance, the share of the improvement achieved, a
 * status by a stated rule and the milestones met or missed; in money, the case re-evaluated with each
 * period's actual driver values (its own formulas, never a ratio), realised to date against promised to
 * date, and two forecasts at completion (the plan for the rest; the KPIs' least-squares trend, not followed
 * past the target); and the
 * BVF's executive KPIs rolled up from the operational KPIs' actuals.
 */
import type { Bvf } from "../bvf/types.js";
import { rollUp, type BvfRollUp } from "../bvf/rollUp.js";
import { Dec, type Decimal } from "../numeric/decimal.js";
import { defineValueCase } from "../quantify/defineValueCase.js";
import { evaluate } from "../quantify/evaluate.js";
import type { ValueCase } from "../quantify/schema.js";
import type { Evaluation } from "../quantify/types.js";
import { asOfIssues } from "../_internal/asOf.js";
import { addDays, addMonths, dayNumber, periodEnd } from "./_internal/calendar.js";
import { RealiseArgumentError } from "./errors.js";
import type { Kpi, Measurement, Realisation } from "./schema.js";

/** A KPI's status at its latest measurement (docs/realise.md): the share of the planned improvement achieved. */
export type KpiStatus = "onTrack" | "atRisk" | "offTrack" | "notMeasured";

/** The thresholds of the status rule: achieved ÷ planned share at or above `onTrack` is on track, at or above `atRisk` at risk, else off track. */
export interface StatusThresholds {
  readonly onTrack: Decimal;
  readonly atRisk: Decimal;
}

/** The status rule's default thresholds: 0.9 and 0.6. */
export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = Object.freeze({ onTrack: new Dec("0.9"), atRisk: new Dec("0.6") });

/** Measurements the trend forecast fits its least-squares line to: the last six of each KPI. */
export const TREND_POINTS = 6;

/** A measurement as tracked: whether a later correction replaced it. */
export interface TrackedMeasurement extends Measurement {
  /** Index in `realisation.actuals`. */
  readonly index: number;
  /** True when a correction of the same date, written later, replaced it: kept as history, not counted. */
  readonly replaced: boolean;
}

/** One month of a KPI: the plan at its end, the latest measurement within it, the variance. */
export interface KpiMonth {
  /** `YYYY-MM` of the month's last day. */
  readonly month: string;
  /** The last day of the month (measurement periods run from `start`, a month each). */
  readonly end: string;
  readonly planned: Decimal;
  readonly actual: Decimal | undefined;
  /** actual − planned. */
  readonly variance: Decimal | undefined;
  /** variance ÷ |planned|, as a fraction. */
  readonly variancePercent: Decimal | undefined;
  /** The variance is in the KPI's good direction (or nil). */
  readonly favourable: boolean | undefined;
}

/** A milestone as of the day. */
export interface MilestoneState {
  readonly id: string;
  readonly label: string;
  readonly date: string;
  readonly value: Decimal;
  /** `met` when the latest measurement on or before its date reaches the value; `missed` when its date has passed without; else `pending`. */
  readonly state: "met" | "missed" | "pending";
  /** The measurement it was judged on, if any. */
  readonly measured: Decimal | undefined;
}

/** One KPI tracked. */
export interface TrackedKpi {
  readonly kpi: Kpi;
  readonly history: readonly TrackedMeasurement[];
  readonly latest: TrackedMeasurement | undefined;
  /** The planned value as of the day. */
  readonly plannedNow: Decimal;
  /** Share of the improvement (baseline → target) planned by the latest measurement's date, 0 … 1. */
  readonly plannedShare: Decimal | undefined;
  /** Share of the improvement achieved at the latest measurement: attainment of the target (1 = reached). */
  readonly achievedShare: Decimal | undefined;
  readonly status: KpiStatus;
  readonly months: readonly KpiMonth[];
  readonly milestones: readonly MilestoneState[];
  /** The driver it sets and the value the latest measurement gives it. */
  readonly driver: { readonly id: string; readonly value: Decimal } | undefined;
  /** The value the least-squares line through the last measurements gives at the horizon's end, not past the target. */
  readonly trendAtEnd: Decimal | undefined;
}

/** One period of the case in money. */
export interface MoneyPeriod {
  readonly period: number;
  /** First and last day (period 0 is the start day alone). */
  readonly from: string;
  readonly to: string;
  /** Share of the period elapsed as of the day, 0 … 1. */
  readonly elapsed: Decimal;
  /** The case's net flow for the period, unweighted. */
  readonly promised: Decimal;
  /** The part of it due by the day. */
  readonly promisedToDate: Decimal;
  /** The net flow realised by the day: the case re-evaluated with the measured driver values — recurring lines at the full rate of each stretch between measurements, one-time lines at the stock measured by the day. */
  readonly realised: Decimal;
  /** Realised for the part elapsed, then the plan. */
  readonly forecastPlan: Decimal;
  /** Realised for the part elapsed, then the KPIs' trend (a one-time line begun: the stock the trend reaches by the horizon's end). */
  readonly forecastTrend: Decimal;
}

/** The case in money, realised against promised. */
export interface MoneyTrack {
  readonly currency: string;
  readonly periods: readonly MoneyPeriod[];
  readonly promisedToDate: Decimal;
  readonly realisedToDate: Decimal;
  /** realised − promised to date. */
  readonly varianceToDate: Decimal;
  /** The case's NPV (unweighted: realisation measures what happens, not a probability) and its risk-weighted NPV beside. */
  readonly promisedNpv: Decimal;
  readonly promisedWeightedNpv: Decimal;
  /** NPV of realised-then-plan and of realised-then-trend, at the case's period rate. */
  readonly forecastNpvPlan: Decimal;
  readonly forecastNpvTrend: Decimal;
}

/** What trackRealisation gives. */
export interface RealisationTrack {
  readonly asOf: string;
  readonly start: string;
  /** The day the case's horizon ends. */
  readonly end: string;
  readonly kpis: readonly TrackedKpi[];
  readonly money: MoneyTrack;
  /** The BVF rolled up from the operational KPIs' actuals (measured ones as measured, unmeasured at none), and as planned. */
  readonly rollUp: { readonly actual: BvfRollUp; readonly planned: BvfRollUp } | undefined;
}

/** Options of {@link trackRealisation}. */
export interface TrackOptions {
  /** The value case the realisation proves. */
  readonly valueCase: ValueCase;
  /** Today (ISO date): required, valueframe reads no clock. */
  readonly asOf: string;
  /** The BVF: with it, the roll-up to executive KPIs. */
  readonly bvf?: Bvf | undefined;
  /** The status rule's thresholds (default 0.9 and 0.6). */
  readonly thresholds?: StatusThresholds | undefined;
}

/**
 * Tracks a realisation as of a day. The planned path of each KPI runs from its baseline to its target as
 * its `line` is realised in the case — a one-time line over its start period, a recurring line by its
 * ramp-up, linear within each period — or through its explicit `plan` points, or straight over the
 * horizon. Money: each case period's flows come from `evaluate` with the drivers the KPIs set from the
 * latest measurement by the period's end (or the day); a recurring line counts for the share of its
 * period elapsed; a one-time line counts in full once its period has begun, at the stock the
 * measurements have reached by the day (working capital released by the days gained so far, even after
 * its period). Promised to date counts every line pro rata, as the planned path moves linearly within a
 * period. Costs follow the case unless a KPI sets a cost driver.
 *
 * @param realisation - a realisation from {@link defineRealisation}
 * @param options - `valueCase` and `asOf` (required), `bvf`, `thresholds`
 * @returns the KPIs, the money and the roll-up, deep-frozen
 * @throws {RealiseArgumentError} (code `REALISE_INVALID_ARGUMENT`) for a missing case, a bad `asOf`, or a
 *   driver or line the case does not have
 *
 * @example
 * ```ts
 * const track = trackRealisation(realisation, { valueCase, asOf: "2026-12-06" });
 * track.kpis[0].status; //=> "atRisk" (the distributor's DSO at 51.5 days against 48 planned)
 * track.money.realisedToDate.toFixed(2); //=> the case's flows with the measured DSO, e.g. "19358191.78"
 * ```
 */
export function trackRealisation(realisation: Realisation, options: TrackOptions): RealisationTrack {
  const issues = [...asOfIssues(options?.asOf), ...(options?.asOf === undefined ? [{ path: ["asOf"], code: "invalid_type", message: "required: today, as an ISO date (valueframe reads no clock)" }] : [])];
  if (options?.valueCase == null) issues.push({ path: ["valueCase"], code: "invalid_type", message: "required: the value case the realisation proves" });
  else {
    // The realisation may have been defined without this case: its links are checked against it here.
    const drivers = new Set(options.valueCase.drivers.map((d) => d.id));
    const lines = new Set(options.valueCase.lines.map((l) => l.id));
    realisation.kpis.forEach((kpi, k) => {
      if (kpi.sets !== undefined && !drivers.has(kpi.sets.driver)) issues.push({ path: ["realisation", "kpis", k, "sets", "driver"], code: "unknown_reference", message: `the case has no driver "${kpi.sets.driver}"` });
      if (kpi.line !== undefined && !lines.has(kpi.line)) issues.push({ path: ["realisation", "kpis", k, "line"], code: "unknown_reference", message: `the case has no line "${kpi.line}"` });
    });
  }
  if (issues.length > 0) throw new RealiseArgumentError(issues, "trackRealisation options");
  const { valueCase, asOf } = options;
  const thresholds = options.thresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const base = evaluate(valueCase);
  const { start } = realisation;
  const H = valueCase.horizon;
  const ends = Array.from({ length: H + 1 }, (_, p) => periodEnd(start, valueCase.period, p));
  const end = ends[H]!;
  const day = (date: string) => dayNumber(date);

  // Measurements per KPI, by date; a later correction replaces what it corrects (kept as history).
  const histories = new Map<string, TrackedMeasurement[]>();
  const lastOfDay = new Map<string, number>();
  realisation.actuals.forEach((measurement, index) => {
    if (measurement.date > asOf) return;
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    if (!lastOfDay.has(key) || measurement.correction) lastOfDay.set(key, index);
  });
  realisation.actuals.forEach((measurement, index) => {
    if (measurement.date > asOf) return;
    const list = histories.get(measurement.kpi) ?? [];
    list.push(Object.freeze({ ...measurement, index, replaced: lastOfDay.get(`${measurement.kpi}\u0000${measurement.date}`) !== index }));
    histories.set(measurement.kpi, list);
  });
  for (const list of histories.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  const countedById = new Map([...histories].map(([id, list]) => [id, list.filter((m) => !m.replaced)]));
  const counted = (id: string): readonly TrackedMeasurement[] => countedById.get(id) ?? [];
  /** The latest counted measurement on or before a day (a binary search: one date each). */
  const latestBy = (id: string, date: string): TrackedMeasurement | undefined => {
    const list = counted(id);
    let [low, high] = [0, list.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle]!.date <= date) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? undefined : list[low - 1];
  };

  const shareOf = (kpi: Kpi, value: Decimal) => value.minus(kpi.baseline).div(kpi.target.minus(kpi.baseline));
  const plan = (kpi: Kpi) => plannedShareAt(kpi, valueCase, base, start, ends);
  const months = monthEnds(start, asOf, end);

  const kpis = realisation.kpis.map((kpi): TrackedKpi => {
    const planned = plan(kpi);
    const history = Object.freeze(histories.get(kpi.id) ?? []);
    const latest = latestBy(kpi.id, asOf);
    const valueAt = (date: string) => kpi.baseline.plus(kpi.target.minus(kpi.baseline).times(planned(day(date))));
    const plannedShare = latest === undefined ? undefined : planned(day(latest.date));
    const achievedShare = latest === undefined ? undefined : shareOf(kpi, latest.value);
    const rows = months.map(({ from, to }): KpiMonth => {
      const last = latestBy(kpi.id, to);
      const inMonth = last !== undefined && last.date >= from ? last : undefined;
      const plannedValue = valueAt(to);
      const variance = inMonth?.value.minus(plannedValue);
      return Object.freeze({
        month: to.slice(0, 7),
        end: to,
        planned: plannedValue,
        actual: inMonth?.value,
        variance,
        variancePercent: variance === undefined || plannedValue.isZero() ? undefined : variance.div(plannedValue.abs()),
        favourable: variance === undefined ? undefined : variance.isZero() || (kpi.direction === "increase" ? variance.isPositive() : variance.isNegative()),
      });
    });
    const milestones = kpi.milestones.map((milestone): MilestoneState => {
      const measured = latestBy(kpi.id, milestone.date < asOf ? milestone.date : asOf)?.value;
      const reached = measured !== undefined && (kpi.direction === "increase" ? measured.gte(milestone.value) : measured.lte(milestone.value));
      return Object.freeze({ id: milestone.id, label: milestone.label, date: milestone.date, value: milestone.value, state: reached ? "met" : milestone.date < asOf ? "missed" : "pending", measured });
    });
    return Object.freeze({
      kpi,
      history,
      latest,
      plannedNow: valueAt(asOf),
      plannedShare,
      achievedShare,
      status: statusOf(plannedShare, achievedShare, thresholds),
      months: Object.freeze(rows),
      milestones: Object.freeze(milestones),
      driver: kpi.sets === undefined || latest === undefined ? undefined : Object.freeze({ id: kpi.sets.driver, value: driverValue(kpi, latest.value, valueCase) }),
      trendAtEnd: ((trend) => (trend === undefined ? undefined : capAtTarget(kpi, trend(day(end)))))(trendLine(counted(kpi.id))),
    });
  });

  const money = trackMoney(realisation, { valueCase, base, asOf, ends, latestBy, counted });
  const bvf = options.bvf;
  const rolled =
    bvf === undefined
      ? undefined
      : Object.freeze({
          actual: rollUp(bvf, {
            improvements: Object.fromEntries(
              bvf.operationalKpis.map((o) => {
                const tracked = kpis.find((k) => k.kpi.operationalKpi === o.id && k.latest !== undefined);
                return [o.id, tracked === undefined ? new Dec(0) : percentBetter(tracked.kpi, tracked.latest!.value)];
              }),
            ),
          }),
          planned: rollUp(bvf),
        });
  return Object.freeze({ asOf, start, end, kpis: Object.freeze(kpis), money, rollUp: rolled });
}

/** The status rule: no measurement → notMeasured; nothing planned yet → on track unless worse than the baseline; else achieved ÷ planned against the thresholds. */
function statusOf(planned: Decimal | undefined, achieved: Decimal | undefined, thresholds: StatusThresholds): KpiStatus {
  if (planned === undefined || achieved === undefined) return "notMeasured";
  if (!planned.gt(0)) return achieved.lt(0) ? "atRisk" : "onTrack";
  const ratio = achieved.div(planned);
  return ratio.gte(thresholds.onTrack) ? "onTrack" : ratio.gte(thresholds.atRisk) ? "atRisk" : "offTrack";
}

/** How the KPI sets its driver from a measured value. */
function driverValue(kpi: Kpi, value: Decimal, valueCase: ValueCase): Decimal {
  switch (kpi.sets!.as) {
    case "actual":
      return value;
    case "gain":
      return kpi.direction === "decrease" ? kpi.baseline.minus(value) : value.minus(kpi.baseline);
    case "share": {
      const driver = valueCase.drivers.find((d) => d.id === kpi.sets!.driver)!;
      return new Dec(driver.value).times(value.minus(kpi.baseline).div(kpi.target.minus(kpi.baseline)));
    }
  }
}

/** Percent better than the baseline in the KPI's direction, as the BVF roll-up reads improvements. */
function percentBetter(kpi: Kpi, value: Decimal): Decimal {
  const change = value.minus(kpi.baseline).div(kpi.baseline.abs()).times(100);
  return kpi.direction === "increase" ? change : change.negated();
}

/** The months from `start` that have begun by `asOf`, within the horizon (which ends at `end`): each month's first and last day. */
function monthEnds(start: string, asOf: string, end: string): { readonly from: string; readonly to: string }[] {
  const rows: { from: string; to: string }[] = [];
  for (let k = 1; ; k++) {
    const from = addMonths(start, k - 1);
    if (from > asOf || from >= end) break;
    const next = addMonths(start, k);
    rows.push({ from, to: addDays(next, -1) });
  }
  return rows;
}

/**
 * The planned share of the improvement as a function of the day: through the explicit plan points, else
 * the line's level at each period's end (a one-time line: its cumulative share; a recurring one: its
 * share ÷ its full share), linear within each period; else straight over the horizon.
 */
function plannedShareAt(kpi: Kpi, valueCase: ValueCase, base: Evaluation, start: string, ends: readonly string[]): (day: number) => Decimal {
  const t0 = dayNumber(start);
  const tEnd = dayNumber(ends.at(-1)!);
  if (kpi.plan !== undefined && kpi.plan.length > 0) {
    const points = [{ t: t0, share: new Dec(0) }, ...[...kpi.plan].sort((a, b) => (a.date < b.date ? -1 : 1)).map((p) => ({ t: dayNumber(p.date), share: p.value.minus(kpi.baseline).div(kpi.target.minus(kpi.baseline)) }))];
    return (t) => piecewise(points, t);
  }
  const line = kpi.line === undefined ? undefined : base.lines.find((l) => l.id === kpi.line);
  const written = kpi.line === undefined ? undefined : valueCase.lines.find((l) => l.id === kpi.line);
  if (line === undefined || written === undefined) return (t) => clampShare(new Dec(t - t0).div(Math.max(1, tEnd - t0)));
  let running = new Dec(0);
  const full = line.shares.reduce((max, s) => (s.gt(max) ? s : max), new Dec(0));
  const levels = line.shares.map((share) => {
    if (written.recurrence === "once") return (running = running.plus(share));
    return full.isZero() ? new Dec(0) : share.div(full);
  });
  const points = ends.map((date, p) => ({ t: dayNumber(date), share: levels[p] ?? new Dec(0) }));
  // Before period 1 the level is period 0's (the start instant); within period p it moves from p − 1's to p's.
  return (t) => piecewise(points, t);
}

/** Linear interpolation through points sorted by t; flat before the first and after the last. */
function piecewise(points: readonly { readonly t: number; readonly share: Decimal }[], t: number): Decimal {
  if (t <= points[0]!.t) return points[0]!.share;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (t <= b.t) return b.t === a.t ? b.share : a.share.plus(b.share.minus(a.share).times(t - a.t).div(b.t - a.t));
  }
  return points.at(-1)!.share;
}

const clampShare = (share: Decimal): Decimal => (share.lt(0) ? new Dec(0) : share.gt(1) ? new Dec(1) : share);

/** A trend value not followed past the KPI's target: the case promises no more, and a straight line runs past any physical limit. */
function capAtTarget(kpi: Kpi, value: Decimal): Decimal {
  return kpi.direction === "decrease" ? (value.lt(kpi.target) ? kpi.target : value) : value.gt(kpi.target) ? kpi.target : value;
}

/** The least-squares line through the last {@link TREND_POINTS} measurements (value against day), or the last value flat when there are fewer than two. */
function trendLine(measurements: readonly Measurement[]): ((day: number) => Decimal) | undefined {
  const points = measurements.slice(-TREND_POINTS).map((m) => ({ x: new Dec(dayNumber(m.date)), y: m.value }));
  if (points.length === 0) return undefined;
  if (points.length === 1) return () => points[0]!.y;
  const n = new Dec(points.length);
  const meanX = points.reduce((s, p) => s.plus(p.x), new Dec(0)).div(n);
  const meanY = points.reduce((s, p) => s.plus(p.y), new Dec(0)).div(n);
  const sxx = points.reduce((s, p) => s.plus(p.x.minus(meanX).pow(2)), new Dec(0));
  const sxy = points.reduce((s, p) => s.plus(p.x.minus(meanX).times(p.y.minus(meanY))), new Dec(0));
  if (sxx.isZero()) return () => meanY;
  const slope = sxy.div(sxx);
  return (day) => meanY.plus(slope.times(new Dec(day).minus(meanX)));
}

interface MoneyContext {
  readonly valueCase: ValueCase;
  readonly base: Evaluation;
  readonly asOf: string;
  readonly ends: readonly string[];
  readonly latestBy: (id: string, date: string) => Measurement | undefined;
  readonly counted: (id: string) => readonly Measurement[];
}

/** The case in money: each period re-evaluated with its actual driver values, realised against promised, and the forecasts. */
function trackMoney(realisation: Realisation, context: MoneyContext): MoneyTrack {
  const { valueCase, base, asOf, ends } = context;
  const setting = realisation.kpis.filter((kpi) => kpi.sets !== undefined);
  // The case without its ramp-ups: measured drivers say how far the customer has come, so a recurring
  // line is realised at the full rate they give (the ramp-up is the plan's guess at that progress).
  const flatCase = defineValueCase({ ...valueCase, lines: valueCase.lines.map(({ rampUp: _rampUp, ...line }) => line) } as never);
  const cache = new Map<string, Evaluation>();
  const evaluateWith = (drivers: Record<string, Decimal>, flat = false): Evaluation => {
    const key = `${flat ? "flat" : "case"}:${JSON.stringify(drivers)}`;
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = Object.keys(drivers).length === 0 && !flat ? base : evaluate(flat ? flatCase : valueCase, { drivers })));
    return found;
  };
  /** The drivers the KPIs set from the measurements by a day (no measurement: no gain, the baseline, no share). */
  const actualDrivers = (date: string): Record<string, Decimal> =>
    Object.fromEntries(setting.map((kpi) => [kpi.sets!.driver, driverValue(kpi, context.latestBy(kpi.id, date)?.value ?? kpi.baseline, valueCase)]));
  // A KPI with fewer than two measurements has no trend: the trend forecast takes the case's own value for its driver.
  const trends = new Map(setting.map((kpi) => [kpi.id, context.counted(kpi.id).length < 2 ? undefined : trendLine(context.counted(kpi.id))]));
  const trendDrivers = (date: string): Record<string, Decimal> =>
    Object.fromEntries(
      setting.map((kpi) => {
        const trend = trends.get(kpi.id);
        const own = valueCase.drivers.find((d) => d.id === kpi.sets!.driver)!;
        return [kpi.sets!.driver, trend === undefined ? new Dec(own.value) : driverValue(kpi, capAtTarget(kpi, trend(dayNumber(date))), valueCase)];
      }),
    );
  // The days on which a measured driver changes: a recurring line's realised flow is a step function between them.
  const changes = [...new Set(setting.flatMap((kpi) => context.counted(kpi.id).map((m) => m.date)))].sort();

  const once = new Set(valueCase.lines.filter((l) => l.recurrence === "once").map((l) => l.id));
  /** Σ of a period's flows over the one-time lines of an evaluation. */
  const onceFlows = (evaluation: Evaluation, p: number): Decimal => evaluation.lines.reduce((sum, line) => (once.has(line.id) ? sum.plus(line.flows[p] ?? new Dec(0)) : sum), new Dec(0));
  /** Σ of a period's flows over the recurring lines of an evaluation (of the case, or of the case without its ramp-ups). */
  const recurringFlows = (evaluation: Evaluation, p: number): Decimal =>
    evaluation.lines.reduce((sum, line) => (once.has(line.id) ? sum : sum.plus(line.flows[p] ?? new Dec(0))), new Dec(0));
  const end = ends.at(-1)!;
  // A one-time line's amount is a stock: what the measurements have reached by the day, and by the trend at the horizon's end.
  const now = evaluateWith(actualDrivers(asOf < end ? asOf : end));
  const trendAtEnd = evaluateWith(trendDrivers(end));

  const periods = ends.map((periodEnd, p): MoneyPeriod => {
    // Period p runs from the day period p − 1 ends up to the day before its own end; period 0 is the start day.
    const first = p === 0 ? realisation.start : ends[p - 1]!;
    const to = p === 0 ? realisation.start : addDays(periodEnd, -1);
    const span = p === 0 ? 1 : dayNumber(periodEnd) - dayNumber(first);
    const elapsedDays = p === 0 ? (asOf >= realisation.start ? 1 : 0) : Math.min(span, Math.max(0, dayNumber(asOf) - dayNumber(first)));
    const elapsed = new Dec(elapsedDays).div(span);
    const rest = new Dec(1).minus(elapsed);
    const begun = elapsed.gt(0);
    const promised = recurringFlows(base, p).plus(onceFlows(base, p));
    const promisedToDate = promised.times(elapsed);
    // Recurring lines: each stretch between changes of a measured driver at the full-rate flow those drivers
    // give, for its share of the period; only what a period needs is evaluated.
    let recurringRealised = new Dec(0);
    if (begun && p > 0) {
      const stop = Math.min(dayNumber(first) + elapsedDays, dayNumber(periodEnd));
      const cuts = [dayNumber(first), ...changes.map(dayNumber).filter((d) => d > dayNumber(first) && d < stop), stop];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const drivers = actualDrivers(addDays(first, cuts[i]! - dayNumber(first)));
        recurringRealised = recurringRealised.plus(recurringFlows(evaluateWith(drivers, true), p).times(cuts[i + 1]! - cuts[i]!).div(span));
      }
    } else if (begun) recurringRealised = recurringFlows(evaluateWith(actualDrivers(realisation.start), true), 0);
    const recurringPlan = recurringFlows(base, p).times(rest);
    const recurringTrend = rest.gt(0) ? recurringFlows(evaluateWith(trendDrivers(to), true), p).times(rest) : new Dec(0);
    // One-time lines: in full once their period has begun, at the stock measured by the day; the plan
    // expects the promised amount while the period runs, and nothing more once it has ended.
    const onceRealised = begun ? onceFlows(now, p) : new Dec(0);
    const oncePlan = rest.gt(0) ? onceFlows(base, p) : onceRealised;
    const onceTrend = begun ? onceFlows(trendAtEnd, p) : onceFlows(evaluateWith(trendDrivers(to)), p);
    return Object.freeze({
      period: p,
      from: first,
      to,
      elapsed,
      promised,
      promisedToDate,
      realised: recurringRealised.plus(onceRealised),
      forecastPlan: recurringRealised.plus(recurringPlan).plus(oncePlan),
      forecastTrend: recurringRealised.plus(recurringTrend).plus(onceTrend),
    });
  });
  const sum = (pick: (row: MoneyPeriod) => Decimal) => periods.reduce((s, row) => s.plus(pick(row)), new Dec(0));
  const npvOf = (flows: readonly Decimal[]) => flows.reduce((s, flow, t) => s.plus(flow.div(new Dec(1).plus(base.periodRate).pow(t))), new Dec(0));
  const promisedToDate = sum((r) => r.promisedToDate);
  const realisedToDate = sum((r) => r.realised);
  return Object.freeze({
    currency: base.currency,
    periods: Object.freeze(periods),
    promisedToDate,
    realisedToDate,
    varianceToDate: realisedToDate.minus(promisedToDate),
    promisedNpv: base.unadjusted.npv,
    promisedWeightedNpv: base.weighted.npv,
    forecastNpvPlan: npvOf(periods.map((r) => r.forecastPlan)),
    forecastNpvTrend: npvOf(periods.map((r) => r.forecastTrend)),
  });
}

/**
 * English strings of value realisation (valueframe/realise): the quarterly business review of a case
 * after the sale — realised against promised in money, each KPI against its planned path, the months,
 * the milestones, the BVF rolled up from actuals, every measurement with its corrections, the method —
 * and the words of its charts. Part of `text` (its `realise` block); the zh-CN file holds the same keys.
 */

/** English words of a realisation. */
export const realise = {
  title: "Value realisation: the case against what was measured",
  asOf: (date: string, start: string): string => `As of ${date}, for the quarterly business review (QBR); the case started on ${start}.`,
  sections: {
    kpis: "KPIs against plan",
    months: "Month by month: plan, actual, variance",
    milestones: "Milestones",
    money: "Realised against promised, by case period",
    rollUp: "Roll-up to the executive KPIs",
    measurements: "Measurements",
    method: "How these figures are computed",
  },
  /** The summary's figures, each labelled with what it is: unweighted, its period basis, to date or at completion. */
  summary: {
    realisedToDate: "Realised to date (unweighted; recurring lines for the share of their period elapsed, one-time lines at the amount measured so far)",
    promisedToDate: "Promised to date (unweighted; every line for the share of its period elapsed)",
    varianceToDate: "Variance to date (realised − promised)",
    promisedNpv: "Promised NPV at completion (unweighted; discounted at the case's period rate)",
    promisedWeightedNpv: "Promised NPV at completion (probability-weighted)",
    forecastNpvPlan: "Forecast NPV at completion by the plan (unweighted; realised to date, then the plan)",
    forecastNpvTrend: "Forecast NPV at completion by the trend (unweighted; realised to date, then the KPIs' trend)",
    kpis: "KPIs",
    kpiCounts: (onTrack: number, atRisk: number, offTrack: number, notMeasured: number): string =>
      `${onTrack} on track, ${atRisk} at risk, ${offTrack} off track${notMeasured === 0 ? "" : `, ${notMeasured} not measured`}`,
    milestones: "Milestones",
    milestoneCounts: (met: number, missed: number, pending: number): string => `${met} met, ${missed} missed, ${pending} pending`,
    missed: "Missed",
    /** A milestone in a sentence: its label, KPI and date. */
    milestoneRef: (label: string, kpi: string, date: string): string => `${label} (${kpi}, ${date})`,
  },
  /** A KPI's status by the rule of the method section. */
  status: { onTrack: "on track", atRisk: "at risk", offTrack: "off track", notMeasured: "not measured" },
  milestoneStates: { met: "met", missed: "missed", pending: "pending" },
  kpiColumns: {
    kpi: "KPI",
    unit: "Unit",
    goal: "Goal",
    baseline: "Baseline",
    target: "Target",
    latest: "Latest actual",
    plannedNow: "Planned now",
    achieved: "Achieved",
    planned: "Planned by then",
    status: "Status",
    measuredBy: "Measured by",
  },
  /** A value and the day it was measured: "55 (May 31, 2026)". */
  valueOn: (value: string, date: string): string => `${value} (${date})`,
  sharesNote: "Achieved and planned are shares of the improvement from the baseline to the target (100% = the target reached), at the latest measurement.",
  monthColumns: { month: "Month", planned: "Planned", actual: "Actual", variance: "Variance", variancePercent: "Variance %", favourable: "Favourable" },
  /** The KPI a month table is of: "**Days sales outstanding** (days): baseline 62, target 48". */
  kpiLine: (kpi: string, unit: string, baseline: string, target: string): string => `${kpi} (${unit}): baseline ${baseline}, target ${target}`,
  monthsNote: "Planned is the planned path at the month's end; actual the latest measurement within the month; variance = actual − planned, and its percent of the planned value.",
  notMeasured: "not measured",
  milestoneColumns: { kpi: "KPI", milestone: "Milestone", date: "Date", value: "Value", measured: "Measured by then", state: "State" },
  moneyColumns: {
    period: "Period",
    dates: "From – to",
    elapsed: "Elapsed",
    promised: "Promised",
    promisedToDate: "Promised to date",
    realised: "Realised",
    forecastPlan: "Forecast by the plan",
    forecastTrend: "Forecast by the trend",
  },
  /** A column header with its currency: "Promised (CNY)". */
  inCurrency: (label: string, currency: string): string => `${label} (${currency})`,
  /** A span of days: "Dec 1, 2025 – Dec 1, 2026". */
  range: (from: string, to: string): string => `${from} – ${to}`,
  total: "Total",
  moneyNote: "Nominal net flows of each case period, unweighted. Promised is the case as evaluated; realised is the case re-evaluated with the drivers the KPIs set from the measurements. Both forecasts count what was realised, then the plan or the KPIs' trend for the rest.",
  rollUpColumns: { kpi: "Executive KPI", planned: "Estimate at target", actual: "Estimate from actuals", difference: "Difference" },
  rollUpNote: "Percent better than the baseline, whichever way the KPI moves: the BVF rolled up from the operational KPIs at their targets, and from their latest actuals (a KPI not yet measured counts as no improvement).",
  measurementColumns: { date: "Date", value: "Value", source: "Source", confidence: "Confidence", state: "Counted", note: "Note" },
  counted: "counted",
  correction: "counted (correction)",
  replaced: "replaced by a correction",
  noMeasurements: "No measurement yet.",
  /** The method in words; thresholds and counts already formatted. */
  method: {
    plan: "The planned path runs from the baseline to the target as the case plans the KPI: through its written plan points; else as its value line is realised in the case (a one-time line over its start period, a recurring line by its ramp-up), linear within each period; else straight over the case's horizon.",
    status: (onTrack: string, atRisk: string): string =>
      `Status compares the share of the improvement achieved at the latest measurement with the share planned by that day: at least ${onTrack} of the planned share is on track, at least ${atRisk} at risk, less is off track; a KPI without a measurement is not measured.`,
    corrections: "A measurement marked as a correction replaces the measurements of its KPI on its date; they are kept and shown as history but not counted.",
    realised: "Realised money is the case's own formulas re-run with the drivers each KPI sets from its measurements: a recurring line at the full rate the measured drivers give (the case's ramp-up divided out, since the measurements say how far the customer has come), stretch by stretch between measurements, for the share of its period elapsed; a one-time line in full once its period has begun, at the amount the measurements have reached by the day. Promised to date counts every line of the case for the share of its period elapsed. Nothing is scaled by a ratio.",
    forecasts: (points: string): string =>
      `The forecast by the plan adds the case's plan for the rest of each period to what was realised; the forecast by the trend adds the case re-evaluated with each KPI on the least-squares line through its last ${points} counted measurements, not followed past its target. Their NPVs are discounted at the case's period rate, unweighted, like the promised NPV they are set against.`,
    rollUp: "The roll-up reads each operational KPI's latest actual as percent better than its baseline and passes it up through the BVF's weights and elasticities; the estimate at target is the BVF's own, with every KPI at its target.",
  },
  /** The charts (realisationKpiSvg, realisationMoneySvg and their Vega-Lite specs). */
  charts: {
    kpiTitle: (kpi: string): string => `${kpi}: planned against actual`,
    kpisTitle: "KPIs: planned against actual",
    planned: "Planned path",
    actual: "Actual",
    target: (value: string): string => `Target ${value}`,
    asOf: (date: string): string => `as of ${date}`,
    dateAxis: "Date",
    valueAxis: (unit: string): string => unit,
    point: (what: string, date: string, value: string): string => `${what}, ${date}: ${value}`,
    describeKpi: (kpi: string, baseline: string, target: string, latest: string, status: string, count: number): string =>
      `${kpi}: the planned path from the baseline ${baseline} towards the target ${target}, and ${count} ${count === 1 ? "measurement" : "measurements"} as points; latest ${latest}, ${status}.`,
    noActual: "none yet",
    separator: " ",
    moneyTitle: "Realised against promised (cumulative, nominal, unweighted)",
    moneyAxis: (currency: string): string => `Cumulative net flow (${currency})`,
    periodAxis: "Case period",
    promised: "Promised",
    realised: "Realised",
    forecastPlan: "Forecast by the plan",
    forecastTrend: "Forecast by the trend",
    describeMoney: (realised: string, promised: string, plan: string, trend: string, total: string): string =>
      `Cumulative net flow by case period: realised to date ${realised} against ${promised} promised to date; at completion ${total} promised, forecast ${plan} by the plan and ${trend} by the trend.`,
  },
};

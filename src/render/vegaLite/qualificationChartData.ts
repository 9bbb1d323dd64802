/**
 * qualificationChartData: a qualification as chart data — the customer's purchase criteria (each
 * supplier's score per criterion, the weights, the weighted totals and ranks), the customer value matrix
 * (the deal placed on short-term gain × long-term impact) and the opening grid (home turf × who leads,
 * each cell's group and strategy, the deal's cell). The Vega-Lite specs and the SVG pictures are drawn
 * from it, so the two never disagree.
 */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import { compareSuppliers, type PurchaseCriteria } from "../../qualify/purchaseCriteria.js";
import { categoryCommitment, leaders, opening, openings, turfs, valueMatrix } from "../../qualify/positioning.js";
import type { Qualification } from "../../qualify/schema.js";
import { renderArgumentError } from "../errors.js";
import type { RenderOptions } from "../options.js";
import { chartOptions, type ChartLocale } from "../_internal/chartOptions.js";
import { qualifyPalette } from "../_internal/chartStyle.js";
import { criteriaOf, isQualification, NOT_A_QUALIFICATION, supplierLabel } from "../_internal/qualifyText.js";

/** Options of a qualification chart's Vega-Lite spec and SVG picture: the locale and the plot's size. */
export interface QualificationChartOptions extends RenderOptions {
  /** Width of the plot in pixels (default 640). */
  readonly width?: number;
  /** Height of the plot in pixels (default 360; the criteria and the opening grid grow taller when their words need it). */
  readonly height?: number;
}

/** A criterion as the chart labels it. */
export interface PurchaseCriteriaChartCriterion {
  readonly id: string;
  readonly name: string;
  readonly weight: Decimal;
  /** The weight's share of all weights, 0 … 1. */
  readonly share: Decimal;
  /** "Price (weight 35, 35%)". */
  readonly label: string;
  readonly weightText: string;
  readonly shareText: string;
}

/** A supplier with its colour, weighted total and rank. */
export interface PurchaseCriteriaChartSupplier {
  readonly id: string;
  /** Its name, ours marked: "Lianyun (us)". */
  readonly label: string;
  readonly us: boolean;
  readonly color: string;
  readonly total: Decimal;
  readonly totalText: string;
  readonly rank: number;
  /** "3.95, rank 1". */
  readonly totalRankText: string;
  /** "Global ERP, Weighted total: 3.95, rank 1". */
  readonly totalTip: string;
}

/** One bar: a supplier's score on a criterion. */
export interface PurchaseCriteriaBar {
  readonly criterion: string;
  readonly supplier: string;
  readonly score: Decimal;
  readonly text: string;
  /** "Global ERP, Price: 5". */
  readonly tip: string;
}

/** Everything the purchase-criteria chart shows. */
export interface PurchaseCriteriaData {
  readonly title: string;
  readonly description: string;
  readonly criterionTitle: string;
  readonly scoreTitle: string;
  readonly totalsLabel: string;
  /** The customer's scale. */
  readonly scale: { readonly min: Decimal; readonly max: Decimal };
  /** In the table's order. */
  readonly criteria: readonly PurchaseCriteriaChartCriterion[];
  /** In the table's order. */
  readonly suppliers: readonly PurchaseCriteriaChartSupplier[];
  /** Criterion by criterion, suppliers in the table's order. */
  readonly bars: readonly PurchaseCriteriaBar[];
}

/** A quadrant of the value matrix. */
export interface ValueMatrixQuadrant {
  readonly category: 1 | 2 | 3 | 4;
  readonly bigGain: boolean;
  readonly highImpact: boolean;
  /** "1 — big business, high impact". */
  readonly label: string;
  /** What to commit in it. */
  readonly commitment: string;
  readonly color: string;
  /** Whether the deal sits in it. */
  readonly deal: boolean;
}

/** Everything the value matrix shows. */
export interface ValueMatrixData {
  readonly title: string;
  readonly description: string;
  readonly gainTitle: string;
  readonly impactTitle: string;
  readonly currency: string | undefined;
  readonly gain: Decimal;
  readonly gainText: string;
  readonly bigGain: Decimal;
  readonly bigGainText: string;
  /** The mean of the three impacts, 1 … 5. */
  readonly impact: Decimal;
  readonly impactText: string;
  readonly highImpact: Decimal;
  readonly highImpactText: string;
  /** The threshold lines' labels. */
  readonly bigGainLabel: string;
  readonly highImpactLabel: string;
  /** "This deal: CN¥1,720,000.00, impact 3.33". */
  readonly dealLabel: string;
  readonly category: 1 | 2 | 3 | 4;
  /** The four quadrants, 1 … 4. */
  readonly quadrants: readonly ValueMatrixQuadrant[];
  /**
   * Where the deal is drawn, 0 … 1 across each axis of the matrix, the threshold at 0.5 on both: below a
   * threshold the figure's share of it places the deal in the lower half, above it the excess over it (up
   * to as much again across, up to 5 up) in the upper half; up, in the lower part of each half, under the
   * category's words. For plotting only; the texts carry the exact figures.
   */
  readonly position: { readonly x: number; readonly y: number };
}

/** A cell of the opening grid. */
export interface OpeningGridCell {
  readonly turf: (typeof turfs)[number];
  readonly leader: (typeof leaders)[number];
  readonly group: "normal" | "problem" | "abnormal";
  readonly groupLabel: string;
  readonly strategy: string;
  readonly strategyLabel: string;
  /** "abnormal: change the rules of the decision". */
  readonly tip: string;
  readonly color: string;
  readonly deal: boolean;
}

/** Everything the opening grid shows. */
export interface OpeningGridData {
  readonly title: string;
  readonly description: string;
  readonly turfTitle: string;
  readonly leaderTitle: string;
  readonly dealLabel: string;
  /** Who leads, left to right: us, no one, a rival. */
  readonly columns: readonly { readonly leader: (typeof leaders)[number]; readonly label: string }[];
  /** Whose turf, top to bottom: ours, neutral, a rival's. */
  readonly rows: readonly { readonly turf: (typeof turfs)[number]; readonly label: string }[];
  /** The three groups with their colours, for the legend. */
  readonly groups: readonly { readonly group: "normal" | "problem" | "abnormal"; readonly label: string; readonly color: string }[];
  /** Row by row. */
  readonly cells: readonly OpeningGridCell[];
}

/** Checks a qualification chart's subject (a qualification, or for the purchase criteria also a table of them) and options; returns the chart locale. */
export function qualificationChartLocale(fn: string, subject: unknown, options: object | undefined, table = false): ChartLocale {
  const isTable = table && typeof subject === "object" && subject !== null && Array.isArray((subject as Partial<PurchaseCriteria>).criteria) && Array.isArray((subject as Partial<PurchaseCriteria>).suppliers);
  if (!isTable && !isQualification(subject)) throw renderArgumentError(fn, "qualification", table ? `${NOT_A_QUALIFICATION}, or purchase criteria (from definePurchaseCriteria)` : NOT_A_QUALIFICATION, "invalid_type");
  return chartOptions(fn, options, {});
}

/** The qualification's part a chart needs, or the error saying it is missing. */
function partOf<T>(fn: string, part: T | undefined, what: string): T {
  if (part === undefined) throw renderArgumentError(fn, "qualification", what, "invalid_value");
  return part;
}

/** The purchase-criteria chart's data of a checked subject. */
export function purchaseCriteriaDataOf(fn: string, subject: Qualification | PurchaseCriteria, locale: ChartLocale): PurchaseCriteriaData {
  const t = locale.locale.text;
  const c = t.qualify.charts;
  const table = partOf(fn, criteriaOf(subject), "the qualification has no purchase criteria to chart");
  const comparable = table.suppliers.some((s) => s.us) && table.suppliers.length >= 2;
  if (!comparable) throw renderArgumentError(fn, "qualification", "the purchase criteria need our own offer marked us and at least one rival scored", "invalid_value");
  const comparison = compareSuppliers(table);
  const totalWeight = table.criteria.reduce((sum, x) => sum.plus(x.weight), new Dec(0));
  const criteria = table.criteria.map((x) => {
    const share = x.weight.div(totalWeight);
    const weightText = locale.number(x.weight);
    const shareText = locale.percent(share);
    return { id: x.id, name: x.name, weight: x.weight, share, label: c.criterionLabel(x.name, weightText, shareText), weightText, shareText };
  });
  let rival = 0;
  const suppliers = table.suppliers.map((s) => {
    const worked = comparison.suppliers.find((row) => row.id === s.id)!;
    const totalText = locale.number(worked.total, 2);
    const color = s.us ? qualifyPalette.us : qualifyPalette.rivals[rival++ % qualifyPalette.rivals.length]!;
    const label = supplierLabel(t, s);
    const totalRankText = c.totalRank(totalText, String(worked.rank));
    return { id: s.id, label, us: s.us, color, total: worked.total, totalText, rank: worked.rank, totalRankText, totalTip: c.bar(label, c.totals, totalRankText) };
  });
  const bars = criteria.flatMap((x) =>
    table.suppliers.map((s, i) => {
      const score = s.scores[x.id]!;
      const text = locale.number(score);
      return { criterion: x.id, supplier: s.id, score, text, tip: c.bar(suppliers[i]!.label, x.name, text) };
    }),
  );
  const [min, max] = [locale.number(table.scale.min), locale.number(table.scale.max)];
  return deepFreeze({
    title: c.criteriaTitle,
    description: c.describeCriteria(criteria.map((x) => x.label).join(c.separator), suppliers.map((s) => `${s.label} ${s.totalRankText}`).join(c.separator)),
    criterionTitle: c.criterionAxis,
    scoreTitle: c.scoreAxis(min, max),
    totalsLabel: c.totals,
    scale: { min: table.scale.min, max: table.scale.max },
    criteria,
    suppliers,
    bars,
  });
}

/**
 * The purchase criteria as chart data, exact: each criterion with its weight and share of all weights,
 * each supplier (ours marked) with its colour, weighted total and rank (compareSuppliers), and one bar per
 * supplier and criterion with its score.
 *
 * @param subject - a qualification from `defineQualification` with its `criteria`, or a table from `definePurchaseCriteria`
 * @param options - `locale`
 * @returns the criteria, suppliers and bars, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without purchase criteria or without our offer and a rival, or a bad option
 *
 * @example
 * ```ts
 * const data = purchaseCriteriaData(qualification);
 * data.suppliers.map((s) => s.totalRankText); //=> ["3.7, rank 2", "3.95, rank 1", "3.45, rank 3"]
 * data.criteria[1].label; //=> "Price (weight 35, 35%)"
 * ```
 */
export function purchaseCriteriaData(subject: Qualification | PurchaseCriteria, options?: RenderOptions): PurchaseCriteriaData {
  const locale = qualificationChartLocale("purchaseCriteriaData", subject, options, true);
  return purchaseCriteriaDataOf("purchaseCriteriaData", subject, locale);
}

/**
 * Where a figure sits on one axis of the matrix, 0 … 1: below the threshold in the lower half, at its
 * share of the threshold; from it in the upper half, at its excess over the threshold (up to `high`).
 * Within each half it takes `room` of the axis (from 0.04 past the half's start), leaving the rest free.
 */
function matrixPosition(value: Decimal, low: Decimal, threshold: Decimal, high: Decimal, room: number): number {
  const clamp = (x: Decimal) => Dec.min(1, Dec.max(0, x)).toNumber();
  const [start, span] = value.lt(threshold) ? [0.04, threshold.minus(low)] : [0.54, high.minus(threshold)];
  const from = value.lt(threshold) ? low : threshold;
  return start + room * (span.gt(0) ? clamp(value.minus(from).div(span)) : value.lt(threshold) ? 0 : 1);
}

/** The value matrix's data of a checked qualification. */
export function valueMatrixDataOf(fn: string, q: Qualification, locale: ChartLocale): ValueMatrixData {
  const t = locale.locale.text.qualify;
  const c = t.charts;
  const input = partOf(fn, q.valueMatrix, "the qualification has no value matrix to chart");
  const gain = partOf(fn, input.gain ?? q.funnel?.expectedInvestment, "the value matrix has no short-term gain: state it, or give the funnel's expected investment");
  const highImpact = input.highImpact ?? new Dec(3);
  const placed = valueMatrix(gain, input.impact, { bigGain: input.bigGain, highImpact });
  const currency = q.funnel?.currency;
  const money = (value: Decimal) => (currency === undefined ? locale.number(value) : locale.money(value, currency));
  const gainText = money(placed.gain);
  const impactText = locale.number(placed.impact, 2);
  const quadrants = ([1, 2, 3, 4] as const).map((category) => ({
    category,
    bigGain: category === 1 || category === 3,
    highImpact: category === 1 || category === 2,
    label: t.valueMatrix.categoryName(String(category), t.valueMatrix.categories[category]),
    commitment: t.valueMatrix.commitments[categoryCommitment[category]],
    color: qualifyPalette.categories[category],
    deal: category === placed.category,
  }));
  return deepFreeze({
    title: c.matrixTitle,
    description: c.describeMatrix(quadrants[placed.category - 1]!.label, gainText, impactText, t.valueMatrix.commitments[placed.commitment]),
    gainTitle: currency === undefined ? c.gainAxisPlain : c.gainAxis(currency),
    impactTitle: c.impactAxis,
    currency,
    gain: placed.gain,
    gainText,
    bigGain: input.bigGain,
    bigGainText: money(input.bigGain),
    impact: placed.impact,
    impactText,
    highImpact,
    highImpactText: locale.number(highImpact),
    bigGainLabel: c.bigGainLine(money(input.bigGain)),
    highImpactLabel: c.highImpactLine(locale.number(highImpact)),
    dealLabel: c.deal(gainText, impactText),
    category: placed.category,
    quadrants,
        // Across, each half's width; up, the lower 70 % of each half (its category's words are at its top).
    position: { x: matrixPosition(placed.gain, new Dec(0), input.bigGain, input.bigGain.times(2), 0.42), y: matrixPosition(placed.impact, new Dec(1), highImpact, new Dec(5), 0.28) },
  });
}

/**
 * The customer value matrix as chart data, exact: the deal's short-term gain (stated, else the funnel's
 * expected investment) against the seller's big-business threshold, its long-term impact (the mean of
 * follow-on business, brand and reputation, team morale) against the high-impact threshold (default 3),
 * the four categories with what to commit in each, the deal's category, and where the deal is drawn.
 *
 * @param qualification - from `defineQualification`, with its `valueMatrix`
 * @param options - `locale`
 * @returns the matrix, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without a value matrix or a gain, or a bad option
 *
 * @example
 * ```ts
 * const data = valueMatrixData(qualification);
 * [data.category, data.gainText, data.impactText]; //=> [1, "CN¥1,720,000.00", "3.33"]
 * data.quadrants.find((q) => q.deal)?.label; //=> "1 — big business, high impact"
 * ```
 */
export function valueMatrixData(qualification: Qualification, options?: RenderOptions): ValueMatrixData {
  const locale = qualificationChartLocale("valueMatrixData", qualification, options);
  return valueMatrixDataOf("valueMatrixData", qualification, locale);
}

/** The opening grid's data of a checked qualification. */
export function openingGridDataOf(fn: string, q: Qualification, locale: ChartLocale): OpeningGridData {
  const t = locale.locale.text.qualify;
  const o = t.opening;
  const given = partOf(fn, q.opening, "the qualification has no opening to chart");
  const placed = opening(given.turf, given.leader);
  const strategy = (s: string) => o.strategies[s as keyof typeof o.strategies];
  const cells = turfs.flatMap((turf) =>
    leaders.map((leader) => {
      const key = `${turf}/${leader}` as const;
      const { group, strategy: id } = openings[key];
      return { turf, leader, group, groupLabel: o.groups[group], strategy: id, strategyLabel: strategy(id), tip: o.cell(o.groups[group], strategy(id)), color: qualifyPalette.groups[group], deal: key === placed.opening };
    }),
  );
  return deepFreeze({
    title: t.charts.openingTitle,
    description: t.charts.describeOpening(o.turfs[given.turf], o.leaders[given.leader], o.groups[placed.group], strategy(placed.strategy)),
    turfTitle: t.charts.turfAxis,
    leaderTitle: t.charts.leaderAxis,
    dealLabel: t.charts.thisDeal,
    columns: leaders.map((leader) => ({ leader, label: o.leaders[leader] })),
    rows: turfs.map((turf) => ({ turf, label: o.turfs[turf] })),
    groups: (["normal", "problem", "abnormal"] as const).map((group) => ({ group, label: o.groups[group], color: qualifyPalette.groups[group] })),
    cells,
  });
}

/**
 * The opening grid as chart data: the nine openings — whose home turf (ours, neutral, a rival's) × who
 * leads now (us, no one, a rival) — each with its group (normal, problem, abnormal), strategy and colour,
 * and the deal's cell marked.
 *
 * @param qualification - from `defineQualification`, with its `opening`
 * @param options - `locale`
 * @returns the grid, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a qualification, one without an opening, or a bad option
 *
 * @example
 * ```ts
 * const data = openingGridData(qualification);
 * data.cells.find((cell) => cell.deal); //=> { turf: "neutral", leader: "rival", group: "abnormal", groupLabel: "abnormal", strategy: "changeTheRules", strategyLabel: "change the rules of the decision", tip: "abnormal: change the rules of the decision", color: "#ffcdd2", deal: true }
 * ```
 */
export function openingGridData(qualification: Qualification, options?: RenderOptions): OpeningGridData {
  const locale = qualificationChartLocale("openingGridData", qualification, options);
  return openingGridDataOf("openingGridData", qualification, locale);
}

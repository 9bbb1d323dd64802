/** evaluationToMarkdown: an evaluated value case as a documented, auditable calculation in Markdown. */
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { ScenarioComparison } from "../../quantify/types.js";
import type { Tornado } from "../../quantify/types.js";
import type { Evaluation, Figure, Measures, PeriodRow } from "../../quantify/types.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { type DocumentSpec, idFor, internalSectionIds, named, type SectionContext, writeDocument } from "../_internal/sections.js";
import type { ExecutiveSummary } from "../../quantify/executiveSummary.js";
import { summaryParts } from "./summaryToMarkdown.js";
import { countOf, driverValue, goalQuantity } from "../_internal/figureText.js";
import { localFigure, localNote } from "../_internal/traceText.js";
import type { Audience, SectionOptions } from "../options.js";

/** The sections of an evaluation document, in order. */
export const evaluationSections = [
  "summary",
  "overview",
  "assumptions",
  "calculation",
  "lines",
  "cashFlow",
  "measures",
  "goals",
  "doubleCounting",
  "scenarios",
  "sensitivity",
  "simulation",
] as const;

/** A section of an evaluation document. */
export type EvaluationSection = (typeof evaluationSections)[number];

/** The part of a Monte Carlo result (quantify's `simulate`) the document shows. */
export interface SimulationSummary {
  readonly iterations: number;
  readonly seed?: number;
  readonly measure: "weighted" | "unadjusted";
  readonly npv: {
    readonly mean: Decimal;
    readonly percentiles: readonly { readonly p: number; readonly value: Decimal }[];
  };
  readonly probabilityPositive: Decimal;
  readonly payback?: {
    readonly percentiles: readonly { readonly p: number; readonly periods: Decimal | null; readonly years: Decimal | null }[];
    readonly neverShare: Decimal;
  };
}

/**
 * Options of {@link evaluationToMarkdown}: locale, heading level, which of the {@link evaluationSections}
 * to write, and the results of the optional sections.
 */
export interface EvaluationMarkdownOptions extends SectionOptions<EvaluationSection> {
  /** The executive summary, from quantify's `executiveSummary`: the `summary` section opens the document (left out without it). */
  readonly summary?: ExecutiveSummary;
  /** Scenarios side by side, from `evaluateScenarios` (the section is left out without it). */
  readonly scenarios?: ScenarioComparison;
  /** Sensitivity ranking, from `tornado` (the section is left out without it). */
  readonly tornado?: Tornado;
  /** Simulation percentiles, from `simulate` (the section is left out without it). */
  readonly simulation?: SimulationSummary;
}

/** A figure's result in the locale: money for the currency, percentages for rates, units after numbers. */
function figureValue(figure: Figure, f: Formatter): string {
  const base = figure.id.split(":")[0] ?? "";
  if (base === "irr" || base === "roi") return f.percent(figure.value);
  return f.quantity(figure.value, figure.unit);
}

/** "label = formula in words = values substituted = **result**", skipping steps that repeat. */
function traceLine(figure: Figure, f: Formatter): string {
  const result = figureValue(figure, f);
  const steps = [`**${md(figure.label)}**`];
  if (figure.expression !== undefined && figure.expression !== figure.label) steps.push(md(figure.expression));
  if (figure.substituted !== undefined && figure.substituted !== figure.expression) steps.push(md(figure.substituted));
  steps.push(`**${md(result)}**`);
  return steps.join(" = ");
}

function measureRows(e: Evaluation, f: Formatter): string[][] {
  const t = f.t.evaluation;
  const money = (v: Decimal) => f.money(v, e.currency);
  const rate = (v: Decimal | null) => (v === null ? t.notApplicable : f.percent(v));
  const payback = (periods: Decimal | null, years: Decimal | null) => {
    if (periods === null) return t.notReached;
    const text = countOf(f, periods, e.period);
    return years === null || e.period === "year" ? text : f.t.common.bracketed(text, countOf(f, years, "year"));
  };
  const row = (name: string, pick: (m: Measures) => string) => [name, pick(e.unadjusted), pick(e.weighted)];
  const n = t.measureName;
  return [
    row(n.benefits, (m) => money(m.benefits)),
    row(n.costs, (m) => money(m.costs)),
    row(n.net, (m) => money(m.net)),
    row(n.presentBenefits, (m) => money(m.presentBenefits)),
    row(n.presentCosts, (m) => money(m.presentCosts)),
    row(`**${n.npv}**`, (m) => `**${money(m.npv)}**`),
    ...(e.periodsPerYear === 1 ? [] : [row(n.irr[e.period], (m) => rate(m.irr))]),
    row(n.irrAnnual, (m) => rate(m.irrAnnual)),
    row(n.roi, (m) => rate(m.roi)),
    row(n.roiDiscounted, (m) => rate(m.roiDiscounted)),
    row(n.payback, (m) => payback(m.payback, m.paybackYears)),
    row(n.discountedPayback, (m) => payback(m.discountedPayback, m.discountedPaybackYears)),
  ];
}

/** What the evaluation's sections read. */
export interface EvaluationContext extends SectionContext {
  readonly e: Evaluation;
  readonly options: EvaluationMarkdownOptions;
  /** An amount in the case's currency, without the symbol (the column header names the currency). */
  readonly amount: (v: Decimal) => string;
  /** A column header with the currency: "Amount (CNY)". */
  readonly cur: (label: string) => string;
}


/** A payback in periods, or "not reached". */
function periodsText({ f, e }: EvaluationContext, v: Decimal | null): string {
  return v === null ? f.t.evaluation.notReached : countOf(f, v, e.period);
}



type PeriodFigures = Pick<PeriodRow, "benefits" | "costs" | "net" | "cumulative" | "presentValue" | "cumulativePresentValue">;

/** The period cash-flow table of the unadjusted or the probability-weighted figures. */
function cashFlowTable({ f, e, amount, cur }: EvaluationContext, figures: (p: PeriodRow) => PeriodFigures): string {
  const t = f.t.evaluation;
  return table(
    [t.period, cur(t.benefits), cur(t.costs), cur(t.net), cur(t.cumulative), t.discountFactor, cur(t.presentValue), cur(t.cumulativePresentValue)],
    e.periods.map((p) => {
      const x = figures(p);
      return [String(p.period), amount(x.benefits), amount(x.costs.neg()), amount(x.net), amount(x.cumulative), f.number(p.discountFactor, 6), amount(x.presentValue), amount(x.cumulativePresentValue)];
    }),
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
}

/** The evaluation document: settings, assumptions, the calculation, then the results and the optional analyses. */
export const evaluationDocument: DocumentSpec<EvaluationSection, EvaluationContext> = {
  title: ({ f, e }) => f.t.evaluation.title(md(e.name)),
  sections: [
    {
      id: "summary",
      title: (t) => t.summary.title,
      render: ({ f, level, audience, options: { summary } }) => {
        if (summary === undefined) return undefined;
        const parts = summaryParts(summary, f, level + 2, audience);
        return [parts.headline, parts.rest];
      },
    },
    {
      id: "overview",
      render: ({ f, e, audience }) => {
        const t = f.t.evaluation;
        const terms = f.t.terms;
        const fact = f.t.common.fact;
        const facts = [
          fact(t.currency, e.currency),
          fact(t.period, terms.period[e.period]),
          fact(t.horizon, t.periods(String(e.horizon), terms.periods[e.period])),
          fact(t.discountRate, f.t.common.bracketed(f.percent(e.discountRate), terms.rateBasis[e.rateBasis])),
        ];
        if (e.periodsPerYear !== 1) facts.push(fact(t.periodRate, f.percent(e.periodRate, 4)));
        if (e.scenario !== undefined) facts.push(fact(t.scenario, `${md(e.scenario.label)}${idFor({ audience }, e.scenario.id)}`));
        facts.push(fact(t.basis, terms.basis[e.basis]));
        if (e.riskAdjustment !== undefined) {
          const r = e.riskAdjustment;
          const text = t.riskAdjustmentText(f.percent(r.benefits), f.percent(r.costs));
          facts.push(fact(t.riskAdjustment, r.reason === undefined ? text : f.t.common.bracketed(text, md(r.reason))));
        }
        return [bullets(facts)];
      },
    },
    {
      id: "assumptions",
      title: (t) => t.evaluation.assumptions,
      render: (ctx) => {
        const { f, e } = ctx;
        const t = f.t.evaluation;
        return [
          table(
            [t.driver, t.value, t.provenance, t.source, t.confidence],
            e.drivers.map((d) => {
              const value = driverValue(f, d.value, d.unit);
              const source = d.provenance.source === undefined ? f.t.common.none : md(d.provenance.source);
              return [
                named(ctx, d.label, d.id),
                d.overridden ? f.t.common.bracketed(value, t.overridden) : value,
                f.t.terms.provenanceKind[d.provenance.kind],
                d.provenance.url === undefined ? source : f.t.common.bracketed(source, md(d.provenance.url)),
                d.provenance.confidence === undefined ? f.t.common.none : f.percent(d.provenance.confidence),
              ];
            }),
            [1, 4],
          ),
        ];
      },
    },
    {
      id: "calculation",
      title: (t) => t.evaluation.calculation,
      render: ({ f, e, audience }) => {
        const t = f.t.evaluation;
        const figures = Object.values(e.trace)
          .filter((figure) => !figure.id.startsWith("driver:"))
          .map((figure) => localFigure(figure, e, t.trace));
        return [
          figures
            .map((figure, i) => {
              const details: string[] = [];
              // Formula source is the seller's tracing aid; the customer reads the calculation in words.
              if (audience === "internal" && figure.formula !== undefined && figure.formula !== figure.expression) details.push(f.t.common.labelled(t.formula, code(figure.formula)));
              if (figure.note !== undefined) details.push(f.t.common.labelled(t.note, md(figure.note)));
              return [`${i + 1}. ${traceLine(figure, f)}`, ...details.map((d) => `   - ${d}`)].join("\n");
            })
            .join("\n"),
        ];
      },
    },
    {
      id: "lines",
      title: (t) => t.evaluation.lines,
      render: (ctx) => {
        const { f, e, amount, cur } = ctx;
        const t = f.t.evaluation;
        return [
          table(
            [t.line, t.kind, cur(t.amount), t.probability, cur(t.total), cur(t.presentValue), cur(t.weightedPresentValue), t.included],
            e.lines.map((l) => [
              named(ctx, l.label, l.id),
              f.t.terms.lineKind[l.kind],
              amount(l.amount),
              f.percent(l.probability),
              amount(l.total),
              amount(l.presentValue),
              amount(l.weightedPresentValue),
              l.included ? f.t.common.yes : f.t.common.no,
            ]),
            [2, 3, 4, 5, 6],
          ),
        ];
      },
    },
    { id: "cashFlow", title: (t) => t.evaluation.cashFlow, render: (ctx) => [ctx.f.t.evaluation.cashFlowNote, cashFlowTable(ctx, (p) => p)] },
    { id: "cashFlow", title: (t) => t.evaluation.cashFlowWeighted, render: (ctx) => [cashFlowTable(ctx, (p) => p.weighted)] },
    {
      id: "measures",
      title: (t) => t.evaluation.measures,
      render: ({ f, e }) => {
        const t = f.t.evaluation;
        const notes = [e.unadjusted.irrNote, e.weighted.irrNote].filter((note): note is string => note !== undefined).map((note) => localNote(note, t.trace));
        // Payback is interpolated linearly inside a period: only monthly periods time value that starts mid-year.
        if (e.period !== "month" && (e.unadjusted.payback !== null || e.weighted.payback !== null)) notes.push(t.paybackInterpolated(f.t.terms.period[e.period]));
        return [table([t.measure, t.unadjusted, t.riskAdjusted], measureRows(e, f), [1, 2]), notes.length === 0 ? undefined : bullets([...new Set(notes)].map(md))];
      },
    },
    {
      id: "goals",
      title: (t) => t.evaluation.goals,
      render: ({ f, e, audience }) => {
        const t = f.t.evaluation;
        const opt = (v: Decimal | null, fmt: (v: Decimal) => string) => (v === null ? f.t.common.none : fmt(v));
        return e.goals.length === 0
          ? undefined
          : [
              t.goalsNote,
              table(
                [t.goal, t.npv, t.contribution, t.gap, t.gapClosed],
                e.goals.map((g) => [
                  g.name === undefined ? code(g.goalId) : `**${md(g.name)}**${idFor({ audience }, g.goalId)}`,
                  f.money(g.npv, e.currency),
                  opt(g.contribution, (v) => goalQuantity(f, v, g.unit)),
                  opt(g.gap, (v) => goalQuantity(f, v, g.unit)),
                  opt(g.gapClosed, (v) => f.percent(v)),
                ]),
                [1, 2, 3, 4],
              ),
            ];
      },
    },
    {
      id: "doubleCounting",
      title: (t) => t.evaluation.doubleCounting,
      render: ({ f, e }) => {
        const t = f.t.evaluation;
        const d = e.doubleCounting;
        if (d.groups.length === 0) return [t.doubleCountingNone];
        const label = (id: string) => md(e.lines.find((l) => l.id === id)?.label ?? id);
        // A shared driver is named by its label, never its id.
        const key = (g: (typeof d.groups)[number]) => (g.by === "driver" ? (e.drivers.find((x) => x.id === g.key)?.label ?? g.key) : g.key);
        return [
          bullets([
            ...d.groups.map((g) => t.overlap(t.overlapBy[g.by], md(key(g)), f.list(g.lines.map(label)))),
            f.t.common.labelled(t.flagged, f.list(d.flagged.map(label))),
            f.t.common.labelled(t.rawNpv, f.money(d.rawNpv, e.currency)),
            f.t.common.labelled(t.unflaggedNpv, f.money(d.unflaggedNpv, e.currency)),
          ]),
        ];
      },
    },
    {
      id: "scenarios",
      title: (t) => t.evaluation.scenarios,
      render: (ctx) => {
        const { f, amount, cur, options } = ctx;
        const t = f.t.evaluation;
        const rate = (v: Decimal | null) => (v === null ? t.notApplicable : f.percent(v));
        return options.scenarios === undefined
          ? undefined
          : [
              table(
                [t.scenario, cur(t.measureName.npv), cur(t.weightedNpv), t.weightedIrr, t.weightedRoi, t.weightedPayback],
                options.scenarios.rows.map((r) => [
                  r.id === "base" ? `**${t.baseCase}**` : named(ctx, r.label, r.id),
                  amount(r.npv),
                  amount(r.weightedNpv),
                  rate(r.weightedIrrAnnual),
                  rate(r.weightedRoi),
                  periodsText(ctx, r.weightedPayback),
                ]),
                [1, 2, 3, 4, 5],
              ),
            ];
      },
    },
    {
      id: "sensitivity",
      title: (t) => t.evaluation.sensitivity,
      render: (ctx) => {
        const { f, e, amount, cur, options: { tornado: bars } } = ctx;
        if (bars === undefined) return undefined;
        const t = f.t.evaluation;
        const measure = bars.measure === "weighted" ? t.weightedNpv : t.measureName.npv;
        const unitOf = (id: string) => e.drivers.find((d) => d.id === id)?.unit;
        return [
          t.sensitivityNote(measure),
          t.baseNpv(f.money(bars.baseNpv, e.currency)),
          table(
            [t.rank, t.driver, t.low, t.high, cur(t.npvAtLow), cur(t.npvAtHigh), cur(t.swing)],
            bars.rows.map((r, i) => [
              String(i + 1),
              named(ctx, r.label, r.driver),
              driverValue(f, r.low, unitOf(r.driver)),
              driverValue(f, r.high, unitOf(r.driver)),
              amount(r.npvAtLow),
              amount(r.npvAtHigh),
              amount(r.swing),
            ]),
            [0, 2, 3, 4, 5, 6],
          ),
        ];
      },
    },
    {
      id: "simulation",
      title: (t) => t.evaluation.simulation,
      render: (ctx) => {
        const { f, e, amount, cur, options: { simulation: sim } } = ctx;
        if (sim === undefined) return undefined;
        const t = f.t.evaluation;
        const measure = sim.measure === "weighted" ? t.weightedNpv : t.measureName.npv;
        const note = t.simulationNote(f.number(new Dec(sim.iterations), 0), measure);
        const paybackAt = (p: number) => sim.payback?.percentiles.find((q) => q.p === p);
        const lines = [f.t.common.labelled(t.mean, f.money(sim.npv.mean, e.currency)), f.t.common.labelled(t.probabilityPositive(measure), f.percent(sim.probabilityPositive))];
        if (sim.payback !== undefined) lines.push(t.neverPaysBack(f.percent(sim.payback.neverShare)));
        return [
          sim.seed === undefined ? note : `${note} ${t.seed(String(sim.seed))}`,
          table(
            [t.percentile, cur(measure), ...(sim.payback === undefined ? [] : [t.paybackPercentiles])],
            sim.npv.percentiles.map((q) => {
              const pb = paybackAt(q.p);
              const payback = pb === undefined ? [] : [periodsText(ctx, pb.periods)];
              return [`P${q.p}`, amount(q.value), ...(sim.payback === undefined ? [] : payback.length === 0 ? [f.t.common.none] : payback)];
            }),
            [0, 1, 2],
          ),
          bullets(lines),
        ];
      },
    },
  ],
};

/** Writes the evaluation's selected sections under its title. */
function renderEvaluation(e: Evaluation, f: Formatter, level: number, audience: Audience, sections: ReadonlySet<EvaluationSection>, options: EvaluationMarkdownOptions = {}): string {
  const amount = (v: Decimal) => f.amount(v, e.currency);
  const cur = (label: string) => f.t.evaluation.withCurrency(label, e.currency);
  return writeDocument(evaluationDocument, { f, level, audience, e, options, amount, cur }, sections);
}

/**
 * Writes an evaluated value case as a documented calculation a finance reader can audit: settings,
 * assumptions with provenance, each calculation step (formula in words → values substituted → result
 * with unit, from the trace), the value lines, the period cash-flow tables (unadjusted and
 * probability-weighted), headline measures side by side, contribution to goals and double counting —
 * and, when passed in, scenarios side by side, the sensitivity ranking and simulation percentiles.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - locale, heading level, sections, and the optional scenario, tornado and simulation results
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale or section, or a bad heading level
 *
 * @example
 * ```ts
 * import { evaluate } from "valueframe/quantify";
 * import { evaluationToMarkdown } from "valueframe/render";
 * const markdown = evaluationToMarkdown(evaluate(distributor), { sections: ["calculation"] });
 * markdown.includes("**working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**");
 * //=> true
 * ```
 */
export function evaluationToMarkdown(evaluation: Evaluation, options?: EvaluationMarkdownOptions): string {
  const resolved = resolveOptions("evaluationToMarkdown", options, evaluationSections, internalSectionIds(evaluationDocument));
  return renderEvaluation(evaluation, formatterOf(resolved.locale), resolved.level, resolved.audience, resolved.sections, options);
}

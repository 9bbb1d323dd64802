/**
 * portfolioToMarkdown: a portfolio's pipeline (valueframe/portfolio's `aggregatePortfolio`) as the
 * seller's view across many value cases — the customers' probability-weighted NPV in the reporting
 * currency by decision month (the seller's stage-weighted revenue in its own columns beside it, never
 * added to it), tier, funnel stage, solution and goal perspective, the weighted flows by calendar month,
 * the simulated risk, the cases ranked and the documents that failed. Every figure stands under the
 * pipeline's own label for it. All of it is the seller's: for a customer only the title is written.
 */
import { formatPath } from "../../errors/ValueframeError.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { PortfolioPipeline } from "../../portfolio/aggregate.js";
import type { SectionOptions } from "../options.js";
import { formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { checkPipeline, failureMessage, issuePlace, monthName, stageName, sum, tierName, titleIssues } from "../_internal/portfolioText.js";
import { pipelineByMonth } from "../../portfolio/aggregate.js";
import { type DocumentSpec, emptySection, internalSectionIds, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";

export type { PortfolioPipeline } from "../../portfolio/aggregate.js";

/** The sections of the portfolio document, in order; every one is the seller's. */
export const portfolioSections = ["overview", "decisionMonths", "tiers", "stages", "solutions", "perspectives", "flows", "risk", "ranking", "failures"] as const;

/** A section of the portfolio document. */
export type PortfolioSection = (typeof portfolioSections)[number];

/** Options of {@link portfolioToMarkdown}: the locale, heading level, audience and sections, and the title. */
export interface PortfolioMarkdownOptions extends SectionOptions<PortfolioSection> {
  /** The document's title (default: "Portfolio pipeline"), e.g. the folder or team it covers. */
  readonly title?: string;
}

interface PortfolioContext extends SectionContext {
  readonly pipeline: PortfolioPipeline;
  readonly title: string | undefined;
}

/** Σ rows and the measures' names: bold. */
const bold = (text: string) => `**${text}**`;

/** The pipeline's label of a measure, as it gives it, after the measure's name. */
const labelled = ({ f }: PortfolioContext, measure: string, label: string) => f.t.common.fact(measure, md(label));

/** Amounts in the reporting currency, for columns whose header names it. */
const amountOf = ({ f, pipeline }: PortfolioContext) => (value: Decimal) => f.amount(value, pipeline.currency);

/** A header naming its currency: "Customers' weighted NPV (CNY)". */
const inCurrency = ({ f, pipeline }: PortfolioContext, label: string) => f.t.portfolio.inCurrency(label, pipeline.currency);

/** A case by its customer and id, from the ranking. */
const caseRef = ({ f, pipeline }: PortfolioContext, id: string) => {
  const row = pipeline.ranking.find((r) => r.id === id);
  return row === undefined ? code(id) : f.t.portfolio.caseRef(md(row.customer), code(id));
};

/**
 * A table of a group's cases and the customers' value: one row a group, then the total when the groups
 * add up to it (each case in one group), else none.
 */
function groupTable(ctx: PortfolioContext, header: string, valueHeader: string, rows: readonly { readonly name: string; readonly cases: number; readonly value: Decimal }[], total: Decimal | undefined) {
  const c = ctx.f.t.portfolio.columns;
  const amount = amountOf(ctx);
  const body = rows.map((r) => [r.name, String(r.cases), amount(r.value)]);
  const totalRow = total === undefined ? [] : [[bold(ctx.f.t.portfolio.total), bold(String(ctx.pipeline.counts.cases)), bold(amount(total))]];
  return table([header, c.cases, inCurrency(ctx, valueHeader)], [...body, ...totalRow], [1, 2]);
}

const portfolioDocument: DocumentSpec<PortfolioSection, PortfolioContext> = {
  title: ({ f, title }) => (title === undefined ? f.t.portfolio.title : md(title)),
  sections: [
    {
      id: "overview",
      audience: "internal",
      render: (ctx) => {
        const { f, pipeline } = ctx;
        const t = f.t.portfolio;
        const o = t.overview;
        const r = t.rateColumns;
        const fact = f.t.common.fact;
        const cur = pipeline.currency;
        const seller = pipeline.sellerRevenue.total;
        return [
          bullets([
            fact(o.cases, o.casesOf(pipeline.counts.cases, pipeline.counts.failures)),
            fact(o.currency, cur),
            fact(o.weightedNpv, f.money(pipeline.customerValue.weightedNpv, cur)),
            fact(o.sellerRevenue, o.sellerOf(f.money(seller.sellerWeightedRevenue, cur), f.money(seller.sellerExpectedRevenue, cur), seller.deals)),
            ...(pipeline.ratesUsed.length === 0 ? [fact(o.rates, o.noRates(cur))] : []),
          ]),
          ...(pipeline.ratesUsed.length === 0
            ? []
            : [
                bold(o.rates),
                table(
                  [r.currency, r.rate(cur), r.source, r.asOf, r.cases],
                  pipeline.ratesUsed.map((rate) => [rate.currency, rate.rate.toString(), md(rate.source), f.date(rate.asOf), String(rate.cases)]),
                  [1, 4],
                ),
              ]),
          bullets([labelled(ctx, t.columns.weightedNpv, pipeline.customerValue.label), labelled(ctx, t.besideIt, pipeline.sellerRevenue.label)]),
          o.sellerOnly,
        ];
      },
    },
    {
      id: "decisionMonths",
      title: (t) => t.portfolio.sections.decisionMonths,
      audience: "internal",
      render: (ctx) =>
        unlessEmpty(pipelineByMonth(ctx.pipeline), (rows) => {
          const { f, pipeline } = ctx;
          const t = f.t.portfolio;
          const c = t.columns;
          const amount = amountOf(ctx);
          const none = f.t.common.none;
          const seller = pipeline.sellerRevenue.total;
          return [
            table(
              [c.month, c.cases, inCurrency(ctx, c.weightedNpv), c.deals, inCurrency(ctx, c.sellerWeighted)],
              [
                ...rows.map((m) => [
                  monthName(f.t, f.locale.id, m.month),
                  String(m.cases),
                  m.weightedNpv === undefined ? none : amount(m.weightedNpv),
                  String(m.deals),
                  m.sellerWeightedRevenue === undefined ? none : amount(m.sellerWeightedRevenue),
                ]),
                [t.total, String(pipeline.counts.cases), amount(pipeline.customerValue.weightedNpv), String(seller.deals), amount(seller.sellerWeightedRevenue)].map(bold),
              ],
              [1, 2, 3, 4],
            ),
            bullets([labelled(ctx, c.weightedNpv, pipeline.customerValue.label), labelled(ctx, t.besideIt, pipeline.sellerRevenue.label)]),
          ];
        }),
    },
    {
      id: "tiers",
      title: (t) => t.portfolio.sections.tiers,
      audience: "internal",
      render: (ctx) => {
        const { f, pipeline } = ctx;
        const c = f.t.portfolio.columns;
        const rows = pipeline.customerValue.byTier.map((r) => ({ name: tierName(f.t, r.tier), cases: r.cases, value: r.weightedNpv }));
        return [groupTable(ctx, c.tier, c.weightedNpv, rows, pipeline.customerValue.weightedNpv)];
      },
    },
    {
      id: "stages",
      title: (t) => t.portfolio.sections.stages,
      audience: "internal",
      render: (ctx) => {
        const { f, pipeline } = ctx;
        const t = f.t.portfolio;
        const c = t.columns;
        const amount = amountOf(ctx);
        const none = f.t.common.none;
        const seller = pipeline.sellerRevenue;
        const sellerOf = new Map(seller.byStage.map((s) => [s.stage as string, s]));
        return [
          table(
            [c.stage, c.cases, inCurrency(ctx, c.weightedNpv), c.stageRate, c.deals, inCurrency(ctx, c.sellerWeighted)],
            [
              ...pipeline.customerValue.byFunnelStage.map((s) => {
                const deal = sellerOf.get(s.stage);
                return [stageName(f.t, s.stage), String(s.cases), amount(s.weightedNpv), deal === undefined ? none : f.percent(deal.rate), deal === undefined ? none : String(deal.deals), deal === undefined ? none : amount(deal.sellerWeightedRevenue)];
              }),
              [bold(t.total), bold(String(pipeline.counts.cases)), bold(amount(pipeline.customerValue.weightedNpv)), "", bold(String(seller.total.deals)), bold(amount(seller.total.sellerWeightedRevenue))],
            ],
            [1, 2, 3, 4, 5],
          ),
          bullets([labelled(ctx, c.weightedNpv, pipeline.customerValue.label), labelled(ctx, t.besideIt, seller.label)]),
        ];
      },
    },
    {
      id: "solutions",
      title: (t) => t.portfolio.sections.solutions,
      audience: "internal",
      render: (ctx) =>
        unlessEmpty(ctx.pipeline.customerValue.bySolution, (solutions) => {
          const { f, pipeline } = ctx;
          const t = f.t.portfolio;
          const rows = solutions.map((s) => ({ name: s.solution === "unassigned" ? t.unassignedSolution : code(s.solution), cases: s.cases, value: s.weightedPresentValue }));
          // Each line serves one solution (its first), so the solutions add up to the customers' weighted NPV.
          return [groupTable(ctx, t.columns.solution, t.columns.presentValue, rows, sum(solutions.map((s) => s.weightedPresentValue)))];
        }),
    },
    {
      id: "perspectives",
      title: (t) => t.portfolio.sections.perspectives,
      audience: "internal",
      render: (ctx) =>
        unlessEmpty(ctx.pipeline.customerValue.byPerspective, (perspectives) => {
          const { f, pipeline } = ctx;
          const t = f.t.portfolio;
          const rows = perspectives.map((p) => ({ name: p.perspective === "unassigned" ? t.unassignedPerspective : f.t.terms.perspective[p.perspective], cases: p.cases, value: p.weightedPresentValue }));
          // They overlap: no total row.
          return [groupTable(ctx, t.columns.perspective, t.columns.presentValue, rows, undefined), labelled(ctx, t.columns.presentValue, pipeline.customerValue.perspectiveLabel)];
        }),
    },
    {
      id: "flows",
      title: (t) => t.portfolio.sections.flows,
      audience: "internal",
      render: (ctx) => {
        const { f, pipeline } = ctx;
        const t = f.t.portfolio;
        const c = t.columns;
        const { months, undated, label } = pipeline.customerValue.flows;
        if (months.length === 0 && undated.length === 0) return emptySection;
        const amount = amountOf(ctx);
        return [
          months.length === 0
            ? t.noFlows
            : table(
                [c.calendarMonth, inCurrency(ctx, c.benefits), inCurrency(ctx, c.costs), inCurrency(ctx, c.net)],
                [
                  ...months.map((m) => [monthName(f.t, f.locale.id, m.month), amount(m.weightedBenefits), amount(m.weightedCosts), amount(m.weightedNet)]),
                  [t.total, amount(sum(months.map((m) => m.weightedBenefits))), amount(sum(months.map((m) => m.weightedCosts))), amount(sum(months.map((m) => m.weightedNet)))].map(bold),
                ],
                [1, 2, 3],
              ),
          labelled(ctx, t.sections.flows, label),
          ...(undated.length === 0 ? [] : [t.undated(f.list(undated.map((id) => caseRef(ctx, id))))]),
        ];
      },
    },
    {
      id: "risk",
      title: (t) => t.portfolio.sections.risk,
      audience: "internal",
      render: (ctx) => {
        const { f, pipeline } = ctx;
        const risk = pipeline.risk;
        if (risk === null) return undefined;
        const t = f.t.portfolio;
        const r = t.risk;
        const fact = f.t.common.fact;
        const amount = amountOf(ctx);
        return [
          bullets([
            fact(r.simulated, r.simulatedOf(risk.cases, risk.cases + risk.notSimulated, risk.notSimulated)),
            fact(r.iterations, f.list(risk.iterations.map((n) => f.number(new Dec(n), 0)))),
            fact(r.likelyNotPositive, risk.likelyNotPositive.length === 0 ? r.none : f.list(risk.likelyNotPositive.map((id) => caseRef(ctx, id)))),
          ]),
          table(
            [t.columns.figure, inCurrency(ctx, t.columns.amount)],
            [
              [r.mean, amount(risk.meanNpv)],
              [r.sumOf("P10"), amount(risk.sumOfP10)],
              [r.sumOf("P50"), amount(risk.sumOfP50)],
              [r.sumOf("P90"), amount(risk.sumOfP90)],
            ],
            [1],
          ),
          labelled(ctx, t.sections.risk, risk.label),
        ];
      },
    },
    {
      id: "ranking",
      title: (t) => t.portfolio.sections.ranking,
      audience: "internal",
      render: (ctx) =>
        unlessEmpty(ctx.pipeline.ranking, (ranking) => {
          const { f, pipeline } = ctx;
          const t = f.t.portfolio;
          const c = t.columns;
          const amount = amountOf(ctx);
          const none = f.t.common.none;
          const simulated = pipeline.risk !== null;
          return [
            table(
              [c.rank, c.customer, c.document, inCurrency(ctx, c.weightedNpv), c.caseCurrency, c.month, c.tier, c.stage, inCurrency(ctx, c.sellerWeighted), ...(simulated ? [inCurrency(ctx, c.range)] : [])],
              ranking.map((row) => {
                const month = monthName(f.t, f.locale.id, row.month);
                return [
                  String(row.rank),
                  bold(md(row.customer)),
                  code(row.file ?? row.id),
                  amount(row.weightedNpv),
                  row.currency === pipeline.currency ? none : f.money(row.caseWeightedNpv, row.currency),
                  row.monthFrom === "asOf" ? t.fromAsOf(month) : month,
                  tierName(f.t, row.tier),
                  stageName(f.t, row.stage),
                  row.sellerWeightedRevenue === null ? none : amount(row.sellerWeightedRevenue),
                  ...(simulated ? [row.simulation === null ? none : `${amount(row.simulation.p10)} – ${amount(row.simulation.p90)}`] : []),
                ];
              }),
              simulated ? [0, 3, 4, 8, 9] : [0, 3, 4, 8],
            ),
            bullets([labelled(ctx, c.weightedNpv, pipeline.customerValue.label), labelled(ctx, t.besideIt, pipeline.sellerRevenue.label)]),
          ];
        }),
    },
    {
      id: "failures",
      title: (t) => t.portfolio.sections.failures,
      audience: "internal",
      render: ({ f, pipeline }) => {
        if (pipeline.failures.length === 0) return undefined;
        const t = f.t.portfolio.failure;
        return [
          pipeline.failures
            .map((failure) =>
              [
                `- ${t.document(bold(code(failure.file ?? failure.id)), code(failure.code), md(failureMessage(failure)))}`,
                ...failure.issues.map((issue) => `  - ${t.issue(code(issuePlace(failure, issue)), code(formatPath(issue.path)), md(issue.message), code(issue.code))}`),
              ].join("\n"),
            )
            .join("\n"),
        ];
      },
    },
  ],
};

/** The ids of the portfolio document's seller-only sections: all of them. */
const internalSections = internalSectionIds(portfolioDocument);

/**
 * Writes a portfolio's pipeline as the seller's view across many value cases: a headline (cases and
 * failures, the reporting currency, the customers' weighted NPV and, beside it, the seller's
 * stage-weighted revenue in total, and the exchange rates used with their source and day); by expected
 * decision month, the customers' weighted NPV and, in their own columns, the seller's deals and
 * stage-weighted revenue — side by side, never added; by tier, by funnel stage (with the seller's stage
 * rates and revenue beside), by solution and by goal perspective (which overlap: no total); the
 * customers' weighted, undiscounted benefits, costs and net by calendar month, the cases not on the
 * calendar named; when any case was simulated, the simulated risk (cases, iterations, the sum of the
 * means and the sums of each case's own P10, P50 and P90 — not the portfolio's percentiles — and the
 * cases more often not above 0); every case ranked (weighted NPV in the reporting currency and in the
 * case's own, month, tier, stage, the seller's revenue from the deal, P10 – P90 when simulated); and the
 * documents that failed, each problem at its `file:line:column` and path. Every measure is followed by
 * the pipeline's own label for it. Money is exact to the currency's minor unit. Every section is the
 * seller's: for `audience: "customer"` only the title is written.
 *
 * @param pipeline - a portfolio's pipeline from `aggregatePortfolio` or an aggregator's `result()` (valueframe/portfolio)
 * @param options - `title`, locale, heading level, audience, sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a pipeline or a bad option, every problem listed
 *
 * @example
 * ```ts
 * import { aggregatePortfolio, definePortfolio } from "valueframe/portfolio";
 * import { portfolioToMarkdown } from "valueframe/render";
 * const pipeline = aggregatePortfolio(definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bank", asOf: "2026-12-01" } } }), [alphaSummary, bravoSummary]);
 * const markdown = portfolioToMarkdown(pipeline, { title: "East team", sections: ["decisionMonths"] });
 * markdown.split("\n")[0]; //=> "# East team"
 * markdown.includes("| **Total** | **2** | **191,841.32** | **2** | **72,720.00** |"); //=> true
 * ```
 */
export function portfolioToMarkdown(pipeline: PortfolioPipeline, options?: PortfolioMarkdownOptions): string {
  checkPipeline("portfolioToMarkdown", pipeline);
  const resolved = resolveOptions("portfolioToMarkdown", options, portfolioSections, internalSections, (issues) => issues.push(...titleIssues(options?.title)));
  return writeDocument(portfolioDocument, { f: formatterOf(resolved.locale), level: resolved.level, audience: resolved.audience, pipeline, title: options?.title }, resolved.sections);
}

/**
 * territoryToMarkdown: a territory reviewed (valueframe/qualify's `reviewTerritory`) as the manager's
 * view across accounts — the funnel as the seed's table, the seller's stage-weighted revenue by expected
 * month, by stage and in total (labelled as the seller's, never as value), the stage rates used, every
 * opportunity's qualification in one row, the documents without one, the top accounts with the target
 * test, the 5 + 5 + 5 tiers and their monthly review. All of it is the seller's: a customer document of
 * a territory has no section at all.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { funnelStages } from "../../qualify/funnel.js";
import type { TerritoryReview } from "../../qualify/territory.js";
import type { SectionOptions } from "../options.js";
import { formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { formatMonth } from "../_internal/pursuitText.js";
import { type DocumentSpec, internalSectionIds, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";
import { checkReview, dealRate, stageRate } from "../_internal/territoryText.js";

export type { TerritoryReview } from "../../qualify/territory.js";

/** The sections of the territory document, in order; every one is the seller's. */
export const territorySections = ["overview", "funnel", "pipeline", "rates", "opportunities", "unqualified", "topAccounts", "tiers", "review"] as const;

/** A section of the territory document. */
export type TerritorySection = (typeof territorySections)[number];

/** Options of {@link territoryToMarkdown}. */
export type TerritoryMarkdownOptions = SectionOptions<TerritorySection>;

interface TerritoryContext extends SectionContext {
  readonly review: TerritoryReview;
}

/** A month `YYYY-MM` in the locale's words. */
const month = ({ f }: TerritoryContext, m: string) => formatMonth(f.locale.id, m);

/** Σ rows of a pipeline table: bold. */
const bold = (text: string) => `**${text}**`;

const territoryDocument: DocumentSpec<TerritorySection, TerritoryContext> = {
  title: ({ f, review }) => (review.seller === undefined ? f.t.territory.title : f.t.territory.titleFor(md(review.seller))),
  sections: [
    {
      id: "overview",
      audience: "internal",
      render: ({ f, review }) => {
        const t = f.t.territory;
        const o = t.overview;
        const fact = f.t.common.fact;
        const { pipeline, funnel } = review;
        const currency = pipeline.currency ?? review.tiers?.currency;
        const fromDocuments = funnel.entries.filter((e) => e.document !== undefined).length;
        const documents = new Set([...review.opportunities.map((o) => o.document), ...review.unqualified]).size;
        const qualified = documents - review.unqualified.length;
        return [
          bullets([
            ...(review.seller === undefined ? [] : [fact(o.seller, md(review.seller))]),
            ...(currency === undefined ? [] : [fact(o.currency, currency)]),
            fact(o.deals, o.dealCount(funnel.entries.length, fromDocuments)),
            ...(pipeline.currency === undefined ? [] : [fact(o.weighted, o.weightedOf(f.money(pipeline.total.sellerWeightedRevenue, pipeline.currency), f.money(pipeline.total.sellerExpectedRevenue, pipeline.currency)))]),
            fact(o.opportunities, o.qualifiedOf(qualified, documents)),
            ...(review.topAccounts === undefined ? [] : [fact(o.topAccounts, o.topCount(review.topAccounts.top.length, review.topAccounts.targets.length, review.topAccounts.accounts.length))]),
            ...(review.tiers === undefined ? [] : [fact(o.tiers, String(review.tiers.accounts.length))]),
          ]),
          o.sellerOnly,
        ];
      },
    },
    {
      id: "funnel",
      title: (t) => t.territory.sections.funnel,
      audience: "internal",
      render: (ctx) =>
        unlessEmpty(ctx.review.funnel.entries, (entries) => {
          const { f, review } = ctx;
          const t = f.t.territory;
          const c = t.funnelColumns;
          const none = f.t.common.none;
          return [
            table(
              [c.customer, c.contact, c.month, c.investment, c.stage, c.rate, c.rateFrom],
              entries.map((e) => {
                const { rate, source } = dealRate(review, e);
                return [
                  e.document === undefined ? md(e.customer) : t.fromDocument(md(e.customer), code(e.document)),
                  e.contact === undefined ? none : md(e.contact),
                  month(ctx, e.expectedMonth),
                  f.money(e.expectedInvestment, e.currency),
                  t.stages[e.stage],
                  f.percent(rate),
                  t.rateFrom[source],
                ];
              }),
              [3, 5],
            ),
            t.funnelNote,
          ];
        }),
    },
    {
      id: "pipeline",
      title: (t) => t.territory.sections.pipeline,
      audience: "internal",
      render: (ctx) => {
        const { f, review } = ctx;
        const t = f.t.territory;
        const c = t.pipelineColumns;
        const { pipeline, funnel } = review;
        const currency = pipeline.currency;
        if (currency === undefined) return [t.pipelineNote, t.noCurrency];
        const amount = (v: Decimal) => f.amount(v, currency);
        const money = [t.inCurrency(c.expected, currency), t.inCurrency(c.weighted, currency)];
        const total = [String(pipeline.total.deals), amount(pipeline.total.sellerExpectedRevenue), amount(pipeline.total.sellerWeightedRevenue)].map(bold);
        const customerOf = (id: string) => funnel.entries.find((e) => e.id === id);
        const others = pipeline.otherCurrencies.map((other) =>
          t.otherCurrency(
            other.currency,
            f.list(
              other.entries.map((id) => {
                const e = customerOf(id);
                return e === undefined ? code(id) : f.t.common.bracketed(md(e.customer), f.money(e.expectedInvestment, e.currency));
              }),
            ),
          ),
        );
        return [
          t.pipelineNote,
          bold(t.byMonth),
          table([c.month, c.deals, ...money], [...pipeline.byMonth.map((m) => [month(ctx, m.month), String(m.deals), amount(m.sellerExpectedRevenue), amount(m.sellerWeightedRevenue)]), [bold(t.total), ...total]], [1, 2, 3]),
          bold(t.byStage),
          table([c.stage, c.rate, c.deals, ...money], [...pipeline.byStage.map((s) => [t.stages[s.stage], f.percent(s.rate), String(s.deals), amount(s.sellerExpectedRevenue), amount(s.sellerWeightedRevenue)]), [bold(t.total), "", ...total]], [1, 2, 3, 4]),
          ...(others.length === 0 ? [] : [bold(t.notConverted), bullets(others)]),
        ];
      },
    },
    {
      id: "rates",
      title: (t) => t.territory.sections.rates,
      audience: "internal",
      render: ({ f, review }) => {
        const t = f.t.territory;
        const c = t.rateColumns;
        return [
          table(
            [c.stage, c.meaning, c.rate, c.source],
            funnelStages.map((stage) => {
              const { rate, source } = stageRate(review, stage);
              return [t.stages[stage], t.stageMeanings[stage], f.percent(rate), source === "ourDefault" ? bold(t.rateSource.ourDefault) : t.rateSource.territory];
            }),
            [2],
          ),
          t.ratesNote,
        ];
      },
    },
    {
      id: "opportunities",
      title: (t) => t.territory.sections.opportunities,
      audience: "internal",
      render: ({ f, review }) =>
        unlessEmpty(review.opportunities, (rows) => {
          const t = f.t.territory;
          const c = t.opportunityColumns;
          const none = f.t.common.none;
          return [
            table(
              [c.customer, c.stage, c.assessment, c.weakest, c.rank, c.category, c.opening, c.unanswered, c.painVisionPower, c.accountPlan],
              rows.map((o) => [
                `${bold(md(o.customer))} ${code(o.document)}`,
                o.stage === undefined ? none : t.stages[o.stage],
                o.assessment === undefined ? none : o.assessment.overall === undefined ? t.decisions[o.assessment.decision] : t.assessment(f.percent(o.assessment.overall), t.decisions[o.assessment.decision]),
                o.assessment?.weakest === undefined ? none : t.headings[o.assessment.weakest],
                o.rank === undefined ? none : o.rank.leader === undefined ? t.rankOf(o.rank.us, o.rank.of) : t.rankBehind(o.rank.us, o.rank.of, md(o.rank.leader)),
                o.category === undefined ? none : t.category(o.category),
                o.openingGroup === undefined ? none : t.openingGroups[o.openingGroup],
                o.unanswered === undefined || o.asked === undefined ? none : t.unansweredOf(o.unanswered, o.asked),
                o.painVisionPower === undefined ? none : o.painVisionPower ? t.holds : bold(t.missing),
                o.accountPlan === undefined ? none : f.percent(o.accountPlan),
              ]),
              [9],
            ),
            t.opportunitiesNote,
          ];
        }),
    },
    {
      id: "unqualified",
      title: (t) => t.territory.sections.unqualified,
      audience: "internal",
      render: ({ f, review }) => unlessEmpty(review.unqualified, (paths) => [bullets(paths.map((p) => code(p))), f.t.territory.unqualifiedNote]),
    },
    {
      id: "topAccounts",
      title: (t) => t.territory.sections.topAccounts,
      audience: "internal",
      render: ({ f, review }) => {
        const top = review.topAccounts;
        if (top === undefined) return undefined;
        const t = f.t.territory;
        const c = t.topColumns;
        const { yes, no } = f.t.common;
        return unlessEmpty(top.accounts, (accounts) => [
          table(
            [c.account, c.revenue, c.margin, c.potential, c.topOn, c.potentialLarge, c.confidenceHigh, c.target],
            accounts.map((a) => [
              `${bold(md(a.name))} ${code(a.id)}`,
              String(a.ranks.annualRevenue),
              String(a.ranks.margin),
              String(a.ranks.potential),
              a.topOn.length === 0 ? f.t.common.none : f.list(a.topOn.map((m) => t.measures[m])),
              a.potentialLargeEnough ? yes : no,
              a.confidenceHighEnough === undefined ? t.notStated : a.confidenceHighEnough ? yes : no,
              a.target ? bold(yes) : no,
            ]),
            [1, 2, 3],
          ),
          t.topRule(f.percent(top.share), top.perMeasure, accounts.length),
          t.targetRule(top.currency === undefined ? f.number(top.minPotential) : f.money(top.minPotential, top.currency), f.percent(top.minConfidence)),
        ]);
      },
    },
    {
      id: "tiers",
      title: (t) => t.territory.sections.tiers,
      audience: "internal",
      render: ({ f, review }) => {
        const tiers = review.tiers;
        if (tiers === undefined) return undefined;
        const t = f.t.territory;
        const c = t.tierColumns;
        const cur = tiers.currency;
        const amount = (v: Decimal) => f.amount(v, cur);
        const money = [t.inCurrency(c.potential, cur), t.inCurrency(c.current, cur), t.inCurrency(c.headroom, cur)];
        const { yes, no, none } = f.t.common;
        return [
          table([c.tier, c.accounts, ...money], tiers.byTier.map((tier) => [t.tierNames[tier.tier], String(tier.accounts), amount(tier.targetMarketPotential), amount(tier.currentBusiness), amount(tier.headroom)]), [1, 2, 3, 4]),
          ...(tiers.accounts.length === 0
            ? []
            : [
                table(
                  [c.tier, c.account, ...money, c.penetration, c.plan, c.coach],
                  tiers.accounts.map((a) => [
                    t.tierNames[a.tier],
                    `${bold(md(a.name))} ${code(a.id)}`,
                    amount(a.targetMarketPotential),
                    amount(a.currentBusiness),
                    amount(a.headroom),
                    a.penetration === undefined ? none : f.percent(a.penetration),
                    String(a.planActions),
                    a.coach ? yes : bold(no),
                  ]),
                  [2, 3, 4, 5, 6],
                ),
              ]),
          t.tiersNote,
        ];
      },
    },
    {
      id: "review",
      title: (t) => t.territory.sections.review,
      audience: "internal",
      render: (ctx) => {
        const tiers = ctx.review.tiers;
        if (tiers === undefined) return undefined;
        const { f } = ctx;
        const t = f.t.territory;
        const c = t.reviewColumns;
        const cur = tiers.currency;
        const none = f.t.common.none;
        return unlessEmpty(tiers.months, (months) => [
          table(
            [c.month, t.inCurrency(c.expected, cur), t.inCurrency(c.expectedReported, cur), t.inCurrency(c.actual, cur), t.inCurrency(c.variance, cur), c.reported],
            months.map((m) => [
              month(ctx, m.month),
              f.amount(m.expected, cur),
              m.expectedReported === undefined ? none : f.amount(m.expectedReported, cur),
              m.actual === undefined ? none : f.amount(m.actual, cur),
              m.variance === undefined ? none : m.variance.isNegative() ? bold(f.amount(m.variance, cur)) : f.amount(m.variance, cur),
              t.reportedOf(m.reported, m.pending),
            ]),
            [1, 2, 3, 4],
          ),
          t.reviewNote,
        ]);
      },
    },
  ],
};

/** The ids of the territory document's seller-only sections: all of them. */
const internalSections = internalSectionIds(territoryDocument);

/**
 * Writes a territory review as the manager's view across accounts: an overview; the funnel as the
 * seed's table (customer, contact, expected month, expected investment, stage, the rate and where it
 * comes from — the deal's own, the territory's, or our default); the seller's stage-weighted revenue
 * (expected revenue × stage rate) by expected month, by stage and in total, labelled as the seller's
 * and never as value, with the deals in another currency listed as not converted; the stage rates used,
 * our defaults marked; every opportunity in one row (stage, assessment score and decision, weakest
 * heading, our rank and the leader, value-matrix category, opening group, 5W + 2P unanswered, PAIN +
 * VISION + POWER, account-plan completeness); the documents without a qualification; the top accounts
 * with the target test and its thresholds; the tiers (per tier and per account: target market
 * potential, current business, headroom, penetration, plan actions, coach) and the monthly review
 * (expected, actual, variance, reported / pending). Money is exact to the currency's minor unit. Every
 * section is the seller's: for `audience: "customer"` only the title is written.
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - locale, heading level, audience, sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a territory review or a bad option, every problem listed
 *
 * @example
 * ```ts
 * const review = reviewTerritory(defineTerritory({ seller: "East team", currency: "CNY", deals: [
 *   { id: "d1", customer: "Hengda Foods", stage: "I", expectedMonth: "2027-02", expectedInvestment: "1200000", currency: "CNY" },
 * ] }));
 * const markdown = territoryToMarkdown(review, { sections: ["pipeline"] });
 * markdown.split("\n")[0]; //=> "# Territory review: East team"
 * markdown.includes("| February 2027 | 1 | 1,200,000.00 | 360,000.00 |"); //=> true
 * ```
 */
export function territoryToMarkdown(review: TerritoryReview, options?: TerritoryMarkdownOptions): string {
  checkReview("territoryToMarkdown", review);
  const resolved = resolveOptions("territoryToMarkdown", options, territorySections, internalSections);
  return writeDocument(territoryDocument, { f: formatterOf(resolved.locale), level: resolved.level, audience: resolved.audience, review }, resolved.sections);
}

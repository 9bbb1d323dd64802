/**
 * realisationToMarkdown: a realisation track (valueframe/realise) as the quarterly business review (QBR)
 * of a case after the sale — realised against promised in money with the forecasts at completion, each
 * KPI against its planned path, month by month, the milestones, the money by case period, the BVF rolled
 * up from the actuals, every measurement with its corrections, and the method in words.
 *
 * Every section is written for both audiences: the customer measured these KPIs and the case is the
 * contract between the two sides, so the QBR is shared. For the customer, ids are left out (names only)
 * and so are the people of the buying centre who measure each KPI (the "Measured by" column is the
 * seller's). The month-by-month tables are written for the customer too; the HTML report
 * (`toHtmlReport`) moves them to the customer report's appendix, written only with `appendix: true`, so
 * the customer's body reads as a short QBR.
 */
import type { Frame } from "../../frame/frame.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { BuyingCentre } from "../../people/schema.js";
import { DEFAULT_STATUS_THRESHOLDS, TREND_POINTS, type KpiStatus, type RealisationTrack, type StatusThresholds, type TrackedKpi } from "../../realise/trackRealisation.js";
import { renderArgumentError } from "../errors.js";
import type { SectionOptions } from "../options.js";
import type { Formatter } from "../_internal/formatter.js";
import { formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { formatMonth } from "../_internal/pursuitText.js";
import { centreOptionIssues, isRealisationTrack, kpiValue, NOT_A_TRACK } from "../_internal/realiseText.js";
import { type DocumentSpec, emptySection, internalSectionIds, named, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";

export type { RealisationTrack } from "../../realise/trackRealisation.js";

/** The sections of the realisation document, in order; every one is written for both audiences. */
export const realisationSections = ["summary", "kpis", "months", "milestones", "money", "rollUp", "measurements", "method"] as const;

/** A section of the realisation document. */
export type RealisationSection = (typeof realisationSections)[number];

/** Options of {@link realisationToMarkdown}. */
export interface RealisationMarkdownOptions extends SectionOptions<RealisationSection> {
  /** The buying centre: who measures each KPI, by name (the seller's document only). */
  readonly centre?: BuyingCentre;
  /** The frame: the goal each KPI serves, by name. */
  readonly frame?: Frame;
  /** The thresholds the track was computed with, for the method's words (default 0.9 and 0.6, as trackRealisation's). */
  readonly thresholds?: StatusThresholds;
}

interface RealisationContext extends SectionContext {
  readonly track: RealisationTrack;
  readonly centre: BuyingCentre | undefined;
  readonly frame: Frame | undefined;
  readonly thresholds: StatusThresholds;
  /** A KPI's value in its unit. */
  readonly value: (value: Decimal, unit: string) => string;
  /** Money in the track's currency, exact to its minor unit. */
  readonly money: (value: Decimal) => string;
}

const STATUSES: readonly KpiStatus[] = ["onTrack", "atRisk", "offTrack", "notMeasured"];

/** A KPI named for the audience: "**DSO** `k-dso`", or "**DSO**" for the customer. */
const kpiName = (ctx: RealisationContext, tracked: TrackedKpi) => named(ctx, tracked.kpi.name, tracked.kpi.id);

/** A KPI's status as a word, bold when it needs attention. */
function statusWord(f: Formatter, status: KpiStatus): string {
  const word = f.t.realise.status[status];
  return status === "atRisk" || status === "offTrack" ? `**${word}**` : word;
}

/** The person who measures a KPI: their name from the centre (and id), else the id. */
function measurer(ctx: RealisationContext, id: string | undefined): string {
  if (id === undefined) return ctx.f.t.common.none;
  const person = ctx.centre?.people.find((p) => p.id === id);
  return person === undefined ? code(id) : `**${md(person.name)}** ${code(id)}`;
}

/** The goal a KPI serves: its name from the frame, else its id. */
function goalOf(ctx: RealisationContext, id: string | undefined): string {
  if (id === undefined) return ctx.f.t.common.none;
  const goal = ctx.frame?.goals.find((g) => g.id === id);
  return goal === undefined ? code(id) : named(ctx, goal.name, id);
}

const realisationDocument: DocumentSpec<RealisationSection, RealisationContext> = {
  title: ({ f }) => f.t.realise.title,
  sections: [
    {
      id: "summary",
      render: (ctx) => {
        const { f, track, money } = ctx;
        const t = f.t.realise;
        const s = t.summary;
        const fact = f.t.common.fact;
        const m = track.money;
        const counts = Object.fromEntries(STATUSES.map((status) => [status, track.kpis.filter((k) => k.status === status).length])) as Record<KpiStatus, number>;
        const milestones = track.kpis.flatMap((k) => k.milestones.map((milestone) => ({ k, milestone })));
        const count = (state: "met" | "missed" | "pending") => milestones.filter((x) => x.milestone.state === state).length;
        const missed = milestones.filter((x) => x.milestone.state === "missed");
        return [
          t.asOf(f.date(track.asOf), f.date(track.start)),
          bullets([
            fact(s.realisedToDate, money(m.realisedToDate)),
            fact(s.promisedToDate, money(m.promisedToDate)),
            fact(s.varianceToDate, money(m.varianceToDate)),
            fact(s.forecastNpvPlan, money(m.forecastNpvPlan)),
            fact(s.forecastNpvTrend, money(m.forecastNpvTrend)),
            fact(s.promisedNpv, money(m.promisedNpv)),
            fact(s.promisedWeightedNpv, money(m.promisedWeightedNpv)),
            fact(s.kpis, s.kpiCounts(counts.onTrack, counts.atRisk, counts.offTrack, counts.notMeasured)),
            ...(milestones.length === 0 ? [] : [fact(s.milestones, s.milestoneCounts(count("met"), count("missed"), count("pending")))]),
            ...(missed.length === 0 ? [] : [fact(s.missed, missed.map(({ k, milestone }) => s.milestoneRef(md(milestone.label), md(k.kpi.name), f.date(milestone.date))).join(f.t.pursuit.semicolon))]),
          ]),
        ];
      },
    },
    {
      id: "kpis",
      title: (t) => t.realise.sections.kpis,
      render: (ctx) =>
        unlessEmpty(ctx.track.kpis, (kpis) => {
          const { f, value } = ctx;
          const t = f.t.realise;
          const c = t.kpiColumns;
          const none = f.t.common.none;
          const goals = kpis.some((k) => k.kpi.goal !== undefined);
          const who = ctx.audience === "internal" && kpis.some((k) => k.kpi.measuredBy !== undefined);
          const share = (x: Decimal | undefined) => (x === undefined ? none : f.percent(x));
          return [
            table(
              [c.kpi, c.unit, ...(goals ? [c.goal] : []), c.baseline, c.target, c.latest, c.plannedNow, c.achieved, c.planned, c.status, ...(who ? [c.measuredBy] : [])],
              kpis.map((k) => [
                kpiName(ctx, k),
                md(k.kpi.unit),
                ...(goals ? [goalOf(ctx, k.kpi.goal)] : []),
                value(k.kpi.baseline, k.kpi.unit),
                value(k.kpi.target, k.kpi.unit),
                k.latest === undefined ? t.notMeasured : t.valueOn(value(k.latest.value, k.kpi.unit), f.date(k.latest.date)),
                value(k.plannedNow, k.kpi.unit),
                share(k.achievedShare),
                share(k.plannedShare),
                statusWord(f, k.status),
                ...(who ? [measurer(ctx, k.kpi.measuredBy)] : []),
              ]),
            ),
            t.sharesNote,
          ];
        }),
    },
    {
      id: "months",
      title: (t) => t.realise.sections.months,
      render: (ctx) =>
        unlessEmpty(ctx.track.kpis, (kpis) => {
          const { f, value } = ctx;
          const t = f.t.realise;
          const c = t.monthColumns;
          const none = f.t.common.none;
          return [
            t.monthsNote,
            ...kpis.flatMap((k) => [
              t.kpiLine(kpiName(ctx, k), md(k.kpi.unit), value(k.kpi.baseline, k.kpi.unit), value(k.kpi.target, k.kpi.unit)),
              table(
                [c.month, c.planned, c.actual, c.variance, c.variancePercent, c.favourable],
                k.months.map((row) => [
                  formatMonth(f.locale.id, row.month),
                  f.number(row.planned, 2),
                  row.actual === undefined ? none : f.number(row.actual),
                  row.variance === undefined ? none : f.number(row.variance, 2),
                  row.variancePercent === undefined ? none : f.percent(row.variancePercent),
                  row.favourable === undefined ? none : row.favourable ? f.t.common.yes : `**${f.t.common.no}**`,
                ]),
                [1, 2, 3, 4],
              ),
            ]),
          ];
        }),
    },
    {
      id: "milestones",
      title: (t) => t.realise.sections.milestones,
      render: (ctx) => {
        const { f, value } = ctx;
        const t = f.t.realise;
        const c = t.milestoneColumns;
        const rows = ctx.track.kpis.flatMap((k) => k.milestones.map((milestone) => ({ k, milestone })));
        return unlessEmpty(rows, (all) => [
          table(
            [c.kpi, c.milestone, c.date, c.value, c.measured, c.state],
            all.map(({ k, milestone }) => [
              kpiName(ctx, k),
              md(milestone.label),
              f.date(milestone.date),
              value(milestone.value, k.kpi.unit),
              milestone.measured === undefined ? f.t.common.none : value(milestone.measured, k.kpi.unit),
              milestone.state === "missed" ? `**${t.milestoneStates.missed}**` : t.milestoneStates[milestone.state],
            ]),
          ),
        ]);
      },
    },
    {
      id: "money",
      title: (t) => t.realise.sections.money,
      render: ({ f, track }) => {
        const t = f.t.realise;
        const c = t.moneyColumns;
        const m = track.money;
        const cur = m.currency;
        const amount = (v: Decimal) => f.amount(v, cur);
        const sum = (pick: (row: (typeof m.periods)[number]) => Decimal) => m.periods.reduce((s, row) => s.plus(pick(row)), new Dec(0));
        const withCur = (label: string) => t.inCurrency(label, cur);
        return unlessEmpty(m.periods, (periods) => [
          table(
            [c.period, c.dates, c.elapsed, withCur(c.promised), withCur(c.promisedToDate), withCur(c.realised), withCur(c.forecastPlan), withCur(c.forecastTrend)],
            [
              ...periods.map((row) => [
                String(row.period),
                row.from === row.to ? f.date(row.from) : t.range(f.date(row.from), f.date(row.to)),
                f.percent(row.elapsed),
                amount(row.promised),
                amount(row.promisedToDate),
                amount(row.realised),
                amount(row.forecastPlan),
                amount(row.forecastTrend),
              ]),
              [
                `**${t.total}**`,
                "",
                "",
                `**${amount(sum((r) => r.promised))}**`,
                `**${amount(m.promisedToDate)}**`,
                `**${amount(m.realisedToDate)}**`,
                `**${amount(sum((r) => r.forecastPlan))}**`,
                `**${amount(sum((r) => r.forecastTrend))}**`,
              ],
            ],
            [0, 2, 3, 4, 5, 6, 7],
          ),
          t.moneyNote,
        ]);
      },
    },
    {
      id: "rollUp",
      title: (t) => t.realise.sections.rollUp,
      render: (ctx) => {
        const rolled = ctx.track.rollUp;
        if (rolled === undefined) return undefined;
        const { f } = ctx;
        const t = f.t.realise;
        const c = t.rollUpColumns;
        const pct = (v: Decimal) => f.percent(v.div(100), 2);
        return unlessEmpty(rolled.planned.executiveKpis, (planned) => [
          table(
            [c.kpi, c.planned, c.actual, c.difference],
            planned.map((p) => {
              const actual = rolled.actual.executiveKpis.find((a) => a.id === p.id);
              return [named(ctx, p.name, p.id), pct(p.estimated), actual === undefined ? f.t.common.none : pct(actual.estimated), actual === undefined ? f.t.common.none : pct(actual.estimated.minus(p.estimated))];
            }),
            [1, 2, 3],
          ),
          t.rollUpNote,
        ]);
      },
    },
    {
      id: "measurements",
      title: (t) => t.realise.sections.measurements,
      render: (ctx) => {
        const { f, value } = ctx;
        const t = f.t.realise;
        const c = t.measurementColumns;
        const none = f.t.common.none;
        const measured = ctx.track.kpis.filter((k) => k.history.length > 0);
        if (ctx.track.kpis.length === 0) return emptySection;
        if (measured.length === 0) return [t.noMeasurements];
        return measured.flatMap((k) => [
          ctx.audience === "internal" && k.kpi.measuredBy !== undefined ? f.t.common.bracketed(kpiName(ctx, k), `${t.kpiColumns.measuredBy}: ${measurer(ctx, k.kpi.measuredBy)}`) : kpiName(ctx, k),
          table(
            [c.date, c.value, c.source, c.confidence, c.state, c.note],
            k.history.map((m) => {
              const shown = value(m.value, k.kpi.unit);
              return [
                f.date(m.date),
                m.replaced ? `~~${shown}~~` : shown,
                md(m.source),
                m.confidence === undefined ? none : f.percent(m.confidence),
                m.replaced ? t.replaced : m.correction ? t.correction : t.counted,
                m.note === undefined || m.note === "" ? none : md(m.note),
              ];
            }),
            [1, 3],
          ),
        ]);
      },
    },
    {
      id: "method",
      title: (t) => t.realise.sections.method,
      render: ({ f, thresholds }) => {
        const w = f.t.realise.method;
        return [bullets([w.plan, w.status(f.percent(thresholds.onTrack), f.percent(thresholds.atRisk)), w.corrections, w.realised, w.forecasts(String(TREND_POINTS)), w.rollUp])];
      },
    },
  ],
};

/** The ids of the realisation document's seller-only sections: none, the QBR is shared. */
const internalSections = internalSectionIds(realisationDocument);

/**
 * Writes a realisation track as the quarterly business review of the case: the summary (as of when;
 * realised to date against promised to date in money with the variance; the forecast NPV at completion
 * by the plan and by the trend against the promised NPV, each figure labelled unweighted or weighted,
 * to date or at completion; how many KPIs are on track, at risk or off track; milestones met and
 * missed), the KPIs against plan (baseline, target, latest actual with its date, planned now, the share
 * of the improvement achieved against the share planned, status), month by month per KPI (plan, actual,
 * variance, variance %), the milestones, the money by case period with totals, the roll-up of the BVF
 * from actuals (when the track has one), every measurement with its source and confidence — a replaced
 * one struck through and marked — and the method in words. Money is exact to the currency's minor unit.
 * Every section is for both audiences; for the customer, names without ids and no one named as who
 * measures.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - locale, heading level, audience, sections, `centre`, `frame`, `thresholds`
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a realisation track or a bad option, every problem listed
 *
 * @example
 * ```ts
 * const track = trackRealisation(realisation, { valueCase, asOf: "2026-06-01" });
 * const markdown = realisationToMarkdown(track, { sections: ["summary"] });
 * markdown.split("\n")[0]; //=> "# Value realisation: the case against what was measured"
 * markdown.includes("- **Realised to date (unweighted; recurring lines for the share of their period elapsed, one-time lines at the amount measured so far):** CN¥11,972,383.56"); //=> true
 * ```
 */
export function realisationToMarkdown(track: RealisationTrack, options?: RealisationMarkdownOptions): string {
  if (!isRealisationTrack(track)) throw renderArgumentError("realisationToMarkdown", "track", NOT_A_TRACK, "invalid_type");
  const resolved = resolveOptions("realisationToMarkdown", options, realisationSections, internalSections, (issues) => {
    issues.push(...centreOptionIssues(options?.centre));
    const thresholds = options?.thresholds;
    if (thresholds !== undefined && (typeof thresholds !== "object" || thresholds === null || typeof (thresholds as { onTrack?: unknown }).onTrack !== "object" || typeof (thresholds as { atRisk?: unknown }).atRisk !== "object")) {
      issues.push({ path: ["thresholds"], code: "invalid_type", message: "expected the status thresholds trackRealisation used: { onTrack, atRisk } as Decimals" });
    }
  });
  const f = formatterOf(resolved.locale);
  return writeDocument(
    realisationDocument,
    {
      f,
      level: resolved.level,
      audience: resolved.audience,
      track,
      centre: options?.centre,
      frame: options?.frame,
      thresholds: options?.thresholds ?? DEFAULT_STATUS_THRESHOLDS,
      value: (v, unit) => kpiValue((x) => f.number(x), v, unit),
      money: (v) => f.money(v, track.money.currency),
    },
    resolved.sections,
  );
}

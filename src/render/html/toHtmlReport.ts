/** toHtmlReport: one self-contained, printable HTML file with the documented value case, its charts and diagrams. */
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import type { ScenarioComparison } from "../../quantify/types.js";
import type { Simulation } from "../../quantify/types.js";
import type { Tornado } from "../../quantify/types.js";
import type { Evaluation } from "../../quantify/types.js";
import type { ExecutiveSummary } from "../../quantify/executiveSummary.js";
import type { BuyingCentre } from "../../people/schema.js";
import { personValues } from "../../people/personValue.js";
import { buyingCentreToMarkdown, personValueToMarkdown } from "../markdown/buyingCentreToMarkdown.js";
import { stakeholderMapSvg } from "../svg/stakeholderMapSvg.js";
import type { Pursuit } from "../../pursuit/schema.js";
import { pursuitToMarkdown } from "../markdown/pursuitToMarkdown.js";
import { pursuitTimelineSvg } from "../svg/pursuitTimelineSvg.js";
import type { RealisationTrack } from "../../realise/trackRealisation.js";
import { type RealisationSection, realisationSections, realisationToMarkdown } from "../markdown/realisationToMarkdown.js";
import { realisationKpiSvg } from "../svg/realisationKpiSvg.js";
import { realisationMoneySvg } from "../svg/realisationMoneySvg.js";
import type { AccountPlan } from "../../qualify/accounts.js";
import { qualifyOpportunity } from "../../qualify/defineQualification.js";
import type { Qualification } from "../../qualify/schema.js";
import { accountPlanToMarkdown } from "../markdown/accountPlanToMarkdown.js";
import { qualificationToMarkdown } from "../markdown/qualificationToMarkdown.js";
import { openingGridSvg } from "../svg/openingGridSvg.js";
import { purchaseCriteriaSvg } from "../svg/purchaseCriteriaSvg.js";
import { valueMatrixSvg } from "../svg/valueMatrixSvg.js";
import { renderArgumentError } from "../errors.js";
import { type Audience, audiences, type RenderOptions } from "../options.js";
import { formatterOf } from "../_internal/formatter.js";
import { summaryParts } from "../markdown/summaryToMarkdown.js";
import { type EvaluationSection, evaluationSections } from "../markdown/evaluationToMarkdown.js";
import { type BvfSection, bvfDocument, bvfSections, bvfToMarkdown } from "../markdown/bvfToMarkdown.js";
import { evaluationToMarkdown } from "../markdown/evaluationToMarkdown.js";
import { type FrameSection, frameDocument, frameSections, frameToMarkdown } from "../markdown/frameToMarkdown.js";
import { internalSectionIds } from "../_internal/sections.js";
import { markdownToHtml } from "../markdown/markdownToHtml.js";
import { bvfDiagramSvg } from "../svg/bvfDiagramSvg.js";
import { cumulativeCashFlowSvg } from "../svg/cumulativeCashFlowSvg.js";
import { histogramSvg } from "../svg/histogramSvg.js";
import { linkageDiagramSvg } from "../svg/linkageDiagramSvg.js";
import { tornadoSvg } from "../svg/tornadoSvg.js";
import { waterfallSvg } from "../svg/waterfallSvg.js";
import { esc } from "../_internal/xml.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { brandingRules, checkBranding, reportCover, type ReportBranding } from "./_internal/cover.js";
import { reportCss } from "./_internal/reportCss.js";

/** What a report shows; give at least one part. */
export interface HtmlReportInput {
  /** The executive summary (quantify's `executiveSummary`): the report opens with it, its chart and the decision asked. */
  readonly summary?: ExecutiveSummary;
  /** The reference frame: its Markdown and the linkage diagram. */
  readonly frame?: Frame;
  /** The evaluation: its documented calculation, the waterfall and the cumulative cash flow. */
  readonly evaluation?: Evaluation;
  /** A Business Value Framework: its Markdown and the four-level diagram. */
  readonly bvf?: Bvf;
  /** Scenarios side by side (`evaluateScenarios`), shown with the evaluation. */
  readonly scenarios?: ScenarioComparison;
  /** Sensitivity (`tornado`): the ranking and the tornado chart. */
  readonly tornado?: Tornado;
  /** Monte Carlo (`simulate`): the percentiles and the histogram. */
  readonly simulation?: Simulation;
  /**
   * The buying centre and the day its standings are read as of: in the seller's report, its working
   * document, the stakeholder map and each person's value page; never in the customer's.
   */
  readonly stakeholders?: { readonly centre: BuyingCentre; readonly asOf?: string };
  /**
   * The pursuit and the day it is read as of (default: the stakeholders' `asOf`): in the seller's report,
   * after the buying centre, its working document (`pursuitToMarkdown`, people named by the stakeholders'
   * centre, moves carrying the frame's questions and the case's figures) with the timeline drawn after
   * where each person stands (`pursuitTimelineSvg`); never in the customer's.
   */
  readonly pursuit?: { readonly pursuit: Pursuit; readonly asOf?: string };
  /**
   * The realisation tracked after the sale (`trackRealisation`): for both audiences, after the BVF, its
   * quarterly business review (`realisationToMarkdown`) with each KPI's planned path against its actuals
   * drawn after the KPIs (`realisationKpiSvg`) and the money realised against promised after the money
   * table (`realisationMoneySvg`). The seller's report has every section, who measures each KPI named by
   * the stakeholders' centre; the customer's body has the QBR view (summary, KPIs, milestones, money,
   * roll-up) and its appendix the months, the measurements and the method.
   */
  readonly realisation?: { readonly track: RealisationTrack };
  /**
   * The opportunity's qualification: in the seller's report, after the executive summary and before the
   * frame (qualifying comes first in the method), its working document (`qualificationToMarkdown`,
   * people named and power read by the stakeholders' centre, needs and solutions by the frame and the
   * BVF) with the purchase criteria drawn after their section (`purchaseCriteriaSvg`), the value matrix
   * after its own (`valueMatrixSvg`) and the opening grid after the opening (`openingGridSvg`); never in
   * the customer's: assessments, scores against competitors and the funnel are the seller's.
   */
  readonly qualification?: { readonly qualification: Qualification };
  /** The account plan: in the seller's report, after the qualification (`accountPlanToMarkdown`); never in the customer's. */
  readonly account?: { readonly plan: AccountPlan };
}

/** Options of {@link toHtmlReport}: the locale, the title, the audience, the appendix, and the cover and printed pages ({@link ReportBranding}). */
export interface HtmlReportOptions extends RenderOptions, ReportBranding {
  /** The document title (default: "Value case report" and the customer's name). */
  readonly title?: string;
  /**
   * `"internal"` (default): the seller's working report, everything with ids and formula source.
   * `"customer"`: what the customer may see — no seller-only section, names instead of ids, the
   * calculation in words, and the working (assumptions, calculation steps, period tables) moved to an
   * appendix that is left out unless `appendix` is true.
   */
  readonly audience?: Audience;
  /** For the customer audience: add the appendix with the calculation in full (default false). */
  readonly appendix?: boolean;
}

const parts = ["summary", "frame", "evaluation", "bvf", "scenarios", "tornado", "simulation", "realisation", "qualification", "account"] as const;

/**
 * What a customer report's body shows of each part, so it reads in a few pages after the summary; the
 * rest of each part (the working, the detail the summary already states) goes to the appendix. The
 * seller's report shows every section in the body.
 */
const customerBody = {
  frame: ["goals", "issues"],
  // The value lines and the sensitivity are drawn (waterfall, tornado) rather than tabled: the summary
  // names the largest of each, and the tables are in the appendix.
  evaluation: ["scenarios", "simulation"],
  bvf: [],
  // The QBR: the figures, the KPIs, the milestones, the money and the roll-up; the working in the appendix.
  realisation: ["summary", "kpis", "milestones", "money", "rollUp"],
} as const satisfies { frame: readonly FrameSection[]; evaluation: readonly EvaluationSection[]; bvf: readonly BvfSection[]; realisation: readonly RealisationSection[] };

/** The sections of a part's appendix: every customer section its body leaves out (and not its diagram). */
function appendixOf<S extends string>(all: readonly S[], body: readonly S[], internal: readonly string[]): S[] {
  return all.filter((id) => id !== "diagram" && id !== "summary" && !body.includes(id) && !internal.includes(id));
}

const internalFrameSections: readonly string[] = internalSectionIds(frameDocument);
const internalBvfSections: readonly string[] = internalSectionIds(bvfDocument);

/** Escaped SVG inside HTML: the namespace is implied, so the report holds no URL at all. */
function figure(svg: string, caption: string, kind: "chart" | "diagram" = "chart"): string {
  return `<figure class="${kind}">${svg.replace(' xmlns="http://www.w3.org/2000/svg"', "")}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** The description a chart carries in its `<desc>`, for the caption under it. */
function captionOf(svg: string): string {
  const match = /<desc>([\s\S]*?)<\/desc>/.exec(svg);
  return (match?.[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

function chart(svg: string): string {
  return figure(svg, captionOf(svg));
}

/** A drawn diagram: often wider than the page, so it scales down to fit (its viewBox keeps it sharp). */
function drawnDiagram(svg: string): string {
  return figure(svg.replace("<svg ", '<svg style="display:block;max-width:100%;height:auto" '), captionOf(svg), "diagram");
}

/**
 * Inserts each chart after the section whose heading it belongs to; charts whose section is missing go
 * at the end, so none is lost.
 */
function placeCharts(html: string, placements: readonly { readonly heading: string; readonly html: string }[]): string {
  const segments = html.split(/(?=<h3>)/);
  const unplaced = [...placements];
  const out = segments.map((segment) => {
    const here = unplaced.filter((placement) => segment.startsWith(placement.heading));
    for (const placement of here) unplaced.splice(unplaced.indexOf(placement), 1);
    return segment + here.map((placement) => placement.html).join("");
  });
  return out.join("") + unplaced.map((placement) => placement.html).join("");
}

/**
 * Builds one self-contained HTML report: the frame, the value case and the BVF as documented by
 * `toMarkdown` (converted with `markdownToHtml`), each chart as inline SVG placed with its section
 * (waterfall after the value lines, cumulative cash flow after the cash-flow table, tornado after the
 * sensitivity ranking, histogram after the simulation), and the linkage and BVF diagrams drawn as
 * inline SVG (`linkageDiagramSvg`, `bvfDiagramSvg`; the Markdown's Mermaid blocks are left out), a
 * realisation's quarterly business review with its KPI and money charts (`realisation`), and for the
 * seller the opportunity's qualification with its charts and the account plan. A cover
 * block (customer, seller, date, version, logo, theme colour) that prints as a title page; print CSS for
 * A4 or Letter with a running header and footer. No script, no external resource (unless the logo is an
 * https: URL).
 *
 * @param input - `frame`, `evaluation`, `bvf`, `scenarios`, `tornado`, `simulation`, `realisation`, `qualification`, `account`: any of them, at least one; `summary`; and for the seller's report `stakeholders` and `pursuit` (`qualification` and `account` are the seller's too)
 * @param options - `locale`, `title`, and the cover's `paper`, `date`, `version`, `customer`, `seller`, `logo`, `themeColor`
 * @returns a complete HTML document (`<!doctype html>` …)
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` when the input is not an object or holds none of the parts
 *
 * @example
 * ```ts
 * const evaluation = evaluate(distributorCase, { frame });
 * const html = toHtmlReport({ frame, evaluation, tornado: tornado(distributorCase) }, { title: "Huatong: credit-to-cash" });
 * html.startsWith("<!doctype html>"); //=> true
 * html.match(/<svg/g).length; //=> 4 (the linkage diagram and three charts)
 * const printed = toHtmlReport({ frame, evaluation }, { paper: "letter", date: "2026-05-01", version: "v2", themeColor: "#0b6e4f" });
 * printed.includes("<dt>Date</dt><dd>May 1, 2026</dd>"); //=> true
 * ```
 */
export function toHtmlReport(input: HtmlReportInput, options?: HtmlReportOptions): string {
  if (typeof input !== "object" || input === null || !parts.some((part) => input[part] !== undefined)) {
    throw renderArgumentError("toHtmlReport", "input", `give at least one of ${parts.join(", ")} (got ${input === null ? "null" : typeof input === "object" ? "an object with none of them" : typeof input})`, "invalid_type");
  }
  const locale = chartOptions(
    "toHtmlReport",
    options,
    { title: { kind: "text" }, audience: { kind: "oneOf", values: audiences }, appendix: { kind: "oneOf", values: [true, false] }, ...brandingRules },
    checkBranding,
  );
  const audience = options?.audience ?? "internal";
  const customer = audience === "customer";
  const t = locale.text.html;
  const text = locale.locale.text;
  const lang = { locale: locale.locale, headingLevel: 2, audience } as const;
  const section = (id: string, body: string) => `<section class="part" id="${id}">\n${body}\n</section>`;
  const sections: { readonly id: string; readonly title: string; readonly html: string }[] = [];
  const { summary, frame, evaluation, bvf, scenarios, tornado, simulation, stakeholders, pursuit, realisation, qualification, account } = input;
  const currency = evaluation?.currency ?? simulation?.currency ?? frame?.currency;

  if (summary !== undefined) {
    const f = formatterOf(locale.locale);
    const pieces = summaryParts(summary, f, 3, audience);
    const chartOfSummary = chart(cumulativeCashFlowSvg(summary.headlineEvaluation, { locale: locale.locale }));
    // The figures and the decision beside their chart, then the goals, lines and assumptions below.
    const top = `<div class="summary-top"><div>${markdownToHtml(pieces.headline)}</div>${chartOfSummary}</div>`;
    sections.push({ id: "summary", title: text.summary.title, html: `<h2>${esc(text.summary.title)}</h2>\n${top}\n${markdownToHtml(pieces.rest)}` });
  }

  // Qualifying comes before the frame in the method: the seller reads it right after the summary.
  if (qualification !== undefined && !customer) {
    const q = qualification.qualification;
    const words = text.qualify;
    const centre = stakeholders?.centre;
    const context = { ...(centre === undefined ? {} : { centre }), ...(frame === undefined ? {} : { frame }), ...(bvf === undefined ? {} : { bvf }) };
    const worked = qualifyOpportunity(q, context);
    const heading = (title: string) => markdownToHtml(`### ${title}`);
    const html = placeCharts(markdownToHtml(qualificationToMarkdown(q, { ...lang, ...context })), [
      ...(worked.comparison === undefined ? [] : [{ heading: heading(words.sections.criteria), html: chart(purchaseCriteriaSvg(q, { locale: locale.locale })) }]),
      ...(worked.valueMatrix === undefined ? [] : [{ heading: heading(words.sections.valueMatrix), html: chart(valueMatrixSvg(q, { locale: locale.locale })) }]),
      ...(worked.opening === undefined ? [] : [{ heading: heading(words.sections.opening), html: chart(openingGridSvg(q, { locale: locale.locale })) }]),
    ]);
    sections.push({ id: "qualification", title: words.title, html });
  }
  if (account !== undefined && !customer) {
    sections.push({ id: "account", title: text.qualify.account.title(account.plan.account), html: markdownToHtml(accountPlanToMarkdown(account.plan, lang)) });
  }

  if (frame !== undefined) {
    // The diagram drawn, instead of the Markdown's Mermaid block.
    const diagram = `<h3>${esc(t.linkage)}</h3>\n<p>${esc(t.linkageNote)}</p>\n${drawnDiagram(linkageDiagramSvg(frame, { locale: locale.locale }))}`;
    if (customer) {
      // The goals, the picture of how everything serves them, then the issues: the diagram (kept whole)
      // comes before the long table, which breaks across pages, so no page ends half empty.
      const [first, ...rest] = customerBody.frame;
      const goals = markdownToHtml(frameToMarkdown(frame, { ...lang, sections: [first] }));
      const after = markdownToHtml(frameToMarkdown(frame, { ...lang, sections: rest }).replace(/^## .*\n/, ""));
      sections.push({ id: "frame", title: t.frame, html: `${goals}\n${diagram}\n${after}` });
    } else {
      const markdown = frameToMarkdown(frame, { ...lang, sections: frameSections.filter((id) => id !== "diagram") });
      sections.push({ id: "frame", title: t.frame, html: `${markdownToHtml(markdown)}\n${diagram}` });
    }
  }
  const tornadoChart = tornado === undefined ? undefined : chart(tornadoSvg(tornado, { locale: locale.locale, ...(currency === undefined ? {} : { currency }) }));
  const histogramChart = simulation === undefined ? undefined : chart(histogramSvg(simulation, { locale: locale.locale }));
  if (evaluation !== undefined) {
    const markdown = evaluationToMarkdown(evaluation, {
      ...lang,
      // The summary has its own part; a customer report keeps the working for the appendix.
      sections: customer ? [...customerBody.evaluation] : evaluationSections.filter((id) => id !== "summary"),
      ...(scenarios === undefined ? {} : { scenarios }),
      ...(tornado === undefined ? {} : { tornado }),
      ...(simulation === undefined ? {} : { simulation }),
    });
    const heading = (title: string) => markdownToHtml(`### ${title}`);
    const placements = [
      ...(customer ? [] : [{ heading: heading(text.evaluation.lines), html: chart(waterfallSvg(evaluation, { locale: locale.locale })) }]),
      // The customer's body has no period tables: its summary carries the cumulative cash flow.
      ...(customer ? [] : [{ heading: heading(text.evaluation.cashFlowWeighted), html: chart(cumulativeCashFlowSvg(evaluation, { locale: locale.locale })) }]),
      ...(tornadoChart === undefined ? [] : [{ heading: heading(text.evaluation.sensitivity), html: tornadoChart }]),
      // Without its table the customer's tornado keeps its heading, after the scenarios.
      ...(tornadoChart === undefined || !customer ? [] : [{ heading: heading(text.evaluation.scenarios), html: `<h3>${esc(text.evaluation.sensitivity)}</h3>\n${tornadoChart}` }]),
      ...(histogramChart === undefined ? [] : [{ heading: heading(text.evaluation.simulation), html: histogramChart }]),
    ];
    const placed = placeCharts(markdownToHtml(markdown), placements);
    // The customer's body has no lines table: the waterfall opens the part, under the lines' heading.
    const opening = customer ? `<h3>${esc(text.evaluation.lines)}</h3>\n${chart(waterfallSvg(evaluation, { locale: locale.locale }))}` : "";
    sections.push({ id: "value-case", title: t.evaluation, html: customer ? placed.replace(/(<\/h2>\n?)/, `$1${opening}\n`) : placed });
  } else if (tornadoChart !== undefined || histogramChart !== undefined) {
    const charts = [tornadoChart === undefined ? "" : `<h3>${esc(t.sensitivity)}</h3>\n${tornadoChart}`, histogramChart === undefined ? "" : `<h3>${esc(t.simulation)}</h3>\n${histogramChart}`];
    sections.push({ id: "charts", title: t.charts, html: `<h2>${esc(t.charts)}</h2>\n${charts.join("\n")}` });
  }
  if (bvf !== undefined) {
    const markdown = bvfToMarkdown(bvf, { ...lang, sections: customer ? [...customerBody.bvf] : bvfSections.filter((id) => id !== "diagram") });
    const diagram = `<h3>${esc(t.bvfDiagram)}</h3>\n${drawnDiagram(bvfDiagramSvg(bvf, { locale: locale.locale }))}`;
    sections.push({ id: "bvf", title: t.bvf, html: `${markdownToHtml(markdown)}\n${diagram}` });
  }

  if (realisation !== undefined) {
    const { track } = realisation;
    const words = text.realise;
    const centre = stakeholders?.centre;
    const context = { ...(centre === undefined || customer ? {} : { centre }), ...(frame === undefined ? {} : { frame }) };
    const markdown = realisationToMarkdown(track, { ...lang, ...context, sections: customer ? [...customerBody.realisation] : [...realisationSections] });
    const heading = (title: string) => markdownToHtml(`### ${title}`);
    const html = placeCharts(markdownToHtml(markdown), [
      { heading: heading(words.sections.kpis), html: chart(realisationKpiSvg(track, { locale: locale.locale })) },
      { heading: heading(words.sections.money), html: chart(realisationMoneySvg(track, { locale: locale.locale })) },
    ]);
    sections.push({ id: "realisation", title: words.title, html });
  }

  if (stakeholders !== undefined && !customer) {
    const { centre, asOf } = stakeholders;
    const context = { ...(asOf === undefined ? {} : { asOf }), ...(frame === undefined ? {} : { frame }), ...(evaluation === undefined ? {} : { evaluation }) };
    const map = `<h3>${esc(t.stakeholderMap)}</h3>
${chart(stakeholderMapSvg(centre, { locale: locale.locale, ...(asOf === undefined ? {} : { asOf }) }))}`;
    const pages =
      frame === undefined
        ? ""
        : `<h3>${esc(t.personValues)}</h3>
${personValues(centre, { frame, ...(asOf === undefined ? {} : { asOf }), ...(evaluation === undefined ? {} : { evaluation }), ...(summary === undefined ? {} : { summary }) })
            .map((value) => markdownToHtml(personValueToMarkdown(value, { locale: locale.locale, headingLevel: 4 })))
            .join("\n")}`;
    sections.push({ id: "people", title: t.people, html: `${markdownToHtml(buyingCentreToMarkdown(centre, { ...lang, ...context }))}\n${map}\n${pages}` });
  }

  if (pursuit !== undefined && !customer) {
    const asOf = pursuit.asOf ?? stakeholders?.asOf;
    const centre = stakeholders?.centre;
    const words = text.pursuit;
    const context = {
      ...(asOf === undefined ? {} : { asOf }),
      ...(centre === undefined ? {} : { centre }),
      ...(frame === undefined ? {} : { frame }),
      ...(evaluation === undefined ? {} : { evaluation }),
      ...(summary === undefined ? {} : { summary }),
    };
    const timeline = `<h3>${esc(words.timeline.heading)}</h3>
${drawnDiagram(pursuitTimelineSvg(pursuit.pursuit, { locale: locale.locale, ...(asOf === undefined ? {} : { asOf }), ...(centre === undefined ? {} : { centre }) }))}`;
    const html = placeCharts(markdownToHtml(pursuitToMarkdown(pursuit.pursuit, { ...lang, ...context })), [{ heading: markdownToHtml(`### ${words.sections.stages}`), html: timeline }]);
    sections.push({ id: "pursuit", title: words.title, html });
  }

  if (customer && options?.appendix === true) {
    // Each part's remaining sections under its own title, one level below the appendix's heading.
    const sub = { ...lang, headingLevel: 3 } as const;
    const parts = [
      frame === undefined ? undefined : frameToMarkdown(frame, { ...sub, sections: appendixOf(frameSections, customerBody.frame, internalFrameSections) }),
      evaluation === undefined ? undefined : evaluationToMarkdown(evaluation, { ...sub, sections: appendixOf(evaluationSections, customerBody.evaluation, []) }),
      bvf === undefined ? undefined : bvfToMarkdown(bvf, { ...sub, sections: appendixOf(bvfSections, customerBody.bvf, internalBvfSections) }),
      realisation === undefined ? undefined : realisationToMarkdown(realisation.track, { ...sub, ...(frame === undefined ? {} : { frame }), sections: appendixOf(realisationSections, customerBody.realisation, []) }),
    ].filter((part): part is string => part !== undefined);
    sections.push({ id: "appendix", title: t.appendix, html: `<h2>${esc(t.appendix)}</h2>\n<p>${esc(t.appendixNote)}</p>\n${parts.map(markdownToHtml).join("\n")}` });
  }

  const customerName = frame?.customer.name ?? bvf?.customer;
  const title = options?.title ?? (customerName === undefined ? t.title : t.titleFor(customerName));
  const subtitle = evaluation?.name ?? bvf?.name ?? summary?.name ?? "";
  // With a summary the cover is a band atop page 1, so the answer is on the first page and screen.
  const cover = reportCover(locale, options, { title, subtitle, customer: customerName, seller: bvf?.seller, compact: summary !== undefined });
  const contents = sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join("");
  const nav = `<nav aria-label="${esc(t.contents)}"><strong>${esc(t.contents)}</strong><ol>${contents}</ol></nav>`;
  const [first, ...others] = sections;
  return [
    "<!doctype html>",
    `<html lang="${locale.locale.id}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${reportCss}${cover.css}</style>`,
    "</head>",
    customer ? '<body class="customer">' : "<body>",
    cover.html,
    ...(summary === undefined ? [nav, "<main>", ...sections.map((s) => section(s.id, s.html))] : ["<main>", section(first!.id, first!.html), nav, ...others.map((s) => section(s.id, s.html))]),
    "</main>",
    `<footer><p>${esc(t.generated)}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** portfolioToHtml: a portfolio's pipeline as one self-contained, printable HTML page with its chart inline. */
import type { PortfolioPipeline } from "../../portfolio/aggregate.js";
import { chartOptions, type ChartLocale } from "../_internal/chartOptions.js";
import { checkPipeline } from "../_internal/portfolioText.js";
import { portfolioSections, portfolioToMarkdown, type PortfolioSection } from "../markdown/portfolioToMarkdown.js";
import type { RenderOptions } from "../options.js";
import { flowsSvg } from "../svg/portfolioFlowsSvg.js";
import { brandingRules, checkBranding, reportCover, type ReportBranding } from "./_internal/cover.js";
import { htmlPage, sectionParts } from "./_internal/page.js";

/** Options of {@link portfolioToHtml}: the locale, the title, and the cover and printed pages ({@link ReportBranding}). */
export interface PortfolioHtmlOptions extends RenderOptions, ReportBranding {
  /** The page's title (default: "Portfolio pipeline"), e.g. the folder or team it covers. */
  readonly title?: string;
}

/** The charts drawn after each section. */
const chartsAfter: Partial<Record<PortfolioSection, (pipeline: PortfolioPipeline, locale: ChartLocale) => readonly string[]>> = { flows: flowsSvg };

/**
 * Builds one self-contained HTML page of a portfolio's pipeline — the seller's view across many value
 * cases, never a customer's: each section of {@link portfolioToMarkdown} (converted with
 * `markdownToHtml`, so every name, message and label is escaped) with the customers' weighted net flow
 * by calendar month drawn as inline SVG bars after the flows (each bar's exact amount in its tooltip),
 * under the HTML report's cover, contents and print styles. No script, no external resource (unless the
 * logo is an https: URL).
 *
 * @param pipeline - a portfolio's pipeline from `aggregatePortfolio` or an aggregator's `result()` (valueframe/portfolio)
 * @param options - `locale`, `title`, and the cover's `paper`, `date`, `version`, `customer`, `seller`, `logo`, `themeColor`
 * @returns a complete HTML document (`<!doctype html>` …)
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a pipeline, or listing every bad option
 *
 * @example
 * ```ts
 * import { portfolioToHtml } from "valueframe/render";
 * const html = portfolioToHtml(pipeline, { title: "East team", date: "2026-12-06" });
 * html.startsWith("<!doctype html>"); //=> true
 * html.match(/<svg/g).length; //=> 1
 * ```
 */
export function portfolioToHtml(pipeline: PortfolioPipeline, options?: PortfolioHtmlOptions): string {
  checkPipeline("portfolioToHtml", pipeline);
  const locale = chartOptions("portfolioToHtml", options, { title: { kind: "text" }, ...brandingRules }, checkBranding);
  const t = locale.locale.text.portfolio;
  const parts = sectionParts(portfolioSections, {
    markdown: (id) => portfolioToMarkdown(pipeline, { locale: locale.locale, sections: [id] }),
    title: (id) => (id === "overview" ? undefined : t.sections[id]),
    charts: (id) => chartsAfter[id]?.(pipeline, locale) ?? [],
  });
  const title = options?.title ?? t.title;
  const cover = reportCover(locale, options, { title, subtitle: "", customer: undefined, seller: undefined });
  return htmlPage({ lang: locale.locale.id, title, cover, contents: locale.text.html.contents, footer: locale.text.html.generated, parts });
}

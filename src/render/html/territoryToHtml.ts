/** territoryToHtml: a territory reviewed as one self-contained, printable HTML page with its charts inline. */
import type { TerritoryReview } from "../../qualify/territory.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { checkReview } from "../_internal/territoryText.js";
import { territorySections, territoryToMarkdown, type TerritorySection } from "../markdown/territoryToMarkdown.js";
import type { RenderOptions } from "../options.js";
import { funnelSvg } from "../svg/funnelSvg.js";
import { pipelineByMonthSvg } from "../svg/pipelineByMonthSvg.js";
import { tiersReviewSvg } from "../svg/tiersReviewSvg.js";
import { brandingRules, checkBranding, reportCover, type ReportBranding } from "./_internal/cover.js";
import { htmlPage, sectionParts } from "./_internal/page.js";

/** Options of {@link territoryToHtml}: the locale, the title, and the cover and printed pages ({@link ReportBranding}). */
export interface TerritoryHtmlOptions extends RenderOptions, ReportBranding {
  /** The page's title (default: "Territory review" and the seller). */
  readonly title?: string;
}

/** The charts drawn after each section. */
const chartsAfter: Partial<Record<TerritorySection, readonly ((review: TerritoryReview, options: RenderOptions) => string)[]>> = {
  funnel: [funnelSvg],
  pipeline: [pipelineByMonthSvg],
  review: [tiersReviewSvg],
};

/**
 * Builds one self-contained HTML page of a territory review — the seller's working view, never the
 * customer's: each section of {@link territoryToMarkdown} (converted with `markdownToHtml`) with its chart
 * drawn as inline SVG after it — the funnel by stage after the funnel (`funnelSvg`), the stage-weighted
 * revenue by month after the pipeline (`pipelineByMonthSvg`), expected against actual after the monthly
 * review (`tiersReviewSvg`) — under the HTML report's cover, contents and print styles. No script, no
 * external resource (unless the logo is an https: URL).
 *
 * @param review - a territory review from `reviewTerritory` (valueframe/qualify)
 * @param options - `locale`, `title`, and the cover's `paper`, `date`, `version`, `customer`, `seller`, `logo`, `themeColor`
 * @returns a complete HTML document (`<!doctype html>` …)
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a territory review, or listing every bad option
 *
 * @example
 * ```ts
 * const html = territoryToHtml(review, { date: "2027-01-15" });
 * html.startsWith("<!doctype html>"); //=> true
 * html.match(/<svg/g).length; //=> 3
 * ```
 */
export function territoryToHtml(review: TerritoryReview, options?: TerritoryHtmlOptions): string {
  checkReview("territoryToHtml", review);
  const locale = chartOptions("territoryToHtml", options, { title: { kind: "text" }, ...brandingRules }, checkBranding);
  const t = locale.locale.text.territory;
  const parts = sectionParts(territorySections, {
    markdown: (id) => territoryToMarkdown(review, { locale: locale.locale, sections: [id] }),
    title: (id) => (id === "overview" ? undefined : t.sections[id]),
    charts: (id) => (chartsAfter[id] ?? []).map((draw) => draw(review, { locale: locale.locale })),
  });
  const title = options?.title ?? (review.seller === undefined ? t.title : t.titleFor(review.seller));
  const cover = reportCover(locale, options, { title, subtitle: "", customer: undefined, seller: review.seller });
  return htmlPage({ lang: locale.locale.id, title, cover, contents: locale.text.html.contents, footer: locale.text.html.generated, parts });
}

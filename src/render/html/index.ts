/**
 * The self-contained HTML report: the documented value case with its charts as inline SVG and its
 * diagrams as Mermaid source, printable, with no script and no external resource.
 *
 * @module
 */
export { toHtmlReport } from "./toHtmlReport.js";
export type { HtmlReportInput, HtmlReportOptions } from "./toHtmlReport.js";
export { territoryToHtml } from "./territoryToHtml.js";
export type { TerritoryHtmlOptions } from "./territoryToHtml.js";
export { portfolioToHtml } from "./portfolioToHtml.js";
export type { PortfolioHtmlOptions } from "./portfolioToHtml.js";

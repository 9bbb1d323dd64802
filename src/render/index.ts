/**
 * Documented output of valueframe: Markdown documents of frames, evaluations, BVFs, buying centres,
 * pursuits, realisation tracks (the quarterly business review after the sale), qualifications,
 * account plans, territories and portfolios' pipelines (with their HTML pages); the question
 * plan for meeting the customer in words (the plan itself is data, from `valueframe/questions`); Mermaid
 * diagrams; Vega-Lite specs and inline SVG charts; the self-contained HTML report; exact locale
 * formatting; locales (`en`, `zh-CN`, and your own with `defineLocale`). Pure and isomorphic: no I/O, no
 * globals. Notebook display is `valueframe/notebook`.
 *
 * @module
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { RENDER_ERROR_CODES, RenderArgumentError, RenderLocaleError } from "./errors.js";
export type { RenderErrorCode } from "./errors.js";
export * from "./html/index.js";
export * from "./mermaid/index.js";
export * from "./svg/index.js";
export * from "./vegaLite/index.js";
export { formatDate } from "./format/formatDate.js";
export type { FormatDateOptions } from "./format/formatDate.js";
export { formatMoney } from "./format/formatMoney.js";
export type { FormatMoneyOptions } from "./format/formatMoney.js";
export { formatNumber } from "./format/formatNumber.js";
export type { FormatNumberOptions } from "./format/formatNumber.js";
export { formatPercent } from "./format/formatPercent.js";
export type { FormatPercentOptions } from "./format/formatPercent.js";
export { defineLocale } from "./locales/defineLocale.js";
export type { LocaleDefinition, LocaleOverrides } from "./locales/defineLocale.js";
export { en } from "./locales/en/index.js";
export { getLocale } from "./locales/getLocale.js";
export type { DiagnosticTexts, GoalParams, IssueParams, QuestionTemplates, SolutionParams, ValueParams } from "./locales/params.js";
export { localeIds } from "./locales/types.js";
export type { Locale, LocaleId, TextMessages } from "./locales/types.js";
export type { ChartMessages } from "./locales/en/charts.js";
export { zhCN } from "./locales/zh-CN/index.js";
export { buyingCentreSections, buyingCentreToMarkdown, personValueSections, personValueToMarkdown } from "./markdown/buyingCentreToMarkdown.js";
export type { BuyingCentreMarkdownOptions, BuyingCentreSection, PersonValueMarkdownOptions, PersonValueSection } from "./markdown/buyingCentreToMarkdown.js";
export { bvfSections, bvfToMarkdown } from "./markdown/bvfToMarkdown.js";
export { pursuitSections, pursuitToMarkdown } from "./markdown/pursuitToMarkdown.js";
export type { PursuitMarkdownOptions, PursuitSection } from "./markdown/pursuitToMarkdown.js";
export { realisationSections, realisationToMarkdown } from "./markdown/realisationToMarkdown.js";
export { qualificationSections, qualificationToMarkdown } from "./markdown/qualificationToMarkdown.js";
export type { QualificationMarkdownOptions, QualificationSection } from "./markdown/qualificationToMarkdown.js";
export { accountPlanDocumentSections, accountPlanToMarkdown } from "./markdown/accountPlanToMarkdown.js";
export type { AccountPlanDocumentSection, AccountPlanMarkdownOptions } from "./markdown/accountPlanToMarkdown.js";
export type { RealisationMarkdownOptions, RealisationSection } from "./markdown/realisationToMarkdown.js";
export { territorySections, territoryToMarkdown } from "./markdown/territoryToMarkdown.js";
export type { TerritoryMarkdownOptions, TerritorySection } from "./markdown/territoryToMarkdown.js";
export { portfolioSections, portfolioToMarkdown } from "./markdown/portfolioToMarkdown.js";
export type { PortfolioMarkdownOptions, PortfolioSection } from "./markdown/portfolioToMarkdown.js";
export type { BvfMarkdownOptions, BvfSection } from "./markdown/bvfToMarkdown.js";
export { evaluationSections, evaluationToMarkdown } from "./markdown/evaluationToMarkdown.js";
export type { EvaluationMarkdownOptions, EvaluationSection, SimulationSummary } from "./markdown/evaluationToMarkdown.js";
export { summaryToMarkdown } from "./markdown/summaryToMarkdown.js";
export type { SummaryMarkdownOptions } from "./markdown/summaryToMarkdown.js";
export { frameSections, frameToMarkdown } from "./markdown/frameToMarkdown.js";
export type { FrameMarkdownOptions, FrameSection } from "./markdown/frameToMarkdown.js";
export { markdownToHtml } from "./markdown/markdownToHtml.js";
export { toMarkdown } from "./markdown/toMarkdown.js";
export { audiences } from "./options.js";
export type { Audience, DocumentOptions, RenderOptions, SectionOptions } from "./options.js";
export { questionPlanSections, questionPlanToMarkdown } from "./questions/questionPlanToMarkdown.js";
export type { QuestionPlanMarkdownOptions, QuestionPlanSection } from "./questions/questionPlanToMarkdown.js";
export { questionPlanText } from "./questions/questionPlanText.js";
export type { CellQuestionText, ElementQuestionText, QuestionPlanText } from "./questions/questionPlanText.js";

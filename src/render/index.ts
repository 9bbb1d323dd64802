/**
 * Documented output of valueframe: Markdown documents of frames, evaluations and BVFs; the question
 * plan for meeting the customer; Mermaid diagrams; Vega-Lite specs and inline SVG charts; the
 * self-contained HTML report; exact locale formatting; locales (`en`, `zh-CN`). Pure and isomorphic: no I/O, no globals. Notebook display is
 * `valueframe/notebook`.
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
export { en } from "./locales/en/index.js";
export { getLocale } from "./locales/getLocale.js";
export type { GoalParams, IssueParams, SolutionParams, ValueParams } from "./locales/params.js";
export { localeIds } from "./locales/types.js";
export type { Locale, LocaleId, TextMessages } from "./locales/types.js";
export type { ChartMessages } from "./locales/en/charts.js";
export { zhCN } from "./locales/zh-CN/index.js";
export { bvfSections, bvfToMarkdown } from "./markdown/bvfToMarkdown.js";
export type { BvfMarkdownOptions, BvfSection } from "./markdown/bvfToMarkdown.js";
export { evaluationSections, evaluationToMarkdown } from "./markdown/evaluationToMarkdown.js";
export type { EvaluationMarkdownOptions, EvaluationSection, SimulationSummary } from "./markdown/evaluationToMarkdown.js";
export { frameSections, frameToMarkdown } from "./markdown/frameToMarkdown.js";
export type { FrameMarkdownOptions, FrameSection } from "./markdown/frameToMarkdown.js";
export { markdownToHtml } from "./markdown/markdownToHtml.js";
export { toMarkdown } from "./markdown/toMarkdown.js";
export { questionPlan } from "./questions/questionPlan.js";
export type { QuestionPlanOptions } from "./questions/questionPlan.js";
export { questionPlanToMarkdown } from "./questions/questionPlanToMarkdown.js";
export type { QuestionPlanMarkdownOptions } from "./questions/questionPlanToMarkdown.js";
export type { CellQuestions, ElementQuestions, QuestionElementKind, QuestionPlan } from "./questions/types.js";

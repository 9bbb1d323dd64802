/**
 * valueframe/xlsx — the value case as a live spreadsheet for the customer's finance team: `toWorkbook`
 * builds the audit model (every figure a formula over named assumption cells, with its cached value and
 * its words), `toXlsx` writes it as `.xlsx` bytes for Excel and LibreOffice. Pure: no file I/O, no
 * package beyond the core's; runs in Node and browsers.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { WorkbookArgumentError, WorkbookFormulaError, WorkbookLimitError, XLSX_ERROR_CODES } from "./errors.js";
export type { XlsxErrorCode } from "./errors.js";
export { toWorkbook, workbookAudiences } from "./toWorkbook.js";
export type { WorkbookAudience, WorkbookCell, WorkbookFigures, WorkbookModel, WorkbookName, WorkbookOptions, WorkbookSheet } from "./toWorkbook.js";
export { toXlsx } from "./toXlsx.js";
export type { XlsxOptions } from "./toXlsx.js";

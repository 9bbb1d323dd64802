/** The errors valueframe/xlsx throws: arguments it cannot use, a formula with no spreadsheet form, a spreadsheet limit passed. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of workbook errors. */
export const XLSX_ERROR_CODES = {
  /** Arguments or options of `toWorkbook` or `toXlsx` are not valid (see `issues`). */
  invalidArgument: "XLSX_INVALID_ARGUMENT",
  /** A figure's formula has no spreadsheet formula of the same meaning; the workbook would have to paste a value. */
  formulaUntranslatable: "XLSX_FORMULA_UNTRANSLATABLE",
  /** The workbook would pass a limit every spreadsheet program shares (columns, rows, formula length). */
  limitExceeded: "XLSX_LIMIT_EXCEEDED",
} as const;

/** One of {@link XLSX_ERROR_CODES}. */
export type XlsxErrorCode = (typeof XLSX_ERROR_CODES)[keyof typeof XLSX_ERROR_CODES];

/**
 * Thrown when an argument or option of `toWorkbook` or `toXlsx` is not what it accepts — figures
 * without a value case, an unknown audience — listing every problem with its path (code
 * `XLSX_INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * try { toWorkbook(evaluateDocument(defineValueDocument({ frame })), { audience: "cfo" }); }
 * catch (error) { if (error instanceof WorkbookArgumentError) error.issues.map((issue) => issue.path[0]); } //=> ["figures", "audience"]
 * ```
 */
export class WorkbookArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(XLSX_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/**
 * Thrown when a figure's formula cannot be written as a spreadsheet formula with the same meaning
 * (code `XLSX_FORMULA_UNTRANSLATABLE`): the workbook is an audit model, so it never pastes a value
 * where a formula belongs. `figure` is the trace id, `formula` the case's formula text.
 *
 * @example
 * ```ts
 * try { toWorkbook({ evaluation }); }
 * catch (error) { if (error instanceof WorkbookFormulaError) error.figure; } //=> "quantity:dailyRevenue" (for instance)
 * ```
 */
export class WorkbookFormulaError extends ValueframeError {
  /** The trace id of the figure, e.g. `quantity:dailyRevenue`. */
  readonly figure: string;
  /** The case's formula text. */
  readonly formula: string;

  constructor(figure: string, formula: string, why: string) {
    super(XLSX_ERROR_CODES.formulaUntranslatable, `the formula of ${figure}, "${formula}", has no spreadsheet formula: ${why}`);
    this.figure = figure;
    this.formula = formula;
  }
}

/**
 * Thrown when the workbook would pass a limit of Excel's that LibreOffice shares (code
 * `XLSX_LIMIT_EXCEEDED`): 16,384 columns, 1,048,576 rows, 8,192 characters in a formula. The message
 * names the sheet, what passed the limit and by how much.
 *
 * @example
 * ```ts
 * try { toWorkbook({ evaluation }); } // 40 terms over a driver with a 240-character label
 * catch (error) { if (error instanceof WorkbookLimitError) error.message; } //=> "valueframe: the formula of Calculations!B2 would have 10000 characters; spreadsheets take 8192" (for instance)
 * ```
 */
export class WorkbookLimitError extends ValueframeError {
  constructor(message: string) {
    super(XLSX_ERROR_CODES.limitExceeded, message);
  }
}

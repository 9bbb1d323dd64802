/**
 * toXlsx: a workbook model as the bytes of an `.xlsx` file that Excel and LibreOffice open, with every
 * formula and its cached value, defined names, number formats, frozen header rows, column widths and
 * `fullCalcOnLoad`. Written by valueframe itself (SpreadsheetML and a zip deflated by the platform's
 * `CompressionStream`), so it needs no package and runs in Node and browsers alike; no file I/O.
 */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { isDefinedName } from "./_internal/definedNames.js";
import { spreadsheetParts } from "./_internal/spreadsheetml.js";
import { zip } from "./_internal/zip.js";
import { WorkbookArgumentError } from "./errors.js";
import type { WorkbookModel } from "./toWorkbook.js";

/** Options of {@link toXlsx}. */
export interface XlsxOptions {
  /**
   * Deflate the parts (default true) where the platform has `CompressionStream("deflate-raw")` (Node 20,
   * current browsers); elsewhere, or with false, they are stored uncompressed — a valid `.xlsx` either way.
   */
  readonly compress?: boolean;
}

/** Characters a sheet name cannot hold, in Excel and LibreOffice alike. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** The problems of a workbook model that no spreadsheet program would open, every one. */
function modelIssues(model: unknown, options: unknown): ValueframeIssue[] {
  const issues: ValueframeIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) issues.push({ path: ["options"], code: "invalid_type", message: "must be an object" });
  const compress = (options as { compress?: unknown } | undefined)?.compress;
  if (compress !== undefined && typeof compress !== "boolean") issues.push({ path: ["compress"], code: "invalid_type", message: `must be true or false, got ${JSON.stringify(compress)}` });
  const sheets = (model as { sheets?: unknown } | null)?.sheets;
  if (typeof model !== "object" || model === null || !Array.isArray(sheets) || !Array.isArray((model as { names?: unknown }).names)) {
    issues.push({ path: ["workbook"], code: "invalid_type", message: "must be a workbook model from toWorkbook: { sheets, names }" });
    return issues;
  }
  if (sheets.length === 0) issues.push({ path: ["workbook", "sheets"], code: "too_small", message: "a workbook needs at least one sheet" });
  const seen = new Set<string>();
  (sheets as { name?: unknown }[]).forEach((sheet, i) => {
    const name = sheet?.name;
    const problem =
      typeof name !== "string" || name.trim() === ""
        ? "must be a non-empty string"
        : name.length > 31
          ? `"${name}" has ${name.length} characters; a sheet name has at most 31`
          : SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")
            ? `"${name}" holds a character sheet names cannot: [ ] : * ? / \\ or an apostrophe at either end`
            : name.toLowerCase() === "history"
              ? '"History" is a name Excel reserves for its own sheet'
              : seen.has(name.toLowerCase())
                ? `"${name}" is the name of an earlier sheet (names are compared without case)`
                : undefined;
    if (typeof name === "string") seen.add(name.toLowerCase());
    if (problem !== undefined) issues.push({ path: ["workbook", "sheets", i, "name"], code: "invalid_value", message: problem });
  });
  const names = new Set<string>();
  ((model as { names: unknown[] }).names as { name?: unknown; sheet?: unknown; cell?: unknown }[]).forEach((entry, i) => {
    const name = entry?.name;
    if (typeof name !== "string" || !isDefinedName(name))
      issues.push({ path: ["workbook", "names", i, "name"], code: "invalid_value", message: `${JSON.stringify(name)} is not a name spreadsheets take: letters, digits, _ and ., not a cell reference, a truth value or a reserved name` });
    else if (names.has(name.toLowerCase())) issues.push({ path: ["workbook", "names", i, "name"], code: "duplicate_name", message: `"${name}" names an earlier cell too (names are compared without case)` });
    if (typeof name === "string") names.add(name.toLowerCase());
    if (typeof entry?.sheet !== "string" || !seen.has(entry.sheet.toLowerCase())) issues.push({ path: ["workbook", "names", i, "sheet"], code: "unknown_reference", message: `${JSON.stringify(entry?.sheet)} is not a sheet of the workbook` });
    if (typeof entry?.cell !== "string" || !/^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/.test(entry.cell)) issues.push({ path: ["workbook", "names", i, "cell"], code: "invalid_value", message: `${JSON.stringify(entry?.cell)} is not a cell reference such as "$B$4"` });
  });
  return issues;
}

/**
 * Encodes a workbook model as `.xlsx` bytes.
 *
 * @param workbook - a model from {@link toWorkbook}
 * @param options - `compress` (default true)
 * @returns the file's bytes
 * @throws {WorkbookArgumentError} `XLSX_INVALID_ARGUMENT` for a model no spreadsheet program would open
 *   (no sheets, a sheet name too long, repeated or with `[ ] : * ? / \`) or a bad option, every problem listed
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { evaluateDocument } from "valueframe/document";
 * import { toWorkbook, toXlsx } from "valueframe/xlsx";
 * await writeFile("case.xlsx", await toXlsx(toWorkbook(evaluateDocument(document))));
 * ```
 */
export async function toXlsx(workbook: WorkbookModel, options?: XlsxOptions): Promise<Uint8Array> {
  const issues = modelIssues(workbook, options);
  if (issues.length > 0) throw new WorkbookArgumentError(issues, "toXlsx arguments");
  const encoder = new TextEncoder();
  const entries = spreadsheetParts(workbook).map(([name, xml]) => ({ name, data: encoder.encode(xml) }));
  return zip(entries, options?.compress ?? true);
}

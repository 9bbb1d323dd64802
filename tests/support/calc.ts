/**
 * LibreOffice Calc as the tests' spreadsheet engine: an `.xlsx` (sheets of values and Excel-syntax
 * formulas without cached values, or a workbook `toXlsx` wrote) is converted to CSV by a headless
 * `soffice` with a throwaway profile that recalculates on load, so every figure read back is one Calc
 * computed. Tests skip when `soffice`
 * is missing locally; `.ci/run` installs it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Dec } from "../../src/numeric/decimal.js";
import { spreadsheetParts } from "../../src/xlsx/_internal/spreadsheetml.js";
import { assemble } from "../../src/xlsx/_internal/zip.js";
import type { WorkbookModel } from "../../src/xlsx/toWorkbook.js";

/** Whether `soffice` runs here; with `VALUEFRAME_REQUIRE_CALC=1` (CI) its absence is an error, not a skip. */
export const hasCalc = ((): boolean => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    if (process.env["VALUEFRAME_REQUIRE_CALC"] === "1") throw new Error("VALUEFRAME_REQUIRE_CALC=1 but soffice (LibreOffice Calc) does not run here");
    return false;
  }
})();

/** A cell: a number, or a formula in Excel's syntax without the leading `=`. */
export type CalcCell = number | { readonly formula: string };

/** A sheet of the test workbook: numbers, text and formulas, no cached values. */
export interface CalcSheet {
  readonly name: string;
  readonly rows: readonly (readonly (CalcCell | string)[])[];
}

/** The `.xlsx` bytes of sheets of rows, with defined names (`{ name, ref: "Sheet!$B$2" }`), written by valueframe's own SpreadsheetML, stored. */
export function xlsxOf(sheets: readonly CalcSheet[], names: readonly { readonly name: string; readonly ref: string }[] = []): Uint8Array {
  const model: WorkbookModel = {
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      frozenRows: 0,
      frozenColumns: 0,
      widths: [],
      rows: sheet.rows.map((row) => row.map((cell) => (typeof cell === "number" ? { value: new Dec(cell) } : typeof cell === "string" ? { text: cell } : { formula: cell.formula }))),
    })),
    names: names.map(({ name, ref }) => ({ name, sheet: ref.slice(0, ref.lastIndexOf("!")).replace(/^'(.*)'$/, "$1"), cell: ref.slice(ref.lastIndexOf("!") + 1) })),
  };
  return assemble(spreadsheetParts(model).map(([name, xml]) => ({ name, data: new TextEncoder().encode(xml) })));
}

/** CSV of every sheet (token 12 = −1: one file per sheet, `<file>-<sheet>.csv`), full precision, no formulas. */
const FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1";
/** The profile setting that makes Calc recalculate every formula of an `.xlsx` when it loads it. */
const RECALC =
  '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>';

/** Lets Calc compute one sheet of rows; see {@link calcBook}. */
export function calcSheet(rows: readonly (readonly CalcCell[])[]): string[][] {
  return calcBook([{ name: "Sheet1", rows }])["Sheet1"]!;
}

/**
 * Lets Calc compute a workbook and returns what each sheet shows, cell by cell, as text (values at
 * Calc's full precision, not as formatted).
 */
export function calcBook(sheets: readonly CalcSheet[], names: readonly { readonly name: string; readonly ref: string }[] = []): Record<string, string[][]> {
  return calcFile(xlsxOf(sheets, names), sheets.map((sheet) => sheet.name));
}

/** Lets Calc open an `.xlsx` file's bytes, recalculating every formula, and returns what the named sheets show. */
export function calcFile(bytes: Uint8Array, sheetNames: readonly string[]): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "valueframe-calc-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC);
    const input = join(dir, "sheet.xlsx");
    writeFileSync(input, bytes);
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", FILTER, "--outdir", dir, input], { stdio: "pipe", timeout: 120_000 });
    const read = (file: string): string[][] =>
      readFileSync(join(dir, file), "utf8")
        .trimEnd()
        .split(/\r?\n/)
        // A quoted field is one cell, its doubled quotes one quote.
        .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index! < line.length || m[1] !== "").map((m) => m[1]!.replace(/^"(.*)"$/s, "$1").replace(/""/g, '"')));
    return Object.fromEntries(sheetNames.map((name) => [name, read(`sheet-${name}.csv`)]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

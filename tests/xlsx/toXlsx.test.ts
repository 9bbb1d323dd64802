/**
 * The `.xlsx` container and its SpreadsheetML, read back part by part: what Excel needs to open it and
 * show the right figures without recalculating (cached values, number formats, frozen panes, widths,
 * defined names), the same bytes for the same workbook, and every problem of a bad model in one error.
 */
import { parse as parseYaml } from "yaml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { Dec } from "../../src/numeric/decimal.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { WorkbookArgumentError, WorkbookFormulaError, WorkbookLimitError, XLSX_ERROR_CODES } from "../../src/xlsx/errors.js";
import { toWorkbook, type WorkbookModel } from "../../src/xlsx/toWorkbook.js";
import { toXlsx } from "../../src/xlsx/toXlsx.js";
import { distributor } from "../quantify/fixtures.js";
import { unzip } from "../support/xlsxFile.js";

const read = (path: string): unknown => parseYaml(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));
const figures = evaluateDocument(defineValueDocument(read("distributor.valuecase.json"), { resolve: (path) => read(path) }));
const model = toWorkbook(figures);
const text = (parts: Map<string, Buffer>, name: string) => parts.get(name)!.toString("utf8");

describe("toXlsx", () => {
  it("writes the parts a spreadsheet program opens, deflated, the same bytes every time", async () => {
    const bytes = await toXlsx(model);
    const parts = unzip(bytes);
    expect([...parts.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      ...model.sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`),
      "xl/styles.xml",
      "xl/sharedStrings.xml",
    ]);
    const unpacked = [...parts.values()].reduce((n, part) => n + part.length, 0);
    expect(bytes.length).toBeLessThan(unpacked / 3);
    expect(await toXlsx(model)).toEqual(bytes);
    const stored = await toXlsx(model, { compress: false });
    expect(stored.length).toBeGreaterThan(unpacked);
    expect(unzip(stored)).toEqual(parts);
  });

  it("names the cells, recalculates on open, and caches each formula's value with its number format", async () => {
    const parts = unzip(await toXlsx(model));
    const workbook = text(parts, "xl/workbook.xml");
    expect(workbook).toContain('<definedName name="DSO_reduction">\'Assumptions\'!$B$4</definedName>');
    expect(workbook).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    const calculations = text(parts, "xl/worksheets/sheet3.xml");
    // working capital released: the formula over the names, 14,000,000 cached, grouped with two decimals.
    const cell = /<c r="B3" s="(\d+)"><f>\(DSO_reduction\*daily_revenue\)<\/f><v>14000000<\/v><\/c>/.exec(calculations);
    expect(cell).not.toBeNull();
    const styles = text(parts, "xl/styles.xml");
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)" fontId="(\d)"/g)].slice(1).map((m) => ({ numFmt: Number(m[1]), bold: m[2] === "1" }));
    const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [Number(m[1]), m[2]]));
    expect(xfs[Number(cell![1])]?.bold).toBe(false);
    expect(formats.get(xfs[Number(cell![1])]!.numFmt)).toBe("#,##0.00 &quot;CNY&quot;");
    // The period rate's four-decimal percentage is a format of the workbook's own.
    expect(styles).toMatch(/<numFmt numFmtId="16\d" formatCode="0.0000%"\/>/);
    // The NPV: the flow at t = 0 as it is, then NPV() over the rest at the period rate.
    const summary = text(parts, "xl/worksheets/sheet1.xml");
    expect(summary).toMatch(/<c r="B2" s="\d+"><f>'Cash flows'!\$F\$5\+NPV\(period_rate,'Cash flows'!\$F\$6:\$F\$8\)<\/f><v>[-\d.]+<\/v><\/c>/);
  });

  it("keeps the header rows and first column in view and sets each column's width", async () => {
    const parts = unzip(await toXlsx(model));
    const cashFlows = text(parts, "xl/worksheets/sheet6.xml");
    expect(cashFlows).toContain('<pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"/>');
    expect(cashFlows).toContain('<col min="1" max="1" width="8" customWidth="1"/>');
    expect(text(parts, "xl/worksheets/sheet1.xml")).toContain('<sheetView tabSelected="1" workbookViewId="0">');
    expect(cashFlows).not.toContain("sheetProtection");
  });

  it("writes any text as it is: markup escaped, _xHHHH_ kept literal, characters XML cannot hold replaced", async () => {
    const odd: WorkbookModel = {
      sheets: [{ name: "Odd", frozenRows: 0, frozenColumns: 0, widths: [], rows: [[{ text: "a < b & \"c\" _x0041_ \u0001 \ud800 ok" }, { value: new Dec("0.1") }]] }],
      names: [],
    };
    const strings = text(unzip(await toXlsx(odd)), "xl/sharedStrings.xml");
    expect(strings).toContain('<si><t xml:space="preserve">a &lt; b &amp; &quot;c&quot; _x005F_x0041_ \ufffd \ufffd ok</t></si>');
  });

  it("lists every problem of a model no spreadsheet would open", async () => {
    const bad = {
      sheets: [
        { name: "A sheet name longer than thirty-one", frozenRows: 0, frozenColumns: 0, widths: [], rows: [] },
        { name: "a/b", frozenRows: 0, frozenColumns: 0, widths: [], rows: [] },
        { name: "Summary", frozenRows: 0, frozenColumns: 0, widths: [], rows: [] },
        { name: "summary", frozenRows: 0, frozenColumns: 0, widths: [], rows: [] },
      ],
      names: [],
    };
    const error = await toXlsx(bad, { compress: "yes" as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookArgumentError);
    expect((error as WorkbookArgumentError).code).toBe(XLSX_ERROR_CODES.invalidArgument);
    expect((error as WorkbookArgumentError).issues.map((issue) => issue.path)).toEqual([["compress"], ["workbook", "sheets", 0, "name"], ["workbook", "sheets", 1, "name"], ["workbook", "sheets", 3, "name"]]);
    await expect(toXlsx(42 as never)).rejects.toThrow(/must be a workbook model from toWorkbook/);
    const names = {
      sheets: [{ name: "History", frozenRows: 0, frozenColumns: 0, widths: [], rows: [] }, { name: "Data", frozenRows: 0, frozenColumns: 0, widths: [], rows: [] }],
      names: [
        { name: "DSO1", sheet: "Data", cell: "$B$2" },
        { name: "rate", sheet: "Data", cell: "$B$3" },
        { name: "RATE", sheet: "Nowhere", cell: "B" },
      ],
    };
    const located = (await toXlsx(names).catch((e: unknown) => e)) as WorkbookArgumentError;
    expect(located.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["workbook.sheets.0.name", "invalid_value"],
      ["workbook.names.0.name", "invalid_value"],
      ["workbook.names.2.name", "duplicate_name"],
      ["workbook.names.2.sheet", "unknown_reference"],
      ["workbook.names.2.cell", "invalid_value"],
    ]);
  });
});

describe("toWorkbook's errors", () => {
  it("lists figures without a case and an unknown audience together", () => {
    const frameOnly = evaluateDocument(defineValueDocument({ frame: read("distributor.frame.json") }));
    let thrown: unknown;
    try {
      toWorkbook(frameOnly, { audience: "cfo" as never });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkbookArgumentError);
    expect((thrown as WorkbookArgumentError).issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["figures", "the document has no value case, so there are no figures for a workbook"],
      ["audience", 'must be "customer" or "internal", got "cfo"'],
    ]);
  });

  it("names the figure whose formula has no spreadsheet form instead of pasting its value", () => {
    const evaluation = evaluate(distributor);
    const figure = evaluation.trace["quantity:dailyRevenue"]!;
    const forged = { ...evaluation, trace: { ...evaluation.trace, "quantity:dailyRevenue": { ...figure, formula: "annualRevenue / yearLength" } } };
    expect(() => toWorkbook({ evaluation: forged })).toThrow(WorkbookFormulaError);
    try {
      toWorkbook({ evaluation: forged });
    } catch (error) {
      expect((error as WorkbookFormulaError).code).toBe("XLSX_FORMULA_UNTRANSLATABLE");
      expect((error as WorkbookFormulaError).figure).toBe("quantity:dailyRevenue");
      expect((error as Error).message).toBe('valueframe: the formula of quantity:dailyRevenue, "annualRevenue / yearLength", has no spreadsheet formula: "yearLength" is neither a driver nor a quantity');
    }
  });

  it("stops at a formula longer than a spreadsheet takes, naming the cell", () => {
    const label = `a driver whose label runs on ${"and on ".repeat(28)}`.trim();
    const valueCase = defineValueCase({
      name: "long names",
      currency: "CNY",
      period: "year",
      horizon: 1,
      discountRate: "0.08",
      drivers: [{ id: "d", label, value: "1", provenance: { kind: "assumption", source: "test" } }],
      quantities: [{ id: "q", label: "sum", formula: Array.from({ length: 40 }, () => "d").join(" + ") }],
      lines: [{ id: "l", label: "line", kind: "benefit", amount: "q", recurrence: "once", start: 1 }],
    });
    expect(() => toWorkbook({ evaluation: evaluate(valueCase) })).toThrow(WorkbookLimitError);
    expect(() => toWorkbook({ evaluation: evaluate(valueCase) })).toThrow(/the formula of Calculations!B2 would have \d{4,} characters; spreadsheets take 8192/);
  });
});

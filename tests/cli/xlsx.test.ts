/** `valueframe report --format xlsx`: the case as a live workbook, for the customer unless the seller asks for the checks. */
import { describe, expect, it } from "vitest";
import { unzip } from "../support/xlsxFile.js";
import { repoRoot, run } from "./helpers.js";

const distributor = "examples/distributor.valuecase.json";
const out = `${repoRoot}case.xlsx`;

/** The sheet names and defined names of a written workbook, read from its workbook.xml. */
function workbookOf(bytes: Uint8Array | undefined): { sheets: string[]; names: string[]; xml: string } {
  const xml = unzip(bytes!).get("xl/workbook.xml")!.toString("utf8");
  return { sheets: [...xml.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]!), names: [...xml.matchAll(/<definedName name="([^"]+)"/g)].map((m) => m[1]!), xml };
}

describe("valueframe report --format xlsx", () => {
  it("writes the customer's workbook with -o: named assumptions, formulas recalculated on open, no seller-only sheet", async () => {
    const result = await run(["report", distributor, "--format", "xlsx", "-o", "case.xlsx"]);
    expect(result.code).toBe(0);
    const bytes = result.bytes.get(out);
    expect([...bytes!.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = workbookOf(bytes);
    expect(workbook.sheets).toEqual(["Summary", "Assumptions", "Calculations", "Lines", "Timing", "Cash flows", "Trace"]);
    expect(workbook.names).toContain("DSO_reduction");
    expect(workbook.names).toContain("scenario");
    expect(workbook.xml).toContain('fullCalcOnLoad="1"');
    expect(result.stderr).toMatch(/^valueframe: wrote case\.xlsx \(7 sheets: Summary, Assumptions, Calculations, Lines, Timing, Cash flows, Trace; \d+ formulas, \d+ named cells; for the customer\)\n$/);
    expect(result.stdout).toBe("");
  });

  it("adds the Checks sheet for --audience internal", async () => {
    const result = await run(["report", distributor, "--format", "xlsx", "--audience", "internal", "-o", "case.xlsx"]);
    expect(result.code).toBe(0);
    expect(workbookOf(result.bytes.get(out)).sheets.at(-1)).toBe("Checks");
  });

  it("computes the chosen --scenario: its column is the one the scenario cell picks", async () => {
    const result = await run(["report", distributor, "--format", "xlsx", "--scenario", "conservative", "-o", "case.xlsx"]);
    expect(result.code).toBe(0);
    const assumptions = unzip(result.bytes.get(out)!).get("xl/worksheets/sheet2.xml")!.toString("utf8");
    // The scenario cell is the last row's value: base 1, conservative 2 in the distributor's order.
    const rows = [...assumptions.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)];
    expect(rows.at(-1)![2]).toMatch(/<c r="B\d+"[^>]*><v>2<\/v><\/c>/);
  });

  it.each([
    [["-o", "-"], "--format xlsx writes a file: give it with -o <file>.xlsx"],
    [[], "--format xlsx writes a file: give it with -o <file>.xlsx"],
    [["--locale", "zh-CN", "-o", "case.xlsx"], "--locale does not apply to --format xlsx"],
    [["--iterations", "100", "-o", "case.xlsx"], "--iterations does not apply to --format xlsx"],
  ])("refuses %j as a usage error, writing nothing", async (extra, message) => {
    const result = await run(["report", distributor, "--format", "xlsx", ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.bytes.size).toBe(0);
  });

  it("refuses a document without a value case", async () => {
    const result = await run(["report", "examples/distributor.frame.json", "--format", "xlsx", "-o", "case.xlsx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--format xlsx needs a document with a value case");
  });
});

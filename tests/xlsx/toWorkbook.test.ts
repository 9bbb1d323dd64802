/**
 * The workbook of a value case: named cells, the case's formulas over them, the headline of the
 * customer report — and LibreOffice Calc, opening the very file `toXlsx` writes with every cached value
 * stripped, computing every figure as `evaluate` does, again after an assumption, the scenario or a
 * line's "counted" changes in the file.
 */
import { parse as parseYaml } from "yaml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument, type EvaluatedDocument } from "../../src/document/evaluateDocument.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { toWorkbook, type WorkbookModel } from "../../src/xlsx/toWorkbook.js";
import { toXlsx } from "../../src/xlsx/toXlsx.js";
import { calcFile, hasCalc } from "../support/calc.js";
import { withCell, withoutCachedValues } from "../support/xlsxFile.js";

const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
const read = (path: string): unknown => parseYaml(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));
const figuresOf = (name: string, scenario?: string): EvaluatedDocument =>
  evaluateDocument(defineValueDocument(read(`${name}.valuecase.json`), { resolve: (path) => read(path) }), scenario === undefined ? {} : { scenario });

const sheetNames = (model: WorkbookModel) => model.sheets.map((sheet) => sheet.name);
const rowOf = (model: WorkbookModel, sheet: string, label: string) => model.sheets.find((s) => s.name === sheet)!.rows.find((row) => row[0]?.text === label)!;
/** Calc's figures for the file, every cached value stripped first so none can pass unrecalculated. */
const recalculated = async (model: WorkbookModel, edit: (bytes: Uint8Array) => Uint8Array = (b) => b) => calcFile(edit(withoutCachedValues(await toXlsx(model))), sheetNames(model));
/** A number as Calc's CSV writes it: a percentage format keeps its "%" (at full precision). */
const numberOf = (shown: string | undefined): number => (shown?.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown));
const near = (got: string | undefined, want: number, what: string) =>
  expect(Math.abs(numberOf(got) - want), `${what}: Calc ${got}, valueframe ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));

describe("toWorkbook", () => {
  const figures = figuresOf("distributor");
  const model = toWorkbook(figures);

  it("names each assumption and calculation from its label, and writes the case's formulas over the names", () => {
    expect(sheetNames(model)).toEqual(["Summary", "Assumptions", "Calculations", "Lines", "Timing", "Cash flows", "Trace"]);
    expect(model.names.slice(0, 3)).toEqual([
      { name: "annual_revenue", sheet: "Assumptions", cell: "$B$2" },
      { name: "days_in_a_year", sheet: "Assumptions", cell: "$B$3" },
      { name: "DSO_reduction", sheet: "Assumptions", cell: "$B$4" },
    ]);
    const released = rowOf(model, "Calculations", "working capital released");
    expect(released[1]?.formula).toBe("(DSO_reduction*daily_revenue)");
    expect(released[1]?.value?.toString()).toBe("14000000");
    expect(released[3]?.text).toBe("working capital released = DSO reduction × daily revenue");
    const trace = model.sheets[6]!.rows.map((row) => row[1]?.text);
    expect(trace).toContain("working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY");
  });

  it("gives each uncertain driver its low and high from the tornado, percentages as fractions", () => {
    const dso = rowOf(model, "Assumptions", "DSO reduction");
    expect([dso[5]?.value?.toString(), dso[6]?.value?.toString()]).toEqual(["8", "16"]);
    const funds = rowOf(model, "Assumptions", "cost of funds");
    expect([funds[1]?.value?.toString(), funds[1]?.numberFormat, funds[5]?.value?.toString(), funds[6]?.value?.toString()]).toEqual(["0.06", "0.00%", "0.05", "0.07"]);
  });

  it("puts the customer report's headline in the Summary: the line counted twice left out, and the NPV with it beside", () => {
    const summary = figures.summary!;
    expect(summary.headline.deduplicated).toBe(true);
    const npv = rowOf(model, "Summary", "NPV (first flow at t = 0, undiscounted)");
    expect(npv[2]?.value?.toFixed(2)).toBe("17967611.64");
    expect(npv[2]?.value?.eq(summary.headline.riskAdjusted.npv)).toBe(true);
    expect(npv[1]?.value?.eq(summary.headline.unadjusted.npv)).toBe(true);
    const every = rowOf(model, "Summary", "NPV with every line, the ones counted twice too");
    expect(every[2]?.value?.toFixed(2)).toBe("21120118.88");
    expect(rowOf(model, "Summary", "Counted once")[1]?.text).toBe("left out as counted twice: financing cost saved (set Counted to 1 on the Lines sheet to count a line)");
    expect(rowOf(model, "Lines", "financing cost saved")[4]?.value?.toString()).toBe("0");
    expect(rowOf(model, "Lines", "financing cost saved")[7]?.text).toBe("counted twice: draws on DSO reduction like working capital released; moves DSO like working capital released");
    expect(model.sheets[0]!.rows[0]!.map((cell) => cell.text)).toEqual(["Measure", "Unadjusted (CNY)", "Risk-adjusted (CNY)"]);
    // Without the line, the flows change sign twice and have two IRRs, as the report says: the row says so.
    expect(model.sheets[0]!.rows[2]![0]!.text).toBe("IRR (annual, from the IRR per year): one of several, see the IRR caveat");
    expect(rowOf(model, "Summary", "IRR caveat")[1]?.text).toMatch(/^The net cash flows change sign more than once and have several internal rates of return \(-87\.58 %, \d+\.\d\d % a year\)/);
  });

  it("keeps seller-only checks for the internal audience: the overlap that flagged the line and the BVF's findings", () => {
    const internal = toWorkbook(figures, { audience: "internal" });
    expect(sheetNames(internal)).toEqual([...sheetNames(model), "Checks"]);
    const checks = internal.sheets[7]!.rows.slice(1);
    expect(checks.some((row) => row[0]?.text === "double counting" && /financing cost saved/.test(row[3]?.text ?? ""))).toBe(true);
    expect(checks.some((row) => row[0]?.text?.startsWith("BVF "))).toBe(true);
    // Nothing of them reaches the customer's copy.
    const customerText = model.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.map((cell) => cell.text ?? ""))).join("\n");
    expect(customerText).not.toMatch(/shared_driver|BVF (warning|error|info)/);
  });
});

describe.skipIf(!hasCalc)("the written workbook in LibreOffice Calc, cached values stripped", () => {
  it.each(examples)("%s: every formula cell computes the value valueframe cached, on every sheet", { timeout: 120_000 }, async (name) => {
    const model = toWorkbook(figuresOf(name));
    const book = await recalculated(model);
    let formulas = 0;
    for (const sheet of model.sheets) {
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.formula === undefined) return;
          formulas++;
          const got = book[sheet.name]![r]?.[c];
          if (cell.value === undefined) expect(got ?? "", `${sheet.name} row ${r + 1} col ${c + 1}`).toBe(cell.text ?? "");
          else near(got, cell.value.toNumber(), `${sheet.name} row ${r + 1} col ${c + 1} (${cell.formula.slice(0, 60)})`);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(50);
  });

  it.each(examples)("%s: the Summary's headline is the customer report's, and every cash flow is evaluate's to the cent", { timeout: 120_000 }, async (name) => {
    const figures = figuresOf(name);
    const model = toWorkbook(figures);
    const book = await recalculated(model);
    const { unadjusted, riskAdjusted } = figures.summary!.headline;
    const summary = book["Summary"]!;
    const close = (shown: string | undefined, want: { toNumber(): number } | null, what: string) =>
      want === null ? expect(["n/a", "not reached"], what).toContain(shown) : near(shown, want.toNumber(), what);
    close(summary[1]?.[1], unadjusted.npv, "NPV");
    close(summary[1]?.[2], riskAdjusted.npv, "risk-adjusted NPV");
    close(summary[2]?.[1], unadjusted.irrAnnual, "IRR");
    close(summary[2]?.[2], riskAdjusted.irrAnnual, "risk-adjusted IRR");
    close(summary[3]?.[1], unadjusted.payback, "payback");
    close(summary[3]?.[2], riskAdjusted.payback, "risk-adjusted payback");
    close(summary[4]?.[1], unadjusted.roi, "ROI");
    close(summary[4]?.[2], riskAdjusted.roi, "risk-adjusted ROI");
    const evaluation = figures.evaluation!;
    const flows = book["Cash flows"]!;
    evaluation.lines.forEach((line, i) => {
      // A line of the option not chosen shows what it would bring; its flows in the case are zero.
      if (line.included) line.flows.forEach((flow, t) => expect(Math.abs(Number(flows[t + 4]![i + 1]) - flow.toNumber()), `${line.label}, period ${t}`).toBeLessThan(0.005));
    });
  });

  it("moves every figure as evaluate does when the DSO reduction changes in the file", { timeout: 120_000 }, async () => {
    const figures = figuresOf("distributor");
    const model = toWorkbook(figures);
    const book = await recalculated(model, (bytes) => withCell(bytes, 2, "B4", 20));
    const flagged = figures.evaluation!.doubleCounting.flagged;
    const moved = evaluate(figures.document.case!, { frame: figures.document.frame!, drivers: { dsoReduction: 20 }, excludeLines: flagged });
    expect(moved.weighted.npv.toNumber()).toBeGreaterThan(figures.summary!.headline.riskAdjusted.npv.toNumber() + 1e6);
    near(book["Summary"]![1]![2], moved.weighted.npv.toNumber(), "risk-adjusted NPV at 20 days");
    near(book["Summary"]![1]![1], moved.unadjusted.npv.toNumber(), "NPV at 20 days");
    near(book["Summary"]![2]![2], moved.weighted.irrAnnual!.toNumber(), "risk-adjusted IRR at 20 days");
    const released = book["Calculations"]!.find((cells) => cells[0] === "working capital released")!;
    expect(Number(released[1])).toBe(20_000_000);
  });

  it("counts a flagged line when its Counted cell is set to 1: the NPV with every line", { timeout: 120_000 }, async () => {
    const figures = figuresOf("distributor");
    const model = toWorkbook(figures);
    const row = model.sheets[3]!.rows.findIndex((cells) => cells[0]?.text === "financing cost saved") + 1;
    const book = await recalculated(model, (bytes) => withCell(bytes, 4, `E${row}`, 1));
    near(book["Summary"]![1]![2], figures.evaluation!.weighted.npv.toNumber(), "risk-adjusted NPV with every line");
  });

  it("follows a scenario that gives a line of zero amount its flows: every flow is amount × timing", { timeout: 120_000 }, async () => {
    const base = read("distributor.case.json") as { drivers: { id: string; value: string; uncertainty?: unknown }[] };
    const zero = { ...base, drivers: base.drivers.map(({ uncertainty, ...d }) => (d.id === "dsoReduction" ? { ...d, value: "0" } : { ...d, ...(uncertainty === undefined ? {} : { uncertainty }) })) };
    const figures = evaluateDocument(defineValueDocument({ frame: read("distributor.frame.json"), case: zero }));
    const model = toWorkbook(figures);
    const optimistic = figures.scenarios!.rows.findIndex((row) => row.id === "optimistic");
    const scenarioCell = model.names.find((n) => n.name === "scenario")!.cell.replace(/\$/g, "");
    const book = await recalculated(model, (bytes) => withCell(bytes, 2, scenarioCell, optimistic + 1));
    const expected = evaluate(figures.document.case!, { frame: figures.document.frame!, scenario: "optimistic", excludeLines: figures.evaluation!.doubleCounting.flagged });
    near(book["Cash flows"]![5]![1], expected.lines[0]!.flows[1]!.toNumber(), "working capital released in year 1, optimistic");
    near(book["Summary"]![1]![2], expected.weighted.npv.toNumber(), "risk-adjusted NPV, optimistic");
  });

  it("computes each scenario when the scenario cell picks it, risk adjustment and probabilities included", { timeout: 300_000 }, async () => {
    const figures = figuresOf("distributor");
    const model = toWorkbook(figures);
    const scenarioCell = model.names.find((n) => n.name === "scenario")!;
    expect(scenarioCell.sheet).toBe("Assumptions");
    const flagged = figures.evaluation!.doubleCounting.flagged;
    for (const [j, row] of figures.scenarios!.rows.entries()) {
      const book = await recalculated(model, (bytes) => withCell(bytes, 2, scenarioCell.cell.replace(/\$/g, ""), j + 1));
      const expected = evaluate(figures.document.case!, { frame: figures.document.frame!, excludeLines: flagged, ...(row.id === "base" ? {} : { scenario: row.id }) });
      near(book["Summary"]![1]![2], expected.weighted.npv.toNumber(), `${row.label}: risk-adjusted NPV`);
      near(book["Summary"]![1]![1], expected.unadjusted.npv.toNumber(), `${row.label}: NPV`);
      expect(book["Summary"]!.find((cells) => cells[0] === "Scenario computed")?.[1]).toBe(row.label);
    }
  });
});

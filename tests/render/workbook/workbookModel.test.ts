/**
 * The workbook's Assumptions and Calculations sheets: named cells, the case's formulas over them, and
 * LibreOffice Calc computing every calculation as `evaluate` does — again after an assumption changes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineValueCase } from "../../../src/quantify/defineValueCase.js";
import { evaluate } from "../../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../../src/quantify/evaluateScenarios.js";
import { tornado } from "../../../src/quantify/tornado.js";
import type { ValueCaseInput } from "../../../src/quantify/schema.js";
import { calculationSheets, type WorkbookModel } from "../../../src/render/workbook/workbookModel.js";
import { calcBook, type CalcSheet, hasCalc } from "../../support/calc.js";
import { distributor } from "../../quantify/fixtures.js";

const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
const caseOf = (name: string) => defineValueCase(JSON.parse(readFileSync(new URL(`../../../examples/${name}.case.json`, import.meta.url), "utf8")) as ValueCaseInput);

/** The model as Calc's test workbook: inputs as numbers, formulas without their cached values. */
function forCalc(model: WorkbookModel, override?: { readonly name: string; readonly value: number }): { sheets: CalcSheet[]; names: { name: string; ref: string }[] } {
  const cellOf = (sheet: string, row: number) => model.names.find((n) => n.sheet === sheet && n.cell === `$B$${row + 1}`);
  return {
    sheets: model.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows.map((row, r) =>
        row.map((cell, c) => {
          if (cell.formula !== undefined) return { formula: cell.formula };
          if (cell.value !== undefined) return c === 1 && override !== undefined && cellOf(sheet.name, r)?.name === override.name ? override.value : Number(cell.value.toString());
          return cell.text ?? "";
        }),
      ),
    })),
    names: model.names.map((n) => ({ name: n.name, ref: `${n.sheet}!${n.cell}` })),
  };
}

describe("calculationSheets", () => {
  const model = calculationSheets(evaluate(distributor));

  it("names each assumption and calculation from its label, and writes the case's formulas over the names", () => {
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Summary", "Assumptions", "Calculations", "Lines", "Cash flows", "Trace"]);
    const trace = model.sheets[5]!.rows.map((row) => row[1]?.text);
    expect(trace).toContain("working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY");
    expect(model.names.slice(0, 3)).toEqual([
      { name: "annual_revenue", sheet: "Assumptions", cell: "$B$2" },
      { name: "days_in_a_year", sheet: "Assumptions", cell: "$B$3" },
      { name: "DSO_reduction", sheet: "Assumptions", cell: "$B$4" },
    ]);
    const released = model.sheets[2]!.rows.find((row) => row[0]?.text === "working capital released")!;
    expect(released[1]?.formula).toBe("(DSO_reduction*daily_revenue)");
    expect(released[1]?.value?.toString()).toBe("14000000");
    expect(released[3]?.text).toBe("working capital released = DSO reduction × daily revenue");
    const withRanges = calculationSheets(evaluate(distributor), { tornado: tornado(distributor) });
    const dso = withRanges.sheets[1]!.rows.find((row) => row[0]?.text === "DSO reduction")!;
    expect([dso[5]?.value?.toString(), dso[6]?.value?.toString()]).toEqual(["8", "16"]);
    const funds = withRanges.sheets[1]!.rows.find((row) => row[0]?.text === "cost of funds")!;
    expect([funds[5]?.value?.toString(), funds[6]?.value?.toString()]).toEqual(["0.05", "0.07"]);
    const costOfFunds = model.sheets[1]!.rows.find((row) => row[0]?.text === "cost of funds")!;
    // Percentages are held as fractions and shown as percentages, as valueframe's formulas use them.
    expect([costOfFunds[1]?.value?.toString(), costOfFunds[1]?.numberFormat]).toEqual(["0.06", "0.00%"]);
  });
});

describe.skipIf(!hasCalc)("the calculations in LibreOffice Calc", () => {
  it.each(examples)("compute %s's every calculation as evaluate does", { timeout: 120_000 }, (name) => {
    const evaluation = evaluate(caseOf(name));
    const model = calculationSheets(evaluation);
    const { sheets, names } = forCalc(model);
    const computed = calcBook(sheets, names)["Calculations"]!;
    const quantities = Object.values(evaluation.trace).filter((figure) => figure.id.startsWith("quantity:"));
    expect(quantities.length).toBeGreaterThan(0);
    quantities.forEach((figure, i) => {
      const got = Number(computed[i + 1]?.[1]);
      const want = figure.value.toNumber();
      expect(Math.abs(got - want), `${figure.label}: Calc ${computed[i + 1]?.[1]}, valueframe ${figure.value.toString()}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    });
  });

  it.each(examples)("gives %s's period flows to the cent and its risk-adjusted NPV as evaluate does", { timeout: 120_000 }, (name) => {
    const evaluation = evaluate(caseOf(name));
    const { sheets, names } = forCalc(calculationSheets(evaluation));
    const flows = calcBook(sheets, names)["Cash flows"]!;
    const width = evaluation.lines.length;
    evaluation.periods.forEach((row, t) => {
      const cells = flows[t + 1]!;
      expect(Math.abs(Number(cells[width + 1]) - row.net.toNumber()), `net, period ${t}`).toBeLessThan(0.005);
      expect(Math.abs(Number(cells[width + 2]) - row.weighted.net.toNumber()), `weighted net, period ${t}`).toBeLessThan(0.005);
    });
    const npv = Number(flows[evaluation.periods.length]![width + 5]);
    expect(Math.abs(npv - evaluation.weighted.npv.toNumber())).toBeLessThanOrEqual(1e-9 * Math.abs(evaluation.weighted.npv.toNumber()));
  });

  it.each(examples)("gives %s's headline measures in the Summary as evaluate does: NPV, annual IRR, payback, ROI", { timeout: 120_000 }, (name) => {
    const evaluation = evaluate(caseOf(name));
    const { sheets, names } = forCalc(calculationSheets(evaluation));
    const summary = calcBook(sheets, names)["Summary"]!;
    const close = (shown: string | undefined, want: { toNumber(): number } | null, what: string) => {
      if (want === null) return expect(["n/a", "not reached"], what).toContain(shown);
      expect(Math.abs(Number(shown) - want.toNumber()), `${what}: Calc ${shown}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want.toNumber())));
    };
    close(summary[1]?.[1], evaluation.unadjusted.npv, "NPV");
    close(summary[1]?.[2], evaluation.weighted.npv, "weighted NPV");
    close(summary[2]?.[1], evaluation.unadjusted.irrAnnual, "IRR");
    close(summary[2]?.[2], evaluation.weighted.irrAnnual, "weighted IRR");
    close(summary[3]?.[1], evaluation.unadjusted.payback, "payback");
    close(summary[3]?.[2], evaluation.weighted.payback, "weighted payback");
    close(summary[4]?.[1], evaluation.unadjusted.roi, "ROI");
    close(summary[4]?.[2], evaluation.weighted.roi, "weighted ROI");
  });

  it("computes each scenario of the case when the scenario cell picks it", { timeout: 300_000 }, () => {
    const scenarios = evaluateScenarios(distributor);
    const model = calculationSheets(evaluate(distributor), { scenarios });
    expect(model.names.at(-1)).toMatchObject({ name: "scenario", sheet: "Assumptions" });
    scenarios.evaluations.forEach((expected, j) => {
      const { sheets, names } = forCalc(model, { name: "scenario", value: j + 1 });
      const book = calcBook(sheets, names);
      const npv = Number(book["Cash flows"]![expected.periods.length]![expected.lines.length + 5]);
      expect(Math.abs(npv - expected.weighted.npv.toNumber()), `${scenarios.rows[j]!.label}: Calc ${npv}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected.weighted.npv.toNumber()));
      expect(Number(book["Summary"]![1]![1]), scenarios.rows[j]!.label).toBeCloseTo(expected.unadjusted.npv.toNumber(), 4);
    });
  });

  it("carries a scenario's risk adjustment into the line amounts", { timeout: 120_000 }, () => {
    const evaluation = evaluate(distributor, { scenario: "risk-adjusted" });
    expect(evaluation.riskAdjustment).toBeDefined();
    const { sheets, names } = forCalc(calculationSheets(evaluation));
    const book = calcBook(sheets, names);
    evaluation.lines.forEach((line, i) => expect(Number(book["Lines"]![i + 1]![2]), line.label).toBeCloseTo(line.amount.toNumber(), 6));
    const npv = Number(book["Cash flows"]![evaluation.periods.length]![evaluation.lines.length + 5]);
    expect(npv).toBeCloseTo(evaluation.weighted.npv.toNumber(), 4);
  });

  it("moves every calculation as evaluate does when an assumption changes in the sheet", { timeout: 120_000 }, () => {
    const model = calculationSheets(evaluate(distributor));
    const { sheets, names } = forCalc(model, { name: "DSO_reduction", value: 20 });
    const book = calcBook(sheets, names);
    const computed = book["Calculations"]!;
    const moved = evaluate(distributor, { drivers: { dsoReduction: 20 } });
    // The NPV moves with it, from 21.1 M to what evaluate gives at 20 days.
    const npv = Number(book["Cash flows"]![moved.periods.length]![moved.lines.length + 5]);
    expect(moved.weighted.npv.toNumber()).toBeGreaterThan(evaluate(distributor).weighted.npv.toNumber() + 1e6);
    expect(Math.abs(npv - moved.weighted.npv.toNumber())).toBeLessThanOrEqual(1e-9 * moved.weighted.npv.toNumber());
    const row = computed.find((cells) => cells[0] === "working capital released")!;
    expect(Number(row[1])).toBe(20_000_000);
    const quantities = Object.values(moved.trace).filter((figure) => figure.id.startsWith("quantity:"));
    quantities.forEach((figure, i) => {
      expect(Number(computed[i + 1]?.[1]), figure.label).toBeCloseTo(figure.value.toNumber(), 6);
    });
  });
});

/**
 * The README's "Quantified value" example, line for line (imports from the source instead of the
 * package), with the figures it prints checked by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { formatTrace } from "../../src/quantify/formatTrace.js";
import { simulate } from "../../src/quantify/simulate.js";
import { tornado } from "../../src/quantify/tornado.js";

function readmeExample(log: (...parts: unknown[]) => void): void {
  const valueCase = defineValueCase(JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8")));
  // Change one assumption: DSO falls by 10 days instead of 14.
  const options = { scenario: { id: "dso-10", drivers: { dsoReduction: "10" } } };

  const { weighted: m } = evaluate(valueCase, options); // probability-weighted measures
  log("NPV", m.npv.toFixed(0), "IRR", m.irrAnnual?.toFixed(4), "ROI", m.roi?.toFixed(4), "payback", m.paybackYears?.toFixed(3));
  log("tornado", tornado(valueCase, options).rows.map((row) => `${row.driver} ±${row.swing.toFixed(0)}`).join(", "));
  const mc = simulate(valueCase, { ...options, iterations: 20000, seed: 1 });
  log("P10/P50/P90", [mc.npv.p10, mc.npv.p50, mc.npv.p90].map((x) => x.toFixed(0)).join(" / "));
  log(formatTrace(evaluate(valueCase).trace["quantity:workingCapitalReleased"]!));
}

describe("README example", () => {
  const lines: string[] = [];
  readmeExample((...parts) => lines.push(parts.join(" ")));

  const r = new Dec("1.08");
  const d = (x: number | string) => new Dec(x);

  it("prints NPV, IRR, ROI and payback with DSO down 10 days", () => {
    // 10 days × 1 M CNY/day × 2 (scope factor 1 + 2 × 0.5) = 20 M CNY released in year 1, 80 % likely;
    // 6 % of it saved a year (0.75 in year 1), 80 % likely; costs 2 M CNY now and 0.3 M CNY a year.
    // Weighted flows: t0 −2,000,000; t1 16,000,000 + 720,000 − 300,000; t2, t3 960,000 − 300,000.
    const flows = [d(-2000000), d(16420000), d(660000), d(660000)];
    const npv = flows.reduce((sum, flow, t) => sum.plus(flow.div(r.pow(t))), d(0));
    expect(npv.toFixed(0)).toBe("14293477");
    // ROI on nominal totals: (18,640,000 − 2,900,000) ÷ 2,900,000; payback 2,000,000 ÷ 16,420,000 of year 1
    expect(d(18640000 - 2900000).div(2900000).toFixed(4)).toBe("5.4276");
    expect(d(2000000).div(16420000).toFixed(3)).toBe("0.122");
    // The IRR prints as 7.2548: NPV at 725.48 % is about 0 (the rate is rounded to 4 places).
    const atIrr = flows.reduce((sum, flow, t) => sum.plus(flow.div(d("8.2548").pow(t))), d(0));
    expect(atIrr.abs().lt(500)).toBe(true);
    expect(lines[0]).toBe("NPV 14293477 IRR 7.2548 ROI 5.4276 payback 0.122");
  });

  it("prints the tornado ranking", () => {
    // DSO 8…16 days moves weighted NPV by 8 × 0.8 × (2,000,000 ÷ 1.08 + 120,000 × (0.75 ÷ 1.08 + 1 ÷ 1.08² + 1 ÷ 1.08³));
    // the implementation cost, paid now, by exactly 2,600,000 − 1,800,000.
    const perDay = d("0.8").times(d(2000000).div(r).plus(d(120000).times(d("0.75").div(r).plus(d(1).div(r.pow(2))).plus(d(1).div(r.pow(3))))));
    expect(perDay.times(8).toFixed(0)).toBe("13653285");
    expect(lines[1]).toBe("tornado dsoReduction ±13653285, otherUnitSize ±5119982, implementationCost ±800000, costOfFunds ±750597, runningCost ±386565");
  });

  it("prints P10 / P50 / P90 of the simulated NPV around the expected value", () => {
    expect(lines[2]).toBe("P10/P50/P90 12436402 / 13864121 / 15083664");
    // With DSO held at 10, the expected weighted NPV is the NPV at the other drivers' means.
    const expected = evaluate(defineValueCase(JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8"))),
      { scenario: { id: "dso-10", drivers: { dsoReduction: "10" } }, basis: "mean" }).weighted.npv;
    expect(expected.gt(12436402) && expected.lt(15083664)).toBe(true);
  });

  it("prints the trace of the 14 M CNY release", () => {
    expect(lines[3]).toBe("working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY");
  });
});

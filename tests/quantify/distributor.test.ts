import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import type { FrameInput } from "../../src/frame/frame.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { QuantifyLinkError } from "../../src/quantify/errors.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { formatTrace } from "../../src/quantify/formatTrace.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const distributor = defineValueCase(read("distributor.case.json") as ValueCaseInput);
const frame = defineFrame(read("distributor.frame.json") as FrameInput);
const d = (x: number | string) => new Dec(x);
/** Rounds to 20 significant digits: the hand computations below divide step by step. */
const close = (actual: { toSignificantDigits(n: number): { toString(): string } }, expected: { toSignificantDigits(n: number): { toString(): string } }) =>
  expect(actual.toSignificantDigits(20).toString()).toBe(expected.toSignificantDigits(20).toString());

describe("the distributor value case (DOMAIN.md worked example)", () => {
  const result = evaluate(distributor, { frame });

  it("derives 14 M CNY released and 0.84 M CNY a year saved, with their trace", () => {
    const released = result.trace["quantity:workingCapitalReleased"];
    const saved = result.trace["quantity:financingCostSaved"];
    expect(released?.value.toString()).toBe("14000000");
    expect(saved?.value.toString()).toBe("840000");
    expect(formatTrace(released!)).toBe(
      "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY",
    );
    expect(formatTrace(saved!)).toBe(
      "financing cost saved a year = working capital released × cost of funds = 14,000,000 CNY × 6 % = 840,000 CNY",
    );
    expect(released?.inputs.map((input) => [input.ref, input.value.toString(), input.unit])).toEqual([
      ["driver:dsoReduction", "14", "day"],
      ["quantity:dailyRevenue", "1000000", "CNY/day"],
    ]);
    expect(released?.inputs[0]?.provenance).toMatchObject({ kind: "assumption", source: "DSO back from 62 to 48 days within 6 months" });
    expect(released?.drivers).toEqual(["annualRevenue", "daysInYear", "dsoReduction"]);
    expect(formatTrace(result.trace["driver:dsoReduction"]!)).toBe("DSO reduction = 14 day (assumption: DSO back from 62 to 48 days within 6 months)");
  });

  it("extends both benefits to 3 business units (the base doubles)", () => {
    expect(formatTrace(result.trace["line:workingCapital"]!, result.trace)).toBe(
      "working capital released = working capital released (base) × scope factor (3 business units) = 14,000,000 CNY × 2 = 28,000,000 CNY",
    );
    // Without the trace the factor is still named apart from its label; its own figure says what it extends over.
    expect(formatTrace(result.trace["line:workingCapital"]!)).toBe(
      "working capital released = working capital released (base) × extension factor (3 business units) = 14,000,000 CNY × 2 = 28,000,000 CNY",
    );
    expect(formatTrace(result.trace["line:workingCapital:factor:0"]!)).toBe(
      "scope factor (3 business units) = scope factor = 2 [extension over scope; same workflow rolled out to the 2 other units]",
    );
    expect(result.lines.map((line) => [line.id, line.amount.toString()])).toEqual([
      ["workingCapital", "28000000"],
      ["financingCost", "1680000"],
      ["implementation", "2000000"],
      ["running", "300000"],
    ]);
  });

  it("builds the yearly cash-flow table", () => {
    // t0: implementation −2,000,000
    // t1: release 28,000,000 + saving 1,680,000 × 0.75 (ramp-up) − running 300,000 = 28,960,000
    // t2, t3: saving 1,680,000 − running 300,000 = 1,380,000
    expect(result.periods.map((row) => row.net.toString())).toEqual(["-2000000", "28960000", "1380000", "1380000"]);
    // Weighted by probability 0.8 on the benefits: t1 = 0.8 × 29,260,000 − 300,000; t2 = 0.8 × 1,680,000 − 300,000
    expect(result.periods.map((row) => row.weighted.net.toString())).toEqual(["-2000000", "23108000", "1044000", "1044000"]);
    expect(result.periods.at(-1)?.cumulative.toString()).toBe("29720000");
  });

  it("matches NPV, ROI and payback computed by hand", () => {
    const r = d("1.08");
    const npv = d(-2000000).plus(d(28960000).div(r)).plus(d(1380000).div(r.pow(2))).plus(d(1380000).div(r.pow(3)));
    close(result.unadjusted.npv, npv);
    expect(result.unadjusted.npv.toFixed(2)).toBe("27093430.88");
    const weightedNpv = d(-2000000).plus(d(23108000).div(r)).plus(d(1044000).div(r.pow(2))).plus(d(1044000).div(r.pow(3)));
    close(result.weighted.npv, weightedNpv);
    expect(result.weighted.npv.toFixed(2)).toBe("21120118.88");

    // ROI on nominal totals: benefits 28,000,000 + 1,260,000 + 1,680,000 + 1,680,000 = 32,620,000; costs 2,000,000 + 3 × 300,000 = 2,900,000
    expect(result.unadjusted.benefits.toString()).toBe("32620000");
    expect(result.unadjusted.costs.toString()).toBe("2900000");
    close(result.unadjusted.roi!, d(32620000 - 2900000).div(2900000));
    // Weighted: benefits 0.8 × 32,620,000 = 26,096,000
    close(result.weighted.roi!, d(26096000 - 2900000).div(2900000));

    // Payback: cumulative −2,000,000 at t0, +26,960,000 at t1 → 0 + 2,000,000 / 28,960,000 of year 1
    close(result.unadjusted.payback!, d(2000000).div(28960000));
    close(result.weighted.payback!, d(2000000).div(23108000));
    // Discounted: 28,960,000 / 1.08 in year 1
    close(result.unadjusted.discountedPayback!, d(2000000).div(d(28960000).div(r)));
    expect(result.unadjusted.paybackYears?.toString()).toBe(result.unadjusted.payback?.toString());
  });

  it("gives an IRR where NPV at that rate is zero", () => {
    const irr = result.unadjusted.irr!;
    const onePlus = irr.plus(1);
    const atIrr = d(-2000000).plus(d(28960000).div(onePlus)).plus(d(1380000).div(onePlus.pow(2))).plus(d(1380000).div(onePlus.pow(3)));
    expect(atIrr.abs().lt("1e-20")).toBe(true);
    expect(result.unadjusted.irrNote).toBeUndefined();
  });

  it("rolls value up to the goal and measures how much of its gap is closed", () => {
    const [cash] = result.goals;
    expect(cash?.goalId).toBe("g-cash");
    expect(cash?.lines).toEqual(["workingCapital", "financingCost"]);
    // Goal: operating cash flow 40 → 48 M CNY, gap 8; the release contributes 28 M CNY (22.4 weighted)
    expect(cash?.gap?.toString()).toBe("8");
    expect(cash?.contribution?.toString()).toBe("28");
    expect(cash?.gapClosed?.toString()).toBe("3.5");
    expect(cash?.weightedGapClosed?.toString()).toBe("2.8");
    expect(result.goals.map((goal) => goal.goalId)).toEqual(["g-cash", "g-revenue", "g-key-accounts"]);
  });

  it("flags the two benefits that draw on the same DSO improvement, with the unflagged total beside the raw one", () => {
    const dc = result.doubleCounting;
    expect(dc.groups).toEqual([
      { by: "driver", key: "dsoReduction", lines: ["workingCapital", "financingCost"] },
      { by: "kpi", key: "DSO", lines: ["workingCapital", "financingCost"] },
    ]);
    expect(dc.kept).toEqual(["workingCapital"]);
    expect(dc.flagged).toEqual(["financingCost"]);
    expect(dc.rawNpv.toString()).toBe(result.weighted.npv.toString());
    // Without the financing-cost line: weighted flows −2,000,000; 22,400,000 − 300,000; −300,000; −300,000
    const r = d("1.08");
    close(dc.unflaggedNpv, d(-2000000).plus(d(22100000).div(r)).plus(d(-300000).div(r.pow(2))).plus(d(-300000).div(r.pow(3))));
    expect(dc.unflaggedBenefits.toString()).toBe("22400000");
  });

  it("is frozen", () => {
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.periods[0])).toBe(true);
  });

  it("reports every dangling link with its path", () => {
    const broken = { ...frame, goals: [], values: frame.values.filter((value) => value.id !== "v-financing-cost") };
    try {
      evaluate(distributor, { frame: broken });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuantifyLinkError);
      const e = error as QuantifyLinkError;
      expect(e.code).toBe("QUANTIFY_UNKNOWN_ID");
      expect(e.issues.map((issue) => issue.path.join("."))).toEqual(["lines.0.serves.0.id", "lines.1.serves.0.id", "lines.1.serves.2.id"]);
      expect(e.issues[0]?.message).toBe('goal "g-cash" is not in the frame (its goals: none)');
    }
  });
});

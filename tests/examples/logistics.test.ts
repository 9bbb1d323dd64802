/** The logistics example: on-time store delivery from 88 % to 96 %, evaluated by quarter, checked by hand. */
import { describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { rollUp } from "../../src/bvf/rollUp.js";
import { rankSolutions } from "../../src/frame/queries/rankSolutions.js";
import { unlinkedElements } from "../../src/frame/queries/unlinkedElements.js";
import type { Decimal } from "../../src/numeric/decimal.js";
import { breakEven } from "../../src/quantify/breakEven.js";
import { compareAlternatives } from "../../src/quantify/compareAlternatives.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { formatTrace } from "../../src/quantify/formatTrace.js";
import { tornado } from "../../src/quantify/tornado.js";
import type { Dimension, Level } from "../../src/frame/grid.js";
import { d, expectClose, financialAmount, issuesInCell, loadExample, npvByHand } from "./load.js";

const { frame, warnings, valueCase, bvf } = loadExample("logistics");
const result = evaluate(valueCase, { frame });

/** Quarterly net flows by hand: penalties ramp over 4 quarters from q1, kept margin over 4 quarters from q3. */
function flowsByHand(): Decimal[] {
  const flows = [d(-4000000)];
  for (let q = 1; q <= 12; q++) {
    const penalties = d(7200000).div(4).times(Math.min(q, 4)).div(4);
    const kept = q < 3 ? d(0) : d(4320000).div(4).times(Math.min(q - 2, 4)).div(4);
    flows.push(penalties.plus(kept).minus(d(976000).div(4)));
  }
  return flows;
}

describe("the logistics frame", () => {
  it("loads with one warning: empty running is no secret", () => {
    expect(frame.currency).toBe("CNY");
    expect(warnings.map((w) => [w.path, w.code])).toEqual([[["issues", 4, "tests", "hiddenness"], "weak_issue_test"]]);
  });

  it("places late deliveries and the status gap at process × management, the dispatcher standard at job × management", () => {
    const cell = (level: Level, dimension: Dimension) => issuesInCell(frame, level, dimension);
    expect(cell("process", "management")).toEqual(["cbi-late-deliveries", "cpi-status-gap"]);
    expect(cell("job", "management")).toEqual(["cpi-dispatcher-standards"]);
  });

  it("ranks the control tower (resolve) above the buffer fleet (bypass); empty running is left unaddressed", () => {
    expect(rankSolutions(frame).map((r) => [r.solution.id, r.score.toString()])).toEqual([
      ["sol-control-tower", "3.8"],
      ["sol-buffer-fleet", "2.2"],
    ]);
    expect(unlinkedElements(frame).map((u) => `${u.kind} ${u.element.id}`)).toContain("successFactor csf-emission-zones");
  });
});

describe("the logistics value case", () => {
  it("avoids 72,000 late deliveries per hub a year: deliveries × (96 % − 88 %)", () => {
    const late = d(900000).times(d("0.96").minus("0.88"));
    expect(result.trace["quantity:lateAvoidedPerHub"]?.value.toString()).toBe(late.toString());
    expect(late.toString()).toBe("72000");
    expect(formatTrace(result.trace["quantity:penaltiesAvoidedPerHub"]!)).toBe(
      "penalties avoided per hub = late deliveries avoided per hub × penalty per late delivery = 72,000 delivery/year × 25 CNY/delivery = 1,800,000 CNY/year",
    );
  });

  it("values penalties × 4 hubs and the margin kept at renewal, as the frame states", () => {
    const amount = (id: string) => result.lines.find((line) => line.id === id)!.amount.toString();
    expect(amount("penalties")).toBe(d(72000).times(25).times(4).toString());
    expect(amount("retention")).toBe(d(1200000000).times("0.02").times("0.18").toString());
    const frameAmount = (id: string) => financialAmount(frame, id);
    expect([frameAmount("v-penalties"), frameAmount("v-retained-margin")]).toEqual([amount("penalties"), amount("retention")]);
    // 1,200 trucks × 1,500 CNY + 2.2 M CNY; 1,200 × 480 CNY + 400,000 CNY a year
    expect([amount("implementation"), amount("running")]).toEqual(["4000000", "976000"]);
  });

  it("splits yearly amounts into quarters, ramps them up, and discounts at 10 % ÷ 4 a quarter (nominal)", () => {
    expect(result.periodRate.toString()).toBe("0.025");
    expect(result.periods.map((row) => row.net.toString())).toEqual(flowsByHand().map((flow) => flow.toString()));
    expect(result.periods[1]?.net.toString()).toBe("206000");
    expectClose(result.unadjusted.npv, npvByHand(d("0.025"), flowsByHand().map((flow) => flow.toString())));
    expect(result.unadjusted.npv.toFixed(2)).toBe("16886254.01");
  });

  it("pays back within the fourth quarter", () => {
    // cumulative −1,762,000 after quarter 3; quarter 4 brings 2,096,000
    expectClose(result.unadjusted.payback, d(3).plus(d(1762000).div(2096000)));
    expectClose(result.unadjusted.paybackYears, d(3).plus(d(1762000).div(2096000)).div(4));
  });

  it("closes 77 % of the profit gap and 40 % of the retention gap", () => {
    const goal = (id: string) => result.goals.find((g) => g.goalId === id)!;
    expect([goal("g-profit").contribution?.toString(), goal("g-profit").gapClosed?.toString()]).toEqual(["11.52", "0.768"]);
    expect([goal("g-retention").contribution?.toString(), goal("g-retention").gapClosed?.toString()]).toEqual(["2", "0.4"]);
    expect(result.doubleCounting.groups).toEqual([]);
  });

  it("loses money with the buffer fleet: 4.5 M CNY of penalties avoided for 8 M CNY a year", () => {
    const bypass = evaluate(
      defineValueCase({ ...valueCase, alternatives: [{ id: "late-deliveries", options: ["sol-control-tower", "sol-buffer-fleet"], chosen: "sol-buffer-fleet" }] }),
    );
    // every quarter: (4,500,000 − 8,000,000) ÷ 4
    expect(bypass.periods.slice(1).every((row) => row.net.eq(-875000))).toBe(true);
    expect(bypass.unadjusted.npv.isNegative()).toBe(true);
    expect(bypass.unadjusted.payback).toBeNull();
  });

  it("compares the two with compareAlternatives: the control tower wins with or without risk", () => {
    const [late] = compareAlternatives(valueCase).alternatives;
    expect(late?.options.map((option) => [option.solution, option.npv.isPositive()])).toEqual([
      ["sol-control-tower", true],
      ["sol-buffer-fleet", false],
    ]);
    expect([late?.best, late?.riskChangesChoice]).toEqual(["sol-control-tower", false]);
  });

  it("breaks even at about 89 % on time, and swings most on the on-time level reached", () => {
    expect(tornado(valueCase).rows.map((row) => row.driver)).toEqual(["targetOnTime", "churnReduction", "platformImplementation", "controlTowerStaff"]);
    expect(breakEven(valueCase, "targetOnTime").value?.toFixed(2)).toBe("89.26");
  });

  it("stays positive at a 14 % cost of capital and in the other scenarios", () => {
    const rows = evaluateScenarios(valueCase).rows;
    expect(rows.map((row) => row.id)).toEqual(["base", "conservative", "optimistic", "capital-14", "risk-adjusted"]);
    expect(rows.every((row) => row.weightedNpv.isPositive())).toBe(true);
    expect(evaluate(valueCase, { scenario: "capital-14" }).periodRate.toString()).toBe("0.035");
  });
});

describe("the logistics BVF", () => {
  it("uses the frame's goal ids as executive KPIs", () => {
    expect(bvf.executiveKpis.map((kpi) => kpi.id)).toEqual(frame.goals.map((goal) => goal.id));
  });

  it("checks out but for backhaul matching, which every competitor offers", () => {
    expect(checkBvf(bvf).map((f) => `${f.severity} ${f.code} ${f.nodeIds[0]}`)).toEqual([
      "warning solution_without_differentiator v-backhaul",
      "warning solution_offered_by_all_competitors v-backhaul",
      "info weights_over_one g-profit",
    ]);
  });

  it("rolls on-time delivery up: 8 from route re-planning + 0.02 × the dispatchers' standard", () => {
    const rolled = rollUp(bvf);
    // unplanned late routes 90 → 40 % (55.6 % better) + 10 from coaching
    const dispatch = d(50).div(90).times(100).plus(10);
    const onTime = d(8).plus(d("0.02").times(dispatch));
    expect(rolled.operationalKpis.find((kpi) => kpi.id === "o-on-time")?.improvement.toString()).toBe(onTime.toString());
    expect(rolled.executiveKpis.map((e) => [e.id, e.estimated.toFixed(2), e.met])).toEqual([
      ["g-profit", "24.89", false],
      ["g-retention", "2.64", false],
      ["g-share", "12.79", false],
    ]);
  });

  it("gives phase 1 about the profit the value case finds", () => {
    expect(rollUp(bvf, { throughPhase: 1 }).executiveKpis[0]?.estimated.toFixed(2)).toBe("20.39");
    // the value case: 11.52 M CNY on a 60 M CNY operating profit
    expect(d("11.52").div(60).times(100).toFixed(2)).toBe("19.20");
  });
});

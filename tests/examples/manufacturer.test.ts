/** The manufacturer example: an ERP planning sale that cuts DIO from 95 to 70 days, checked by hand. */
import { describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { rollUp } from "../../src/bvf/rollUp.js";
import { singleSolutionRisks } from "../../src/bvf/singleSolutionRisks.js";
import { rankSolutions } from "../../src/frame/queries/rankSolutions.js";
import { breakEven } from "../../src/quantify/breakEven.js";
import { compareAlternatives } from "../../src/quantify/compareAlternatives.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { formatTrace } from "../../src/quantify/formatTrace.js";
import { tornado } from "../../src/quantify/tornado.js";
import type { Dimension, Level } from "../../src/frame/grid.js";
import { d, expectClose, financialAmount, issuesInCell, loadExample, npvByHand } from "./load.js";

const { frame, warnings, valueCase, bvf } = loadExample("manufacturer");
const result = evaluate(valueCase, { frame });
const line = (id: string) => result.lines.find((l) => l.id === id)!;
const rate = d("0.09");

describe("the manufacturer frame", () => {
  it("loads with one warning: the OEMs already complain about OTIF", () => {
    expect(frame.currency).toBe("EUR");
    expect(warnings.map((w) => [w.path, w.code])).toEqual([[["issues", 4, "tests", "hiddenness"], "weak_issue_test"]]);
  });

  it("places the missing S&OP at organisation × management (interface) and the DIO issue at process × design", () => {
    const cell = (level: Level, dimension: Dimension) => issuesInCell(frame, level, dimension);
    expect(cell("organization", "management")).toEqual(["cpi-no-sop"]);
    expect(cell("process", "design")).toEqual(["cbi-dio", "cpi-master-data"]);
    expect(cell("job", "management")).toEqual(["cpi-planner-consequences"]);
    expect(frame.issues.find((issue) => issue.id === "cpi-no-sop")?.cell.aspect).toBe("interface");
  });

  it("ranks resolving (integrated planning) above bypassing (consignment stock)", () => {
    expect(rankSolutions(frame).map((r) => [r.solution.id, r.solution.approach, r.score.toString()])).toEqual([
      ["sol-integrated-planning", "resolve", "3.4"],
      ["sol-consignment", "bypass", "2.6"],
    ]);
  });
});

describe("the manufacturer value case", () => {
  it("releases COGS / 365 × 25 days of working capital at the main plant, a quarter more with Brno", () => {
    const released = d(146000000).div(365).times(25);
    expect(released.toString()).toBe("10000000");
    expect(result.trace["quantity:workingCapitalReleased"]?.value.toString()).toBe(released.toString());
    expect(formatTrace(result.trace["quantity:workingCapitalReleased"]!)).toBe(
      "working capital released = DIO reduction × COGS a day = 25 day × 400,000 EUR/day = 10,000,000 EUR",
    );
    expect(line("workingCapital").amount.toString()).toBe(released.times("1.25").toString());
    expect(formatTrace(result.trace["line:workingCapital"]!, result.trace)).toBe(
      "working capital released = working capital released (base) × scope factor (2 plants) = 10,000,000 EUR × 1.25 = 12,500,000 EUR",
    );
  });

  it("saves 10 % holding cost on the stock no longer held and 40 % of express freight, as the frame states", () => {
    expect(line("holdingCost").amount.toString()).toBe(d(12500000).times("0.1").toString());
    expect(line("expedite").amount.toString()).toBe(d(1800000).times("0.4").toString());
    const frameAmount = (id: string) => financialAmount(frame, id);
    expect(["v-working-capital", "v-holding-cost", "v-expedite"].map(frameAmount)).toEqual(
      ["workingCapital", "holdingCost", "expedite"].map((id) => line(id).amount.toString()),
    );
  });

  it("counts only the chosen alternative: the consignment lines are left out", () => {
    expect(result.lines.filter((l) => !l.included).map((l) => l.id)).toEqual(["consignmentRelease", "consignmentPremiumPaid", "consignmentAgreements"]);
  });

  it("builds the yearly cash flows: costs first, the release once both plants run the plan", () => {
    // t1: half the freight saving (linear ramp over 2 years) − Brno roll-out − running cost
    const t1 = d(720000).div(2).minus(600000).minus(420000);
    const t2 = d(12500000).plus(1250000).plus(720000).minus(420000);
    const later = d(1250000).plus(720000).minus(420000);
    expect(result.periods.map((row) => row.net.toString())).toEqual(
      ["-2400000", t1, t2, later, later, later].map((x) => x.toString()),
    );
    const w2 = d(13750000).times("0.75").plus(d(720000).times("0.6")).minus(420000);
    expect(result.periods[2]?.weighted.net.toString()).toBe(w2.toString());
  });

  it("matches NPV, ROI and payback computed by hand", () => {
    expectClose(result.unadjusted.npv, npvByHand(rate, [-2400000, -660000, 14050000, 1550000, 1550000, 1550000]));
    expect(result.unadjusted.npv.toFixed(2)).toBe("12122436.44");
    expectClose(result.weighted.npv, npvByHand(rate, [-2400000, -804000, 10324500, 949500, 949500, 949500]));
    // benefits 12.5 M + 4 × 1.25 M + (0.36 M + 4 × 0.72 M); costs 2.4 M + 0.6 M + 5 × 0.42 M
    expect([result.unadjusted.benefits.toString(), result.unadjusted.costs.toString()]).toEqual(["20740000", "5100000"]);
    expectClose(result.unadjusted.roi, d(20740000 - 5100000).div(5100000));
    // cumulative −3,060,000 after year 1, then 14,050,000 in year 2
    expectClose(result.unadjusted.payback, d(1).plus(d(3060000).div(14050000)));
  });

  it("closes the free-cash-flow gap 1.25 times over and two-thirds of the EBIT gap", () => {
    const goal = (id: string) => result.goals.find((g) => g.goalId === id)!;
    expect([goal("g-fcf").gap?.toString(), goal("g-fcf").contribution?.toString(), goal("g-fcf").gapClosed?.toString()]).toEqual(["10", "12.5", "1.25"]);
    expect(goal("g-fcf").weightedGapClosed?.toString()).toBe("0.9375");
    expect(goal("g-ebit").contribution?.toString()).toBe("1.97");
    expect(goal("g-ebit").gapClosed?.toString()).toBe(d("1.97").div(3).toString());
  });

  it("flags the holding-cost saving as drawing on the same DIO improvement as the release", () => {
    const dc = result.doubleCounting;
    expect(dc.groups.map((g) => [g.by, g.key, g.lines])).toEqual([
      ["driver", "dioReduction", ["workingCapital", "holdingCost"]],
      ["kpi", "DIO", ["workingCapital", "holdingCost"]],
    ]);
    expect([dc.kept, dc.flagged]).toEqual([["workingCapital"], ["holdingCost"]]);
    // without it: the weighted NPV less 0.75 × 1.25 M in years 2–5
    const holdingPv = npvByHand(rate, [0, 0, 937500, 937500, 937500, 937500]);
    expectClose(dc.unflaggedNpv, result.weighted.npv.minus(holdingPv));
  });

  it("weighs the bypass: consignment stock is worth less than half the planning capability", () => {
    const bypass = evaluate(
      defineValueCase({ ...valueCase, alternatives: [{ id: "inventory", options: ["sol-integrated-planning", "sol-consignment"], chosen: "sol-consignment" }] }),
    );
    // t0 agreements; t1 9.5 M moved to suppliers less the 1.5 % premium on 50 M; then the premium every year
    const flows = [-150000, 8750000, -750000, -750000, -750000, -750000];
    expectClose(bypass.unadjusted.npv, npvByHand(rate, flows));
    expect(bypass.unadjusted.npv.toFixed(0)).toBe("5648358");
    expect(bypass.unadjusted.npv.lt(result.unadjusted.npv.div(2))).toBe(true);
  });

  it("compares resolve and bypass the same way with compareAlternatives", () => {
    const [inventory] = compareAlternatives(valueCase, { riskAdjustment: { benefits: "0.2", costs: "0.15" } }).alternatives;
    expect(inventory?.options.map((option) => [option.solution, option.chosenInCase])).toEqual([
      ["sol-integrated-planning", true],
      ["sol-consignment", false],
    ]);
    expect(inventory?.options[0]?.npv.toString()).toBe(result.unadjusted.npv.toString());
    expect(inventory?.options[1]?.npv.toFixed(0)).toBe("5648358");
    expect([inventory?.best, inventory?.bestUnadjusted, inventory?.riskChangesChoice]).toEqual(["sol-integrated-planning", "sol-integrated-planning", false]);
  });

  it("is most sensitive to the DIO reduction, which breaks even at about 7 days", () => {
    expect(tornado(valueCase).rows.map((row) => row.driver)).toEqual(["dioReduction", "holdingRate", "expediteReduction", "implementationCost", "runningCost"]);
    expect(breakEven(valueCase, "dioReduction").value?.toFixed(2)).toBe("7.26");
  });

  it("stays positive in every scenario", () => {
    const rows = evaluateScenarios(valueCase, { frame }).rows;
    expect(rows.map((row) => [row.id, row.weightedNpv.isPositive()])).toEqual([
      ["base", true],
      ["conservative", true],
      ["optimistic", true],
      ["risk-adjusted", true],
    ]);
    // conservative: 15 days instead of 25 → 6 M EUR released at the main plant
    const conservative = evaluate(valueCase, { scenario: "conservative" });
    expect(conservative.trace["quantity:workingCapitalReleased"]?.value.toString()).toBe("6000000");
  });
});

describe("the manufacturer BVF", () => {
  it("uses the frame's goal ids and adds revenue, which the frame leaves out", () => {
    expect(bvf.executiveKpis.map((kpi) => kpi.id)).toEqual([...frame.goals.map((goal) => goal.id), "g-revenue"]);
    expect(bvf.pruned.executiveKpis.map((kpi) => kpi.id)).toEqual(["g-material-cost"]);
  });

  it("checks out but for one commodity product, and notes the cash elasticity above 1", () => {
    expect(checkBvf(bvf).map((f) => `${f.severity} ${f.code} ${f.nodeIds[0]}`)).toEqual([
      "warning solution_without_differentiator v-oem-edi",
      "warning solution_offered_by_all_competitors v-oem-edi",
      "info weights_over_one g-fcf",
    ]);
    expect(singleSolutionRisks(bvf)).toEqual([]);
  });

  it("rolls DIO up to free cash flow close to what the value case finds", () => {
    const rolled = rollUp(bvf);
    // DIO: 16 (MRP) + 5 (S&OP) + 0.05 × master data 55 → 95 % (72.7 % better)
    const dio = d(16).plus(5).plus(d("0.05").times(d(40).div(55).times(100)));
    expect(rolled.operationalKpis.find((kpi) => kpi.id === "o-dio")?.improvement.toString()).toBe(dio.toString());
    const fcf = rolled.executiveKpis.find((kpi) => kpi.id === "g-fcf")!;
    expect(fcf.estimated.toFixed(2)).toBe("88.70");
    // the value case: 12.5 M EUR released on a 14 M EUR free cash flow
    expect(d(12500000).div(14000000).times(100).toFixed(2)).toBe("89.29");
  });

  it("leaves an EBIT gap: the planning capability alone does not reach 16 M EUR", () => {
    expect(rollUp(bvf).executiveKpis.map((e) => [e.id, e.estimated.toFixed(2), e.met])).toEqual([
      ["g-fcf", "88.70", true],
      ["g-ebit", "14.12", false],
      ["g-otif", "9.56", true],
      ["g-revenue", "8.50", true],
    ]);
  });
});

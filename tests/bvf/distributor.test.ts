import { describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { levelCoverage } from "../../src/bvf/levelCoverage.js";
import { pathsUp } from "../../src/bvf/pathsUp.js";
import { rankVendorSolutions } from "../../src/bvf/rankVendorSolutions.js";
import { rollUp } from "../../src/bvf/rollUp.js";
import { singleSolutionRisks } from "../../src/bvf/singleSolutionRisks.js";
import { distributorInput } from "./fixtures.js";

const graph = defineBvf(distributorInput());

describe("the distributor example (examples/distributor.bvf.json)", () => {
  it("has 4 executive KPIs, 8 intentions, 15 operational KPIs and 10 solutions after pruning", () => {
    expect([graph.executiveKpis.length, graph.intentions.length, graph.operationalKpis.length, graph.solutions.length]).toEqual([4, 8, 15, 10]);
    expect(graph.pruned.executiveKpis.map((kpi) => kpi.name)).toEqual(["Market share in two new provinces"]);
    expect(graph.pruned.sellerKpis.map((kpi) => kpi.id)).toEqual(["s-hardware"]);
    expect(graph.executiveKpis[0]).toMatchObject({ id: "g-cash", name: "Operating cash flow", unit: "M CNY" });
  });

  it("checks out structurally; its findings are about differentiation and one missing measure", () => {
    expect(checkBvf(graph).map((f) => `${f.severity} ${f.code} ${f.nodeIds[0]}`)).toEqual([
      "warning solution_without_differentiator v-order-management",
      "warning solution_offered_by_all_competitors v-order-management",
      "warning solution_offered_by_all_competitors v-mobile-sales",
      "info solution_without_measure v-value-reviews",
    ]);
    const coverage = levelCoverage(graph);
    expect([coverage.executiveKpis, coverage.intentions, coverage.operationalKpis, coverage.solutions].map((level) => level.share.toString())).toEqual(["1", "1", "1", "1"]);
    expect(singleSolutionRisks(graph)).toEqual([]);
  });

  it("rolls up to cash flow +20.35 % against the +20 % expected; revenue falls 1.19 points short", () => {
    // order-to-cash = 0.5 × DSO 25.58 + 0.2 × overdue 44.44 + 0.2 × paid-on-terms 25.88 + 0.1 × invoice errors 83.33 = 35.19
    // cash flow = 0.4 × 35.19 + 0.05 × bad debt 32.22 + 0.3 × inventory 15.56 = 20.35
    const result = rollUp(graph);
    expect(result.intentions.find((i) => i.id === "i-order-to-cash")!.improvement.toFixed(2)).toBe("35.19");
    expect(result.executiveKpis.map((e) => [e.id, e.estimated.toFixed(2), e.expected!.toString(), e.gap!.toFixed(2), e.met])).toEqual([
      ["g-cash", "20.35", "20", "-0.35", true],
      ["g-revenue", "8.41", "9.6", "1.19", false],
      ["g-net-profit", "10.08", "10", "-0.08", true],
      ["g-key-accounts", "8.88", "7", "-1.88", true],
    ]);
  });

  it("shows what phase 1 alone delivers", () => {
    const result = rollUp(graph, { throughPhase: 1 });
    expect(result.executiveKpis.map((e) => [e.id, e.estimated.toFixed(2)])).toEqual([
      ["g-cash", "11.75"],
      ["g-revenue", "0.00"],
      ["g-net-profit", "6.89"],
      ["g-key-accounts", "0.00"],
    ]);
  });

  it("traces the sales reps' KPI programme up to cash flow through the KPI it feeds", () => {
    expect(pathsUp(graph, "v-rep-kpis")).toEqual([
      ["v-rep-kpis", "o-collection-calls", "o-paid-on-terms", "i-order-to-cash", "g-cash"],
      ["v-rep-kpis", "o-collection-calls", "o-paid-on-terms", "i-order-to-cash", "g-net-profit"],
    ]);
  });

  it("ranks e-invoicing first: it reaches all four executive KPIs", () => {
    const ranked = rankVendorSolutions(graph);
    expect(ranked[0]).toMatchObject({ id: "v-e-invoicing", executiveKpis: ["g-cash", "g-revenue", "g-net-profit", "g-key-accounts"] });
    expect(ranked[0]!.weight.toString()).toBe("8");
  });
});

import { describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import type { BvfInput } from "../../src/bvf/schema.js";
import { smallInput } from "./fixtures.js";

const codes = (input: BvfInput) => checkBvf(defineBvf(input)).map((finding) => finding.code);

describe("checkBvf", () => {
  it("finds nothing in a complete, measurable, phased and differentiated BVF", () => {
    expect(checkBvf(defineBvf(smallInput()))).toEqual([]);
  });

  it("returns frozen findings with severity, code, path, message and node ids", () => {
    const findings = checkBvf(defineBvf({ ...smallInput(), solutions: [] }));
    expect(Object.isFrozen(findings)).toBe(true);
    expect(findings.find((f) => f.code === "executive_kpi_unreached")).toEqual({
      severity: "error",
      code: "executive_kpi_unreached",
      path: ["executiveKpis", 0],
      message: 'no vendor solution reaches executive KPI "Operating cash flow" (E1) by any path: the BVF does not show the seller matters to it',
      nodeIds: ["E1"],
    });
  });

  it("reports an empty BVF and skipped seller steps", () => {
    expect(checkBvf(defineBvf({}))).toEqual([
      { severity: "error", code: "no_executive_kpis", path: ["executiveKpis"], message: "the BVF has no executive KPIs (step 1)", nodeIds: [] },
      {
        severity: "info",
        code: "no_seller_kpis",
        path: ["sellerKpis"],
        message: "no seller KPIs (steps 2–3): nothing shows why the seller can serve these executive KPIs",
        nodeIds: [],
      },
    ]);
  });

  it("reports step 3 left undone: executive KPIs no seller KPI serves, seller KPIs serving none", () => {
    const input = smallInput();
    const findings = checkBvf(defineBvf({ ...input, sellerKpis: [{ id: "S1", name: "Wins", serves: ["E1"] }, { id: "S2", name: "Hardware" }] }));
    expect(findings.map((f) => [f.severity, f.code, f.path.join("."), f.nodeIds])).toEqual([
      ["warning", "executive_kpi_not_served_by_seller", "executiveKpis.1", ["E2"]],
      ["warning", "seller_kpi_unlinked", "sellerKpis.1", ["S2"]],
    ]);
  });

  it("reports each level not reached from below, orphans and unreached executive KPIs", () => {
    const findings = checkBvf(
      defineBvf({
        executiveKpis: [{ id: "E1", name: "Cash", expectedImprovement: 20 }, { id: "E2", name: "Profit", expectedImprovement: 5 }],
        sellerKpis: [{ id: "S1", name: "Wins", serves: ["E1", "E2"] }],
        intentions: [{ id: "I1", name: "Collect", serves: [{ id: "E1", elasticity: 1 }] }, { id: "I2", name: "Drift" }],
        operationalKpis: [
          { id: "O1", name: "DSO", function: "Finance", unit: "days", baseline: 62, target: 48, serves: [{ id: "I1", weight: 1 }] },
          { id: "O2", name: "Loose", function: "Finance", unit: "%", baseline: 1, target: 2 },
        ],
        solutions: [{ id: "V1", name: "Workflow", phase: 1, differentiator: "d", measure: "m", serves: ["O1"] }, { id: "V2", name: "Idle", phase: 2, differentiator: "d", measure: "m" }],
      }),
    );
    expect(findings.map((f) => [f.severity, f.code, f.path.join(".")])).toEqual([
      ["warning", "executive_kpi_without_intention", "executiveKpis.1"],
      ["warning", "orphan", "intentions.1"],
      ["warning", "intention_without_operational_kpi", "intentions.1"],
      ["warning", "orphan", "operationalKpis.1"],
      ["warning", "operational_kpi_without_solution", "operationalKpis.1"],
      ["warning", "orphan", "solutions.1"],
      ["error", "executive_kpi_unreached", "executiveKpis.1"],
    ]);
    expect(findings[1]!.message).toBe('business intention "Drift" (I2) serves no executive KPI');
  });

  it("counts an operational KPI reached through the KPI that feeds it", () => {
    const input = smallInput();
    const solutions = [{ id: "V2", name: "Rep KPIs", phase: 1, differentiator: "d", measure: "m", serves: ["O3"] }];
    expect(codes({ ...input, solutions })).toEqual(["operational_kpi_without_solution"]);
    expect(checkBvf(defineBvf({ ...input, solutions }))[0]!.nodeIds).toEqual(["O1"]);
  });

  describe("key point 1: differentiation", () => {
    it("flags solutions without a differentiator or offered by every competitor", () => {
      const input = smallInput();
      const findings = checkBvf(
        defineBvf({
          ...input,
          competitors: [{ id: "C1", name: "Global ERP" }, { id: "C2", name: "Local vendor" }],
          solutions: [
            { id: "V1", name: "Workflow", phase: 1, measure: "m", serves: ["O1", "O2"], alsoOfferedBy: ["C1"] },
            { id: "V2", name: "Rep KPIs", phase: 1, differentiator: "d", measure: "m", serves: ["O3"], alsoOfferedBy: ["C2", "C1"] },
          ],
        }),
      );
      expect(findings.map((f) => [f.code, f.nodeIds])).toEqual([
        ["solution_without_differentiator", ["V1"]],
        ["solution_offered_by_all_competitors", ["V2", "C2", "C1"]],
      ]);
      expect(findings[1]!.message).toBe('every competitor (C2, C1) also offers vendor solution "Rep KPIs" (V2): it does not differentiate');
    });

    it("does not judge competition when no competitors are given", () => {
      expect(codes(smallInput())).not.toContain("solution_offered_by_all_competitors");
    });
  });

  describe("key point 2: measurable results", () => {
    it("flags operational KPIs without unit, baseline or target and executive KPIs without an expectation", () => {
      const input = smallInput();
      const findings = checkBvf(
        defineBvf({
          ...input,
          executiveKpis: [{ id: "E1", name: "Cash", expectedImprovement: 20 }, { id: "E2", name: "Profit", baseline: 11 }],
          operationalKpis: [
            { id: "O1", name: "DSO", function: "Finance", baseline: 62, serves: [{ id: "I1", weight: "0.6" }] },
            { id: "O2", name: "Overdue", function: "Finance", unit: "%", baseline: 9, target: 5, serves: [{ id: "I1", weight: "0.4" }, { id: "I2", weight: 1 }] },
            { id: "O3", name: "Calls", function: "Sales", unit: "calls", baseline: 2, target: 5, serves: [{ id: "O2", weight: "0.1" }] },
          ],
          solutions: [{ id: "V1", name: "Workflow", phase: 1, differentiator: "d", serves: ["O1", "O2", "O3"] }],
        }),
      );
      expect(findings.map((f) => [f.severity, f.code, f.message])).toEqual([
        ["warning", "executive_kpi_without_expected_improvement", 'executive KPI "Profit" (E2) has neither an expected improvement nor a baseline and target (step 1)'],
        ["warning", "operational_kpi_not_measurable", 'operational KPI "DSO" (O1) has no unit, target'],
        ["info", "solution_without_measure", 'vendor solution "Workflow" (V1) states no measure of its result'],
      ]);
    });
  });

  describe("key point 3: phased implementation", () => {
    it("flags solutions without a phase", () => {
      const input = smallInput();
      const solutions = [{ id: "V1", name: "Workflow", differentiator: "d", measure: "m", serves: ["O1", "O2", "O3"] }];
      expect(checkBvf(defineBvf({ ...input, solutions })).map((f) => [f.code, f.path])).toEqual([["solution_without_phase", ["solutions", 0]]]);
    });

    it("flags a first phase that delivers nothing measurable", () => {
      const input = smallInput();
      const findings = checkBvf(
        defineBvf({
          ...input,
          operationalKpis: [...input.operationalKpis!.slice(0, 2), { id: "O3", name: "Culture", function: "HR", serves: [{ id: "O2", weight: "0.1" }] }],
          solutions: [
            { id: "V0", name: "Change programme", phase: 1, differentiator: "d", measure: "m", serves: ["O3"] },
            { id: "V1", name: "Workflow", phase: 2, differentiator: "d", measure: "m", serves: ["O1", "O2"] },
          ],
        }),
      );
      expect(findings.map((f) => f.code)).toEqual(["operational_kpi_not_measurable", "first_phase_not_measurable"]);
      expect(findings[1]).toMatchObject({
        severity: "warning",
        path: ["solutions"],
        nodeIds: ["V0"],
        message: "phase 1 delivers nothing measurable: none of its solutions (V0) improves an operational KPI with a unit, baseline and target",
      });
    });
  });

  it("notes links whose weights the roll-up fills in, and weights adding up to more than 1", () => {
    const input = smallInput();
    const findings = checkBvf(
      defineBvf({
        ...input,
        intentions: [
          { id: "I1", name: "Collect faster", serves: [{ id: "E1", elasticity: "0.8" }] },
          { id: "I2", name: "Fewer bad debts", serves: [{ id: "E1", elasticity: "0.7" }, "E2"] },
        ],
      }),
    );
    expect(findings.map((f) => [f.severity, f.code, f.path.join("."), f.nodeIds])).toEqual([
      ["info", "weights_defaulted", "executiveKpis.1", ["E2", "I2"]],
      ["info", "weights_over_one", "executiveKpis.0", ["E1"]],
    ]);
    expect(findings[0]!.message).toBe('links into "Net profit" (E2) from I2 have no weight; the roll-up gives each 1 (what is left of 1 after the given 0)');
    expect(findings[1]!.message).toBe('the weights of the links into "E1" add up to 1.5, more than 1: its improvement may exceed its sources\'');
  });
});

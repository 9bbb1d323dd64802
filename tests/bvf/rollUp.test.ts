import { describe, expect, it } from "vitest";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { BvfArgumentError } from "../../src/bvf/errors.js";
import { rollUp } from "../../src/bvf/rollUp.js";
import { smallInput, thrown } from "./fixtures.js";

const graph = defineBvf(smallInput());
const figures = (list: readonly { id: string; improvement: { toString(): string } }[]) => list.map((item) => [item.id, item.improvement.toString()]);

describe("rollUp", () => {
  it("rolls given operational improvements up by hand-checkable sums", () => {
    // I1 = 0.6 × 10 + 0.4 × 5 = 8;  I2 = 1 × 5 = 5
    // E1 = 0.5 × 8 + 0.25 × 5 = 5.25 (expected 20, gap 14.75);  E2 = 0.5 × 5 = 2.5 (expected (12.1 − 11) / 11 = 10 %, gap 7.5)
    const result = rollUp(graph, { improvements: { O1: 10, O2: "5" } });
    expect(figures(result.intentions)).toEqual([["I1", "8"], ["I2", "5"]]);
    const [e1, e2] = result.executiveKpis;
    expect(e1).toMatchObject({ id: "E1", name: "Operating cash flow" });
    expect([e1!.estimated.toString(), e1!.expected!.toString(), e1!.gap!.toString(), e1!.met]).toEqual(["5.25", "20", "14.75", false]);
    expect([e2!.estimated.toString(), e2!.expected!.toString(), e2!.gap!.toString(), e2!.met]).toEqual(["2.5", "10", "7.5", false]);
    expect(result.operationalKpis.map((o) => [o.id, o.source])).toEqual([["O1", "given"], ["O2", "given"], ["O3", "solutions"]]);
    expect(Object.isFrozen(result.executiveKpis[0])).toBe(true);
  });

  it("without given figures, takes the solutions' improvements, targets for links without one, and feeding KPIs", () => {
    // O3 = V2 to target: (5 − 2) / 2 = 150 %;  O2 = V1's 10 + 0.1 × 150 = 25;  O1 = V1 to target: (62 − 48) / 62 = 22.5806… %
    // I1 = 0.6 × 22.5806… + 0.4 × 25 = 23.5483…;  I2 = 25;  E1 = 0.5 × 23.5483… + 0.25 × 25 = 18.0241…;  E2 = 0.5 × 25 = 12.5
    const result = rollUp(graph);
    expect(result.operationalKpis.map((o) => [o.id, o.improvement.toFixed(6), o.source, o.unquantified])).toEqual([
      ["O1", "22.580645", "solutions", false],
      ["O2", "25.000000", "solutions", false],
      ["O3", "150.000000", "solutions", false],
    ]);
    expect(result.executiveKpis.map((e) => [e.estimated.toFixed(10), e.gap!.toFixed(10), e.met])).toEqual([
      ["18.0241935484", "1.9758064516", false],
      ["12.5000000000", "-2.5000000000", true],
    ]);
  });

  it("counts only the solutions of a phase or earlier", () => {
    // V1 only: O3 = 0;  O2 = 10;  O1 = 22.5806…;  E1 = 0.5 × (0.6 × 22.5806… + 4) + 0.25 × 10 = 11.2741…
    const result = rollUp(graph, { throughPhase: 1 });
    expect(result.operationalKpis.map((o) => [o.id, o.improvement.toFixed(4), o.source])).toEqual([
      ["O1", "22.5806", "solutions"],
      ["O2", "10.0000", "solutions"],
      ["O3", "0.0000", "none"],
    ]);
    expect(result.executiveKpis.map((e) => e.estimated.toFixed(4))).toEqual(["11.2742", "5.0000"]);
  });

  it("counts only the solutions named", () => {
    // V2 only: O3 = 150;  O2 = 0.1 × 150 = 15;  O1 = 0;  I1 = 6;  I2 = 15;  E1 = 3 + 3.75 = 6.75;  E2 = 7.5
    const result = rollUp(graph, { solutions: ["V2"] });
    expect(figures(result.operationalKpis)).toEqual([["O1", "0"], ["O2", "15"], ["O3", "150"]]);
    expect(result.executiveKpis.map((e) => e.estimated.toString())).toEqual(["6.75", "7.5"]);
  });

  it("gives links without a weight an equal share of what is left of 1", () => {
    const unweighted = defineBvf({
      executiveKpis: [{ id: "E1", name: "Cash" }],
      intentions: [{ id: "I1", name: "Collect", serves: ["E1"] }],
      operationalKpis: [
        { id: "A", name: "A", function: "F", serves: [{ id: "I1", weight: "0.5" }] },
        { id: "B", name: "B", function: "F", serves: ["I1"] },
        { id: "C", name: "C", function: "F", serves: ["I1"] },
      ],
    });
    // I1 = 0.5 × 10 + 0.25 × 20 + 0.25 × 40 = 20;  E1 = 1 × 20
    const result = rollUp(unweighted, { improvements: { A: 10, B: 20, C: 40 } });
    expect(result.intentions[0]!.improvement.toString()).toBe("20");
    expect(result.executiveKpis[0]).toEqual({ id: "E1", name: "Cash", estimated: result.intentions[0]!.improvement });
    expect("gap" in result.executiveKpis[0]!).toBe(false);
  });

  it("marks a KPI a solution serves with no figure and no baseline/target as unquantified", () => {
    const vague = defineBvf({
      executiveKpis: [{ id: "E1", name: "Cash" }],
      intentions: [{ id: "I1", name: "Collect", serves: ["E1"] }],
      operationalKpis: [{ id: "O1", name: "Culture", function: "HR", serves: ["I1"] }],
      solutions: [{ id: "V1", name: "Programme", serves: ["O1"] }],
    });
    expect(rollUp(vague).operationalKpis[0]).toMatchObject({ id: "O1", source: "solutions", unquantified: true });
    expect(rollUp(vague).operationalKpis[0]!.improvement.toString()).toBe("0");
  });

  it("throws BvfArgumentError for options naming unknown nodes or bad figures", () => {
    const error = thrown(() => rollUp(graph, { improvements: { X: 1, O1: "abc", I1: 2 }, solutions: ["V1", "O1"], throughPhase: 0 }));
    expect(error).toBeInstanceOf(BvfArgumentError);
    const e = error as BvfArgumentError;
    expect(e.code).toBe("BVF_INVALID_ARGUMENT");
    expect(e.issues).toEqual([
      { path: ["improvements", "X"], code: "unknown_reference", message: '"X" is not an operational KPI of the BVF' },
      { path: ["improvements", "O1"], code: "not_numeric", message: '"abc" is not a decimal number (write it like "1234.56" or "-1.5e6")' },
      { path: ["improvements", "I1"], code: "unknown_reference", message: '"I1" is not an operational KPI of the BVF' },
      { path: ["solutions", 1], code: "unknown_reference", message: '"O1" is not a vendor solution of the BVF' },
      { path: ["throughPhase"], code: "invalid_phase", message: "expected a whole phase number ≥ 1, got 0" },
    ]);
    expect(e.message).toContain("BVF roll-up options: 5 problems");
  });
});

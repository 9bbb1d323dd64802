import { describe, expect, it } from "vitest";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { BvfLookupError } from "../../src/bvf/errors.js";
import { levelCoverage } from "../../src/bvf/levelCoverage.js";
import { pathsDown } from "../../src/bvf/pathsDown.js";
import { pathsUp } from "../../src/bvf/pathsUp.js";
import { rankVendorSolutions } from "../../src/bvf/rankVendorSolutions.js";
import { singleSolutionRisks } from "../../src/bvf/singleSolutionRisks.js";
import { smallInput, thrown } from "./fixtures.js";

const graph = defineBvf(smallInput());

describe("pathsUp", () => {
  it("lists every path from a solution up to the executive KPIs, through feeding KPIs", () => {
    expect(pathsUp(graph, "V2")).toEqual([
      ["V2", "O3", "O2", "I1", "E1"],
      ["V2", "O3", "O2", "I2", "E1"],
      ["V2", "O3", "O2", "I2", "E2"],
    ]);
    expect(pathsUp(graph, "E1")).toEqual([["E1"]]);
    expect(Object.isFrozen(pathsUp(graph, "V1")[0])).toBe(true);
  });

  it("shows a broken chain as a path that stops below the top", () => {
    const broken = defineBvf({ operationalKpis: [{ id: "O1", name: "DSO", function: "Finance" }], solutions: [{ id: "V1", name: "W", serves: ["O1"] }] });
    expect(pathsUp(broken, "V1")).toEqual([["V1", "O1"]]);
  });

  it("throws BvfLookupError for an unknown id or a node off the value chain", () => {
    const unknown = thrown(() => pathsUp(graph, "nope"));
    expect(unknown).toBeInstanceOf(BvfLookupError);
    expect(unknown).toMatchObject({ code: "BVF_UNKNOWN_ID", nodeId: "nope", message: 'valueframe: the BVF has no node "nope"' });
    expect(thrown(() => pathsDown(graph, "S1"))).toMatchObject({
      code: "BVF_UNKNOWN_ID",
      message: 'valueframe: "S1" is a seller KPI; expected an executive KPI or a business intention or an operational KPI or a vendor solution',
    });
  });
});

describe("pathsDown", () => {
  it("lists every path from an executive KPI down to the solutions, in link order", () => {
    expect(pathsDown(graph, "E1")).toEqual([
      ["E1", "I1", "O1", "V1"],
      ["E1", "I1", "O2", "O3", "V2"],
      ["E1", "I1", "O2", "V1"],
      ["E1", "I2", "O2", "O3", "V2"],
      ["E1", "I2", "O2", "V1"],
    ]);
    expect(pathsDown(graph, "V1")).toEqual([["V1"]]);
  });
});

describe("levelCoverage", () => {
  it("counts per level what the solutions reach, and the solutions that reach the top", () => {
    const input = smallInput();
    const partial = defineBvf({
      ...input,
      operationalKpis: [...input.operationalKpis!, { id: "O4", name: "Loose", function: "HR", serves: ["I2"] }, { id: "O5", name: "Dead end", function: "HR" }],
      solutions: [...input.solutions!.slice(0, 1), { id: "V3", name: "Idle" }, { id: "V4", name: "Dead end", serves: ["O5"] }],
    });
    const coverage = levelCoverage(partial);
    expect(coverage.executiveKpis).toMatchObject({ total: 2, covered: ["E1", "E2"], uncovered: [] });
    expect(coverage.operationalKpis).toMatchObject({ total: 5, covered: ["O1", "O2", "O5"], uncovered: ["O3", "O4"] });
    expect(coverage.operationalKpis.share.toString()).toBe("0.6");
    expect(coverage.solutions).toMatchObject({ total: 3, covered: ["V1"], uncovered: ["V3", "V4"] });
    expect(coverage.solutions.share.toFixed(4)).toBe("0.3333");
  });

  it("gives an empty level a share of 0", () => {
    expect(levelCoverage(defineBvf({})).intentions).toMatchObject({ total: 0, covered: [], uncovered: [] });
    expect(levelCoverage(defineBvf({})).intentions.share.toString()).toBe("0");
  });
});

describe("singleSolutionRisks", () => {
  it("finds none when every executive KPI has two solutions behind it", () => {
    expect(singleSolutionRisks(graph)).toEqual([]);
  });

  it("lists executive KPIs only one solution reaches, even by several paths", () => {
    const input = smallInput();
    const thin = defineBvf({ ...input, solutions: input.solutions!.slice(0, 1) });
    expect(singleSolutionRisks(thin)).toEqual([
      { executiveKpi: "E1", name: "Operating cash flow", solution: "V1" },
      { executiveKpi: "E2", name: "Net profit", solution: "V1" },
    ]);
  });
});

describe("rankVendorSolutions", () => {
  it("ranks by the weight of the executive KPIs reached, then by their number, then by order", () => {
    const ranked = rankVendorSolutions(
      defineBvf({
        executiveKpis: [{ id: "E1", name: "Cash", weight: 3 }, { id: "E2", name: "Revenue" }, { id: "E3", name: "Satisfaction", weight: "0.5" }],
        intentions: [{ id: "I1", name: "a", serves: ["E1"] }, { id: "I2", name: "b", serves: ["E2", "E3"] }, { id: "I3", name: "c", serves: ["E2"] }],
        operationalKpis: [
          { id: "O1", name: "a", function: "F", serves: ["I1"] },
          { id: "O2", name: "b", function: "F", serves: ["I2"] },
          { id: "O3", name: "c", function: "F", serves: ["I3"] },
        ],
        solutions: [
          { id: "V1", name: "Two small", phase: 2, serves: ["O2"] },
          { id: "V2", name: "One big", serves: ["O1"] },
          { id: "V3", name: "One small", serves: ["O3"] },
          { id: "V4", name: "Same as V3", serves: ["O3"] },
          { id: "V5", name: "Nothing" },
        ],
      }),
    );
    expect(ranked.map((s) => [s.id, s.weight.toString(), s.executiveKpis])).toEqual([
      ["V2", "3", ["E1"]],
      ["V1", "1.5", ["E2", "E3"]],
      ["V3", "1", ["E2"]],
      ["V4", "1", ["E2"]],
      ["V5", "0", []],
    ]);
    expect(ranked[1]).toMatchObject({ name: "Two small", phase: 2 });
    expect("phase" in ranked[0]!).toBe(false);
  });
});

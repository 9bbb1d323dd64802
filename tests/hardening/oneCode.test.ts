/** One code per problem: a value that is not a decimal number is `not_numeric` in every module; a repeated key is named. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeDefineFrame } from "../../src/frame/index.js";
import { safeDefineBvf, rollUp, defineBvf } from "../../src/bvf/index.js";
import { safeDefineValueCase } from "../../src/quantify/index.js";
import { npv, roi } from "../../src/finance/index.js";
import { formatNumber } from "../../src/render/index.js";
import { safeParseValueDocument } from "../../src/document/index.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { issues?: { code: string }[] }).issues?.[0]?.code;
  }
  return undefined;
};

describe("one code per problem", () => {
  it('"1,5" is not_numeric in a frame, a case, a BVF, a roll-up, finance and render', () => {
    const frame = JSON.parse(readFileSync("examples/distributor.frame.json", "utf8"));
    frame.goals[0].baseline = "1,5";
    const frameResult = safeDefineFrame(frame);
    expect(!frameResult.success && frameResult.error.issues.map((i) => i.code)).toEqual(["not_numeric"]);

    const valueCase = JSON.parse(readFileSync("examples/distributor.case.json", "utf8"));
    valueCase.drivers[0].value = "1,5";
    const caseResult = safeDefineValueCase(valueCase);
    expect(!caseResult.success && caseResult.error.issues.map((i) => i.code)).toEqual(["not_numeric"]);

    const bvfResult = safeDefineBvf({ executiveKpis: [{ id: "E1", name: "Cash", baseline: "1,5" }] });
    expect(!bvfResult.success && bvfResult.error.issues.map((i) => i.code)).toEqual(["not_numeric"]);
    const graph = defineBvf({ executiveKpis: [{ id: "E1", name: "Cash" }], intentions: [{ id: "I1", name: "Faster", serves: ["E1"] }], operationalKpis: [{ id: "O1", name: "DSO", function: "Finance", serves: ["I1"] }] });
    expect(codeOf(() => rollUp(graph, { improvements: { O1: "1,5" } }))).toBe("not_numeric");

    expect(codeOf(() => npv("1,5" as never, [1, 2]))).toBe("not_numeric");
    expect(codeOf(() => roi(1, "1,5" as never))).toBe("not_numeric");
    expect(codeOf(() => formatNumber("1,5" as never))).toBe("not_numeric");
  });

  it("a missing number is invalid_type, like any missing field", () => {
    const frame = JSON.parse(readFileSync("examples/distributor.frame.json", "utf8"));
    delete frame.goals[0].baseline;
    const result = safeDefineFrame(frame);
    expect(!result.success && result.error.issues.map((i) => i.code)).toEqual(["invalid_type"]);
    expect(codeOf(() => roi(1, undefined as never))).toBe("invalid_type");
  });

  it("a number that is not one never reaches the checks of its object (a value's timing compares its months)", () => {
    const frame = JSON.parse(readFileSync("examples/distributor.frame.json", "utf8"));
    delete frame.values[0].timing.startsAfterMonths;
    frame.values[1].timing.realisedWithinMonths = "soon";
    const result = safeDefineFrame(frame);
    expect(!result.success && result.error.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual([
      "values.0.timing.startsAfterMonths invalid_type",
      "values.1.timing.realisedWithinMonths not_numeric",
    ]);
  });

  it("a repeated key names the key", () => {
    const result = safeParseValueDocument('case:\n  name: A\n  horizon: 2\n  horizon: 3\n', { fileName: "x.yaml" });
    expect(!result.success && result.error.issues[0]).toMatchObject({ code: "duplicate_key", line: 4, column: 3, message: 'the key "horizon" appears twice in one mapping; keys must be unique' });
  });
});

import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { ValueframeValidationError } from "../../src/errors/ValueframeError.js";
import { defineBvf, safeDefineBvf } from "../../src/bvf/defineBvf.js";
import { BvfValidationError } from "../../src/bvf/errors.js";
import { smallInput, thrown } from "./fixtures.js";

/** The issues of a BVF that must fail, as "path: code". */
function issuesOf(data: unknown): string[] {
  const result = safeDefineBvf(data);
  if (result.success) throw new Error("expected the BVF to be invalid");
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.code}`);
}

describe("defineBvf", () => {
  it("builds a frozen graph with Decimals, defaults and link objects", () => {
    const graph = defineBvf(smallInput());
    expect(graph.executiveKpis.map((kpi) => kpi.id)).toEqual(["E1", "E2"]);
    expect(graph.executiveKpis[0]!.expectedImprovement!.toString()).toBe("20");
    expect(graph.executiveKpis[0]!.direction).toBe("increase");
    expect(graph.executiveKpis[0]!.weight.toString()).toBe("1");
    expect(graph.executiveKpis[1]!.expectedImprovement).toBeUndefined();
    expect("expectedImprovement" in graph.executiveKpis[1]!).toBe(false);
    expect(graph.intentions[1]!.serves).toEqual([{ id: "E1", elasticity: new Dec("0.25") }, { id: "E2", elasticity: new Dec("0.5") }]);
    expect(graph.solutions[0]!.serves).toEqual([{ id: "O1" }, { id: "O2", improvement: new Dec("10") }]);
    expect(graph.operationalKpis[0]!.baseline).toBeInstanceOf(Dec);
    expect(graph.sellerKpis[0]!.kind).toBe("kpi");
    expect(graph.solutions[0]!.kind).toBe("product");
    expect(graph.solutions[0]!.alsoOfferedBy).toEqual([]);
    expect(graph.pruned).toEqual({ executiveKpis: [], sellerKpis: [] });
    expect(Object.isFrozen(graph)).toBe(true);
    expect(Object.isFrozen(graph.intentions[1]!.serves[0])).toBe(true);
  });

  it("keeps Decimals usable after freezing", () => {
    const graph = defineBvf(smallInput());
    expect(graph.executiveKpis[0]!.baseline!.plus("0.1").times(2).toString()).toBe("80.2");
  });

  it("accepts an empty object as an empty BVF", () => {
    const graph = defineBvf({});
    expect(graph.executiveKpis).toEqual([]);
    expect(graph.solutions).toEqual([]);
  });

  it("does not touch its input", () => {
    const input = smallInput();
    const copy = JSON.stringify(input);
    defineBvf(input);
    expect(JSON.stringify(input)).toBe(copy);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("throws BvfValidationError with code BVF_INVALID and every problem", () => {
    const error = thrown(() =>
      defineBvf({ executiveKpis: [{ id: "E1", name: "" }], intentions: [{ id: "I1", name: "Collect", serves: ["E9"] }] }),
    );
    expect(error).toBeInstanceOf(BvfValidationError);
    expect(error).toBeInstanceOf(ValueframeValidationError);
    const e = error as BvfValidationError;
    expect(e.code).toBe("BVF_INVALID");
    expect(e.issues.map((issue) => issue.path)).toEqual([["executiveKpis", 0, "name"], ["intentions", 0, "serves", 0]]);
    expect(e.message).toContain("valueframe: BVF: 2 problems:");
    expect(e.message).toContain('intentions[0].serves[0]: intention "I1" links to "E9", which is not in the BVF (expected an executive KPI) [unknown_reference]');
  });

  it("rejects a non-object and unknown keys", () => {
    expect(issuesOf(null)).toEqual([": invalid_type"]);
    expect(issuesOf([])).toEqual([": invalid_type"]);
    expect(issuesOf({ executiveKPIs: [] })).toEqual([": unrecognized_keys"]);
    expect(issuesOf({ executiveKpis: {} })).toEqual(["executiveKpis: invalid_type"]);
    expect(issuesOf({ pruned: [] })).toEqual(["pruned: invalid_type"]);
    expect(issuesOf({ pruned: { goals: [] } })).toEqual(["pruned: unrecognized_keys"]);
    expect(issuesOf({ name: 3 })).toEqual(["name: invalid_type"]);
    expect(issuesOf({ executiveKpis: [{ id: "E1", name: "Cash", owner: "CFO", extra: 1 }] })).toEqual(["executiveKpis.0: unrecognized_keys"]);
  });

  it("says why a number is not one", () => {
    const result = safeDefineBvf({ executiveKpis: [{ id: "E1", name: "Cash", baseline: "1,5", target: Number.NaN }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      { path: ["executiveKpis", 0, "baseline"], code: "not_numeric", message: '"1,5" is not a decimal number (write it like "1234.56" or "-1.5e6")' },
      { path: ["executiveKpis", 0, "target"], code: "not_numeric", message: "NaN is not a finite number" },
    ]);
  });

  it("checks enums, phases and link shapes", () => {
    expect(
      issuesOf({
        operationalKpis: [{ id: "O1", name: "DSO", function: "Finance", direction: "down", serves: [3] }],
        solutions: [{ id: "V1", name: "A", kind: "tool", phase: 0 }, { id: "V2", name: "B", phase: 1.5 }],
      }),
    ).toEqual(["operationalKpis.0.direction: invalid_value", "operationalKpis.0.serves.0: invalid_union", "solutions.0.kind: invalid_value", "solutions.0.phase: too_small", "solutions.1.phase: invalid_type"]);
    const result = safeDefineBvf({ intentions: [{ id: "I1", name: "A", serves: [{ id: "E1", weight: 1 }] }], executiveKpis: [{ id: "E1", name: "Cash" }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual([{ path: ["intentions", 0, "serves", 0], code: "unrecognized_keys", message: 'Unrecognized key: "weight"' }]);
    const notALink = safeDefineBvf({ solutions: [{ id: "V1", name: "A", serves: [7] }] });
    if (!notALink.success) expect(notALink.error.issues[0]!.message).toBe("expected an id string or a link object { id, improvement }");
    expect(notALink.success).toBe(false);
  });

  it("reports duplicate ids across levels, naming the first use", () => {
    const result = safeDefineBvf({
      executiveKpis: [{ id: "X", name: "Cash" }],
      intentions: [{ id: "X", name: "Collect" }],
      competitors: [{ id: "X", name: "Rival" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      { path: ["intentions", 0, "id"], code: "duplicate_id", message: 'id "X" is already used by an executive KPI at executiveKpis[0]' },
      { path: ["competitors", 0, "id"], code: "duplicate_id", message: 'id "X" is already used by an executive KPI at executiveKpis[0]' },
    ]);
  });

  it("reports links to the wrong level, dangling and repeated links", () => {
    const result = safeDefineBvf({
      executiveKpis: [{ id: "E1", name: "Cash" }],
      sellerKpis: [{ id: "S1", name: "Wins", serves: ["I1"] }],
      intentions: [{ id: "I1", name: "Collect", serves: ["E1", "E1", "O1"] }],
      operationalKpis: [{ id: "O1", name: "DSO", function: "Finance", serves: ["E1", "V1"] }],
      solutions: [{ id: "V1", name: "Workflow", serves: ["I1", "nope"], alsoOfferedBy: ["O1", "C9"] }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["sellerKpis.0.serves.0", "wrong_level"],
      ["intentions.0.serves.1", "duplicate_link"],
      ["intentions.0.serves.2", "wrong_level"],
      ["operationalKpis.0.serves.0", "wrong_level"],
      ["operationalKpis.0.serves.1", "wrong_level"],
      ["solutions.0.serves.0", "wrong_level"],
      ["solutions.0.serves.1", "unknown_reference"],
      ["solutions.0.alsoOfferedBy.0", "wrong_level"],
      ["solutions.0.alsoOfferedBy.1", "unknown_reference"],
    ]);
    expect(result.error.issues[2]!.message).toBe('intention "I1" links to "O1", which is an operational KPI; it must link to an executive KPI');
    expect(result.error.issues[3]!.message).toBe('operational KPI "O1" links to "E1", which is an executive KPI; it must link to a business intention or an operational KPI');
  });

  it("suggests a close live id of the expected level for a dangling link", () => {
    const input = smallInput();
    const result = safeDefineBvf({
      ...input,
      intentions: [{ id: "I1", name: "Collect faster", serves: ["E-shar"] }, ...input.intentions!.slice(1)],
      solutions: [{ id: "V1", name: "Collection workflow", serves: ["o2", "I2", "X-99"] }],
      pruned: { executiveKpis: [{ id: "E-share", name: "Market share" }] },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.message)).toEqual([
      // "E-share" is one edit away but pruned: it is not suggested.
      'intention "I1" links to "E-shar", which is not in the BVF (expected an executive KPI)',
      'solution "V1" links to "o2", which is not in the BVF (expected an operational KPI; did you mean "O2"?)',
      'solution "V1" links to "I2", which is a business intention; it must link to an operational KPI',
      'solution "V1" links to "X-99", which is not in the BVF (expected an operational KPI)',
    ]);
  });

  it("reports links to pruned KPIs", () => {
    const result = safeDefineBvf({
      intentions: [{ id: "I1", name: "Collect", serves: ["E5"] }],
      pruned: { executiveKpis: [{ id: "E5", name: "Market share" }] },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      { path: ["intentions", 0, "serves", 0], code: "pruned_reference", message: 'intention "I1" links to "E5", which was pruned (the seller cannot serve it)' },
    ]);
  });

  it("reports cycles among operational KPIs, including a KPI feeding itself", () => {
    expect(
      issuesOf({
        operationalKpis: [
          { id: "A", name: "A", function: "F", serves: ["B"] },
          { id: "B", name: "B", function: "F", serves: ["C"] },
          { id: "C", name: "C", function: "F", serves: ["A"] },
          { id: "D", name: "D", function: "F", serves: ["D"] },
        ],
      }),
    ).toEqual(["operationalKpis.2.serves.0: cycle", "operationalKpis.3.serves.0: cycle"]);
    const result = safeDefineBvf({ operationalKpis: [{ id: "A", name: "A", function: "F", serves: ["B"] }, { id: "B", name: "B", function: "F", serves: ["A"] }] });
    if (!result.success) expect(result.error.issues[0]!.message).toBe("operational KPIs feed each other in a cycle: A → B → A");
  });

  it("does not cascade: links to a malformed node are not reported as dangling", () => {
    expect(issuesOf({ executiveKpis: [{ id: "E1" }], intentions: [{ id: "I1", name: "Collect", serves: ["E1"] }] })).toEqual(["executiveKpis.0.name: invalid_type"]);
  });
});

describe("safeDefineBvf", () => {
  it("returns the graph on success", () => {
    const result = safeDefineBvf(smallInput());
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.solutions).toHaveLength(2);
  });
});

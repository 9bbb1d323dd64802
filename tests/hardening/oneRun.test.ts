/** Every problem in one run: shape problems never hide integrity ones (ids, references, cycles, units), and all come in file order. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { safeDefineValueDocument, safeParseValueDocument } from "../../src/document/index.js";
import { safeDefineValueCase } from "../../src/quantify/index.js";

const brokenCase = `case:
  name: Four problems
  currency: CNY
  period: year
  horizon: 3
  discountRate: 0.08
  drivers:
    - id: revenue
      value: 1000000
      unit: CNY/year
      provenance: { kind: guess }
    - id: margin
      value: 0.2
      provenance: { kind: assumption }
    - id: revenue
      value: 5
      provenance: { kind: assumption }
  quantities:
    - { id: a, formula: b * 2 }
    - { id: b, formula: a + margin }
  lines:
    - id: profit
      kind: benefit
      amount: revenue * margin
      recurrence: recurring
      probability: 1.8
    - id: cost
      kind: cost
      amount: days * 3
      recurrence: once
    - id: clash
      kind: benefit
      amount: revenue
      unit: day
      recurrence: recurring
`;

describe("every problem in one run", () => {
  it("a YAML case with a bad enum, a duplicate id, a cycle, a bad probability and a unit clash reports them all in file order", () => {
    const result = safeParseValueDocument(brokenCase, { fileName: "broken.yaml" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const found = result.error.issues.map((issue) => `${issue.line}:${issue.column} ${issue.code}`);
    expect(found).toEqual([
      "11:27 invalid_value", // provenance kind "guess"
      "15:11 duplicate_id", // the second "revenue"
      "19:25 formula_cycle", // a → b → a
      "26:20 out_of_range", // probability 1.8
      "29:15 unknown_name", // "days" is not declared
      "33:15 unit_mismatch", // CNY/year declared as days
    ]);
    expect(result.error.issues.map((issue) => issue.path.join("."))).toEqual([
      "case.drivers.0.provenance.kind",
      "case.drivers.2.id",
      "case.quantities.0.formula",
      "case.lines.0.probability",
      "case.lines.1.amount",
      "case.lines.2.amount",
    ]);
  });

  it("a case in code lists its shape and integrity problems together, in the order it is written", () => {
    const result = safeDefineValueCase({
      name: "x",
      currency: "EUR",
      period: "weekly" as "year",
      horizon: 3,
      discountRate: "0.1",
      drivers: [
        { id: "d", value: "1e", provenance: { kind: "assumption" } },
        { id: "d", value: 2, provenance: { kind: "assumption" } },
      ],
      lines: [{ id: "l", kind: "benefit", amount: "d * missing", recurrence: "recurring" }],
    });
    expect(!result.success && result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`)).toEqual([
      "period invalid_value",
      "drivers.0.value not_numeric",
      "drivers.1.id duplicate_id",
      "lines.0.amount unknown_name",
    ]);
  });

  it("a driver whose value is bad still declares its name, so formulas using it raise nothing more", () => {
    const result = safeDefineValueCase({
      name: "x", currency: "EUR", period: "year", horizon: 3, discountRate: "0.1",
      drivers: [{ id: "d", value: "lots", unit: "EUR/year", provenance: { kind: "assumption" }, uncertainty: { distribution: "uniform", low: 1, high: 2 } }],
      lines: [{ id: "l", kind: "benefit", amount: "d", unit: "EUR/year", recurrence: "recurring" }],
    });
    expect(!result.success && result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`)).toEqual(["drivers.0.value not_numeric"]);
  });

  it("a case that is not an object reports that alone", () => {
    const result = safeDefineValueCase(42 as never);
    expect(!result.success && result.error.issues.map((issue) => issue.code)).toEqual(["invalid_type"]);
  });

  it("a case whose shape fails still has its links checked against the document's frame", () => {
    const frame = JSON.parse(readFileSync("examples/distributor.frame.json", "utf8"));
    const valueCase = JSON.parse(readFileSync("examples/distributor.case.json", "utf8"));
    valueCase.horizon = "three";
    valueCase.lines[0].serves[0].id = "g-nowhere";
    valueCase.alternatives = [{ id: "broken" }];
    const result = safeDefineValueDocument({ frame, case: valueCase });
    expect(!result.success && result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`)).toEqual([
      "case.horizon invalid_type",
      "case.lines.0.serves.0.id dangling_link",
      "case.alternatives.0.options invalid_type",
    ]);
  });
});

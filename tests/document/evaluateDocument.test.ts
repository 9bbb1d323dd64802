/** evaluateDocument: a document's figures, and its failures located from the document's root. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { DocumentArgumentError, DocumentEvaluationError } from "../../src/document/errors.js";
import { evaluateDocument, safeEvaluateDocument } from "../../src/document/evaluateDocument.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const distributor = defineValueDocument({ frame: read("distributor.frame.json"), case: read("distributor.case.json") });

const pilot = (amount: string) => ({
  name: "Pilot",
  currency: "CNY",
  period: "year",
  horizon: 3,
  discountRate: "0.08",
  drivers: [
    { id: "saving", value: 100000, provenance: { kind: "assumption" } },
    { id: "sites", value: 0, provenance: { kind: "assumption" } },
  ],
  lines: [{ id: "s", kind: "benefit", amount, recurrence: "recurring" }],
});

describe("evaluateDocument", () => {
  it("gives the distributor's evaluation with the frame, every scenario and the tornado", () => {
    const figures = evaluateDocument(distributor);
    expect(figures.document).toBe(distributor);
    expect(figures.evaluation?.weighted.npv.toFixed(2)).toBe("21120118.88");
    expect(figures.evaluation?.unadjusted.npv.toFixed(2)).toBe("27093430.88");
    expect(figures.scenarios?.rows.map((row) => row.id)).toEqual(["base", "conservative", "optimistic", "risk-adjusted"]);
    expect(figures.tornado?.rows.map((row) => row.driver)).toEqual(["dsoReduction", "otherUnitSize", "costOfFunds", "implementationCost", "runningCost"]);
    expect(Object.isFrozen(figures)).toBe(true);
  });

  it("evaluates in a scenario, and the comparison still shows every scenario", () => {
    const figures = evaluateDocument(distributor, { scenario: "conservative" });
    expect(figures.scenario).toBe("conservative");
    expect(figures.evaluation?.weighted.npv.toFixed(2)).toBe("8149498.55");
    expect(figures.scenarios?.rows).toHaveLength(4);
  });

  it("gives the evaluation alone with figures: \"evaluation\", the same as in the full figures", () => {
    const full = evaluateDocument(distributor, { scenario: "conservative" });
    const alone = evaluateDocument(distributor, { scenario: "conservative", figures: "evaluation" });
    expect(alone.evaluation).toEqual(full.evaluation);
    expect(alone.evaluation?.weighted.npv.toFixed(2)).toBe(full.evaluation?.weighted.npv.toFixed(2));
    expect([alone.scenarios, alone.tornado, alone.summary]).toEqual([undefined, undefined, undefined]);
    const bad = safeEvaluateDocument(distributor, { scenario: "nope", figures: "most" as never });
    expect(!bad.success && bad.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["scenario"], "unknown_scenario"],
      [["figures"], "invalid_value"],
    ]);
  });

  it("has no figures for a document without a case", () => {
    const figures = evaluateDocument(defineValueDocument({ frame: read("distributor.frame.json") }));
    expect(Object.keys(figures)).toEqual(["document"]);
  });

  it("rejects an unknown scenario at its path, naming the case's scenarios", () => {
    const result = safeEvaluateDocument(distributor, { scenario: "wild" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DocumentArgumentError);
    expect(result.error.code).toBe("DOCUMENT_INVALID_ARGUMENT");
    expect(result.error.issues).toEqual([
      { path: ["scenario"], code: "unknown_scenario", message: 'the case has no scenario "wild" (its scenarios: conservative, optimistic, risk-adjusted)' },
    ]);
  });

  it("locates a figure without a finite value under the case, keeping the underlying code", () => {
    const document = defineValueDocument({ case: pilot("saving / sites") });
    const result = safeEvaluateDocument(document);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DocumentEvaluationError);
    expect(result.error.code).toBe("DOCUMENT_EVALUATION_FAILED");
    expect(result.error.issues[0]?.path.slice(0, 2)).toEqual(["case", "lines"]);
    expect(result.error.issues[0]?.code).toBe("QUANTIFY_NOT_FINITE");
    expect(() => evaluateDocument(document)).toThrow(DocumentEvaluationError);
    expect(evaluateDocument(defineValueDocument({ case: pilot("saving") })).evaluation?.unadjusted.npv.toFixed(2)).toBe("257709.70");
  });
});

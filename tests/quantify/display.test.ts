/** Evaluations display themselves in notebooks (Symbol.for("Jupyter.display")) without changing their data. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";

const input = JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8")) as ValueCaseInput;
const evaluation = evaluate(defineValueCase(input));
const display = (evaluation as unknown as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")];

describe("an evaluation's notebook display", () => {
  it("is a MIME bundle with the documented calculation and the cumulative cash-flow chart", () => {
    expect(typeof display).toBe("function");
    const bundle = display!.call(evaluation);
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v5+json", "text/html", "text/markdown", "text/plain"]);
    expect(bundle["text/markdown"]).toContain("working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**");
    expect(bundle["text/html"]).toContain("<table");
  });

  it("leaves the evaluation's JSON, keys and frozenness as they were", () => {
    expect(Object.isFrozen(evaluation)).toBe(true);
    expect(Object.keys(evaluation)).not.toContain("Symbol(Jupyter.display)");
    const json = JSON.parse(JSON.stringify(evaluation)) as Record<string, unknown>;
    const defined = Object.entries(evaluation).filter(([, value]) => value !== undefined).map(([key]) => key);
    expect(Object.keys(json)).toEqual(defined);
    expect(json["unadjusted"]).toMatchObject({ npv: "27093430.87943910989178478890413046791648" });
  });
});

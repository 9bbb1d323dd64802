/** Prototype names as ids and keys: reported or resolved, never dropped or missed in silence. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeDefineFrame } from "../../src/frame/defineFrame.js";
import { findElement } from "../../src/frame/queries/findElement.js";
import { solutionChain } from "../../src/frame/queries/solutionChain.js";
import { QuantifyArgumentError } from "../../src/quantify/errors.js";
import { defineValueCase, safeDefineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";

const text = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");
const caseData = (): Record<string, unknown> => JSON.parse(text("distributor.case.json")) as Record<string, unknown>;

describe("prototype names", () => {
  it("frame elements named __proto__ and constructor are found by every lookup", () => {
    const renamed = text("distributor.frame.json").replaceAll('"sol-credit-to-cash"', '"__proto__"').replaceAll('"g-cash"', '"constructor"');
    const result = safeDefineFrame(JSON.parse(renamed));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(findElement(result.data, "__proto__")?.kind).toBe("solution");
    expect(findElement(result.data, "constructor")?.kind).toBe("goal");
    expect(findElement(result.data, "toString")).toBeUndefined();
    expect(solutionChain(result.data, "__proto__").goals.map((goal) => goal.id)).toEqual(["constructor"]);
  });

  it("a case's scenario overriding __proto__ is reported, not dropped", () => {
    const data = { ...caseData(), scenarios: [{ id: "s", label: "S", drivers: JSON.parse('{"__proto__": "5", "dsoReduction": "10"}') as object }] };
    const result = safeDefineValueCase(data as never);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["scenarios", 0, "drivers", "__proto__"], "reserved_name"]]);
  });

  it("an inline scenario or given driver keyed __proto__ is an argument error at its path", () => {
    const valueCase = defineValueCase(caseData() as never);
    const call = (options: object) => {
      try {
        evaluate(valueCase, options);
      } catch (error) {
        return error as QuantifyArgumentError;
      }
      throw new Error("no error");
    };
    const inline = call({ scenario: JSON.parse('{"id": "x", "probabilities": {"__proto__": "0.5"}}') as object });
    expect(inline).toBeInstanceOf(QuantifyArgumentError);
    expect(inline.issues[0]?.path).toEqual(["scenario", "probabilities", "__proto__"]);
    const given = call({ drivers: JSON.parse('{"__proto__": "5"}') as object });
    expect(given.issues[0]?.path).toEqual(["drivers", "__proto__"]);
  });

  it("drivers may not be named after what every object answers to", () => {
    const data = caseData() as { drivers: { id: string }[] };
    const renamed = { ...data, drivers: data.drivers.map((driver, i) => (i === 0 ? { ...driver, id: "constructor" } : driver)) };
    const result = safeDefineValueCase(renamed as never);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.find((issue) => issue.code === "reserved_name")?.message).toBe('"constructor" is a reserved word or function name in formulas');
  });
});

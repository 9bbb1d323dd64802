/** Quoted values in messages are capped: an error on a huge string stays one readable line. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { capQuotedValues, formatPath, MAX_QUOTED_LENGTH, ValueframeValidationError } from "../../src/errors/ValueframeError.js";
import { safeDefineFrame } from "../../src/frame/defineFrame.js";
import { npv } from "../../src/finance/npv.js";
import { safeDefineValueCase } from "../../src/quantify/defineValueCase.js";

const huge = "9".repeat(2_000_000) + "x";

describe("quoted values in messages", () => {
  it("are cut to 80 characters with an ellipsis, short ones and escapes kept", () => {
    expect(MAX_QUOTED_LENGTH).toBe(80);
    expect(capQuotedValues(`"${"a".repeat(100)}" is bad`)).toBe(`"${"a".repeat(79)}…" is bad`);
    expect(capQuotedValues('"short" and "also \\"short\\""')).toBe('"short" and "also \\"short\\""');
    expect(capQuotedValues(`"${"a".repeat(80)}"`)).toBe(`"${"a".repeat(80)}"`);
  });

  it("keep an error on a 2 MB value a line long, in the message and in each issue", () => {
    const frame = JSON.parse(readFileSync(new URL("../../examples/distributor.frame.json", import.meta.url), "utf8")) as { goals: { baseline: unknown }[] };
    frame.goals[0]!.baseline = huge;
    const result = safeDefineFrame(frame);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message.length).toBeLessThan(400);
    expect(result.error.issues[0]?.message).toBe(`"${"9".repeat(79)}…" is not a decimal number (write it like "1234.56" or "-1.5e6")`);
    let thrown: unknown;
    try {
      npv("0.1", [huge]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValueframeValidationError);
    expect((thrown as Error).message.length).toBeLessThan(400);
  });

  it("keep a path a line long when a key is huge, in the message and as the CLI prints it", () => {
    const key = "k".repeat(1_000_000);
    expect(formatPath(["scenarios", 0, "drivers", key])).toBe(`scenarios[0].drivers["${"k".repeat(79)}…"]`);
    const valueCase = JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8")) as { scenarios: { drivers: Record<string, unknown> }[] };
    valueCase.scenarios[0]!.drivers = { [key]: 1 };
    const result = safeDefineValueCase(valueCase as never);
    expect(!result.success && result.error.message.length).toBeLessThan(600);
    expect(!result.success && result.error.issues[0]?.code).toBe("unknown_driver");
  });
});

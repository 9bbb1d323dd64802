import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { FrameValidationError } from "../../src/frame/errors.js";
import { safeDefineFrame } from "../../src/frame/defineFrame.js";
import { sampleInput, withValues } from "./fixtures.js";

describe("safeDefineFrame", () => {
  it("returns the same frame as defineFrame, with no warnings for a sound frame", () => {
    const result = safeDefineFrame(sampleInput());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(defineFrame(sampleInput()));
    expect(result.warnings).toEqual([]);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it("returns the warnings with the frame", () => {
    const result = safeDefineFrame(withValues([["goals", 0, "target"], 30]));
    expect(result.success && result.warnings.map((w) => [w.path, w.code])).toEqual([[["goals", 0, "target"], "target_wrong_direction"]]);
  });

  it("returns the error instead of throwing", () => {
    const result = safeDefineFrame(withValues([["values", 0, "probability"], 1.5]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(FrameValidationError);
    expect(result.error.code).toBe("FRAME_INVALID");
    expect(result.error.issues.map((i) => i.path)).toEqual([["values", 0, "probability"]]);
  });
});

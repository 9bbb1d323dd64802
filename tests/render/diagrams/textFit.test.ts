/** Fitting a name into a diagram box: a name of any length ends in the same lines as its first few hundred characters. */
import { describe, expect, it } from "vitest";
import { fitText } from "../../../src/render/svg/_internal/textFit.js";

const box = { size: 13, width: 150, maxWidth: 210, maxLines: 3 };

describe("fitText", () => {
  it("cuts a 20,000-character name to the box's lines with an ellipsis, as it cuts a short overlong one", () => {
    const huge = fitText("x".repeat(20_000), box);
    const overlong = fitText("x".repeat(500), box);
    expect(huge).toEqual(overlong);
    expect(huge.cut).toBe(true);
    expect(huge.lines.length).toBe(3);
    expect(huge.lines[2]?.endsWith("…")).toBe(true);
  });

  it("keeps a name that fits whole, however much space is around it", () => {
    const fitted = fitText(`Cash ${" ".repeat(50_000)} flow`, box);
    expect(fitted).toEqual({ lines: ["Cash flow"], width: fitted.width, cut: false });
  });
});

/** Digit grouping of trace figures: one pass, the same text the lookahead regex gave. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { displayNumber } from "../../src/quantify/_internal/display.js";

const byRegex = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("displayNumber", () => {
  it("groups thousands as the regex did (random integers and fractions, fixed seed)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,60}$/), fc.stringMatching(/^\d{0,8}$/), fc.boolean(), (whole, fraction, negative) => {
        const text = `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
        const shown = displayNumber(new Dec(text));
        const [shownWhole] = shown.replace("−", "").split(".");
        expect(shownWhole).toBe(byRegex(new Dec(text).abs().toSignificantDigits(Math.max(10, whole.length), Dec.ROUND_HALF_UP).trunc().toFixed()));
      }),
      { seed: 1313, numRuns: 300 },
    );
    expect(["0", "7", "999", "1000", "-1234567.5", "0.0001234"].map((x) => displayNumber(new Dec(x)))).toEqual(["0", "7", "999", "1,000", "−1,234,567.5", "0.0001234"]);
  });

  it("writes a figure of 1000 integer digits in one pass", () => {
    const shown = displayNumber(new Dec(`9${"0".repeat(999)}`));
    expect(shown).toBe(`9${",000".repeat(333)}`);
  });
});

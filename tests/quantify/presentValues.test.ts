/** The shared exact discounting of an evaluation agrees with finance's npv to the last digit. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { npv } from "../../src/finance/npv.js";
import { presentValues } from "../../src/quantify/_internal/presentValues.js";

const flow = fc.oneof(
  fc.constant("0"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: -30, max: 30 })).map(([c, e]) => `${c}e${e}`),
  // 40 significant digits, as the flows of a ramped or weighted line often have.
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((c) => `${c}e-30`),
);
const rate = fc.oneof(
  fc.constantFrom("0", "0.08", "-0.5", "0.006434030109589604", "3", "-0.99"),
  // A monthly rate from a yearly one: 40 digits.
  fc.constantFrom("0.08", "0.12", "-0.2").map((annual) => new Dec(annual).plus(1).pow(new Dec(1).div(12)).minus(1).toString()),
);

describe("presentValues", () => {
  it("equals npv(rate, flows, { firstFlowAt: 0 }) for every series (random series, fixed seed)", () => {
    fc.assert(
      fc.property(rate, fc.integer({ min: 1, max: 150 }), fc.array(flow, { minLength: 150, maxLength: 150 }), fc.array(flow, { minLength: 150, maxLength: 150 }), (r, n, a, b) => {
        const series = [a.slice(0, n), b.slice(0, n), a.slice(0, n).map((x, t) => new Dec(x).minus(b[t] as string).toString())].map((s) => s.map((x) => new Dec(x)));
        const mine = presentValues(new Dec(r), series).map(String);
        expect(mine).toEqual(series.map((s) => npv(r, s, { firstFlowAt: 0 }).toString()));
      }),
      { seed: 424242, numRuns: 150 },
    );
  });

  it("agrees over 1201 monthly periods, and where npv leaves exact sums (a rate of 100 digits)", () => {
    const flows = Array.from({ length: 1201 }, (_, t) => new Dec(t === 0 ? -2_000_000 : 12_345.67 + t));
    for (const r of [new Dec("1.08").pow(new Dec(1).div(12)).minus(1), new Dec(`${"1234567890".repeat(10)}e-199`)]) {
      expect(presentValues(r, [flows]).map(String)).toEqual([npv(r, flows, { firstFlowAt: 0 }).toString()]);
    }
  });
});

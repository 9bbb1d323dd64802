import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentileOf, rangeOf, selectRanks } from "../../src/quantify/_internal/floatStats.js";

const PS = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 100];

/** The percentiles of a sorted copy: what selection must reproduce. */
const bySorting = (values: readonly number[], ps: readonly number[]) => {
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => percentileOf(sorted, p));
};

describe("percentiles by selection (selectRanks)", () => {
  it("reads the same order statistics as a full sort: PERCENTILE.INC of 1…10 at P10/P50/P90", () => {
    const values = Float64Array.from([7, 3, 10, 1, 9, 2, 8, 4, 6, 5]);
    expect(selectRanks(values, [10, 50, 90])).toBe(0);
    // Ranks 0.9, 4.5 and 8.1 of 1…10: 1.9, 5.5 and 9.1.
    expect([10, 50, 90].map((p) => percentileOf(values, p))).toEqual([1.9, 5.5, 9.1]);
  });

  it("puts NaNs (\"never\") last and counts them; a percentile that reaches them is null", () => {
    const values = Float64Array.from([Number.NaN, 2, Number.NaN, 1, 3, Number.NaN]);
    expect(selectRanks(values, [10, 50, 90])).toBe(3);
    expect([10, 50, 90].map((p) => percentileOf(values, p))).toEqual([1.5, null, null]);
  });

  it("agrees with sorting on random values, many repeated, some NaN, in arrays of every size up to 2,000", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true, min: -1e9, max: 1e9 }), fc.constant(Number.NaN)), { minLength: 1, maxLength: 2000 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }),
        (values, ps) => {
          const selected = Float64Array.from(values);
          const nans = selectRanks(selected, ps);
          expect(nans).toBe(values.filter(Number.isNaN).length);
          expect(ps.map((p) => percentileOf(selected, p))).toEqual(bySorting(values, ps));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays fast and right on inputs that defeat a naive pivot: sorted, reversed, all equal, organ pipe", () => {
    const n = 100_000;
    const inputs = [
      Array.from({ length: n }, (_, i) => i),
      Array.from({ length: n }, (_, i) => n - i),
      Array.from({ length: n }, () => 4.5),
      Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      Array.from({ length: n }, (_, i) => i % 3),
    ];
    for (const values of inputs) {
      const selected = Float64Array.from(values);
      selectRanks(selected, PS);
      expect(PS.map((p) => percentileOf(selected, p))).toEqual(bySorting(values, PS));
    }
  });

  it("sorts instead when asked for many percentiles (one pass per rank would cost more)", () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const ps = Array.from({ length: 101 }, (_, p) => p);
    selectRanks(values, ps);
    expect([...values.subarray(0, 5)]).toEqual([0, 1, 2, 3, 4]);
    expect(ps.map((p) => percentileOf(values, p))).toEqual(bySorting([...values], ps));
  });

  it("rangeOf gives the smallest and the largest value", () => {
    expect(rangeOf(Float64Array.from([3, -2, 7.5, 0]))).toEqual([-2, 7.5]);
  });
});

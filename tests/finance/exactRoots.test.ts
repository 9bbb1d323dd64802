/**
 * Roots float64 cannot separate — closer than it resolves, multiple, or of flows that nearly cancel —
 * found by exact isolation, checked against series built from known rational roots.
 */
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { irr } from "../../src/finance/irr.js";
import { irrAll } from "../../src/finance/irrAll.js";
import { irrDetails } from "../../src/finance/irrDetails.js";
import { xirrDetails } from "../../src/finance/xirrDetails.js";

const R = DecimalJs.clone({ precision: 60 });

/** Flows (first to last) whose NPV is Π (b·(1 + r) − a) / (1 + r)^d: a root at r = a/b − 1 per factor. */
function flowsWithRoots(factors: readonly (readonly [bigint, bigint])[]): string[] {
  let p: bigint[] = [1n];
  for (const [a, b] of factors) {
    const next = new Array<bigint>(p.length + 1).fill(0n);
    p.forEach((c, i) => {
      next[i] = next[i]! + c * b;
      next[i + 1] = next[i + 1]! - c * a;
    });
    p = next;
  }
  return p.map(String);
}

describe("exact isolation", () => {
  it("separates roots 2e-8 apart, and ±1e-12 around 0 % of flows of 1e24", () => {
    expect(irrAll(["20000000000000000", "-20000000000000000", "34999999999999998", "-30000000000000000", "7499999999999997"]).map(String))
      .toEqual(["-0.50000001", "-0.49999999"]);
    const wide = ["1000000000000000000000000", "-2000000000000000000000000", "999999999999999999999999"];
    expect(irrAll(wide).map(String)).toEqual(["-0.000000000001", "0.000000000001"]);
    expect(irrDetails(wide).method).toBe("exact-isolation");
  });

  it("finds four well-separated roots where the float cells ran out", () => {
    // (4x − 9)(10x − 23)(11x − 29)(22x − 85), x = 1 + r.
    expect(irrAll(["387200", "-4278560", "17399200", "-30969640", "20410200"]).map(String))
      .toEqual(["1.25", "1.3", "1.6363636363636363636363636363636", "2.8636363636363636363636363636364"]);
  });

  it("reports a double or triple root once", () => {
    expect(irrAll([1, -2, 1]).map(String)).toEqual(["0"]);
    expect(irrAll([-1, 3, -3, 1]).map(String)).toEqual(["0"]);
    // (10x − 11)² (x − 2): 10 % twice and 100 %.
    expect(irrAll(flowsWithRoots([[11n, 10n], [11n, 10n], [2n, 1n]])).map(String)).toEqual(["0.1", "1"]);
    expect(irr(flowsWithRoots([[11n, 10n], [11n, 10n], [2n, 1n]]), 0.8).toString()).toBe("1");
  });

  it("gets every root of random series with clustered, repeated and distant rational roots", () => {
    const factor = fc.oneof(
      // near 0 %: a/b within a few thousandths of 1
      fc.tuple(fc.integer({ min: 900, max: 1100 }), fc.integer({ min: -3, max: 3 })).map(([b, e]) => [BigInt(b + e), BigInt(b)] as const),
      // anywhere from -99 % to +500 %
      fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 1200 })).map(([b, a]) => [BigInt(a), BigInt(b)] as const),
    );
    fc.assert(
      fc.property(fc.array(factor, { minLength: 2, maxLength: 5 }), fc.boolean(), fc.boolean(), (factors, repeat, negate) => {
        const all = repeat ? [...factors, factors[0]!] : factors;
        let flows = flowsWithRoots(all);
        if (negate) flows = flows.map((c) => (c.startsWith("-") ? c.slice(1) : `-${c}`));
        const expected = [...new Set(all.map(([a, b]) => new R(a.toString()).div(b.toString()).minus(1).toString()))]
          .map((x) => new R(x))
          .sort((x, y) => x.cmp(y));
        const close = (found: readonly { toString(): string }[]): void => {
          expect(found).toHaveLength(expected.length);
          found.forEach((root, i) => expect(new R(root.toString()).minus(expected[i]!).abs().lte(expected[i]!.abs().plus(1).times("1e-28"))).toBe(true));
        };
        close(irrAll(flows));
        // The same flows a year apart (30/360): the same roots.
        const dates = flows.map((_, i) => `${2000 + i}-03-15`);
        close(xirrDetails(flows, dates, undefined, { dayCount: "30/360" }).roots);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { laguerreBounds } from "../../src/finance/_internal/irr/isolation.js";
import { flowPoly } from "../../src/finance/_internal/irr/polynomial.js";
import { FinanceNoSolutionError } from "../../src/finance/errors.js";
import type { FinanceArgumentError } from "../../src/finance/errors.js";
import { irr } from "../../src/finance/irr.js";
import { npv } from "../../src/finance/npv.js";
import { irrAll } from "../../src/finance/irrAll.js";
import { irrDetails } from "../../src/finance/irrDetails.js";
import { xirrDetails } from "../../src/finance/xirrDetails.js";
import { xirr } from "../../src/finance/xirr.js";
import { xnpv } from "../../src/finance/xnpv.js";
import { Dec } from "../../src/numeric/decimal.js";
import { thrown } from "../frame/fixtures.js";

describe("roots at the edges of 40 digits", () => {
  it("finds an astronomically high XIRR: 1,000 turning into 420,312 in one day", () => {
    const dates = ["2024-01-01", "2024-01-02"];
    const r = xirr([-1000, 420312.14], dates);
    // 1 + r = 420.31214^365 exactly
    expect(r.plus(1).div(new Dec("420.31214").pow(365)).minus(1).abs().lt("1e-30")).toBe(true);
    expect(xnpv(r, [-1000, 420312.14], dates).abs().lt("1e-25")).toBe(true);
  });

  it("throws FinanceNoSolutionError when the only root is closer to -100 % than 40 digits can show", () => {
    const error = thrown(() => xirr([-1000, 0.01], ["2024-01-01", "2024-01-02"]));
    expect(error).toBeInstanceOf(FinanceNoSolutionError);
    expect(error).toMatchObject({ code: "FINANCE_NO_SOLUTION", fn: "xirr" });
    expect((error as Error).message).toContain("the only root lies within 1e-40 of -100 %");
  });

  it("finds a root just above -100 % when 40 digits can show it", () => {
    // A year-long near-total loss has its root at 0.00001^1 - 1 = -0.99999: representable.
    expect(irr([-1000, 0.01]).toString()).toBe("-0.99999");
  });
});

describe("Laguerre's rule of signs bounds the roots on each side of 0 %", () => {
  it("counts the sign changes of the running sums from the first flow (r > 0) and from the last (r < 0)", () => {
    // Two roots above 0 %: 10 % and 20 % (running sums -100, 130, -2). From the end -132, 98, -2: a
    // bound of 2 below 0 %, where there is none (0 has the bound's parity).
    expect(laguerreBounds(flowPoly([-100n, 230n, -132n], [0, 1, 2], 1))).toEqual({ above: 2, below: 2, sign: -1 });
    // Three sign changes among the flows, but one among the running sums: a single root, above 0 %.
    expect(laguerreBounds(flowPoly([-1000n, 600n, 600n, -100n, 200n], [0, 1, 2, 3, 4], 1))).toEqual({ above: 1, below: 0, sign: 1 });
    // Sums -1000, -700, -750, -150: no root above 0 %; from the end 600, 550, 850, -150: one below.
    expect(laguerreBounds(flowPoly([-1000n, 300n, -50n, 600n], [0, 1, 2, 3], 1))).toEqual({ above: 0, below: 1, sign: -1 });
    // Σ c = 0: r = 0 is itself a root, and the rule is not used.
    expect(laguerreBounds(flowPoly([-100n, 150n, -50n], [0, 1, 2], 1))).toBeUndefined();
  });

  it("a series with one root by the rule gets that root, certified, without isolating the half-line", () => {
    const values = [-1000, 600, 600, -100, 200];
    const details = irrDetails(values);
    expect(details.signChanges).toBe(3);
    expect(details.roots).toHaveLength(1);
    // Bisection in 50-digit decimals: 0.16672597125783346405660735097780…
    expect(details.roots[0]!.toFixed(30)).toBe("0.166725971257833464056607350978");
    expect(details.npvAtRate.abs().lt("1e-25")).toBe(true);
  });

  it("never undercounts: on random mixed series a fine scan finds no more sign changes on a side than the bound, with its parity", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 12 }), (flows) => {
        const c = flows.map(BigInt);
        if (c.every((x) => x === 0n) || c.reduce((a, b) => a + b, 0n) === 0n) return;
        const bound = laguerreBounds(flowPoly(c, flows.map((_, i) => i), 1));
        if (bound === undefined) return;
        // Σ c_i x^i on x = 1/(1 + r) in (0, 1) for r > 0 and x in (1, ∞) for -1 < r < 0 (as y = 1/x in (0, 1)).
        const changes = (at: (k: number) => number): number => {
          let count = 0;
          let last = 0;
          // The ends count too (their values are c₀ or c_top and the sum, never 0 here): a root within
          // 1/4000 of an end is then missed only with a partner, so the parity still holds.
          for (let k = 0; k <= 4000; k++) {
            const s = Math.sign(at(k / 4000));
            if (s !== 0 && last !== 0 && s !== last) count++;
            if (s !== 0) last = s;
          }
          return count;
        };
        const above = changes((x) => flows.reduce((sum, v, i) => sum + v * x ** i, 0));
        const top = flows.length - 1;
        const below = changes((y) => flows.reduce((sum, v, i) => sum + v * y ** (top - i), 0));
        expect(above).toBeLessThanOrEqual(bound.above);
        expect(below).toBeLessThanOrEqual(bound.below);
        expect((bound.above - above) % 2).toBe(0);
        expect((bound.below - below) % 2).toBe(0);
        // irrAll agrees side by side.
        const roots = irrAll(flows);
        expect(roots.filter((r) => r.gt(0)).length).toBeLessThanOrEqual(bound.above);
        expect(roots.filter((r) => r.lt(0)).length).toBeLessThanOrEqual(bound.below);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

describe("roots the float view cannot see at r = 0, and near ties", () => {
  it("finds both roots either side of 0 % of flows beyond 2^53 (the sign at 0 % is too small for float64)", () => {
    // (1e8·x − (1e8 − 2))·(1e8·x − (1e8 + 1)) with x = 1 + r: roots r = −2e-8 and r = 1e-8.
    const flows = ["10000000000000000", "-19999999900000000", "9999999899999998"];
    expect(irrAll(flows).map(String)).toEqual(["-0.00000002", "0.00000001"]);
    const dates = ["2000-03-15", "2001-03-15", "2002-03-15"];
    expect(xirrDetails(flows, dates, undefined, { dayCount: "30/360" }).roots.map(String)).toEqual(["-0.00000002", "0.00000001"]);
  });

  it("chooses the nearest root in exact arithmetic when the guess is all but halfway", () => {
    // 4 − 8/(1 + r) + 3/(1 + r)² = 0 at r = −0.5 and 0.5; −1e-14 is nearer −0.5.
    expect(irr([4, -8, 3], "-1e-14").toString()).toBe("-0.5");
    expect(xirr([4, -8, 3], ["2010-06-01", "2011-06-01", "2012-06-01"], "-1e-14", { dayCount: "30/360" }).toString()).toBe("-0.5");
    // Roots 0.1 and 0.2: 0.149999999999999 is nearer 0.1.
    expect(irr([-100, 230, -132], "0.149999999999999").toString()).toBe("0.1");
    expect(irr([-100, 230, -132], "0.150000000000001").toString()).toBe("0.2");
  });
});

describe("the nearest root alone is the nearest of every root", () => {
  // irr and xirr look only where the root nearest the guess can lie (farther places are never split);
  // irrDetails and xirrDetails find every root and then choose. They must agree.
  const outcome = (fn: () => { toString(): string }): string => {
    try {
      return fn().toString();
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  };
  const series = fc.record({
    invest: fc.integer({ min: 1000, max: 1_000_000 }),
    flows: fc.array(fc.integer({ min: -120, max: 100 }), { minLength: 4, maxLength: 40 }),
    gaps: fc.array(fc.integer({ min: 28, max: 31 }), { minLength: 40, maxLength: 40 }),
    guess: fc.constantFrom("-0.9", "-0.3", "-0.02", "0.1", "0.45", "3"),
  });

  it("on series with several sign changes, monthly dates and guesses on either side of their roots", () => {
    fc.assert(
      fc.property(series, ({ invest, flows, gaps, guess }) => {
        // An investment, then flows of a few percent of it a month, some negative (refits, closing costs).
        const values = [-invest, ...flows.map((f) => Math.round(f * invest) / 1000)];
        let day = Date.UTC(2024, 0, 1);
        const dates = values.map((_, i) => new Date((day += i === 0 ? 0 : gaps[i - 1]! * 86_400_000)));
        expect(outcome(() => xirr(values, dates, guess))).toBe(outcome(() => xirrDetails(values, dates, guess).rate));
        expect(outcome(() => irr(values, guess))).toBe(outcome(() => irrDetails(values, guess).rate));
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });
});

describe("arguments of irr and xirr", () => {
  it("list every bad value and date with its code, whether or not the call looks like the common one", () => {
    const issues = (fn: () => unknown): unknown => (thrown(fn) as FinanceArgumentError).issues.map((i) => [i.path.join("."), i.code]);
    const dates = [new Date(Date.UTC(2024, 0, 31)), "2024-02-30", new Date(Date.UTC(2023, 11, 1)), new Date(Number.NaN)];
    expect(issues(() => xirr([-100, "x", undefined, 50] as never, dates as never))).toEqual([
      ["values.1", "not_numeric"], ["values.2", "invalid_type"], ["dates.1", "invalid_date"], ["dates.3", "invalid_date"], ["dates.2", "date_before_first"],
    ]);
    // Numbers and Dates as the common call has them, one Date before the first, or one date short.
    expect(issues(() => xirr([-100, 60, 60], [dates[0], dates[2], dates[0]] as never))).toEqual([["dates.1", "date_before_first"]]);
    expect(issues(() => xirr([-100, 60, 60], [dates[0], dates[0]] as never))).toEqual([["dates", "length_mismatch"]]);
    expect(issues(() => irr([-100, Number.NaN, 60]))).toEqual([["values.1", "not_numeric"]]);
  });
});

describe("exact ratios far from 1", () => {
  it("keeps 40 digits of an NPV 20,000 orders of magnitude below its flows", () => {
    // -1000/(1 + 1e20000) + 1100/(1 + 1e20000)²: -1e-19997 to 40 digits, not 0.
    expect(npv("1e20000", [-1000, 1100]).toString()).toBe("-1e-19997");
  });
});

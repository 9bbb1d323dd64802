/**
 * Discounting dated flows (xnpv, and the certificate of xirrDetails) in 256-bit fixed point, checked
 * against a 90-digit evaluation of the definition Σ v_i / (1 + r)^(E_i / m).
 */
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountDated } from "../../src/finance/_internal/dated.js";
import { xirrDetails } from "../../src/finance/xirrDetails.js";
import { xnpv } from "../../src/finance/xnpv.js";
import { Dec } from "../../src/numeric/decimal.js";
import type { Decimal } from "../../src/numeric/decimal.js";

const R = DecimalJs.clone({ precision: 90 });
type Ref = InstanceType<typeof R>;

/** The definition in 90 digits. */
function reference(rate: string, values: readonly string[], E: readonly number[], m: number): Ref {
  const growth = new R(rate).plus(1);
  return values.reduce((sum, v, i) => sum.plus(new R(v).div(growth.pow(new R(E[i]!).div(m)))), new R(0));
}

/** Σ |v_i| / (1 + r)^(t_i): the size the error of a sum that cancels is judged on. */
function magnitude(rate: string, values: readonly string[], E: readonly number[], m: number): Ref {
  return reference(rate, values.map((v) => new R(v).abs().toString()), E, m);
}

/** |actual − expected| within half a unit of the 40th digit (and a hair), or 1e-60 of the flows' size. */
function close(actual: Decimal, expected: Ref, size: Ref): boolean {
  const error = new R(actual.toString()).minus(expected).abs();
  const ulp40 = expected.isZero() ? new R(0) : new R(10).pow(expected.abs().log(10).floor().minus(39));
  return error.lte(ulp40.times("0.51")) || error.lte(size.times("1e-60"));
}

const cents = fc.integer({ min: -5e8, max: 5e8 }).map((c) => (c / 100).toString());
const rates = fc.integer({ min: -9000, max: 90000 }).map((x) => (x / 10000).toString());

describe("discountDated: 256-bit fixed point", () => {
  // The 90-digit reference takes most of the time: a generous timeout for a loaded machine.
  it("gives 40 correct digits on random flows, rates from -90 % to +900 %, every day count's denominator", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents, fc.integer({ min: 0, max: 4000 })), { minLength: 1, maxLength: 40 }),
        rates,
        fc.constantFrom(365, 360, 365 * 366),
        (flows, rate, m) => {
          const values = flows.map(([v]) => v);
          // Day counts as integers over m (actual/actual counts 366·days + 365·leap days over 365·366).
          const E = flows.map(([, days]) => (m === 365 * 366 ? days * 366 : days));
          const result = discountDated(new Dec(rate), values, E, m);
          expect(close(result, reference(rate, values, E, m), magnitude(rate, values, E, m))).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("keeps its error far below the flows' size where they cancel: XNPV at the XIRR is the certificate", () => {
    const values = [-10000, 2750, 4250, 3250, 2750];
    const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
    const { rate, npvAtRate } = xirrDetails(values, dates);
    const E = [0, 60, 303, 411, 456];
    const size = magnitude(rate.toString(), values.map(String), E, 365);
    const exact = reference(rate.toString(), values.map(String), E, 365);
    // The rate has 32 digits, so the XNPV there is about 1e-28 of the flows, not 0; valueframe gets it right.
    expect(new R(npvAtRate.toString()).minus(exact).abs().lte(size.times("1e-60"))).toBe(true);
    expect(npvAtRate.abs().lt("1e-20")).toBe(true);
  });

  it("answers in Decimal where fixed point cannot reach: a rate beyond float64, values 300 orders apart", () => {
    // 1 + r = 1e400: every flow after the first is discounted away.
    expect(xnpv("1e400", [-100, 1e6], ["2024-01-01", "2025-01-01"]).minus(-100).abs().lt("1e-300")).toBe(true);
    const tiny = xnpv("0.05", ["1e-300", "1e10"], ["2024-01-01", "2024-01-01"]);
    expect(tiny.toString()).toBe("10000000000");
  });

  it("rounds what the Decimal path computes to 40 significant digits", () => {
    // 30/360: 100 years at -50 % discount by 0.5^100, so the second flow is worth 100·2^100.
    expect(xnpv("-0.5", [100, 100], ["2000-01-01", "2100-01-01"], { dayCount: "30/360" }).toString()).toBe("126765060022822940149670320537700");
    expect(xnpv("-0.5", [100, 100], ["2000-01-01", "2100-01-01"]).sd()).toBeLessThanOrEqual(40);
    expect(xnpv("1e30", [-1000, 1100], ["2000-01-01", "2001-01-01"], { dayCount: "30/360" }).toString()).toBe("-999.9999999999999999999999999989");
  });

  it("answers at once for a rate with a huge decimal exponent", () => {
    // 1 + 1e400000000 discounts the second flow to nothing (fixed point would need 10^400000000 as a BigInt).
    expect(xnpv("1e400000000", [-1000, 1100], ["2000-01-01", "2001-01-01"]).toString()).toBe("-1000");
  });

  it("matches the spreadsheet example to the cent and the definition to 40 digits", () => {
    const values = [-10000, 2750, 4250, 3250, 2750];
    const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
    const result = xnpv(0.09, values, dates);
    expect(result.toFixed(2)).toBe("2086.65");
    const E = [0, 60, 303, 411, 456];
    expect(close(result, reference("0.09", values.map(String), E, 365), new R(1e-300))).toBe(true);
  });
});

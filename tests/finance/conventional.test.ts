/**
 * The fast root of conventional series (one sign change): its fixed-point arithmetic against BigInt,
 * and its rates against a 60-digit evaluation of the definition — each rate must be the root rounded
 * to 32 significant digits of 1 + r, so the NPV changes sign across half a unit of its last digit.
 */
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveConventional } from "../../src/finance/_internal/irr/conventional.js";
import {
  fixed144,
  fixed144FromNumber,
  fixed144Mul,
  fixed144Normalize,
  fixed144Pow,
  fixed144PowScaled,
  fixed144ToBigInt,
  fixed144ToNumber,
  FIXED144_ULP,
} from "../../src/finance/_internal/irr/fixed144.js";
import { floatSeries } from "../../src/finance/_internal/exact.js";
import { floatPoly } from "../../src/finance/_internal/irr/polynomial.js";
import { irr } from "../../src/finance/irr.js";
import { irrDetails } from "../../src/finance/irrDetails.js";
import { xirr } from "../../src/finance/xirr.js";
import { xirrDetails } from "../../src/finance/xirrDetails.js";
import type { Decimal } from "../../src/numeric/decimal.js";

/** An independent 60-digit reference. */
const R = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_EVEN });
type Ref = InstanceType<typeof R>;

/** Σ v_i (1 + rate)^(-t_i) in 60 digits, t_i = days_i / 365 (or periods when `perYear` is 1). */
function npvRef(rate: Ref, values: readonly number[], times: readonly number[], perYear: number): Ref {
  const ln = rate.plus(1).ln();
  return values.reduce((sum, v, i) => sum.plus(new R(v).times(ln.times(-times[i]!).div(perYear).exp())), new R(0));
}

/** Half a unit in the last digit the solver keeps: 32 significant digits of 1 + r. */
function halfUnit(rate: Decimal): Ref {
  const growthExponent = new R(rate.toString()).plus(1).e;
  return new R(10).pow(-Math.max(0, 31 - growthExponent)).div(2);
}

/** True when the NPV changes sign across [rate − half unit, rate + half unit]: rate is correctly rounded. */
function correctlyRounded(rate: Decimal, values: readonly number[], times: readonly number[], perYear: number): boolean {
  const r = new R(rate.toString());
  const half = halfUnit(rate);
  const below = npvRef(r.minus(half), values, times, perYear);
  const above = npvRef(r.plus(half), values, times, perYear);
  return below.isZero() || above.isZero() || below.isNeg() !== above.isNeg();
}

/** A fixed-point number as an exact BigInt multiple of 2^-144, for a non-negative normalised number. */
const asBig = (x: number[]): bigint => fixed144ToBigInt(x);
const TWO_144 = 1n << 144n;

describe("144-bit fixed point", () => {
  it("holds a double exactly and reads it back", () => {
    const x = fixed144();
    const scratch = fixed144();
    for (const v of [0.9997, 1, 0.5, 2 ** -60, 0.123456789, 0.999999999999]) {
      fixed144FromNumber(v, x);
      expect(fixed144ToNumber(x, scratch)).toBe(v);
      fixed144FromNumber(-v, x);
      expect(fixed144ToNumber(x, scratch)).toBe(-v);
    }
  });

  it("multiplies within one unit of 2^-144 of the exact product, rounding down", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const x = fixed144();
        const y = fixed144();
        fixed144FromNumber(a, x);
        fixed144FromNumber(b, y);
        const exact = asBig(x) * asBig(y);
        const product = fixed144();
        fixed144Mul(x, y, product);
        const got = asBig(product) * TWO_144;
        expect(got <= exact).toBe(true);
        expect(exact - got < TWO_144 + TWO_144 / 1000n).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("raises to a power within (k − 1) units of 2^-144", () => {
    const x = fixed144();
    fixed144FromNumber(0.99973892, x);
    const power = fixed144();
    fixed144Pow(x, 365, power);
    const exact = asBig(x) ** 365n;
    const got = asBig(power) * TWO_144 ** 364n;
    const error = Number((exact - got) / TWO_144 ** 364n);
    expect(error).toBeGreaterThanOrEqual(0);
    expect(error).toBeLessThanOrEqual(364 * 1.001);
  });

  it("raises to a power keeping the relative precision of small results", () => {
    const x = fixed144();
    fixed144FromNumber(0.75, x);
    const power = fixed144();
    const shift = fixed144PowScaled(x, 200, power);
    // 0.75^200 ≈ 1.03e-25: the result stays in [1/2, 1) and shift carries the scale.
    expect(fixed144ToNumber(power, fixed144()) * 2 ** -shift).toBeCloseTo(0.75 ** 200, 35);
    expect(fixed144ToNumber(power, fixed144())).toBeGreaterThanOrEqual(0.5);
    const one = fixed144();
    fixed144FromNumber(1, one);
    expect(fixed144PowScaled(one, 365, power)).toBe(-1);
  });

  it("normalises signed limbs and reads negative values", () => {
    const x = fixed144();
    fixed144FromNumber(0.25, x);
    x[1] = x[1]! - 2 ** 25; // 0.25 − 2
    fixed144Normalize(x);
    expect(fixed144ToNumber(x, fixed144())).toBe(-1.75);
    expect(FIXED144_ULP).toBe(2 ** -144);
  });
});

describe("conventional series", () => {
  it("gives exact roots exactly", () => {
    expect(irr([-1000, 1100]).toString()).toBe("0.1");
    expect(irr([-1000, 0, 1210]).toString()).toBe("0.1");
    expect(xirr([-1000, 1100], ["2023-01-01", "2024-01-01"]).toString()).toBe("0.1");
    expect(xirr([-1000, 800], ["2023-01-01", "2024-01-01"]).toString()).toBe("-0.2");
    // Near-total losses keep the digits of 1 + r: here 1 + r = 10^-7 exactly.
    expect(xirr([-1000, 0.0001], ["2023-01-01", "2024-01-01"]).toString()).toBe("-0.9999999");
  });

  it("keeps the rates of the general solver (32 significant digits of 1 + r)", () => {
    const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
    expect(xirr([-10000, 2750, 4250, 3250, 2750], dates).toString()).toBe("0.3733625335188315103084554119146");
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000]).toString()).toBe("0.0866309480365316142930942025085");
    expect(irrDetails([-70000, 12000, 15000, 18000, 21000, 26000]).method).toBe("newton-single-sign-change");
  });

  it("leaves to the general solver what it cannot hold exactly (coefficients beyond 2^53, flows on one date)", () => {
    expect(irr([-(2n ** 60n), 2n ** 61n]).toString()).toBe("1");
    expect(floatPoly([-100, 50, 60], [0, 365, 365], 365)).toBeUndefined();
    expect(xirr([-100, 50, 60], ["2023-01-01", "2024-01-01", "2024-01-01"]).toString()).toBe("0.1");
  });

  it("reads numbers of a few decimals as integers on one scale, else leaves them to BigInt", () => {
    expect(floatSeries([0.25, 1234.5, -7, 0.1])).toEqual([25, 123450, -700, 10]);
    expect(floatSeries([1234.5, 0.25])).toEqual([123450, 25]);
    expect(floatSeries([1e-12, 1])).toBeUndefined();
    expect(floatSeries(["1.5", 2])).toBeUndefined();
  });

  it("finds every root of dated flows with many distinct gaps (the general search)", () => {
    const values = [-1000, ...Array.from({ length: 24 }, (_, i) => (i === 12 ? -900 : 80 + i))];
    const days = [0];
    for (let i = 1; i < values.length; i++) days.push(days[i - 1]! + 10 + i);
    const dates = days.map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000));
    const details = xirrDetails(values, dates);
    expect(details.signChanges).toBe(3);
    for (const root of details.roots) {
      expect(correctlyRounded(root, values, days, 365), root.toString()).toBe(true);
    }
  });

  it("drops zero flows and sorts times", () => {
    expect(floatPoly([0, -100, 0, 110], [5, 9, 2, 14], 1)).toEqual({ c: [-100, 110], E: [0, 5], m: 1 });
    expect(solveConventional({ c: [-100, 121], E: [0, 2], m: 1 })?.root.rate.toString()).toBe("0.1");
  });

  /** Investment, then inflows (some zero), at whole days 1 to 120 apart, over half a year at least. */
  const dated = fc
    .tuple(
      fc.integer({ min: 100_000, max: 100_000_000 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 120 })), { minLength: 1, maxLength: 24 }),
    )
    .filter(([invest, rest]) => rest.reduce((sum, [v]) => sum + v, 0) >= invest / 4 && rest.reduce((sum, [, gap]) => sum + gap, 0) >= 180);

  it("xirr is the root correctly rounded (checked in 60 digits) up to 10^8 %", () => {
    fc.assert(
      fc.property(dated, ([invest, rest]) => {
        const values = [-invest / 100, ...rest.map(([v]) => v / 100)];
        const days = [0];
        for (const [, gap] of rest) days.push(days[days.length - 1]! + gap);
        const dates = days.map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000));
        const rate = xirr(values, dates);
        // Beyond 1 + r = 10^31 the 32 digits include units: those rates carry about 34 correct digits.
        fc.pre(rate.lt(1e6));
        expect(correctlyRounded(rate, values, days, 365), `${rate.toString()} for ${JSON.stringify(values)} at ${JSON.stringify(days)}`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("irr is the root correctly rounded (checked in 60 digits)", () => {
    fc.assert(
      fc.property(dated, ([invest, rest]) => {
        const values = [-invest / 100, ...rest.map(([v]) => v / 100)];
        const rate = irr(values);
        expect(correctlyRounded(rate, values, values.map((_, i) => i), 1), `${rate.toString()} for ${JSON.stringify(values)}`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

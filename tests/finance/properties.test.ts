/**
 * Laws of valueframe/finance checked on random inputs with fast-check: roots are roots, the annuity
 * functions invert each other, the input type never matters, inputs are never mutated.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as finance from "../../src/finance/index.js";
import { Dec } from "../../src/numeric/decimal.js";
import type { Decimal, Numeric } from "../../src/numeric/decimal.js";

const { discountedPaybackPeriod, fv, irr, irrAll, npv, nper, paybackPeriod, pmt, pv, roi, xirr, xnpv } = finance;
const RUNS = { numRuns: 150 };

/** Money in cents, as a JS number. */
const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
/** A conventional series: one investment, then inflows (some may be 0): exactly one IRR exists. */
const conventional = fc.tuple(cents(1000, 1e6), fc.array(cents(0, 5e5), { minLength: 1, maxLength: 40 }))
  .filter(([, rest]) => rest.some((v) => v > 0))
  .map(([invest, rest]) => [-invest, ...rest]);
/** Any series with both signs (several roots or none are possible). */
const mixed = fc.array(cents(-1e5, 1e5), { minLength: 2, maxLength: 30 }).filter((v) => v.some((x) => x > 0) && v.some((x) => x < 0));
/** A rate per period with up to 4 decimals, from −50 % to +50 %. */
const rate = fc.integer({ min: -5000, max: 5000 }).map((x) => x / 10000);

/** |NPV| relative to the size of the discounted flows Σ|v_i|/(1+r)^i: the scale NPV ≈ 0 is judged on. */
function relativeNpv(r: Decimal, values: readonly number[]): Decimal {
  const magnitude = npv(r, values.map(Math.abs), { firstFlowAt: 0 });
  return npv(r, values, { firstFlowAt: 0 }).abs().div(magnitude);
}

/** Dates `gaps` days apart from 2024-01-01, as ISO strings. */
function datesFrom(gaps: readonly number[]): string[] {
  let day = Date.UTC(2024, 0, 1);
  return gaps.map((gap) => {
    day += gap * 86400000;
    return new Date(day).toISOString().slice(0, 10);
  });
}

describe("IRR laws", () => {
  it("irr of a conventional series always exists and NPV there is ≈ 0", () => {
    fc.assert(
      fc.property(conventional, (values) => {
        const r = irr(values);
        expect(r.gt(-1)).toBe(true);
        expect(relativeNpv(r, values).lt("1e-25")).toBe(true);
      }),
      RUNS,
    );
  });

  it("every root irrAll reports makes NPV ≈ 0, in ascending order, and irr is one of them", () => {
    fc.assert(
      fc.property(mixed, (values) => {
        const roots = irrAll(values);
        if (roots.length === 0) {
          // No root above −100 %: irr says so with a typed error, never NaN.
          expect(() => irr(values)).toThrow(finance.FinanceNoSolutionError);
          return;
        }
        roots.forEach((r, i) => {
          expect(relativeNpv(r, values).lt("1e-24"), `root ${r.toString()} of ${JSON.stringify(values)}`).toBe(true);
          if (i > 0) expect(r.gt(roots[i - 1]!)).toBe(true);
        });
        const chosen = irr(values);
        expect(roots.some((r) => r.eq(chosen))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("XNPV at XIRR is ≈ 0 for dated conventional flows", () => {
    // Inflows of at least half the investment, dates 15+ days apart: a near-total loss within days has
    // its root so close to −100 % (e.g. −1 + 1e-1825) that 40 digits cannot tell it from −1 (xirr
    // then throws FinanceNoSolutionError instead).
    const dated = conventional
      .filter((values) => values.slice(1).reduce((sum, v) => sum + v, 0) >= -values[0]! / 2)
      .chain((values) =>
        fc.tuple(fc.constant(values), fc.array(fc.integer({ min: 15, max: 120 }), { minLength: values.length, maxLength: values.length })),
      );
    fc.assert(
      fc.property(dated, ([values, gaps]) => {
        const dates = datesFrom([0, ...gaps.slice(1)]);
        const r = xirr(values, dates);
        const magnitude = xnpv(r, values.map(Math.abs), dates);
        expect(xnpv(r, values, dates).abs().div(magnitude).lt("1e-25")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("annuity round trips", () => {
  const loan = fc.record({
    rate: fc.integer({ min: -200, max: 3000 }).map((x) => x / 10000),
    nper: fc.integer({ min: 1, max: 480 }),
    pv: cents(-1e6, 1e6),
    fv: cents(-1e5, 1e5),
    type: fc.constantFrom(0 as const, 1 as const),
  }).filter(({ rate, nper: n }) => Math.abs(n * Math.log1p(rate)) <= 30); // (1+rate)^nper within e^±30
  const close = (a: Decimal, b: Numeric, scale: Decimal) => a.minus(b).abs().lte(scale.times("1e-25"));

  it("pv and fv undo pmt, and nper recovers the number of periods", () => {
    fc.assert(
      fc.property(loan, ({ rate, nper: n, pv: present, fv: future, type }) => {
        const payment = pmt(rate, n, present, future, type);
        // fv sums terms as large as |pv|·g and pv terms as large as |fv|/g, g = (1+rate)^nper: their
        // rounding is relative to those terms.
        const g = new Dec(rate).plus(1).pow(n);
        const conditioning = Dec.max(g, g.pow(-1));
        const scale = Dec.max(1, Math.abs(present), Math.abs(future), payment.abs()).times(conditioning);
        expect(close(pv(rate, n, payment, future, type), present, scale)).toBe(true);
        expect(close(fv(rate, n, payment, present, type), future, scale)).toBe(true);
        // With pv = −fv the payment is the interest and the balance never moves: any nper fits.
        if (!payment.isZero() && present !== -future) {
          // nper divides by pmt + pv·rate, which cancels down to about pmt/(1+rate)^nper: the 40-digit
          // rounding of pmt is magnified by (1+rate)^nper.
          const periods = nper(rate, payment, present, future, type);
          const tolerance = conditioning.times("1e-35");
          expect(periods.minus(n).abs().lte(tolerance), `nper ${periods.toString()} vs ${n}`).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe("input types", () => {
  /** A decimal with up to 4 places, as a number, its text and a Decimal. */
  const amount = fc.integer({ min: -1e9, max: 1e9 }).map((x) => x / 10000);
  const forms = (x: number): [number, string, Decimal] => [x, String(x), new Dec(String(x))];

  it("1.1, \"1.1\" and new Dec(\"1.1\") give identical results", () => {
    fc.assert(
      fc.property(rate, fc.array(amount, { minLength: 2, maxLength: 12 }), amount, amount, (r, values, gain, cost) => {
        const results = [0, 1, 2].map((k) => {
          const pick = (x: number) => forms(x)[k]!;
          const flows = values.map(pick);
          const out: string[] = [npv(pick(r), flows).toString(), pmt(pick(r), 12, pick(gain)).toString()];
          out.push(String(paybackPeriod(flows)), String(discountedPaybackPeriod(pick(r), flows)));
          try {
            out.push(roi(pick(gain), pick(cost)).toString());
          } catch (error) {
            out.push((error as { code: string }).code);
          }
          try {
            out.push(irr(flows).toString());
          } catch (error) {
            out.push((error as { code: string }).code);
          }
          return out;
        });
        expect(results[1]).toEqual(results[0]);
        expect(results[2]).toEqual(results[0]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("inputs are never mutated", () => {
  it("leaves value and date arrays as they were, and accepts frozen ones", () => {
    fc.assert(
      fc.property(conventional, rate, (values, r) => {
        const copy = [...values];
        const frozen = Object.freeze([...values]);
        const dates = Object.freeze(datesFrom(values.map((_, i) => (i === 0 ? 0 : 30))));
        const calls = [
          () => irr(frozen),
          () => irrAll(frozen),
          () => npv(r, frozen),
          () => xirr(frozen, dates),
          () => xnpv(r, frozen, dates),
          () => paybackPeriod(frozen),
          () => discountedPaybackPeriod(r, frozen),
          () => finance.mirr(frozen, r, r),
          () => finance.irrDetails(values),
          () => finance.xirrDetails(values, [...dates]),
        ];
        for (const call of calls) {
          try {
            call();
          } catch (error) {
            // A series may have no representable root; only typed errors are allowed, never a TypeError.
            expect(error).toBeInstanceOf(finance.FinanceError);
          }
        }
        expect(values).toEqual(copy);
        expect(frozen).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
});

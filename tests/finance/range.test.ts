/** Results beyond a spreadsheet's range are refused; npv's exact sum gives way to XNPV's method only where its integers would explode. */
import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, it } from "vitest";
import { FinanceOutOfRangeError } from "../../src/finance/errors.js";
import { annualRate, effect, fv, nper, npv, pv, rri } from "../../src/finance/index.js";

describe("results beyond 1e308", () => {
  it("are FINANCE_OUT_OF_RANGE, where they were huge, NaN or Infinity", () => {
    for (const run of [
      () => fv("0.05", "1e15", -100),
      () => annualRate("1e300", 2, { basis: "effective" }),
      () => effect("1e300", "1e15"),
      () => nper("1e-300", -100, "1e300"),
      () => rri("1e-300", 1, "1e300"),
    ]) {
      expect(run).toThrow(FinanceOutOfRangeError);
    }
  });

  it("leave every answer in range as it was", () => {
    expect(pv("0.05", "1e15", -100).toString()).toBe("2000");
    expect(fv("0.05", 1000, 0, -1).toExponential(5)).toBe("1.54632e+21");
    expect(npv("1e20000", [-1000, 1100]).toString()).toBe("-1e-19997");
  });
});

describe("npv past 100,000 digits of exact integers", () => {
  it("agrees with a 200-digit reference at a rate of 100 digits 300 places down", () => {
    const rate = `${"9876543210".repeat(10)}e-399`;
    const flows = Array.from({ length: 1201 }, (_, i) => (i % 7 === 0 ? -5000 - i : 1000 + i));
    const Wide = DecimalJs.clone({ precision: 200 });
    const onePlus = new Wide(rate).plus(1);
    const reference = flows.reduce((sum, flow, i) => sum.plus(new Wide(flow).div(onePlus.pow(i))), new Wide(0));
    expect(npv(rate, flows, { firstFlowAt: 0 }).toString()).toBe(reference.toSignificantDigits(40, DecimalJs.ROUND_HALF_UP).toString());
  });
});

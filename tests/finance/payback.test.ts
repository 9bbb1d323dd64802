import { describe, expect, it } from "vitest";
import { discountedPaybackPeriod } from "../../src/finance/discountedPaybackPeriod.js";
import { FinanceArgumentError } from "../../src/finance/errors.js";
import { paybackPeriod } from "../../src/finance/paybackPeriod.js";
import { Dec } from "../../src/numeric/decimal.js";
import { thrown } from "../frame/fixtures.js";

describe("paybackPeriod", () => {
  it("interpolates inside the period where the running total turns non-negative", () => {
    // cumulative −1000, −700, −300, +200: 300 of the 500 in year 3 → 2.6
    expect(paybackPeriod([-1000, 300, 400, 500])?.toString()).toBe("2.6");
    expect(paybackPeriod(["-1000", "300", "400", "500"], { fractional: false })?.toString()).toBe("3");
  });

  it("pays back exactly at a period end", () => {
    expect(paybackPeriod([-1000, 500, 500, 500])?.toString()).toBe("2");
    expect(paybackPeriod([-1000, 500, 500, 500], { fractional: false })?.toString()).toBe("2");
  });

  it("is 0 when the running total is never negative, null when it never recovers", () => {
    expect(paybackPeriod([0, 100, 200])?.toString()).toBe("0");
    expect(paybackPeriod([500])?.toString()).toBe("0");
    expect(paybackPeriod([-1000, 300, 400])).toBeNull();
    expect(paybackPeriod([-1])).toBeNull();
  });

  it("counts a later investment: [0, −100, 200] pays back half-way through period 2", () => {
    expect(paybackPeriod([0, -100, 200])?.toString()).toBe("1.5");
  });

  it("reports the first recovery when the total dips again", () => {
    expect(paybackPeriod([-100, 200, -300, 400])?.toString()).toBe("0.5");
  });

  it("is exact on the distributor's first year: 2,000,000 / 28,960,000 of year 1", () => {
    const payback = paybackPeriod([-2000000, 26960000 + 2000000]);
    expect(payback?.eq(new Dec(2000000).div(28960000))).toBe(true);
  });

  it("rejects an empty list, non-numbers and a bad option, listing each", () => {
    const error = thrown(() => paybackPeriod([] as number[]));
    expect(error).toBeInstanceOf(FinanceArgumentError);
    expect(error).toMatchObject({ code: "FINANCE_INVALID_ARGUMENT", argument: "flows" });
    expect((error as FinanceArgumentError).message).toContain("flows: needs at least 1 value, got 0");
    const many = thrown(() => paybackPeriod([-1, "x" as never, Number.NaN], { fractional: "yes" as never })) as FinanceArgumentError;
    expect(many.issues.map((i) => i.path)).toEqual([["flows", 1], ["flows", 2], ["options", "fractional"]]);
    expect(many.index).toBe(1);
    expect(many.message).toContain('options.fractional: must be true or false, got "yes" [invalid_type]');
    expect(thrown(() => paybackPeriod("12" as never))).toMatchObject({ argument: "flows", issues: [{ code: "invalid_type" }] });
  });
});

describe("discountedPaybackPeriod", () => {
  it("pays back on present values", () => {
    // PVs at 10 %: −1000, 545.45…, 495.86…; cumulative −454.54… then +41.32… → 1 + 454.54/495.86
    const expected = new Dec(1).plus(new Dec(1000).minus(new Dec(600).div("1.1")).div(new Dec(600).div("1.21")));
    const result = discountedPaybackPeriod(0.1, [-1000, 600, 600])!;
    expect(result.minus(expected).abs().lt("1e-35")).toBe(true);
    expect(result.toFixed(4)).toBe("1.9167");
    expect(discountedPaybackPeriod(0.1, [-1000, 600, 600], { fractional: false })?.toString()).toBe("2");
  });

  it("equals the simple payback at a zero rate and is null when the NPV stays negative", () => {
    expect(discountedPaybackPeriod(0, [-1000, 300, 400, 500])?.toString()).toBe("2.6");
    expect(discountedPaybackPeriod(0.25, [-1000, 600, 600])).toBeNull();
    expect(discountedPaybackPeriod("0.05", [10, 20])?.toString()).toBe("0");
  });

  it("matches the distributor's discounted payback: 2,000,000 / (28,960,000 / 1.06)", () => {
    const result = discountedPaybackPeriod("0.06", [-2000000, 28960000])!;
    expect(result.minus(new Dec(2000000).div(new Dec(28960000).div("1.06"))).abs().lt("1e-38")).toBe(true);
  });

  it("rejects a rate at or below −100 % together with bad flows", () => {
    const error = thrown(() => discountedPaybackPeriod(-1, [-1, null as never])) as FinanceArgumentError;
    expect(error).toBeInstanceOf(FinanceArgumentError);
    expect(error.code).toBe("FINANCE_INVALID_ARGUMENT");
    expect(error.issues.map((i) => i.path)).toEqual([["rate"], ["flows", 1]]);
    expect(error.message).toContain("rate: must be greater than -1 (-100 %), got -1");
    expect(error.message).toContain("discountedPaybackPeriod arguments: 2 problems");
  });
});

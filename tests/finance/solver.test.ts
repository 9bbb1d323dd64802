import { describe, expect, it } from "vitest";
import { FinanceNoSolutionError } from "../../src/finance/errors.js";
import { irr } from "../../src/finance/irr.js";
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

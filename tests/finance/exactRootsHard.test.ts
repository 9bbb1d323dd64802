/**
 * Exact isolation where float64 cannot settle the roots: multiple roots of flows spaced more than one
 * period apart (every second period zero, or dated two years apart under 30/360), and distinct roots
 * closer together than the reported digits.
 */
import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, it } from "vitest";
import { irr } from "../../src/finance/irr.js";
import { irrAll } from "../../src/finance/irrAll.js";
import { xirr } from "../../src/finance/xirr.js";

const R = DecimalJs.clone({ precision: 60 });
/** √1.1 − 1: the rate at which (1 + r)² = 1.1. */
const ROOT = new R("1.1").sqrt().minus(1);

describe("exact isolation of hard series", () => {
  it("finds the triple root of (10·(1 + r)² − 11)³ with a zero flow every second period", () => {
    const roots = irrAll([1000, 0, -3300, 0, 3630, 0, -1331]);
    expect(roots).toHaveLength(1);
    expect(new R(roots[0]!.toString()).minus(ROOT).abs().lt("1e-30")).toBe(true);
  });

  it("finds the triple root of flows two years apart under 30/360", () => {
    const rate = xirr([1000, -3300, 3630, -1331], ["2000-03-15", "2002-03-15", "2004-03-15", "2006-03-15"], undefined, {
      dayCount: "30/360",
    });
    expect(new R(rate.toString()).minus(ROOT).abs().lt("1e-30")).toBe(true);
  });

  it("lists two simple roots closer than 32 digits show (1.25 and 1.25·(1 + 2^-108)) as one rate, not twice", () => {
    const roots = irrAll([
      "5192296858534827628530496329220096",
      "-12980742146337069071326240823050260",
      "8112963841460668169578900514406425",
    ]).map(String);
    expect(roots).toEqual(["0.25"]);
  });

  it("finds 1 + r = 10^30 of [-1, 0, 1e60] (one sign change, a zero flow between)", () => {
    const rate = new R(irr(["-1", "0", "1e60"]).toString());
    expect(rate.plus(1).minus("1e30").abs().lt("1e-1")).toBe(true);
  });

  it("gets 1 + r = 10^29 of [-1, 0, 1e58] to 30 digits", () => {
    const rate = new R(irr(["-1", "0", "1e58"]).toString());
    expect(rate.plus(1).minus("1e29").abs().lt("1e-1")).toBe(true);
  });

  it("says a double root at 1 + r = 1e-45 lies within 1e-40 of -100 %, not that there is none", () => {
    expect(() => irr(["1e90", "-2e45", "1"])).toThrow(/within 1e-40 of -100 %/);
  });
});

import { describe, expect, it } from "vitest";
import { annualRate } from "../../src/finance/annualRate.js";
import { effect } from "../../src/finance/effect.js";
import { FinanceArgumentError, FinanceNoSolutionError } from "../../src/finance/errors.js";
import { nominal } from "../../src/finance/nominal.js";
import { periodicRate } from "../../src/finance/periodicRate.js";
import { rri } from "../../src/finance/rri.js";
import { Dec } from "../../src/numeric/decimal.js";
import type { Decimal } from "../../src/numeric/decimal.js";
import { thrown } from "../frame/fixtures.js";

const close = (actual: Decimal, expected: Decimal | string, digits = 30) =>
  expect(actual.minus(expected).abs().lte(new Dec(10).pow(-digits)), `${actual.toString()} vs ${expected.toString()}`).toBe(true);

describe("effect and nominal", () => {
  it("compound a nominal rate: 8 % quarterly is 8.243216 % a year", () => {
    // (1.02)^4 − 1 = 0.08243216 exactly
    expect(effect(0.08, 4).toString()).toBe("0.08243216");
    expect(effect("0.1", "4.9").toString()).toBe("0.103812890625"); // npery truncated to 4: 1.025^4 − 1
    expect(effect(0, 12).toString()).toBe("0");
    expect(effect(0.07, 1).toString()).toBe("0.07");
  });

  it("invert each other", () => {
    close(nominal(effect("0.0525", 12), 12), "0.0525");
    expect(nominal("0.08243216", 4).toString()).toBe("0.08");
  });

  it("reject what the spreadsheets reject, naming every argument", () => {
    const e = thrown(() => effect(-0.05, 0.5)) as FinanceArgumentError;
    expect(e).toBeInstanceOf(FinanceArgumentError);
    expect(e.code).toBe("FINANCE_INVALID_ARGUMENT");
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[["nominalRate"], "too_small"], [["npery"], "too_small"]]);
    expect(e.message).toContain("npery: must be at least 1, got 0.5");
    const n = thrown(() => nominal(0, "x" as never)) as FinanceArgumentError;
    expect(n.issues.map((i) => i.path)).toEqual([["effectRate"], ["npery"]]);
    expect(n.message).toContain("effectRate: must be greater than 0, got 0");
  });
});

describe("rri", () => {
  it("is the compound growth rate: 100 → 121 in 2 periods is 10 %", () => {
    expect(rri(2, 100, 121).toString()).toBe("0.1");
    expect(rri(4, -100, "-146.41").toString()).toBe("0.1");
    expect(rri(7, 500, 500).toString()).toBe("0");
    expect(rri(10, 100, 0).toString()).toBe("-1");
    close(rri(10, 100, 200), new Dec(2).pow(new Dec(1).div(10)).minus(1));
  });

  it("throws FinanceNoSolutionError for opposite signs and argument errors for nper ≤ 0 or pv = 0", () => {
    const e = thrown(() => rri(10, -100, 200));
    expect(e).toBeInstanceOf(FinanceNoSolutionError);
    expect(e).toMatchObject({ code: "FINANCE_NO_SOLUTION", fn: "rri" });
    expect((e as Error).message).toContain("pv (-100) and fv (200) have opposite signs");
    const a = thrown(() => rri(0, 0, 200)) as FinanceArgumentError;
    expect(a.issues.map((i) => i.path)).toEqual([["nper"], ["pv"]]);
    expect(a.message).toContain("pv: must not be 0");
  });
});

describe("periodicRate and annualRate", () => {
  it("divide and multiply on the nominal basis (the default)", () => {
    expect(periodicRate(0.06, 12).toString()).toBe("0.005");
    expect(periodicRate(0.06, 12, { basis: "nominal" }).toString()).toBe("0.005");
    expect(annualRate(0.005, 12).toString()).toBe("0.06");
  });

  it("compound on the effective basis: 21 % a year is 10 % a half-year", () => {
    expect(periodicRate("0.21", 2, { basis: "effective" }).toString()).toBe("0.1");
    expect(annualRate("0.1", 2, { basis: "effective" }).toString()).toBe("0.21");
    expect(annualRate(0.01, 12, { basis: "effective" }).toString()).toBe("0.126825030131969720661201");
    close(periodicRate(annualRate("0.0123", 12, { basis: "effective" }), 12, { basis: "effective" }), "0.0123", 35);
  });

  it("agree with EFFECT: effect(r, n) = annualRate(periodicRate(r, n), n, effective)", () => {
    close(annualRate(periodicRate("0.0525", 12), 12, { basis: "effective" }), effect("0.0525", 12), 35);
  });

  it("reject bad rates, periods and bases together", () => {
    const e = thrown(() => periodicRate(-1, 0, { basis: "compound" as never })) as FinanceArgumentError;
    expect(e).toBeInstanceOf(FinanceArgumentError);
    expect(e.issues.map((i) => i.path)).toEqual([["annualRate"], ["periodsPerYear"], ["options", "basis"]]);
    expect(e.message).toContain('options.basis: must be one of "nominal", "effective", got "compound" [invalid_value]');
    const o = thrown(() => annualRate(2, 12, 7 as never)) as FinanceArgumentError;
    expect(o.issues).toEqual([{ path: ["options"], code: "invalid_type", message: "expected an options object, got number" }]);
    expect((thrown(() => annualRate(-2, 12)) as FinanceArgumentError).issues[0]?.path).toEqual(["periodicRate"]);
  });
});

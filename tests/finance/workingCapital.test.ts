import { describe, expect, it } from "vitest";
import { cashConversionCycle } from "../../src/finance/cashConversionCycle.js";
import { contributionMargin } from "../../src/finance/contributionMargin.js";
import { contributionMarginRatio } from "../../src/finance/contributionMarginRatio.js";
import { daysInventoryOutstanding } from "../../src/finance/daysInventoryOutstanding.js";
import { daysPayablesOutstanding } from "../../src/finance/daysPayablesOutstanding.js";
import { daysSalesOutstanding } from "../../src/finance/daysSalesOutstanding.js";
import { FinanceArgumentError, FinanceNoSolutionError } from "../../src/finance/errors.js";
import { financingCostSaved } from "../../src/finance/financingCostSaved.js";
import { inventoryTurnover } from "../../src/finance/inventoryTurnover.js";
import { payablesTurnover } from "../../src/finance/payablesTurnover.js";
import { receivablesTurnover } from "../../src/finance/receivablesTurnover.js";
import { workingCapitalReleased } from "../../src/finance/workingCapitalReleased.js";
import { thrown } from "../frame/fixtures.js";

describe("the distributor of the domain guide", () => {
  // Revenue 365 M CNY a year; DSO grew from 48 to 62 days; cost of funds 6 %.
  it("holds 62 M in receivables at DSO 62 and 48 M at DSO 48", () => {
    expect(daysSalesOutstanding(62e6, 365e6).toString()).toBe("62");
    expect(daysSalesOutstanding("48000000", "365000000").toString()).toBe("48");
    expect(receivablesTurnover(365e6, 62e6).toFixed(4)).toBe("5.8871");
  });

  it("releases 14 M CNY once by cutting DSO 14 days, saving 0.84 M CNY a year at 6 %", () => {
    const released = workingCapitalReleased({ annualAmount: 365e6, daysReduced: 62 - 48 });
    expect(released.toString()).toBe("14000000");
    expect(financingCostSaved({ amount: released, rate: 0.06 }).toString()).toBe("840000");
  });

  it("doubles both when the workflow extends to the other units", () => {
    const released = workingCapitalReleased({ annualAmount: 730e6, daysReduced: 14 });
    expect(released.toString()).toBe("28000000");
    expect(financingCostSaved({ amount: released, rate: "0.06" }).toString()).toBe("1680000");
  });
});

describe("contribution margin", () => {
  it("is revenue − variable costs, and its ratio to revenue", () => {
    expect(contributionMargin(1200000, 780000).toString()).toBe("420000");
    expect(contributionMarginRatio(1200000, 780000).toString()).toBe("0.35");
    expect(contributionMarginRatio("0.3", "0.1").toString()).toBe("0.6666666666666666666666666666666666666667");
    expect(contributionMargin(100, 130).toString()).toBe("-30");
  });

  it("has no ratio on zero revenue", () => {
    const e = thrown(() => contributionMarginRatio(0, 10));
    expect(e).toBeInstanceOf(FinanceNoSolutionError);
    expect(e).toMatchObject({ code: "FINANCE_NO_SOLUTION", fn: "contributionMarginRatio" });
    expect((e as Error).message).toContain("revenue is 0");
  });

  it("lists both bad arguments", () => {
    const e = thrown(() => contributionMargin("1,000" as never, Infinity)) as FinanceArgumentError;
    expect(e).toBeInstanceOf(FinanceArgumentError);
    expect(e.issues.map((i) => i.path)).toEqual([["revenue"], ["variableCosts"]]);
    expect(e.message).toContain('revenue: "1,000" is not a decimal number');
    expect(e.message).toContain("variableCosts: Infinity is not a finite number");
  });
});

describe("turnover and days outstanding", () => {
  it("turns inventory and payables over and counts their days", () => {
    expect(inventoryTurnover(240e6, 40e6).toString()).toBe("6");
    expect(daysInventoryOutstanding(40e6, 240e6).toFixed(2)).toBe("60.83");
    expect(daysInventoryOutstanding(40e6, 240e6, { daysInYear: 360 }).toString()).toBe("60");
    expect(payablesTurnover(240e6, 30e6).toString()).toBe("8");
    expect(daysPayablesOutstanding(30e6, 240e6).toString()).toBe("45.625");
  });

  it("gives days = daysInYear / turnover", () => {
    const turnover = receivablesTurnover(1000, 300);
    const days = daysSalesOutstanding(300, 1000);
    expect(days.toString()).toBe("109.5");
    expect(days.minus(turnover.pow(-1).times(365)).abs().lt("1e-36")).toBe(true);
  });

  it("throws FinanceNoSolutionError on a zero denominator, never Infinity", () => {
    const t = thrown(() => inventoryTurnover(100, 0));
    expect(t).toBeInstanceOf(FinanceNoSolutionError);
    expect(t).toMatchObject({ code: "FINANCE_NO_SOLUTION", fn: "inventoryTurnover" });
    expect((t as Error).message).toBe("valueframe: inventoryTurnover: averageInventory is 0: a balance of nothing turns over no finite number of times");
    const d = thrown(() => daysSalesOutstanding(100, 0));
    expect(d).toBeInstanceOf(FinanceNoSolutionError);
    expect((d as Error).message).toContain("daysSalesOutstanding: revenue is 0");
    expect(thrown(() => receivablesTurnover(1, 0))).toMatchObject({ code: "FINANCE_NO_SOLUTION" });
    expect(thrown(() => payablesTurnover(1, 0))).toMatchObject({ code: "FINANCE_NO_SOLUTION" });
    expect(thrown(() => daysPayablesOutstanding(1, 0))).toMatchObject({ code: "FINANCE_NO_SOLUTION", fn: "daysPayablesOutstanding" });
    expect(thrown(() => daysInventoryOutstanding(1, 0))).toMatchObject({ code: "FINANCE_NO_SOLUTION" });
    expect(daysInventoryOutstanding(0, 100).toString()).toBe("0");
  });

  it("rejects negative amounts and a bad daysInYear, listing each", () => {
    const e = thrown(() => daysPayablesOutstanding(-1, -2, { daysInYear: 0 })) as FinanceArgumentError;
    expect(e).toBeInstanceOf(FinanceArgumentError);
    expect(e.issues.map((i) => i.path)).toEqual([["averagePayables"], ["costOfGoodsSold"], ["options", "daysInYear"]]);
    expect(e.message).toContain("averagePayables: must not be negative, got -1");
    expect(e.message).toContain("options.daysInYear: must be greater than 0, got 0");
    const t = thrown(() => receivablesTurnover(-5, "abc" as never)) as FinanceArgumentError;
    expect(t.issues.map((i) => [i.path, i.code])).toEqual([[["revenue"], "too_small"], [["averageReceivables"], "not_numeric"]]);
    expect(t.argument).toBe("revenue");
  });
});

describe("cash conversion cycle", () => {
  it("is DIO + DSO − DPO", () => {
    expect(cashConversionCycle({ dio: 35, dso: 62, dpo: 45 }).toString()).toBe("52");
    expect(cashConversionCycle({ dio: "10.5", dso: 20, dpo: 40 }).toString()).toBe("-9.5");
  });

  it("names each bad field, and the whole input when it is not an object", () => {
    const e = thrown(() => cashConversionCycle({ dio: -1, dso: "x", dpo: undefined } as never)) as FinanceArgumentError;
    expect(e).toBeInstanceOf(FinanceArgumentError);
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[["dio"], "too_small"], [["dso"], "not_numeric"], [["dpo"], "invalid_type"]]);
    expect(e.message).toContain("dpo: expected a number, a decimal string, a bigint or a Decimal, got undefined [invalid_type]");
    const root = thrown(() => cashConversionCycle(52 as never)) as FinanceArgumentError;
    expect(root.issues).toEqual([{ path: [], code: "invalid_type", message: "expected an object { dio, dso, dpo }, got number" }]);
    expect(root.message).toContain("(root): expected an object { dio, dso, dpo }, got number");
  });
});

describe("working capital released and financing cost saved", () => {
  it("use 365 days unless told otherwise; negative days tie cash up", () => {
    expect(workingCapitalReleased({ annualAmount: 360e6, daysReduced: 10, daysInYear: 360 }).toString()).toBe("10000000");
    expect(workingCapitalReleased({ annualAmount: 365e6, daysReduced: -3 }).toString()).toBe("-3000000");
    expect(financingCostSaved({ amount: 1000, rate: 0 }).toString()).toBe("0");
  });

  it("name each bad field", () => {
    const w = thrown(() => workingCapitalReleased({ annualAmount: -1, daysReduced: null, daysInYear: 0 } as never)) as FinanceArgumentError;
    expect(w).toBeInstanceOf(FinanceArgumentError);
    expect(w.code).toBe("FINANCE_INVALID_ARGUMENT");
    expect(w.issues.map((i) => i.path)).toEqual([["annualAmount"], ["daysReduced"], ["daysInYear"]]);
    expect(w.message).toContain("workingCapitalReleased arguments: 3 problems");
    const f = thrown(() => financingCostSaved({ amount: 1, rate: -1 })) as FinanceArgumentError;
    expect(f.issues.map((i) => [i.path, i.message])).toEqual([[["rate"], "must be greater than -1 (-100 %), got -1"]]);
    const root = thrown(() => financingCostSaved(null as never)) as FinanceArgumentError;
    expect(root.issues.map((i) => i.message)).toEqual(["expected an object { amount, rate }, got null"]);
  });
});

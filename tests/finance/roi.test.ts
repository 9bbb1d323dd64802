import { describe, expect, it } from "vitest";
import { ValueframeValidationError } from "../../src/errors/ValueframeError.js";
import { FinanceArgumentError, FinanceError, FinanceNoSignChangeError, FinanceNoSolutionError } from "../../src/finance/errors.js";
import { roi } from "../../src/finance/roi.js";
import { thrown } from "../frame/fixtures.js";

describe("roi", () => {
  it("takes the total benefit, not the net gain", () => {
    expect(roi(150, 100).toString()).toBe("0.5");
    expect(roi("3200000", "2900000").toFixed(4)).toBe("0.1034");
    expect(roi(80, 100).toString()).toBe("-0.2");
    expect(roi(0, 100).toString()).toBe("-1");
  });

  it("throws FinanceNoSolutionError when the cost is 0", () => {
    const error = thrown(() => roi(100, 0));
    expect(error).toBeInstanceOf(FinanceNoSolutionError);
    expect(error).toMatchObject({ code: "FINANCE_NO_SOLUTION", fn: "roi" });
    expect((error as Error).message).toBe("valueframe: roi: cost is 0: a return on nothing invested has no value (spreadsheet #DIV/0!)");
  });

  it("lists both arguments when neither is a number", () => {
    const error = thrown(() => roi("a" as never, undefined as never)) as FinanceArgumentError;
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[["gain"], "not_numeric"], [["cost"], "invalid_type"]]);
  });
});

describe("FinanceError as the catch-all of valueframe/finance", () => {
  it("holds argument errors as well as computation errors, while each subclass keeps its own instances", () => {
    const argument = thrown(() => roi("a" as never, 1));
    const computation = thrown(() => roi(1, 0));
    expect(argument).toBeInstanceOf(FinanceError);
    expect(argument).toBeInstanceOf(FinanceArgumentError);
    expect(argument).toBeInstanceOf(ValueframeValidationError);
    expect(computation).toBeInstanceOf(FinanceError);
    expect(computation).toBeInstanceOf(FinanceNoSolutionError);
    expect(computation).not.toBeInstanceOf(FinanceNoSignChangeError);
    expect(argument).not.toBeInstanceOf(FinanceNoSolutionError);
    expect(new RangeError("x")).not.toBeInstanceOf(FinanceError);
  });
});

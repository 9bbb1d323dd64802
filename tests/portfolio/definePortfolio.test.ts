/** definePortfolio: the settings of a portfolio, every problem listed in one run; summariseCase's own checks. */
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/index.js";
import { evaluateDocument } from "../../src/document/index.js";
import { definePortfolio, PortfolioArgumentError, PortfolioValidationError, safeDefinePortfolio, summariseCase } from "../../src/portfolio/index.js";
import { alphaDocument, portfolioInput } from "./fixtures.js";

describe("definePortfolio", () => {
  it("keeps the stated rates exact and fills the stage rates with our defaults", () => {
    const portfolio = definePortfolio({ ...portfolioInput, stageRates: { I: "0.4" } });
    expect(portfolio.currency).toBe("CNY");
    expect(portfolio.rates["USD"]).toMatchObject({ source: "test reference rate", asOf: "2026-12-01" });
    expect(portfolio.rates["USD"]!.rate.toString()).toBe("7.12");
    expect(portfolio.asOf).toBe("2026-12-06");
    expect(portfolio.tiers).toEqual({ "alpha.valuecase.json": "muchBusiness", "bravo.valuecase.json": "noBusiness" });
    expect(Object.fromEntries(Object.entries(portfolio.stageRates).map(([stage, rate]) => [stage, rate.toString()]))).toEqual({ P: "0.1", I: "0.4", B: "0.6", won: "1", lost: "0" });
    expect(Object.isFrozen(portfolio.rates["USD"])).toBe(true);
  });

  it("lists every problem in one run: a bad currency, a negative rate, a missing source, a bad month, a rate for the reporting currency", () => {
    const input = {
      currency: "yuan",
      rates: {
        USD: { rate: "-7.12", source: "bank", asOf: "2026-12-01" },
        EUR: { rate: "7.71", asOf: "2026-12-01" },
        eur: { rate: "7.71", source: "bank", asOf: "2026-12" },
      },
      asOf: "2026-13-01",
      tiers: { "a.valuecase.json": "bigBusiness" },
      stageRates: { P: "1.5" },
      owner: "me",
    };
    const result = safeDefinePortfolio(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(PortfolioValidationError);
    expect(result.error.code).toBe("PORTFOLIO_INVALID");
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["", "unrecognized_keys"],
      ["currency", "invalid_format"],
      ["rates.USD.rate", "out_of_range"],
      ["rates.EUR.source", "invalid_type"],
      ["rates.eur", "invalid_format"],
      ["rates.eur.asOf", "invalid_format"],
      ["asOf", "invalid_format"],
      ["tiers.a.valuecase.json", "invalid_value"],
      ["stageRates.P", "out_of_range"],
    ]);
    const same = safeDefinePortfolio({ currency: "CNY", rates: { CNY: { rate: "1", source: "self", asOf: "2026-12-01" }, USD: { rate: 0, source: "bank", asOf: "2026-12-01" } } });
    expect(!same.success && same.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["rates.CNY", "reporting_currency"],
      ["rates.USD.rate", "out_of_range"],
    ]);
    expect(!safeDefinePortfolio({}).success && safeDefinePortfolio([]).success === false).toBe(true);
    expect(() => definePortfolio({ rates: {} })).toThrow(/currency: required/);
  });
});

describe("summariseCase", () => {
  it("needs an id", () => {
    const evaluated = evaluateDocument(alphaDocument());
    expect(() => summariseCase(evaluated, { id: "" })).toThrow(PortfolioArgumentError);
    expect(() => summariseCase(evaluated, { id: "a", file: 3 } as never)).toThrow(/file/);
  });

  it("puts a line serving goals of two perspectives in both, and lines serving no goal under unassigned", () => {
    const summary = summariseCase(evaluateDocument(alphaDocument()), { id: "alpha" });
    expect(summary.byPerspective.map((row) => [row.perspective, new Dec(row.weightedPresentValue).toFixed(2)])).toEqual([
      ["customer", "104132.23"],
      ["financial", "104132.23"],
      ["unassigned", "-100000.00"],
    ]);
    expect(summary.file).toBeNull();
    expect(summary.funnel).toEqual({ stage: "I", expectedMonth: "2027-01", sellerExpectedRevenue: "100000", currency: "CNY" });
  });
});

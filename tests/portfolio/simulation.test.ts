/**
 * A portfolio with Monte Carlo: each case's summary carries quantify's own simulate() figures, the
 * pipeline's risk sums them in the reporting currency (means add; the percentile sums are labelled as
 * sums of each case's own), and a case not simulated is counted apart.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateDocument, parseValueDocument } from "../../src/document/index.js";
import { aggregatePortfolio, definePortfolio, PortfolioArgumentError, summariseCase } from "../../src/portfolio/index.js";
import { simulate } from "../../src/quantify/index.js";
import { alpha, portfolioInput, readMember } from "./fixtures.js";

const file = "livestock.valuecase.json";
const { document } = parseValueDocument(readFileSync(`examples/${file}`, "utf8"), { fileName: file, readMember });
const evaluated = evaluateDocument(document);

describe("a case's simulation in its summary", () => {
  const summary = summariseCase(evaluated, { id: "livestock", file }, { simulation: { iterations: 2000, seed: 7 } });

  it("is quantify's simulate() of the weighted NPV, same seed and iterations, written as exact strings", () => {
    const mc = simulate(document.case!, { iterations: 2000, seed: 7, measure: "weighted" });
    expect(summary.simulation).toEqual({
      iterations: 2000,
      seed: 7,
      measure: "weighted",
      mean: mc.npv.mean.toString(),
      p10: mc.npv.p10.toString(),
      p50: mc.npv.p50.toString(),
      p90: mc.npv.p90.toString(),
      probabilityPositive: mc.probabilityPositive.toString(),
    });
    // The livestock case (USD) has uncertain drivers: the draws spread.
    expect(Number(summary.simulation!.p10)).toBeLessThan(Number(summary.simulation!.p90));
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it("is null when no simulation is asked for, and rejects bad options with every problem", () => {
    expect(summariseCase(evaluated, { id: "livestock" }).simulation).toBeNull();
    try {
      summariseCase(evaluated, { id: "" }, { simulation: { iterations: 0, seed: 1.5 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PortfolioArgumentError);
      expect((error as PortfolioArgumentError).issues.map((issue) => issue.path)).toEqual([["id"], ["simulation", "iterations"], ["simulation", "seed"]]);
    }
  });

  it("sums in the pipeline's risk, converted at the stated rate, with the cases not simulated counted apart", () => {
    const portfolio = definePortfolio({ ...portfolioInput, rates: { ...portfolioInput.rates, USD: { rate: "7.12", source: "test reference rate", asOf: "2026-12-01" } } });
    const pipeline = aggregatePortfolio(portfolio, [summary, alpha()]);
    const rate = portfolio.rates[summary.currency]?.rate;
    const toReporting = (value: string) => (rate === undefined ? value : rate.times(value).toString());
    expect(pipeline.risk).not.toBeNull();
    const risk = pipeline.risk!;
    expect(risk.measure).toBe("customerSimulatedWeightedNpv");
    expect(risk.label).toMatch(/not the portfolio's percentiles/);
    expect([risk.cases, risk.notSimulated, risk.iterations]).toEqual([1, 1, [2000]]);
    expect(rate?.toString()).toBe("7.12");
    expect(risk.meanNpv.toString()).toBe(toReporting(summary.simulation!.mean));
    expect(risk.sumOfP10.toString()).toBe(toReporting(summary.simulation!.p10));
    expect(risk.sumOfP90.toString()).toBe(toReporting(summary.simulation!.p90));
    const row = pipeline.ranking.find((r) => r.id === "livestock")!;
    expect(row.simulation?.p50.toString()).toBe(toReporting(summary.simulation!.p50));
    expect(row.simulation?.probabilityPositive.toString()).toBe(summary.simulation!.probabilityPositive);
    expect(pipeline.ranking.find((r) => r.id === "alpha")!.simulation).toBeNull();
    expect(aggregatePortfolio(portfolio, [alpha()]).risk).toBeNull();
  });

  it("lists a case whose weighted NPV is more often not above 0", () => {
    const negative = { ...summary, id: "gloomy", simulation: { ...summary.simulation!, probabilityPositive: "0.31" } };
    const portfolio = definePortfolio({ currency: summary.currency });
    expect(aggregatePortfolio(portfolio, [summary, negative]).risk!.likelyNotPositive).toEqual(["gloomy"]);
  });
});

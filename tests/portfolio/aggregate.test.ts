/**
 * The portfolio's pipeline worked out by hand: Alpha Foods in CNY and Bravo Mining in USD at a stated
 * 7.12 (figures in tests/portfolio/fixtures.ts), then the bundled examples: totals to the cent, the
 * calendar spread, the groups, the seller's revenue beside the customers' value, the ranking, the same
 * result for any order of adding, failures, rates not stated.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/index.js";
import { defineValueDocument, evaluateDocument, parseValueDocument, safeParseValueDocument } from "../../src/document/index.js";
import { aggregatePortfolio, caseFailure, createAggregator, definePortfolio, PortfolioArgumentError, PortfolioRateError, summariseCase, type CaseFailure, type CaseSummary, type PortfolioPipeline } from "../../src/portfolio/index.js";
import { alpha, bravo, documentOf, exampleNames, exampleSummary, portfolioInput, readMember } from "./fixtures.js";

const portfolio = definePortfolio(portfolioInput);
const cents = (value: { toFixed(digits: number): string }) => value.toFixed(2);
const pipeline = aggregatePortfolio(portfolio, [alpha(), bravo()]);

/** A quarterly CNY case without a qualification: 3,000 a quarter, certain, for two quarters. */
const charlie = (): CaseSummary =>
  summariseCase(
    evaluateDocument(
      documentOf({ customer: "Charlie Retail", currency: "CNY", period: "quarter", horizon: 2, goals: [], solutions: ["sol-c"], lines: [{ id: "saving", kind: "benefit", amount: "3000", recurrence: "recurring", start: 1, serves: [{ kind: "solution", id: "sol-c" }] }] }),
    ),
    { id: "charlie" },
  );

describe("two cases in CNY and USD, by hand", () => {
  it("sums the customers' weighted NPV in CNY to the cent: 4,132.23 + 26,363.64 USD × 7.12 = 191,841.32", () => {
    expect(pipeline.currency).toBe("CNY");
    expect(pipeline.counts).toEqual({ cases: 2, failures: 0 });
    expect(pipeline.customerValue.measure).toBe("customerProbabilityWeightedNpv");
    expect(cents(pipeline.customerValue.weightedNpv)).toBe("191841.32");
    expect(pipeline.ratesUsed).toEqual([{ currency: "USD", rate: portfolio.rates["USD"]!.rate, source: "test reference rate", asOf: "2026-12-01", cases: 1 }]);
  });

  it("ranks Bravo (187,709.09 CNY) above Alpha (4,132.23 CNY), each with its own currency's figure", () => {
    expect(pipeline.ranking.map((row) => [row.rank, row.id, row.customer, cents(row.weightedNpv), row.currency, cents(row.caseWeightedNpv)])).toEqual([
      [1, "bravo", "Bravo Mining", "187709.09", "USD", "26363.64"],
      [2, "alpha", "Alpha Foods", "4132.23", "CNY", "4132.23"],
    ]);
  });

  it("groups by expected decision month, tier, funnel stage, solution and goal perspective", () => {
    const value = pipeline.customerValue;
    expect(value.byDecisionMonth.map((row) => [row.month, row.cases, cents(row.weightedNpv)])).toEqual([
      ["2027-01", 1, "4132.23"],
      ["2027-03", 1, "187709.09"],
    ]);
    expect(value.byTier.map((row) => [row.tier, row.cases, cents(row.weightedNpv)])).toEqual([
      ["muchBusiness", 1, "4132.23"],
      ["someBusiness", 0, "0.00"],
      ["noBusiness", 1, "187709.09"],
    ]);
    expect(value.byFunnelStage.map((row) => [row.stage, row.cases, cents(row.weightedNpv)])).toEqual([
      ["P", 0, "0.00"],
      ["I", 1, "4132.23"],
      ["B", 1, "187709.09"],
      ["won", 0, "0.00"],
      ["lost", 0, "0.00"],
    ]);
    expect(value.bySolution.map((row) => [row.solution, row.cases, cents(row.weightedPresentValue)])).toEqual([
      ["sol-a", 1, "4132.23"],
      ["sol-b", 1, "187709.09"],
    ]);
    // Alpha's saving serves a financial and a customer goal: it counts in both (60,000/1.1 + 60,000/1.21);
    // Bravo's contract a market goal (40,000/1.1 USD × 7.12); the costs serve none (−100,000 − 10,000 × 7.12).
    expect(value.byPerspective.map((row) => [row.perspective, row.cases, cents(row.weightedPresentValue)])).toEqual([
      ["customer", 1, "104132.23"],
      ["market", 1, "258909.09"],
      ["financial", 1, "104132.23"],
      ["unassigned", 2, "-171200.00"],
    ]);
    expect(value.perspectiveLabel).toMatch(/counts in both/);
  });

  it("spreads a yearly flow evenly over the 12 months after the decision month; period 0 falls in the decision month", () => {
    const months = pipeline.customerValue.flows.months;
    const at = (month: string) => months.find((row) => row.month === month)!;
    // Alpha decides in 2027-01: 100,000 up front then; 60,000 a year → 5,000 a month from 2027-02 to 2029-01.
    // Bravo decides in 2027-03: 10,000 USD = 71,200 CNY then; 40,000 USD = 284,800 CNY → 23,733.33 a month from 2027-04 to 2028-03.
    expect(months[0]!.month).toBe("2027-01");
    expect(months.at(-1)!.month).toBe("2029-01");
    expect(months).toHaveLength(25);
    expect([cents(at("2027-01").weightedBenefits), cents(at("2027-01").weightedCosts), cents(at("2027-01").weightedNet)]).toEqual(["0.00", "100000.00", "-100000.00"]);
    expect(cents(at("2027-02").weightedBenefits)).toBe("5000.00");
    expect([cents(at("2027-03").weightedBenefits), cents(at("2027-03").weightedCosts)]).toEqual(["5000.00", "71200.00"]);
    expect(cents(at("2027-04").weightedBenefits)).toBe("28733.33");
    expect(cents(at("2028-03").weightedBenefits)).toBe("28733.33");
    expect(cents(at("2028-04").weightedBenefits)).toBe("5000.00");
    expect(cents(at("2029-01").weightedBenefits)).toBe("5000.00");
    // The months add up to the periods exactly: 120,000 + 284,800.
    expect(cents(months.reduce((sum, row) => sum.plus(row.weightedBenefits), new Dec(0)))).toBe("404800.00");
    expect(pipeline.customerValue.flows.label).toMatch(/spread evenly.*our rule/);
    expect(pipeline.customerValue.flows.undated).toEqual([]);
  });

  it("places a case without a decision month at the portfolio's asOf month and spreads a quarter over its three months", () => {
    const result = aggregatePortfolio(portfolio, [charlie()]);
    expect(result.ranking[0]).toMatchObject({ id: "charlie", month: "2026-12", monthFrom: "asOf", stage: "none", tier: "untiered", sellerWeightedRevenue: null });
    expect(result.customerValue.flows.months.map((row) => [row.month, cents(row.weightedBenefits)])).toEqual([
      ["2026-12", "0.00"],
      ["2027-01", "1000.00"],
      ["2027-02", "1000.00"],
      ["2027-03", "1000.00"],
      ["2027-04", "1000.00"],
      ["2027-05", "1000.00"],
      ["2027-06", "1000.00"],
    ]);
    expect(result.customerValue.byFunnelStage.at(-1)).toMatchObject({ stage: "none", cases: 1 });
    expect(result.customerValue.byTier.at(-1)).toMatchObject({ tier: "untiered", cases: 1 });
    // Without asOf the case cannot be placed on the calendar: listed as undated, its NPV still counted.
    const undated = aggregatePortfolio(definePortfolio({ currency: "CNY" }), [charlie()]);
    expect(undated.customerValue.flows).toMatchObject({ months: [], undated: ["charlie"] });
    expect(undated.customerValue.byDecisionMonth.map((row) => row.month)).toEqual([null]);
    expect(undated.ranking[0]).toMatchObject({ month: null, monthFrom: null });
  });

  it("shows the seller's stage-weighted revenue beside the customers' value: 100,000 × 0.3 + 10,000 USD × 7.12 × 0.6", () => {
    const seller = pipeline.sellerRevenue;
    expect(seller.measure).toBe("sellerStageWeightedRevenue");
    expect(seller.label).toMatch(/not the customers' value/);
    expect([seller.total.deals, cents(seller.total.sellerExpectedRevenue), cents(seller.total.sellerWeightedRevenue)]).toEqual([2, "171200.00", "72720.00"]);
    expect(seller.byExpectedMonth.map((row) => [row.month, row.deals, cents(row.sellerWeightedRevenue)])).toEqual([
      ["2027-01", 1, "30000.00"],
      ["2027-03", 1, "42720.00"],
    ]);
    expect(seller.byStage.map((row) => [row.stage, row.rate.toString(), cents(row.sellerWeightedRevenue)])).toEqual([
      ["P", "0.1", "0.00"],
      ["I", "0.3", "30000.00"],
      ["B", "0.6", "42720.00"],
      ["won", "1", "0.00"],
      ["lost", "0", "0.00"],
    ]);
    expect(pipeline.ranking.map((row) => cents(row.sellerWeightedRevenue!))).toEqual(["42720.00", "30000.00"]);
  });

  it("leaves the seller's revenue unchanged by the customer's probabilities, and the customers' value by the stage rates", () => {
    const surer = aggregatePortfolio(portfolio, [alpha("0.9"), bravo()]);
    // Alpha at 0.9: −100,000 + 108,000/1.1 + 108,000/1.21 = 87,438.02.
    expect(cents(surer.customerValue.weightedNpv)).toBe(cents(pipeline.customerValue.weightedNpv.minus("4132.231404958677685950413223140495867769").plus("87438.016528925619834710743801652892562")));
    expect(surer.sellerRevenue).toEqual(pipeline.sellerRevenue);
    const rates = aggregatePortfolio(definePortfolio({ ...portfolioInput, stageRates: { I: "0.5", B: "0.9" } }), [alpha(), bravo()]);
    expect(cents(rates.sellerRevenue.total.sellerWeightedRevenue)).toBe("114080.00"); // 50,000 + 71,200 × 0.9
    expect(rates.customerValue).toEqual(pipeline.customerValue);
  });
});

/** Every order of a list (Heap's algorithm). */
function permutations<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  const a = [...items];
  const c = a.map(() => 0);
  out.push([...a]);
  let i = 1;
  while (i < a.length) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [a[j], a[i]] = [a[i]!, a[j]!];
      out.push([...a]);
      c[i]! += 1;
      i = 1;
    } else {
      c[i] = 0;
      i += 1;
    }
  }
  return out;
}

describe("the bundled examples", () => {
  const summaries = exampleNames.map(exampleSummary);
  const everyRate = definePortfolio({
    currency: "CNY",
    asOf: "2026-12-06",
    rates: { USD: { rate: "7.12", source: "test reference rate", asOf: "2026-12-01" }, EUR: { rate: "7.71", source: "test reference rate", asOf: "2026-12-01" } },
    tiers: { "distributor.valuecase.json": "muchBusiness", "logistics.valuecase.json": "someBusiness" },
  });

  it("summarises each one with the evaluation's own figures, in a few KB", () => {
    for (const name of exampleNames) {
      const file = `${name}.valuecase.json`;
      const { document } = parseValueDocument(readFileSync(`examples/${file}`, "utf8"), { fileName: file, readMember });
      const evaluation = evaluateDocument(document).evaluation!;
      const summary = summaries[exampleNames.indexOf(name)]!;
      expect(summary.customer).toBe(document.frame!.customer.name);
      expect(summary.weightedNpv).toBe(evaluation.weighted.npv.toString());
      expect(summary.weightedBenefits).toEqual(evaluation.periods.map((row) => row.weighted.benefits.toString()));
      expect(JSON.stringify(summary).length).toBeLessThan(4000);
    }
    expect(summaries[0]!.weightedNpv.slice(0, 11)).toBe("21120118.88");
  });

  it("totals the four converted at their rates, equal to the ranking's sum and the solutions' sum", () => {
    const result = aggregatePortfolio(everyRate, summaries);
    const rate = { CNY: "1", USD: "7.12", EUR: "7.71" } as Record<string, string>;
    const byHand = summaries.reduce((sum, s) => sum.plus(new Dec(s.weightedNpv).times(rate[s.currency]!)), new Dec(0));
    expect(cents(result.customerValue.weightedNpv)).toBe(cents(byHand));
    expect(cents(result.ranking.reduce((sum, row) => sum.plus(row.weightedNpv), new Dec(0)))).toBe(cents(byHand));
    expect(cents(result.customerValue.bySolution.reduce((sum, row) => sum.plus(row.weightedPresentValue), new Dec(0)))).toBe(cents(byHand));
    expect(result.ratesUsed.map((r) => [r.currency, r.cases])).toEqual([["EUR", 1], ["USD", 1]]);
    expect(result.customerValue.byTier.map((row) => row.cases)).toEqual([1, 1, 0, 2]);
  });

  it("gives the same result, row for row, for every order of adding six cases", () => {
    const all = [...summaries, alpha(), bravo()];
    const rates = definePortfolio({ ...portfolioInput, rates: { ...portfolioInput.rates, EUR: { rate: "7.71", source: "test reference rate", asOf: "2026-12-01" } } });
    const expected = JSON.stringify(aggregatePortfolio(rates, all));
    const orders = permutations(all);
    expect(orders).toHaveLength(720);
    for (const order of orders) expect(JSON.stringify(aggregatePortfolio(rates, order))).toBe(expected);
  });
});

describe("failures", () => {
  const broken = readFileSync("examples/broken/syntax.valuecase.yaml", "utf8");

  it("lists documents that failed, located, without stopping the others, sorted by id", () => {
    const parsed = safeParseValueDocument(broken, { fileName: "broken/syntax.valuecase.yaml", readMember });
    expect(parsed.success).toBe(false);
    const syntax = caseFailure(!parsed.success && parsed.error, { id: "syntax", file: "broken/syntax.valuecase.yaml" });
    expect(syntax.code).toBe("DOCUMENT_INVALID");
    expect(syntax.issues[0]).toMatchObject({ file: "broken/syntax.valuecase.yaml", line: expect.any(Number), column: expect.any(Number) });

    // A document without a case cannot be summarised: a typed failure, at ["case"].
    const frameOnly = evaluateDocument(defineValueDocument({ frame: JSON.parse(readFileSync("examples/distributor.frame.json", "utf8")) }));
    let thrown: unknown;
    try {
      summariseCase(frameOnly, { id: "frame-only" });
    } catch (error) {
      thrown = error;
    }
    const noCase = caseFailure(thrown, { id: "frame-only", file: "frame-only.valuecase.json" });
    expect(noCase).toMatchObject({ kind: "failure", code: "PORTFOLIO_NO_CASE", issues: [{ path: ["case"], code: "no_case" }] });

    // A link to a solution the frame lacks: located by the parser in the document's own file.
    const danglingParse = safeParseValueDocument(readFileSync("examples/broken/dangling-link.valuecase.yaml", "utf8"), { fileName: "broken/dangling-link.valuecase.yaml", readMember: (path) => readMember(path.replace(/^\.\.\//, "")) });
    const dangling = caseFailure(!danglingParse.success && danglingParse.error, { id: "dangling", file: "broken/dangling-link.valuecase.yaml" });
    expect(dangling.issues).toEqual([expect.objectContaining({ path: ["case", "lines", 0, "serves", 0, "id"], code: "dangling_link", file: "broken/dangling-link.valuecase.yaml", line: 23, column: 15 })]);

    // A case valid in shape whose evaluation fails (a division by zero): located through the parser's locator.
    const parsed0 = parseValueDocument(readFileSync("examples/broken/not-finite.case.yaml", "utf8"), { fileName: "broken/not-finite.case.yaml" });
    let evaluationError: unknown;
    try {
      evaluateDocument(parsed0.document);
    } catch (error) {
      evaluationError = error;
    }
    const link = caseFailure(evaluationError, { id: "not-finite", file: "broken/not-finite.case.yaml", locate: parsed0.locate });
    expect(link.code).toBe("DOCUMENT_EVALUATION_FAILED");
    expect(link.issues[0]).toMatchObject({ path: ["case", "lines", 0, "amount"], file: "broken/not-finite.case.yaml", line: expect.any(Number), column: expect.any(Number) });

    // Not a valueframe error: kept with its message.
    const fault = caseFailure(new TypeError("worker crashed"), { id: "fault" });
    expect(fault).toEqual({ kind: "failure", id: "fault", file: null, code: "PORTFOLIO_CASE_FAILED", message: "worker crashed", issues: [] });

    const result = aggregatePortfolio(portfolio, [syntax, bravo(), noCase, fault, dangling, alpha(), link]);
    expect(result.counts).toEqual({ cases: 2, failures: 5 });
    expect(result.failures.map((failure) => failure.id)).toEqual(["dangling", "fault", "frame-only", "not-finite", "syntax"]);
    expect(result.customerValue).toEqual(pipeline.customerValue);
    expect(result.ranking).toEqual(pipeline.ranking);
  });
});

describe("exchange rates", () => {
  it("lists every currency without a stated rate and every case in it, in one error after all were added", () => {
    const eurCase = summariseCase(
      evaluateDocument(documentOf({ customer: "Delta GmbH", currency: "EUR", horizon: 1, goals: [], solutions: ["sol-d"], lines: [{ id: "gain", kind: "benefit", amount: "1000", recurrence: "once", start: 1, serves: [{ kind: "solution", id: "sol-d" }] }] })),
      { id: "delta" },
    );
    // A CNY case whose deal the seller books in USD needs the USD rate too.
    const cnyInUsd = summariseCase(
      evaluateDocument(
        documentOf({ customer: "Echo", currency: "CNY", horizon: 1, goals: [], solutions: ["sol-e"], lines: [{ id: "gain", kind: "benefit", amount: "1000", recurrence: "once", start: 1, serves: [{ kind: "solution", id: "sol-e" }] }], funnel: { stage: "P", expectedMonth: "2027-02", expectedInvestment: "500", currency: "USD" } }),
      ),
      { id: "echo" },
    );
    const aggregator = createAggregator(definePortfolio({ currency: "CNY" }));
    for (const item of [bravo(), eurCase, alpha(), cnyInUsd]) aggregator.add(item);
    let thrown: unknown;
    try {
      aggregator.result();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PortfolioRateError);
    const error = thrown as PortfolioRateError;
    expect(error.code).toBe("PORTFOLIO_UNKNOWN_RATE");
    expect(error.missing).toEqual([
      { currency: "EUR", cases: ["delta"] },
      { currency: "USD", cases: ["bravo", "echo"] },
    ]);
    expect(error.issues.map((issue) => issue.path)).toEqual([["rates", "EUR"], ["rates", "USD"]]);
    expect(error.issues[1]!.message).toBe("no rate from USD to CNY is stated; 2 cases in USD: bravo, echo");
  });

  it("converts the reporting currency as it is and another at rate × amount", () => {
    const usd = aggregatePortfolio(definePortfolio({ currency: "USD", rates: { CNY: { rate: "0.14", source: "test", asOf: "2026-12-01" } } }), [alpha(), bravo()]);
    expect(usd.ranking.map((row) => [row.id, row.weightedNpv.toString()])).toEqual([
      ["bravo", "26363.63636363636363636363636363636363636"],
      ["alpha", "578.51239669421487603305785123966942148766"],
    ]);
  });
});

describe("what add accepts", () => {
  it("refuses what is not a summary or a failure, with every problem's path, and an id added twice", () => {
    const aggregator = createAggregator(portfolio);
    const bad = { ...alpha(), weightedNpv: "12,5", weightedCosts: ["1"], currency: "cny" };
    let thrown: unknown;
    try {
      aggregator.add(bad as CaseSummary);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PortfolioArgumentError);
    expect((thrown as PortfolioArgumentError).issues.map((issue) => issue.path.join("."))).toEqual(["currency", "weightedNpv", "weightedCosts"]);
    expect(() => aggregator.add({ kind: "nothing" } as unknown as CaseFailure)).toThrow(PortfolioArgumentError);
    aggregator.add(alpha());
    expect(() => aggregator.add(alpha())).toThrow(/already added/);
    expect(aggregator.result().counts.cases).toBe(1);
  });
});

describe("plain data", () => {
  it("summaries and failures survive JSON and structuredClone unchanged, and aggregate alike", () => {
    const items = [alpha(), bravo(), caseFailure(new TypeError("boom"), { id: "fault", file: "fault.valuecase.json" })];
    for (const item of items) {
      expect(JSON.parse(JSON.stringify(item))).toStrictEqual(structuredClone(item));
      expect(structuredClone(item)).toEqual(item);
    }
    const viaJson = aggregatePortfolio(portfolio, items.map((item) => JSON.parse(JSON.stringify(item)) as CaseSummary | CaseFailure));
    expect(JSON.stringify(viaJson)).toBe(JSON.stringify(aggregatePortfolio(portfolio, items)));
  });

  it("mutates nothing it is given and returns frozen data", () => {
    const summary = JSON.parse(JSON.stringify(bravo())) as CaseSummary;
    const before = JSON.stringify(summary);
    const aggregator = createAggregator(portfolio);
    aggregator.add(summary);
    const result: PortfolioPipeline = aggregator.result();
    expect(JSON.stringify(summary)).toBe(before);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.ranking[0])).toBe(true);
    expect(Object.isFrozen(alpha().weightedBenefits)).toBe(true);
    // A result is a snapshot: adding more changes the next result, not this one.
    aggregator.add(alpha());
    expect(result.counts.cases).toBe(1);
    expect(aggregator.result().counts.cases).toBe(2);
  });
});

/**
 * The seller's funnel, hand-computed: the weighted pipeline to the cent by expected month, by stage and
 * in total, with our default stage rates, rates replaced per call and per deal; a funnel mixing
 * currencies; the suggested funnel stage of a purchase stage; bad input listed in one run.
 */
import { describe, expect, it } from "vitest";
import { QualifyArgumentError, QualifyValidationError } from "../../src/qualify/errors.js";
import { DEFAULT_STAGE_RATES, defineFunnel, funnelStages, safeDefineFunnel, suggestedFunnelStage, weightedPipeline } from "../../src/qualify/funnel.js";

const entries = [
  { id: "d1", customer: "Hengda Foods", contact: "Li Wei", document: "customers/hengda.yaml", stage: "I", expectedMonth: "2026-11", expectedInvestment: "1200000", currency: "CNY" },
  { id: "d2", customer: "Ruifeng Logistics", stage: "B", expectedMonth: "2026-11", expectedInvestment: "450000.50", currency: "CNY" },
  { id: "d3", customer: "Jinlong Steel", stage: "P", expectedMonth: "2026-12", expectedInvestment: "88888.88", currency: "CNY" },
  { id: "d4", customer: "Xinda Pharma", stage: "won", expectedMonth: "2026-10", expectedInvestment: 300000, currency: "CNY" },
  { id: "d5", customer: "Baihe Textiles", stage: "lost", expectedMonth: "2026-12", expectedInvestment: "500000", currency: "CNY" },
  { id: "d6", customer: "Tianyu Retail", stage: "I", expectedMonth: "2026-12", expectedInvestment: "210000.10", currency: "CNY", rate: "0.45" },
];

describe("weightedPipeline", () => {
  const funnel = defineFunnel({ seller: "East region", entries });
  const pipeline = weightedPipeline(funnel);

  it("has our default stage rates, in the order of the stages", () => {
    expect(funnelStages).toEqual(["P", "I", "B", "won", "lost"]);
    expect(funnelStages.map((s) => DEFAULT_STAGE_RATES[s].toString())).toEqual(["0.1", "0.3", "0.6", "1", "0"]);
  });

  it("sums expected investment × stage rate by expected month, exactly", () => {
    // 2026-10: 300 000 × 1 = 300 000.
    // 2026-11: 1 200 000 × 0.3 + 450 000.50 × 0.6 = 360 000 + 270 000.30 = 630 000.30.
    // 2026-12: 88 888.88 × 0.1 + 500 000 × 0 + 210 000.10 × 0.45 (the deal's own rate) = 8 888.888 + 0 + 94 500.045 = 103 388.933.
    expect(pipeline.measure).toBe("sellerStageWeightedRevenue");
    expect(pipeline.currency).toBe("CNY");
    expect(pipeline.byMonth.map((m) => [m.month, m.deals, m.sellerExpectedRevenue.toString(), m.sellerWeightedRevenue.toString(), m.sellerWeightedRevenue.toFixed(2)])).toEqual([
      ["2026-10", 1, "300000", "300000", "300000.00"],
      ["2026-11", 2, "1650000.5", "630000.3", "630000.30"],
      ["2026-12", 3, "798888.98", "103388.933", "103388.93"],
    ]);
    expect(pipeline.total.sellerWeightedRevenue.toString()).toBe("1033389.233");
    expect(pipeline.total.sellerExpectedRevenue.toString()).toBe("2748889.48");
    expect(pipeline.entries.find((e) => e.id === "d6")).toMatchObject({ rateFrom: "entry" });
    expect(pipeline.entries.find((e) => e.id === "d6")!.sellerWeightedRevenue.toString()).toBe("94500.045");
  });

  it("sums by stage, every stage listed", () => {
    expect(pipeline.byStage.map((s) => [s.stage, s.rate.toString(), s.deals, s.sellerWeightedRevenue.toString()])).toEqual([
      ["P", "0.1", 1, "8888.888"],
      ["I", "0.3", 2, "454500.045"],
      ["B", "0.6", 1, "270000.3"],
      ["won", "1", 1, "300000"],
      ["lost", "0", 1, "0"],
    ]);
  });

  it("takes rates from the call, then the funnel, then our defaults", () => {
    // P at 0.2: 88 888.88 × 0.2 = 17 777.776, 8 888.888 more than at 0.1.
    expect(weightedPipeline(funnel, { rates: { P: "0.2" } }).total.sellerWeightedRevenue.toString()).toBe("1042278.121");
    const own = defineFunnel({ rates: { B: "0.5" }, entries });
    // B at 0.5: 450 000.50 × 0.5 = 225 000.25, 45 000.05 less.
    expect(weightedPipeline(own).byMonth[1]!.sellerWeightedRevenue.toString()).toBe("585000.25");
    expect(weightedPipeline(own, { rates: { B: "0.6" } }).byMonth[1]!.sellerWeightedRevenue.toString()).toBe("630000.3");
  });

  it("refuses to sum mixed currencies unless one is named, and converts nothing", () => {
    const mixed = defineFunnel({ entries: [...entries, { id: "d7", customer: "Nordlicht GmbH", stage: "B", expectedMonth: "2026-11", expectedInvestment: "100000", currency: "EUR" }] });
    let caught: unknown;
    try {
      weightedPipeline(mixed);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QualifyArgumentError);
    expect((caught as QualifyArgumentError).issues[0]).toMatchObject({ path: ["currency"], code: "mixed_currencies" });
    expect((caught as QualifyArgumentError).issues[0]!.message).toContain("CNY, EUR");
    const cny = weightedPipeline(mixed, { currency: "CNY" });
    expect(cny.total.sellerWeightedRevenue.toString()).toBe("1033389.233");
    expect(cny.otherCurrencies).toEqual([{ currency: "EUR", entries: ["d7"] }]);
    expect(weightedPipeline(mixed, { currency: "EUR" }).total.sellerWeightedRevenue.toString()).toBe("60000");
  });

  it("returns frozen data and leaves the input as it was", () => {
    expect(Object.isFrozen(pipeline)).toBe(true);
    expect(Object.isFrozen(pipeline.byMonth[0])).toBe(true);
    expect(Object.isFrozen(funnel.entries[0])).toBe(true);
    expect(entries[0]!.expectedInvestment).toBe("1200000");
    expect(weightedPipeline(defineFunnel({ entries: [] })).total.sellerWeightedRevenue.toString()).toBe("0");
  });
});

describe("suggestedFunnelStage", () => {
  it("maps purchase stages 1–6 to P, 7–8 to I, 9–10 to B (ours)", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(suggestedFunnelStage).join("")).toBe("PPPPPPIIBB");
    expect(() => suggestedFunnelStage(11)).toThrow(QualifyArgumentError);
    expect(() => suggestedFunnelStage(2.5)).toThrow(QualifyArgumentError);
  });
});

describe("bad input", () => {
  it("lists every problem in one run: a stage rate above 1, a bad month, a duplicate id, a negative investment, a rate below 0, an unknown stage", () => {
    const result = safeDefineFunnel({
      rates: { B: "1.2" },
      entries: [
        { id: "d1", customer: "A", stage: "I", expectedMonth: "2026-13", expectedInvestment: 1, currency: "CNY" },
        { id: "d1", customer: "B", stage: "B", expectedMonth: "2026-11", expectedInvestment: -5, currency: "CNY" },
        { id: "d3", customer: "C", stage: "X", expectedMonth: "2026-11", expectedInvestment: 1, currency: "cny", rate: "-0.1" },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(QualifyValidationError);
    expect(result.error.code).toBe("QUALIFY_INVALID");
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["rates.B", "out_of_range"],
      ["entries.0.expectedMonth", "invalid_format"],
      ["entries.1.id", "duplicate_id"],
      ["entries.1.expectedInvestment", "out_of_range"],
      ["entries.2.stage", "invalid_value"],
      ["entries.2.currency", "invalid_format"],
      ["entries.2.rate", "out_of_range"],
    ]);
    expect(() => defineFunnel({ entries: [] , extra: 1 })).toThrow(QualifyValidationError);
  });

  it("refuses a call's rate off 0 … 1 or for an unknown stage, every problem listed", () => {
    const funnel = defineFunnel({ entries });
    let caught: unknown;
    try {
      weightedPipeline(funnel, { rates: { I: 2, Q: "0.5" } as never });
    } catch (error) {
      caught = error;
    }
    expect((caught as QualifyArgumentError).issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["rates.I", "out_of_range"],
      ["rates.Q", "unknown_reference"],
    ]);
  });
});

/**
 * The territory, hand-computed: the funnel of its own deals and each document's funnel entry, the
 * seller's weighted pipeline to the cent in the territory's currency (another currency listed, not
 * converted), each opportunity in one row, the documents without a qualification, the top accounts and
 * the tiers; bad input listed in one run with paths.
 */
import { describe, expect, it } from "vitest";
import { defaultAssessmentQuestions } from "../../src/qualify/assessment.js";
import { defineAccountPlan } from "../../src/qualify/accounts.js";
import { defineQualification } from "../../src/qualify/defineQualification.js";
import { QualifyArgumentError } from "../../src/qualify/errors.js";
import { defineTerritory, reviewTerritory, safeDefineTerritory } from "../../src/qualify/territory.js";

const plan = [{ who: "Zhang Min", how: "site visit with our plant manager", when: "2027-Q1", why: "their yield issue", forWhat: "a pilot order" }];
const account = (id: string, name: string, totalCapacity: string, currentBusiness: string, extra: object = {}) => ({ id, name, currentBusiness, market: { totalCapacity, notServed: "0" }, plan, ...extra });

const territoryInput = {
  seller: "East team",
  currency: "CNY",
  documents: ["distributor.valuecase.json", "logistics.valuecase.json", "livestock.valuecase.json"],
  deals: [
    { id: "d-hengda", customer: "Hengda Foods", stage: "I", expectedMonth: "2027-02", expectedInvestment: "1200000", currency: "CNY" },
    { id: "d-acme", customer: "Acme Feed", stage: "P", expectedMonth: "2027-03", expectedInvestment: "500000", currency: "USD" },
  ],
  accounts: [
    { id: "a1", name: "Huatong", annualRevenue: "900000", margin: "0.10", potential: "2000000", confidence: "0.8", currency: "CNY" },
    { id: "a2", name: "Hengda Foods", annualRevenue: "100000", margin: "0.40", potential: "500000", confidence: "0.9", currency: "CNY" },
    { id: "a3", name: "Baihe", annualRevenue: "200000", margin: "0.05", potential: "100000", currency: "CNY" },
  ],
  tiers: {
    muchBusiness: [account("t1", "Huatong", "5000000", "900000", { document: "distributor.valuecase.json", keyPeople: [{ name: "Chen Jie", involvement: 5, coach: true }], review: [{ month: "2027-01", expected: "80000", actual: "65000.50" }] })],
    noBusiness: [account("t2", "Hengda Foods", "1200000", "0", { review: [{ month: "2027-01", expected: "10000" }] })],
  },
};

const qualification = defineQualification({
  assessment: { answers: defaultAssessmentQuestions.map((q) => ({ question: q.id, score: 3, evidence: "account review" })) },
  criteria: {
    criteria: [{ id: "fit", name: "Process fit", weight: 40 }, { id: "price", name: "Price", weight: 60 }],
    suppliers: [{ id: "us", name: "Us", us: true, scores: { fit: 5, price: 2 } }, { id: "erp", name: "Global ERP", scores: { fit: 3, price: 4 } }],
  },
  valueMatrix: { bigGain: "1000000", impact: { followOn: 5, brand: 4, morale: 4 } },
  opening: { turf: "neutral", leader: "rival" },
  fiveWTwoP: { why: { answer: "DSO of 62 days", evidence: "CFO, 2026-11-03" } },
  funnel: { stage: "B", expectedMonth: "2027-02", expectedInvestment: "450000.50", currency: "CNY", contact: "Chen Jie" },
});

describe("reviewTerritory", () => {
  const territory = defineTerritory(territoryInput);
  const review = reviewTerritory(territory, {
    opportunities: [
      { document: "distributor.valuecase.json", customer: "Huatong", qualification, account: defineAccountPlan({ account: "Huatong", answers: { budget: { answer: "CNY 2m in the 2027 plan", evidence: "CFO" } } }) },
      { document: "logistics.valuecase.json", customer: "Lianyun Logistics" },
    ],
  });

  it("funnels the territory's deals and each document's entry, and weighs them in its currency to the cent", () => {
    expect(review.funnel.entries.map((e) => [e.id, e.stage, e.expectedInvestment.toString()])).toEqual([
      ["d-hengda", "I", "1200000"],
      ["d-acme", "P", "500000"],
      ["distributor.valuecase.json", "B", "450000.5"],
    ]);
    // 2027-02: 1,200,000 × 0.3 + 450,000.50 × 0.6 = 360,000 + 270,000.30; the USD deal is listed, not converted.
    expect(review.pipeline.measure).toBe("sellerStageWeightedRevenue");
    expect(review.pipeline.byMonth.map((m) => [m.month, m.sellerWeightedRevenue.toFixed(2)])).toEqual([["2027-02", "630000.30"]]);
    expect(review.pipeline.otherCurrencies).toEqual([{ currency: "USD", entries: ["d-acme"] }]);
  });

  it("puts each opportunity in one row, in the territory's order, and lists those without a qualification", () => {
    const [distributor, logistics] = review.opportunities;
    expect(distributor).toMatchObject({ document: "distributor.valuecase.json", customer: "Huatong", stage: "B", category: 2, openingGroup: "abnormal", unanswered: 6, asked: 7, painVisionPower: undefined });
    // 450,000.50 is below the big-gain 1,000,000 with high impact: category 2; 5W + 2P has seven questions, one answered.
    expect([distributor?.assessment?.overall?.toString(), distributor?.assessment?.decision]).toEqual(["0.75", "go"]);
    // Us (40×5 + 60×2)/100 = 3.2 against Global ERP 3.6: second of two.
    expect(distributor?.rank).toEqual({ us: 2, of: 2, leader: "Global ERP" });
    expect(distributor?.accountPlan?.toFixed(4)).toBe("0.0278"); // 1 of the 36 items
    expect(logistics).toMatchObject({ document: "logistics.valuecase.json", stage: undefined, assessment: undefined, rank: undefined });
    expect(review.unqualified).toEqual(["logistics.valuecase.json", "livestock.valuecase.json"]);
  });

  it("ranks the top accounts and reviews the tiers", () => {
    expect([review.topAccounts?.top, review.topAccounts?.targets]).toEqual([["a1", "a2"], ["a1", "a2"]]);
    expect(review.tiers?.byTier.map((t) => [t.tier, t.accounts, t.headroom.toString()])).toEqual([
      ["muchBusiness", 1, "4100000"],
      ["someBusiness", 0, "0"],
      ["noBusiness", 1, "1200000"],
    ]);
    // 2027-01: expected 90,000; only Huatong reported: 65,000.50 − 80,000.
    expect(review.tiers?.months.map((m) => [m.month, m.expected.toString(), m.variance?.toString(), m.pending])).toEqual([["2027-01", "90000", "-14999.5", 1]]);
  });

  it("refuses an opportunity the territory does not name, or one given twice", () => {
    expect(() => reviewTerritory(territory, { opportunities: [{ document: "distributer.valuecase.json", customer: "x" }] })).toThrow(/did you mean "distributor.valuecase.json"/);
    expect(() => reviewTerritory(territory, { opportunities: [{ document: "logistics.valuecase.json", customer: "x" }, { document: "logistics.valuecase.json", customer: "x" }] })).toThrow(QualifyArgumentError);
  });
});

describe("defineTerritory", () => {
  it("lists every problem in one run with its path: a rate above 1, a bad month, mixed account currencies, a tier of six, a negative capacity, an unknown document, a document twice", () => {
    const six = Array.from({ length: 6 }, (_, i) => account(`s${i}`, `S${i}`, "100", "0"));
    const result = safeDefineTerritory({
      ...territoryInput,
      rates: { B: "1.2" },
      documents: [...territoryInput.documents, "logistics.valuecase.json"],
      deals: [{ ...territoryInput.deals[0], expectedMonth: "2027-13" }],
      accounts: [territoryInput.accounts[0], { ...territoryInput.accounts[1], currency: "USD" }],
      tiers: { muchBusiness: six, noBusiness: [account("t2", "Hengda", "-5", "0", { document: "hengda.valuecase.json" })] },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    // In the input's key order: rates was written last.
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["documents.3", "duplicate_id"],
      ["deals.0.expectedMonth", "invalid_format"],
      ["accounts.1.currency", "mixed_currencies"],
      ["tiers.muchBusiness", "too_many"],
      ["tiers.noBusiness.0.market.totalCapacity", "out_of_range"],
      ["rates.B", "out_of_range"],
    ]);
    // The unknown document is checked once the tiers parse.
    const unknownDocument = safeDefineTerritory({ ...territoryInput, tiers: { noBusiness: [account("t2", "Hengda", "5", "0", { document: "hengda.valuecase.json" })] } });
    expect(!unknownDocument.success && unknownDocument.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["tiers.noBusiness.0.document", "unknown_reference"]]);
  });

  it("needs a currency for the tiers, and warns of an account without a coach", () => {
    const noCurrency = safeDefineTerritory({ tiers: territoryInput.tiers });
    expect(!noCurrency.success && noCurrency.error.issues.map((i) => i.path.join("."))).toEqual(["currency", "tiers.muchBusiness.0.document"]);
    const ok = safeDefineTerritory(territoryInput);
    expect(ok.success && ok.warnings.map((w) => [w.path.join("."), w.code])).toEqual([["tiers.noBusiness.0.keyPeople", "no_coach"]]);
  });

  it("does not mutate its input", () => {
    const input = structuredClone(territoryInput);
    defineTerritory(input);
    expect(input).toEqual(territoryInput);
  });
});

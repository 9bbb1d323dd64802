/**
 * A small territory reviewed, every figure checked by hand in tests/render/territory.test.ts: five CNY
 * deals and one in USD, one document with a qualification and an account plan, one without, three
 * ranked accounts and two tier accounts with a monthly review.
 */
import { defaultAssessmentQuestions } from "../../src/qualify/assessment.js";
import { defineAccountPlan } from "../../src/qualify/accounts.js";
import { defineQualification } from "../../src/qualify/defineQualification.js";
import { defineTerritory, reviewTerritory } from "../../src/qualify/territory.js";

const plan = [{ who: "Zhang Min", how: "site visit with our plant manager", when: "2027-Q1", why: "their yield issue", forWhat: "a pilot order" }];

export const territoryInput = {
  seller: "East team",
  currency: "CNY",
  documents: ["distributor.valuecase.json", "logistics.valuecase.json"],
  deals: [
    { id: "d-hengda", customer: "Hengda Foods", contact: "Li Wei", stage: "I", expectedMonth: "2027-02", expectedInvestment: "1200000", currency: "CNY" },
    { id: "d-ruifeng", customer: "Ruifeng", stage: "B", expectedMonth: "2027-02", expectedInvestment: "450000.50", currency: "CNY" },
    { id: "d-baihe", customer: "Baihe Textiles", stage: "P", expectedMonth: "2027-03", expectedInvestment: "333333.33", currency: "CNY", rate: "0.15" },
    { id: "d-acme", customer: "Acme Feed", stage: "P", expectedMonth: "2027-03", expectedInvestment: "500000", currency: "USD" },
    { id: "d-jinlong", customer: "Jinlong Steel", stage: "won", expectedMonth: "2027-01", expectedInvestment: "800000", currency: "CNY" },
    { id: "d-xinda", customer: "Xinda", stage: "lost", expectedMonth: "2027-01", expectedInvestment: "100000", currency: "CNY" },
  ],
  accounts: [
    { id: "a1", name: "Huatong", annualRevenue: "900000", margin: "0.10", potential: "2000000", confidence: "0.8", currency: "CNY" },
    { id: "a2", name: "Hengda Foods", annualRevenue: "100000", margin: "0.40", potential: "500000", confidence: "0.9", currency: "CNY" },
    { id: "a3", name: "Baihe Textiles", annualRevenue: "200000", margin: "0.05", potential: "100000", currency: "CNY" },
  ],
  tiers: {
    muchBusiness: [
      {
        id: "t1",
        name: "Huatong",
        document: "distributor.valuecase.json",
        currentBusiness: "900000",
        market: { totalCapacity: "5000000", notServed: "1000000" },
        keyPeople: [{ name: "Chen Jie", involvement: 5, coach: true }],
        plan,
        review: [
          { month: "2027-01", expected: "80000", actual: "65000.50" },
          { month: "2027-02", expected: "90000" },
        ],
      },
    ],
    noBusiness: [{ id: "t2", name: "Hengda Foods", currentBusiness: "0", market: { totalCapacity: "1200000", notServed: "200000" }, plan, review: [{ month: "2027-01", expected: "10000", actual: "12000" }] }],
  },
};

export const qualification = defineQualification({
  assessment: { answers: defaultAssessmentQuestions.map((q) => ({ question: q.id, score: 3, evidence: "account review" })) },
  criteria: {
    criteria: [
      { id: "fit", name: "Process fit", weight: 40 },
      { id: "price", name: "Price", weight: 60 },
    ],
    suppliers: [
      { id: "us", name: "Us", us: true, scores: { fit: 5, price: 2 } },
      { id: "erp", name: "Global ERP", scores: { fit: 3, price: 4 } },
    ],
  },
  valueMatrix: { bigGain: "1000000", impact: { followOn: 5, brand: 4, morale: 4 } },
  opening: { turf: "neutral", leader: "rival" },
  fiveWTwoP: { why: { answer: "DSO of 62 days", evidence: "CFO, 2026-11-03" } },
  funnel: { stage: "I", expectedMonth: "2027-03", expectedInvestment: "2000000", currency: "CNY", contact: "Chen Jie" },
});

export const account = defineAccountPlan({ account: "Huatong", answers: { budget: { answer: "CNY 2m in the 2027 plan", evidence: "CFO" } } });

export const territory = defineTerritory(territoryInput);

export const review = reviewTerritory(territory, {
  opportunities: [
    { document: "distributor.valuecase.json", customer: "Huatong", qualification, account },
    { document: "logistics.valuecase.json", customer: "Jiayun Contract Logistics" },
  ],
});

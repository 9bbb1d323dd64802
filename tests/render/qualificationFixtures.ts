/**
 * A hand-built qualification of the distributor's deal (examples/distributor.*) and its account plan,
 * every figure checkable by hand:
 *
 * - Purchase criteria, weights 40 / 35 / 25 (shares 40 %, 35 %, 25 %), scores 1–5:
 *   Lianyun (us) 5 / 2 / 4 → (200 + 70 + 100) ÷ 100 = 3.7, rank 2;
 *   Global ERP 3 / 5 / 4 → (120 + 175 + 100) ÷ 100 = 3.95, rank 1;
 *   Local Finance 2 / 4 / 5 → (80 + 140 + 125) ÷ 100 = 3.45, rank 3.
 *   We lead process fit by +2 (against Global ERP), trail price by −3 (Global ERP) and local service by
 *   −1 (Local Finance). Break-even against Global ERP: process fit raised above 105 ÷ 2 = 52.5, or price
 *   lowered below 80 ÷ 3 = 26.67, and we overtake them; local service scores alike, no break-even.
 *   Li Wei's own weights (60 / 20 / 20) rank us first (4.2); Chen Gang's (20 / 50 / 30) rank us third
 *   (3.2, behind 4.3 and 3.9). Price names no need: the standard is not relevant. Moves: Li Wei argues
 *   for process fit, steal the price standard, fish or bear's paw on fit and price, lower price below
 *   26.67.
 * - Assessment: opportunity 16 ÷ 20 = 0.8, compete 15 ÷ 20 = 0.75, win 8 ÷ 20 = 0.4, worth 10 ÷ 12 =
 *   0.83 (v4, v5 unanswered); overall 0.6958… = 0.7, weakest "win": qualify further.
 * - Value matrix: gain 1,720,000 CNY (the funnel's), big business from 1,000,000, impact (4 + 3 + 3) ÷ 3 =
 *   3.33 ≥ 3: category 1, commit the best team. Opening neutral / rival: abnormal, change the rules.
 * - Funnel stage I (30 %): the seller's stage-weighted revenue 1,720,000 × 0.3 = CN¥516,000.00.
 * - Account plan: 4 of 15 information items, 2 of 11 profile items, 2 of 10 rules: 8 of 36 = 22.22 %.
 */
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { defineAccountPlan } from "../../src/qualify/accounts.js";
import { defineQualification } from "../../src/qualify/defineQualification.js";
import { bvfGraph, frame } from "./fixtures.js";

export const qualificationCentre = defineBuyingCentre(
  {
    people: [
      { id: "p-cfo", name: "Li Wei", title: "Chief financial officer", category: "decisionMaking", roles: ["decisionMaker"], influence: 5, met: true },
      { id: "p-it", name: "Chen Gang", category: "decisionMaking", roles: ["evaluator"], influence: 4 },
    ],
  },
  { frame },
);

/** What the seller wrote that only the seller may read: evidence, answers, the rivals' names. */
export const qualificationSecrets = [
  "CFO Li Wei, workshop 2026-10-12",
  "Tender notice of 2026-11-20",
  "Chen Gang prefers the ERP suite",
  "DSO grew to 62 days",
  "Board approved 2 M CNY for 2027",
  "Global ERP",
  "Local Finance",
];

export const qualificationInput = {
  prospect: "opportunity",
  lead: { stage: "undecided", state: "competitive" },
  assessment: {
    answers: [
      ...[["o1", 4], ["o2", 3], ["o3", 3], ["o4", 4], ["o5", 2]].map(([question, score]) => ({ question, score, evidence: "CFO Li Wei, workshop 2026-10-12" })),
      ...[["c1", 3], ["c2", 2], ["c3", 4], ["c4", 3], ["c5", 3]].map(([question, score]) => ({ question, score, evidence: "Tender notice of 2026-11-20" })),
      ...[["w1", 1], ["w2", 3], ["w3", 1], ["w4", 1], ["w5", 2]].map(([question, score]) => ({ question, score, evidence: "Chen Gang prefers the ERP suite" })),
      ...[["v1", 4], ["v2", 3], ["v3", 3]].map(([question, score]) => ({ question, score, evidence: "Board approved 2 M CNY for 2027" })),
    ],
  },
  criteria: {
    criteria: [
      { id: "fit", name: "Process fit", weight: 40, kind: "soft", need: "cbi-dso", solution: "v-collection-workflow" },
      { id: "price", name: "Price", weight: 35, kind: "hard" },
      { id: "service", name: "Local service", weight: 25, kind: "soft", need: "g-key-accounts" },
    ],
    suppliers: [
      { id: "s-us", name: "Lianyun", us: true, scores: { fit: 5, price: 2, service: 4 } },
      { id: "s-erp", name: "Global ERP", competitor: "c-global-erp", scores: { fit: 3, price: 5, service: 4 } },
      { id: "s-local", name: "Local Finance", competitor: "c-local-finance", scores: { fit: 2, price: 4, service: 5 } },
    ],
    byPerson: [
      { person: "p-cfo", weights: { fit: 60, price: 20, service: 20 } },
      { person: "p-it", weights: { fit: 20, price: 50, service: 30 } },
    ],
  },
  valueMatrix: { bigGain: "1000000", impact: { followOn: 4, brand: 3, morale: 3 } },
  opening: { turf: "neutral", leader: "rival" },
  fiveWTwoP: {
    why: { answer: "DSO grew to 62 days", evidence: "CFO Li Wei, workshop 2026-10-12" },
    budget: { answer: "Board approved 2 M CNY for 2027", evidence: "Board minutes, 2026-11-02" },
    decisionMaker: { answer: "Li Wei signs; he wants it", evidence: "CFO Li Wei, workshop 2026-10-12" },
    competitors: { answer: "Global ERP and Local Finance", evidence: "Tender notice of 2026-11-20" },
  },
  painVisionPower: { pain: true, vision: false },
  funnel: { stage: "I", expectedMonth: "2027-02", expectedInvestment: "1720000", currency: "CNY", contact: "Li Wei" },
};

export const qualification = defineQualification(qualificationInput, { frame, bvf: bvfGraph, centre: qualificationCentre });

export const accountInput = {
  account: "Huatong Industrial Distribution",
  document: "distributor.valuecase.json",
  answers: {
    needsOrganisation: { answer: "Free cash to fund two new branches", evidence: "CFO Li Wei, 2026-10-12" },
    decisionChain: { answer: "Credit manager, IT, CFO signs", evidence: "Org chart from Wang Fang" },
    budget: { answer: "2 M CNY approved for 2027", evidence: "Board minutes, 2026-11-02" },
    competitors: { answer: "Global ERP suite vendor, local finance software", evidence: "Tender notice of 2026-11-20" },
    history: { answer: "Founded 1998, family-owned", evidence: "Company website" },
    creditStanding: { answer: "AA- with its house bank", evidence: "Credit report, 2026-09" },
  },
  rulesOfEngagement: {
    creditTerms: { answer: "90 days, no prepayment", evidence: "Purchasing policy, §4" },
    qualityPlans: { answer: "ISO 9001 certificate required", evidence: "Supplier handbook" },
  },
};

export const accountPlan = defineAccountPlan(accountInput);

/** The account plan's answers only the seller may read. */
export const accountSecrets = ["Free cash to fund two new branches", "Credit manager, IT, CFO signs", "90 days, no prepayment", "AA- with its house bank"];

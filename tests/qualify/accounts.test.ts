/**
 * The account side, hand-computed: the account plan's completeness and its open questions, the top
 * accounts by revenue, margin and potential with the target test, tiered selling 5 + 5 + 5 with the
 * target market potential and the monthly review's variance; bad input listed in one run.
 */
import { describe, expect, it } from "vitest";
import {
  accountPlanChecklist,
  accountPlanCompleteness,
  defineTiers,
  reviewTiers,
  safeDefineAccountPlan,
  safeDefineTiers,
  targetMarketPotential,
  topAccounts,
} from "../../src/qualify/accounts.js";
import { QualifyArgumentError, QualifyValidationError } from "../../src/qualify/errors.js";

const said = (answer: string) => ({ answer, evidence: "account review, 2026-11-20" });

describe("the account plan", () => {
  it("holds the information of 003, the profile of 002 and the rules of engagement, each id once", () => {
    const count = (section: string) => accountPlanChecklist.filter((i) => i.section === section).length;
    expect([count("information"), count("profile"), count("rulesOfEngagement")]).toEqual([15, 11, 10]);
    expect(new Set(accountPlanChecklist.map((i) => i.id)).size).toBe(36);
  });

  it("scores completeness as the share of items answered, and lists the open questions", () => {
    const plan = {
      account: "Hengda Foods",
      answers: {
        needsOrganisation: said("cut DSO below 45 days"),
        decisionChain: said("AP clerk → controller → CFO"),
        decisionCriteria: said("fit 40, price 60"),
        budget: said("1.5 M CNY in the 2027 plan"),
        competitors: said("Global ERP, Local finance"),
        size: said("3 200 staff, 4 plants"),
        history: said("founded 1998, family-owned"),
        creditStanding: said("AA, pays at 60 days"),
      },
      rulesOfEngagement: { creditTerms: said("60 days net") },
    };
    const c = accountPlanCompleteness(plan);
    // 9 of 36 = 0.25; information 6 of 15 = 0.4; profile 2 of 11; rules 1 of 10 = 0.1.
    expect([c.account, c.answered, c.total, c.share.toString()]).toEqual(["Hengda Foods", 9, 36, "0.25"]);
    expect(c.bySection.map((s) => [s.section, s.answered, s.total, s.share.toFixed(4)])).toEqual([
      ["information", 6, 15, "0.4000"],
      ["profile", 2, 11, "0.1818"],
      ["rulesOfEngagement", 1, 10, "0.1000"],
    ]);
    expect(c.open.length).toBe(27);
    expect(c.open.slice(0, 3).map((i) => i.id)).toEqual(["needsDepartments", "needsKeyPeople", "decisionProcedures"]);
    expect(c.open.some((i) => i.id === "creditTerms")).toBe(false);
    expect(Object.isFrozen(c.open)).toBe(true);
  });

  it("lists every bad answer in one run: an unknown id, a rule under answers, an answer without evidence", () => {
    const result = safeDefineAccountPlan({
      account: "Hengda Foods",
      answers: { budgte: said("yes"), inventory: said("two weeks"), decisionChain: { answer: "CFO", evidence: "" } },
      rulesOfEngagement: { carrier: said("SF Express") },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(QualifyValidationError);
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["answers.budgte", "unknown_reference"],
      ["answers.inventory", "unknown_reference"],
      ["answers.decisionChain.evidence", "too_small"],
      ["rulesOfEngagement.carrier", "unknown_reference"],
    ]);
    expect(result.error.issues[0]!.message).toContain('did you mean "budget"');
    expect(result.error.issues[1]!.message).toContain("put it under rulesOfEngagement");
    expect(result.error.issues[3]!.message).toContain('did you mean "carriers"');
    expect(() => accountPlanCompleteness({ answers: {} })).toThrow(QualifyValidationError);
  });
});

const book = [
  { id: "a1", name: "Hengda Foods", annualRevenue: 900, margin: "0.10", potential: 2000, confidence: "0.8", currency: "CNY" },
  { id: "a2", name: "Ruifeng Logistics", annualRevenue: 800, margin: "0.12", potential: 1000, confidence: "0.7", currency: "CNY" },
  { id: "a3", name: "Jinlong Steel", annualRevenue: 100, margin: "0.40", potential: 500, confidence: "0.9", currency: "CNY" },
  { id: "a4", name: "Xinda Pharma", annualRevenue: 300, margin: "0.15", potential: 3000, confidence: "0.4", currency: "CNY" },
  { id: "a5", name: "Baihe Textiles", annualRevenue: 200, margin: "0.05", potential: 100, currency: "CNY" },
  { id: "a6", name: "Tianyu Retail", annualRevenue: 250, margin: "0.35", potential: 200, confidence: "0.9", currency: "CNY" },
  { id: "a7", name: "Hualian Paper", annualRevenue: 150, margin: "0.08", potential: 400, confidence: "0.6", currency: "CNY" },
  { id: "a8", name: "Minsheng Dairy", annualRevenue: 120, margin: "0.09", potential: 300, confidence: "0.5", currency: "CNY" },
  { id: "a9", name: "Kaida Motors", annualRevenue: 110, margin: "0.11", potential: 600, confidence: "0.7", currency: "CNY" },
  { id: "a10", name: "Yongtai Glass", annualRevenue: 90, margin: "0.02", potential: 150, confidence: "0.9", currency: "CNY" },
];

describe("topAccounts", () => {
  it("takes the accounts in the top share on any of revenue, margin and potential", () => {
    // share 0.2 of 10 = 2 a measure: revenue a1, a2; margin a3 (0.40), a6 (0.35); potential a4 (3000), a1 (2000).
    const t = topAccounts(book, { share: "0.2" });
    expect(t.perMeasure).toBe(2);
    expect(t.top).toEqual(["a1", "a2", "a4", "a6", "a3"]); // by revenue rank: 1, 2, 3, 4, 9
    expect(t.accounts[0]).toMatchObject({ id: "a1", ranks: { annualRevenue: 1, margin: 6, potential: 2 }, topOn: ["annualRevenue", "potential"] });
    // Median potential (400 + 500) / 2 = 450; confidence ≥ 0.6: a4 (0.4) and a6 (potential 200) fail.
    expect(t.minPotential.toString()).toBe("450");
    expect(t.targets).toEqual(["a1", "a2", "a3"]);
    expect(t.accounts.find((a) => a.id === "a4")).toMatchObject({ potentialLargeEnough: true, confidenceHighEnough: false, target: false });
  });

  it("takes the seed's top 10 % by default, at least one a measure, and shares ranks on ties", () => {
    expect(topAccounts(book).top).toEqual(["a1", "a4", "a3"]);
    expect(topAccounts(book.slice(0, 3)).perMeasure).toBe(1); // ⌈0.3⌉
    const tied = topAccounts([book[0], { ...book[1], annualRevenue: 900 }, book[2]]);
    expect(tied.accounts.filter((a) => a.ranks.annualRevenue === 1).map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(topAccounts(book, { share: "0.2", minPotential: 100, minConfidence: "0.4" }).targets).toEqual(["a1", "a2", "a4", "a6", "a3"]);
  });

  it("lists bad accounts in one run, and refuses a share off (0, 1]", () => {
    let caught: unknown;
    try {
      topAccounts([book[0], { ...book[1], id: "a1", margin: "1.5" }, { ...book[2], potential: -1 }, { ...book[3], currency: "EUR" }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QualifyValidationError);
    expect((caught as QualifyValidationError).issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["1.id", "duplicate_id"],
      ["1.margin", "out_of_range"],
      ["2.potential", "out_of_range"],
      ["3.currency", "mixed_currencies"],
    ]);
    expect(() => topAccounts(book, { share: 0 })).toThrow(QualifyArgumentError);
  });
});

const action = { who: "Zhang Min", how: "site visit with our plant manager", when: "2027-Q1", why: "their yield loss on line 3", forWhat: "a pilot order" };
const account = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Account ${id}`, market: { totalCapacity: "1000000" }, plan: [action], ...extra });

describe("tiered selling 5 + 5 + 5", () => {
  const tiers = defineTiers({
    seller: "East region",
    currency: "CNY",
    tiers: {
      muchBusiness: [
        account("t1", {
          currentBusiness: "1900000",
          market: { totalCapacity: "5000000", notServed: "1200000" },
          keyPeople: [{ name: "Li Wei", involvement: 5, coach: true }],
          review: [
            { month: "2027-01", expected: "150000.50", actual: "135000" },
            { month: "2027-02", expected: "160000", actual: "171250.25" },
          ],
        }),
      ],
      someBusiness: [
        account("t2", {
          currentBusiness: "200000",
          market: { totalCapacity: "800000" },
          keyPeople: [{ name: "Wang Fang", involvement: 3 }],
          review: [
            { month: "2027-01", expected: "20000", actual: "26000.10" },
            { month: "2027-02", expected: "22000" },
          ],
        }),
      ],
      noBusiness: [account("t3", { market: { totalCapacity: "2000000", notServed: "500000" } })],
    },
  });

  it("computes target market potential = total capacity − supply through channels not served", () => {
    expect(targetMarketPotential("5000000", "1200000").toString()).toBe("3800000");
    const review = reviewTiers(tiers);
    expect(review.accounts.map((a) => [a.id, a.tier, a.targetMarketPotential.toString(), a.headroom.toString(), a.penetration?.toString()])).toEqual([
      ["t1", "muchBusiness", "3800000", "1900000", "0.5"],
      ["t2", "someBusiness", "800000", "600000", "0.25"],
      ["t3", "noBusiness", "1500000", "1500000", "0"],
    ]);
    expect(review.byTier.map((t) => [t.tier, t.accounts, t.targetMarketPotential.toString()])).toEqual([
      ["muchBusiness", 1, "3800000"],
      ["someBusiness", 1, "800000"],
      ["noBusiness", 1, "1500000"],
    ]);
  });

  it("reviews expected against actual each month, with the exact variance", () => {
    const review = reviewTiers(tiers);
    // t1: 135 000 − 150 000.50 = −15 000.50; 171 250.25 − 160 000 = 11 250.25. t2: 26 000.10 − 20 000 = 6 000.10; February not yet reported.
    expect(review.accounts[0]!.months.map((m) => [m.month, m.variance?.toString()])).toEqual([
      ["2027-01", "-15000.5"],
      ["2027-02", "11250.25"],
    ]);
    expect(review.months.map((m) => [m.month, m.expected.toString(), m.actual?.toString(), m.variance?.toString(), m.reported, m.pending])).toEqual([
      ["2027-01", "170000.5", "161000.1", "-9000.4", 2, 0],
      ["2027-02", "182000", "171250.25", "11250.25", 1, 1],
    ]);
    expect(Object.isFrozen(review.months[0])).toBe(true);
  });

  it("warns of accounts whose key people name no coach", () => {
    const result = safeDefineTiers({ currency: "CNY", tiers: { someBusiness: [account("t2", { keyPeople: [{ name: "Wang Fang", involvement: 3 }] })] } });
    expect(result.success && result.warnings.map((w) => [w.path.join("."), w.code])).toEqual([["tiers.someBusiness.0.keyPeople", "no_coach"]]);
  });

  it("lists every problem in one run: a tier with six accounts, a negative capacity, a plan action without why, a duplicate id", () => {
    const { why: _why, ...noWhy } = action;
    const result = safeDefineTiers({
      currency: "CNY",
      tiers: {
        muchBusiness: ["m1", "m2", "m3", "m4", "m5", "m6"].map((id) => account(id)),
        someBusiness: [account("s1", { market: { totalCapacity: "-1" } }), account("s2", { plan: [noWhy] })],
        noBusiness: [account("m1", { market: { totalCapacity: "100", notServed: "150" }, keyPeople: [{ name: "X", involvement: 6 }] })],
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(QualifyValidationError);
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["tiers.muchBusiness", "too_many"],
      ["tiers.someBusiness.0.market.totalCapacity", "out_of_range"],
      ["tiers.someBusiness.1.plan.0.why", "invalid_type"],
      ["tiers.noBusiness.0.id", "duplicate_id"],
      ["tiers.noBusiness.0.market.notServed", "out_of_range"],
      ["tiers.noBusiness.0.keyPeople.0.involvement", "too_big"],
    ]);
    expect(result.error.issues[0]!.message).toContain("has 6");
    expect(() => targetMarketPotential("-1", "0")).toThrow(QualifyArgumentError);
    expect(() => targetMarketPotential("100", "150")).toThrow(QualifyArgumentError);
  });
});

/**
 * The pursuit on hand-built histories: each person's stage as of a day (observations written in any
 * order, a same-day correction, a fall-back), the deal's stage by the least advanced key person, progress
 * as obtained commitments with the kept-rate of those judged (overall, per month, per person), the
 * findings (a commitment lacking its benefit, a refusal without its concern, an empty zone…), the zone of
 * agreement to the cent, the moves citing their rules (stage 7 → the stage-7 rule), and bad input listed
 * in one run with paths.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { checkPursuit } from "../../src/pursuit/checkPursuit.js";
import { commitmentStatuses, progress } from "../../src/pursuit/commitments.js";
import { definePursuit, safeDefinePursuit } from "../../src/pursuit/definePursuit.js";
import { PursuitArgumentError, PursuitValidationError } from "../../src/pursuit/errors.js";
import { negotiationPosition } from "../../src/pursuit/negotiation.js";
import { nextMoves, pursuitRules } from "../../src/pursuit/nextMoves.js";
import { commitmentsForStage, purchaseStages, stageSigns } from "../../src/pursuit/process.js";
import { dealStage, stageHistories } from "../../src/pursuit/stageHistory.js";

const frame = defineFrame(JSON.parse(readFileSync(new URL("../../examples/distributor.frame.json", import.meta.url), "utf8")));

const centre = defineBuyingCentre(
  {
    people: [
      { id: "p-cfo", name: "Li Wei", category: "decisionMaking", roles: ["decisionMaker"], influence: 5, met: true, men: { needs: [{ kind: "goal", text: "cash", links: ["g-cash"] }] } },
      { id: "p-it", name: "Chen Gang", category: "decisionMaking", roles: ["evaluator"], influence: 4, observations: [{ date: "2026-09-01", source: "visit", attitude: "nonSupporter" }] },
      { id: "p-credit", name: "Wang Fang", category: "decisionMaking", roles: ["user"], influence: 3, men: { needs: [{ kind: "obstacle", text: "late payers", links: ["cbi-dso"] }] } },
      { id: "p-ceo", name: "Zhou Min", category: "executive", roles: ["approver"], influence: 5 },
    ],
  },
  { frame },
);

/** A deal in November 2026: the CFO at value, IT fell back to solution leaning to a rival, credit at requirements. */
const history = {
  stages: [
    // Written out of order: sellers log visits late.
    { person: "p-cfo", date: "2026-11-10", stage: 8, signs: ["seniorDiscussesValue"], leaning: "us", source: "visit v-3" },
    { person: "p-cfo", date: "2026-09-15", stage: 3, signs: ["complains", "firstPriceEnquiry"], source: "visit v-1" },
    { person: "p-it", date: "2026-10-20", stage: 8, source: "visit v-2" },
    { person: "p-it", date: "2026-11-20", stage: 7, signs: ["invitesTestsTrialsBids"], leaning: "rival", source: "tender notice" },
    { person: "p-credit", date: "2026-10-01", stage: 4, source: "call" },
    { person: "p-credit", date: "2026-10-01", stage: 5, signs: ["statesRequirementsVaguely"], source: "call notes re-read", correction: true },
  ],
  visits: [
    {
      id: "v-1",
      date: "2026-09-15",
      objective: "Learn how the CFO measures cash",
      people: ["p-cfo"],
      commitments: [
        { id: "c-1", level: "highest", kind: "quantifyImpact", due: "2026-10-01", people: ["p-cfo"], action: "Share 12 months of ageing reports", benefit: "A costed DSO baseline", marks: { customersAction: true, movesOrder: true, favoursUs: true }, answer: { state: "obtained", date: "2026-09-15" }, outcome: { state: "kept", date: "2026-09-30" } },
        { id: "c-2", level: "lowest", kind: "shareData", due: "2026-10-01", people: ["p-cfo"], action: "Send the DSO figure", benefit: "A baseline", marks: { customersAction: true, movesOrder: true, favoursUs: true } },
      ],
    },
    {
      id: "v-2",
      date: "2026-10-20",
      objective: "Show the credit module",
      people: ["p-it", "p-credit"],
      commitments: [
        { id: "c-3", level: "highest", kind: "trial", due: "2026-11-15", people: ["p-it", "p-credit"], action: "Run a four-week trial", marks: { customersAction: true, movesOrder: true, favoursUs: true }, answer: { state: "obtained", date: "2026-10-20" }, outcome: { state: "broken", date: "2026-11-20" } },
        { id: "c-4", level: "lowest", kind: "technicalWorkshop", due: "2026-11-01", people: ["p-credit"], action: "Hold a workshop", benefit: "Requirements written down", marks: { customersAction: true, movesOrder: true, favoursUs: true }, answer: { state: "obtained", date: "2026-10-20" }, outcome: { state: "kept", date: "2026-11-01" } },
      ],
    },
    {
      id: "v-3",
      date: "2026-11-10",
      objective: "Walk the CFO through the value",
      people: ["p-cfo"],
      commitments: [
        { id: "c-5", level: "highest", kind: "meetExecutive", due: "2026-11-25", people: ["p-cfo", "p-ceo"], action: "Bring the CEO to a value review", benefit: "The board pack's cash story", marks: { customersAction: true, movesOrder: true, favoursUs: true }, answer: { state: "refused", date: "2026-11-10" } },
        { id: "c-6", level: "lowest", kind: "valueReview", due: "2026-11-30", people: ["p-cfo"], action: "Review the value case with finance", benefit: "Numbers she can defend", marks: { customersAction: true, movesOrder: true, favoursUs: true }, answer: { state: "obtained", date: "2026-11-10" }, outcome: { state: "partlyKept", date: "2026-11-30" } },
      ],
    },
    {
      id: "v-4",
      date: "2026-12-10",
      objective: "Win the CEO",
      people: ["p-cfo", "p-ceo"],
      commitments: [{ id: "c-7", level: "highest", kind: "riskReview", due: "2026-12-20", people: ["p-ceo"], action: "Agree a risk review", benefit: "A safe decision" }],
    },
  ],
  concerns: [
    {
      id: "k-it",
      person: "p-it",
      objection: "The ERP interface is unproven",
      levels: [
        { date: "2026-10-20", level: "hesitation" },
        { date: "2026-11-20", level: "objection" },
      ],
    },
    { id: "k-cfo", person: "p-cfo", objection: "Too early for the CEO", concern: "Looks unprepared to her boss", levels: [{ date: "2026-11-10", level: "doubt" }], resolved: { date: "2026-11-30", how: "Rehearsed the review with her" } },
  ],
  negotiation: {
    currency: "CNY",
    ours: { reservation: "1180000.50", source: "deal desk" },
    theirs: { reservation: "1530000.75", source: "the CFO's budget remark" },
    stages: [
      { stage: "overview", date: "2026-11-25" },
      { stage: "introduction", date: "2026-11-18" },
    ],
    trades: [
      { give: "Free training days", giveValue: "40000", get: "Reference visit", getValue: "25000", with: "p-credit" },
      { give: "Longer payment terms", giveValue: "30000", get: "Two-year commitment", getValue: "90000", with: "p-cfo" },
    ],
  },
};

const asOf = "2026-12-06";
const pursuit = definePursuit(history, { centre, asOf });
const codes = (list: readonly { code: string }[]) => list.map((item) => item.code);

describe("the purchase process as data", () => {
  it("has ten stages in order, focus k on stage k + 1, bands low 2–4 / medium 5–7 / high 8–10, every sign on its stage", () => {
    expect(purchaseStages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(purchaseStages.map((s) => s.focus)).toEqual([undefined, "problemOrOpportunity", "pain", "goal", "requirements", "measures", "solution", "value", "risk", "cost"]);
    expect(purchaseStages.map((s) => s.band)).toEqual([undefined, "low", "low", "low", "medium", "medium", "medium", "high", "high", "high"]);
    expect(purchaseStages[6]!.signs).toEqual(["invitesTestsTrialsBids"]);
    expect(purchaseStages.flatMap((s) => s.signs).length).toBe(Object.keys(stageSigns).length);
    expect(commitmentsForStage(10)).toEqual(["agreeImplementationPlan", "startNegotiation", "sign"]);
  });
});

describe("stage histories and the deal's stage", () => {
  it("sorts each person's log by date, applies a same-day correction and finds the fall-back", () => {
    const histories = stageHistories(pursuit, { asOf });
    const of = (id: string) => histories.find((h) => h.person === id)!;
    expect(of("p-cfo").points.map((p) => [p.date, p.stage])).toEqual([
      ["2026-09-15", 3],
      ["2026-11-10", 8],
    ]);
    expect(of("p-cfo").skips).toEqual([{ date: "2026-11-10", from: 3, to: 8, index: 0 }]);
    expect(of("p-credit").current?.stage).toBe(5);
    expect(of("p-it").fallBacks).toEqual([{ date: "2026-11-20", from: 8, to: 7, index: 3 }]);
    // As of a day before the fall-back, IT still stood at 8.
    expect(stageHistories(pursuit, { asOf: "2026-11-19" }).find((h) => h.person === "p-it")!.current?.stage).toBe(8);
  });

  it("is the least advanced key person's stage, with the decision maker's beside it and the key people never placed", () => {
    const deal = dealStage(pursuit, { centre, asOf });
    expect(deal).toMatchObject({ stage: 7, rule: "leastAdvancedKeyPerson", limitedBy: ["p-it"], furthest: 8, unstagedKeyPeople: ["p-ceo"] });
    expect(deal.decisionMakers).toEqual([{ person: "p-cfo", stage: 8 }]);
    // Without a centre nobody is key: the least advanced of everyone (credit at 5).
    expect(dealStage(pursuit, { asOf })).toMatchObject({ stage: 5, rule: "leastAdvancedPerson", limitedBy: ["p-credit"] });
  });
});

describe("commitments and progress", () => {
  it("gives each commitment its state as of the day", () => {
    expect(commitmentStatuses(pursuit, { asOf }).map((c) => [c.id, c.state])).toEqual([
      ["c-1", "kept"],
      ["c-2", "notAsked"],
      ["c-3", "broken"],
      ["c-4", "kept"],
      ["c-5", "refused"],
      ["c-6", "partlyKept"],
      ["c-7", "planned"],
    ]);
    // On 2026-11-16 the trial was due and not yet judged: overdue; the value review not yet due.
    const early = commitmentStatuses(pursuit, { asOf: "2026-11-16" });
    expect(early.find((c) => c.id === "c-3")?.state).toBe("overdue");
    expect(early.find((c) => c.id === "c-6")?.state).toBe("obtained");
  });

  it("counts progress as commitments obtained, not visits, with the kept-rate of those judged", () => {
    const p = progress(pursuit, { asOf });
    expect({ visits: p.visits, asked: p.asked, obtained: p.obtained, refused: p.refused, kept: p.kept, partlyKept: p.partlyKept, broken: p.broken }).toEqual({ visits: 3, asked: 5, obtained: 4, refused: 1, kept: 2, partlyKept: 1, broken: 1 });
    expect(p.keptRate?.toString()).toBe("0.5"); // 2 kept of 4 judged
    expect(p.byPeriod.map((m) => [m.period, m.visits, m.obtained, m.keptRate?.toString()])).toEqual([
      ["2026-09", 1, 1, "1"],
      ["2026-10", 1, 2, "0.5"],
      ["2026-11", 1, 1, "0"],
    ]);
    const cfo = p.byPerson.find((row) => row.person === "p-cfo")!;
    expect([cfo.visits, cfo.obtained, cfo.refused, cfo.kept, cfo.partlyKept]).toEqual([2, 2, 1, 1, 1]);
    expect(p.byPerson.find((row) => row.person === "p-credit")).toMatchObject({ visits: 1, obtained: 2, kept: 1, broken: 1 });
  });
});

describe("the negotiation", () => {
  it("computes the zone of agreement to the cent, each trade's net and the stage reached by date", () => {
    const zone = negotiationPosition(pursuit.negotiation!);
    expect([zone.floor.toFixed(2), zone.ceiling.toFixed(2), zone.width.toFixed(2), zone.empty]).toEqual(["1180000.50", "1530000.75", "350000.25", false]);
    expect(zone.trades.map((t) => t.net.toString())).toEqual(["-15000", "60000"]);
    expect(zone.tradeBalance.toString()).toBe("45000");
    expect(zone.stage).toBe("overview");
  });

  it("finds an empty zone", () => {
    const empty = definePursuit({ negotiation: { currency: "CNY", ours: { reservation: "1200000", source: "desk" }, theirs: { reservation: "1150000.10", source: "guess" } } });
    expect(negotiationPosition(empty.negotiation!).width.toFixed(2)).toBe("-49999.90");
    const finding = checkPursuit(empty).find((f) => f.code === "no_zone_of_agreement");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("short by 49999.90");
  });
});

describe("checkPursuit", () => {
  const findings = checkPursuit(pursuit, { centre, asOf });
  const at = (code: string) => findings.filter((f) => f.code === code);

  it("flags a commitment lacking its benefit, with the path and the people", () => {
    expect(at("commitment_missing_element").map((f) => [f.path.join("."), f.message.match(/lacks (.*?):/)?.[1], f.people])).toEqual([["visits.1.commitments.0", "benefit", ["p-it", "p-credit"]]]);
  });

  it("finds the fall-back, the skip, the key person never placed, the refusal without a concern, the broken commitment and the open, escalating concern", () => {
    expect(at("fell_back")[0]).toMatchObject({ path: ["stages", 3, "stage"], people: ["p-it"] });
    expect(at("stage_skipped")[0]?.people).toEqual(["p-cfo"]);
    expect(at("key_person_unstaged")[0]?.people).toEqual(["p-ceo"]);
    expect(at("refused_without_concern")[0]?.path).toEqual(["visits", 2, "commitments", 0, "answer"]);
    expect(at("commitment_broken")[0]?.path).toEqual(["visits", 1, "commitments", 0, "outcome"]);
    expect(at("concern_escalating")[0]?.message).toContain("rose from hesitation to objection");
    expect(at("concern_open").map((f) => f.people)).toEqual([["p-it"]]); // the CFO's was resolved
    expect(at("concession_without_return")[0]?.path).toEqual(["negotiation", "trades", 0]);
    // Free training conceded to Wang Fang, a user of influence 3: not someone who decides.
    expect(at("concession_to_non_key_person").map((f) => f.people)).toEqual([["p-credit"]]);
  });

  it("flags a planned visit without a lowest commitment, and a commitment that does not suit the stage", () => {
    expect(at("visit_plan_incomplete")[0]).toMatchObject({ path: ["visits", 3, "commitments"] });
    expect(at("visit_plan_incomplete")[0]?.message).toContain("without a lowest commitment");
    const offStage = checkPursuit(
      definePursuit({
        stages: [{ person: "p-credit", date: "2026-10-01", stage: 2, source: "call" }],
        visits: [{ id: "v", date: "2026-10-02", objective: "Push", people: ["p-credit"], commitments: [{ id: "c", level: "highest", kind: "sign", people: ["p-credit"] }] }],
      }),
    );
    expect(offStage.find((f) => f.code === "commitment_off_stage")?.message).toContain('("sign") suits stages 10–10, but on 2026-10-02 p-credit stood at 2');
  });

  it("is sorted most serious first", () => {
    const rank = { error: 0, warning: 1, info: 2 };
    expect(findings.map((f) => rank[f.severity])).toEqual([...findings.map((f) => rank[f.severity])].sort());
  });
});

describe("nextMoves", () => {
  const moves = nextMoves(pursuit, { centre, frame, asOf });
  const of = (person: string) => moves.filter((m) => m.person === person);

  it("pulls back the person at stage 7 leaning to a rival by the stage-7 rule, citing its source", () => {
    const it7 = of("p-it").find((m) => m.rule.startsWith("pullBack"))!;
    expect(it7).toMatchObject({ rule: "pullBack.7", stage: 7, priority: 1, to: [2, 4, 6] });
    expect(it7.steps).toContain("askThreeQuestions");
    expect(pursuitRules[it7.rule].source).toBe("004_… part 5, ch. 3 §2");
  });

  it("advances the CFO at stage 8 with the value commitments and her goals", () => {
    const cfo = of("p-cfo").find((m) => m.rule === "advance.8")!;
    expect(cfo.commitments).toEqual(commitmentsForStage(8));
    expect(cfo.elements.map((e) => e.id)).toEqual(["g-cash"]);
  });

  it("handles the open concern by its level, places the CEO, asks for the concern behind the refusal and repairs the losing trade", () => {
    const rules = moves.map((m) => m.rule);
    expect(rules).toContain("concern.objection");
    expect(moves.find((m) => m.rule === "concern.objection")?.steps).toEqual(["exploreObjection", "handleEmotion", "digOutConcern", "offerSolution", "confirmRemoved"]);
    expect(moves.find((m) => m.rule === "locate")?.person).toBe("p-ceo");
    expect(moves.find((m) => m.rule === "askConcern")?.path).toEqual(["visits", 2, "commitments", 0, "answer"]);
    expect(moves.find((m) => m.rule === "tradeBack")?.message).toContain("15000.00 CNY");
    expect(moves.find((m) => m.rule === "brokenCommitment")?.priority).toBe(1);
  });

  it("orders by priority, key people first", () => {
    expect(moves.map((m) => m.priority)).toEqual([...moves.map((m) => m.priority)].sort());
    expect(Object.keys(pursuitRules)).toContain("advance.1");
    expect(() => nextMoves(pursuit, { asOf } as never)).toThrow(PursuitArgumentError);
  });
});

describe("bad input", () => {
  it("lists every problem in one run with paths: a stage out of range, an unknown person, a price that is not a decimal, a conflict, dates after asOf", () => {
    const result = safeDefinePursuit(
      {
        stages: [
          { person: "p-cfo", date: "2026-11-01", stage: 11, source: "visit" },
          { person: "p-cfx", date: "2026-11-01", stage: 4, source: "visit" },
          { person: "p-credit", date: "2026-11-02", stage: 4, source: "call" },
          { person: "p-credit", date: "2026-11-02", stage: 6, source: "email" },
          { person: "p-credit", date: "2027-01-02", stage: 6, source: "later" },
        ],
        visits: [
          { id: "v", date: "2026-11-03", objective: "x", commitments: [{ id: "c", level: "highest", people: ["p-ceo", "p-nobody"], answer: { state: "refused", date: "2026-11-01", concern: "k-none" } }] },
          { id: "v", date: "2026-11-04", objective: "y" },
        ],
        negotiation: { currency: "CNY", ours: { reservation: "1.2 million", source: "desk" }, theirs: { reservation: 1500000, source: "guess" } },
      },
      { centre, asOf },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(PursuitValidationError);
    expect(result.error.code).toBe("PURSUIT_INVALID");
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["stages.0.stage", "too_big"],
      ["stages.1.person", "unknown_reference"],
      ["stages.3.stage", "conflicting_observation"],
      ["stages.4.date", "after_as_of"],
      ["visits.0.commitments.0.people.1", "unknown_reference"],
      ["visits.0.commitments.0.answer.date", "invalid_date"],
      ["visits.0.commitments.0.answer.concern", "unknown_reference"],
      ["visits.1.id", "duplicate_id"],
      ["negotiation.ours.reservation", "not_numeric"],
    ]);
    expect(result.error.issues[1]?.message).toContain('did you mean "p-cfo"');
    expect(result.error.issues[2]?.message).toContain('mark the right one "correction: true"');
  });

  it("never changes its input and refuses a bad asOf", () => {
    const before = JSON.stringify(history);
    definePursuit(history, { centre, asOf });
    expect(JSON.stringify(history)).toBe(before);
    expect(Object.isFrozen(pursuit.visits[0]!.commitments[0]!.marks)).toBe(true);
    expect(() => definePursuit(history, { asOf: "06/12/2026" })).toThrow(PursuitArgumentError);
    expect(() => progress(pursuit, { asOf: "2026-02-30" })).toThrow(/calendar date/);
  });
});

/**
 * A small hand-built deal for the pursuit's output, every figure checkable by hand as of 2026-12-06:
 *
 * - Li Wei (CFO, decision maker) went from stage 3 to 8 and leans our way; Chen Gang (IT, influence 4)
 *   fell back from 8 to 7 leaning to a rival; Wang Fang (credit) stands at 5. The key people are Li Wei
 *   and Chen Gang, so the deal stands at 7 (evaluating solutions), held back by Chen Gang; the furthest
 *   anyone reached is 8.
 * - Three visits held, one planned (2026-12-10). Commitments: c-1 kept, c-2 not asked (the highest was
 *   obtained), c-3 broken, c-4 kept, c-5 refused (no concern logged), c-6 obtained and overdue (due
 *   2026-11-30), c-7 and c-8 planned. Obtained: c-1, c-3, c-4, c-6 = 4; judged: c-1, c-3, c-4 = 3, of which
 *   2 kept: a kept-rate of 66.67 % (2 of 3 judged).
 * - Chen Gang's concern rose from hesitation to objection; Li Wei's was resolved.
 * - The zone of agreement: 1,530,000.75 − 1,180,000.50 = 350,000.25 CNY; trades −15,000 and +60,000, a
 *   balance of +45,000.
 */
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { definePursuit } from "../../src/pursuit/definePursuit.js";
import { frame } from "./fixtures.js";

export const asOf = "2026-12-06";

export const centre = defineBuyingCentre(
  {
    people: [
      { id: "p-cfo", name: "Li Wei", title: "Chief financial officer", category: "decisionMaking", roles: ["decisionMaker"], influence: 5, met: true, men: { needs: [{ kind: "goal", text: "Operating cash flow", links: ["g-cash"] }] } },
      { id: "p-it", name: "Chen Gang", category: "decisionMaking", roles: ["evaluator"], influence: 4, observations: [{ date: "2026-09-01", source: "visit", attitude: "nonSupporter" }] },
      { id: "p-credit", name: "Wang Fang", category: "decisionMaking", roles: ["user"], influence: 3 },
    ],
  },
  { frame },
);

export const pursuitInput = {
  stages: [
    { person: "p-cfo", date: "2026-11-10", stage: 8, signs: ["seniorDiscussesValue"], leaning: "us", source: "visit v-3" },
    { person: "p-cfo", date: "2026-09-15", stage: 3, signs: ["complains", "firstPriceEnquiry"], source: "visit v-1" },
    { person: "p-it", date: "2026-10-20", stage: 8, source: "visit v-2" },
    { person: "p-it", date: "2026-11-20", stage: 7, signs: ["invitesTestsTrialsBids"], leaning: "rival", source: "tender notice" },
    { person: "p-credit", date: "2026-10-01", stage: 5, signs: ["statesRequirementsVaguely"], source: "call" },
  ],
  visits: [
    {
      id: "v-1",
      date: "2026-09-15",
      objective: "Learn how the CFO measures cash",
      people: ["p-cfo"],
      gained: ["DSO is reported monthly"],
      commitments: [
        {
          id: "c-1",
          level: "highest",
          kind: "shareData",
          due: "2026-10-01",
          people: ["p-cfo"],
          action: "Share 12 months of ageing reports",
          benefit: "A costed DSO baseline",
          marks: { customersAction: true, movesOrder: true, favoursUs: true },
          answer: { state: "obtained", date: "2026-09-15" },
          outcome: { state: "kept", date: "2026-09-30" },
        },
        { id: "c-2", level: "lowest", kind: "shareData", due: "2026-10-01", people: ["p-cfo"], action: "Send the DSO figure", benefit: "A baseline", marks: { customersAction: true, movesOrder: true, favoursUs: true } },
      ],
    },
    {
      id: "v-2",
      date: "2026-10-20",
      objective: "Show the credit module",
      people: ["p-it", "p-credit"],
      commitments: [
        {
          id: "c-3",
          level: "highest",
          kind: "trial",
          due: "2026-11-15",
          people: ["p-it"],
          action: "Run a four-week trial",
          benefit: "Proof on their own data",
          marks: { customersAction: true, movesOrder: true, favoursUs: true },
          answer: { state: "obtained", date: "2026-10-20" },
          outcome: { state: "broken", date: "2026-11-20" },
        },
        {
          id: "c-4",
          level: "lowest",
          kind: "requirementsWorkshop",
          due: "2026-11-01",
          people: ["p-credit"],
          action: "Hold a requirements workshop",
          benefit: "Requirements written down",
          marks: { customersAction: true, movesOrder: true, favoursUs: true },
          answer: { state: "obtained", date: "2026-10-20" },
          outcome: { state: "kept", date: "2026-11-01" },
        },
      ],
    },
    {
      id: "v-3",
      date: "2026-11-10",
      objective: "Walk the CFO through the value",
      people: ["p-cfo"],
      commitments: [
        {
          id: "c-5",
          level: "highest",
          kind: "meetExecutive",
          due: "2026-11-25",
          people: ["p-cfo"],
          action: "Bring the CEO to a value review",
          benefit: "The board pack's cash story",
          marks: { customersAction: true, movesOrder: true, favoursUs: true },
          answer: { state: "refused", date: "2026-11-10" },
        },
        {
          id: "c-6",
          level: "lowest",
          kind: "valueReview",
          due: "2026-11-30",
          people: ["p-cfo"],
          action: "Review the value case with finance",
          benefit: "Numbers she can defend",
          marks: { customersAction: true, movesOrder: true, favoursUs: true },
          answer: { state: "obtained", date: "2026-11-10" },
        },
      ],
    },
    {
      id: "v-4",
      date: "2026-12-10",
      objective: "Agree how the decision will be made",
      people: ["p-cfo"],
      commitments: [
        { id: "c-7", level: "highest", kind: "riskReview", due: "2026-12-20", people: ["p-cfo"], action: "Hold a risk review with the CEO", benefit: "A safe decision for the board", marks: { customersAction: true, movesOrder: true } },
        { id: "c-8", level: "lowest", kind: "valueReview", due: "2026-12-15", people: ["p-cfo"], action: "Send the reviewed value case to the CEO", marks: { customersAction: true, movesOrder: true, favoursUs: false } },
      ],
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

export const pursuit = definePursuit(pursuitInput, { centre, asOf });

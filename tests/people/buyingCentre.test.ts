/**
 * The buying centre: the distributor's example validates against its frame, each of the seeds' checks
 * fires on a hand-built centre and stays silent on a healthy one, bad input is listed in one run with
 * paths, the standing of a person follows the dated observations, the CFO's value names the case's
 * NPV, ROI and cash figures and the goal they serve, and the attention ranking is the documented one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { attentionRanking } from "../../src/people/attentionRanking.js";
import { caseCost, checkBuyingCentre } from "../../src/people/checkBuyingCentre.js";
import { defineBuyingCentre, safeDefineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { PeopleArgumentError, PeopleLookupError, PeopleValidationError } from "../../src/people/errors.js";
import { personValue } from "../../src/people/personValue.js";
import type { BuyingCentreInput } from "../../src/people/schema.js";
import { standingOf } from "../../src/people/standing.js";

const example = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");
const input = parse(example("distributor.stakeholders.yaml")) as BuyingCentreInput & { people: Record<string, unknown>[] };
const figures = evaluateDocument(defineValueDocument({ frame: JSON.parse(example("distributor.frame.json")), case: JSON.parse(example("distributor.case.json")) }));
const frame = figures.document.frame!;
const evaluation = figures.evaluation!;
const centre = defineBuyingCentre(input, { frame, asOf: "2026-12-06" });
const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);
const person = (fields: Record<string, unknown>) => ({ category: "decisionMaking", influence: 3, ...fields });

describe("defineBuyingCentre", () => {
  it("validates the distributor's buying centre against its frame, frozen, the input untouched", () => {
    const before = JSON.stringify(input);
    expect(centre.people.map((p) => p.id)).toEqual(["p-ceo", "p-cfo", "p-credit", "p-sales", "p-it", "p-logistics", "p-procurement"]);
    expect(centre.budget?.amount.toString()).toBe("1500000");
    expect(Object.isFrozen(centre.people[1]!.men.needs[0]!.links)).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("lists every problem in one run, each at its path, in the order of the input", () => {
    const bad = {
      people: [
        person({ id: "p-a", name: "A", reportsTo: "p-b" }),
        person({ id: "p-b", name: "B", reportsTo: "p-c" }),
        person({ id: "p-c", name: "C", reportsTo: "p-a", influence: 7 }),
        person({ id: "p-d", name: "D", reportsTo: "p-cfx", men: { needs: [{ kind: "goal", text: "cash", links: ["g-cassh"] }] } }),
        person({ id: "p-e", name: "E", observations: [{ date: "2027-01-05", source: "a call", attitude: "fan" }] }),
        person({ id: "p-a", name: "A again" }),
      ],
      relations: [{ from: "p-a", to: "p-z", kind: "ally" }],
    };
    const result = safeDefineBuyingCentre(bad, { frame, asOf: "2026-12-06" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(PeopleValidationError);
    expect(result.error.code).toBe("PEOPLE_INVALID");
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["people.0.reportsTo", "cycle"],
      ["people.2.influence", "too_big"],
      ["people.3.reportsTo", "unknown_reference"],
      ["people.3.men.needs.0.links.0", "unknown_reference"],
      ["people.4.observations.0.attitude", "invalid_value"],
      ["people.5.id", "duplicate_id"],
      ["relations.0.to", "unknown_reference"],
    ]);
    const messages = result.error.issues.map((issue) => issue.message);
    expect(messages[0]).toBe("the reporting lines go round: p-a → p-b → p-c → p-a");
    expect(messages[3]).toBe('the frame has no goal or critical issue "g-cassh" (did you mean "g-cash"?)');
    // The bad attitude hides the date after asOf only until it is fixed:
    const later = safeDefineBuyingCentre({ people: [person({ id: "p-e", name: "E", observations: [{ date: "2027-01-05", source: "a call" }] })] }, { asOf: "2026-12-06" });
    expect(!later.success && later.error.issues.map((issue) => [issue.path.join("."), issue.code, issue.message])).toEqual([["people.0.observations.0.date", "after_as_of", "observed on 2027-01-05, after the as-of date 2026-12-06"]]);
  });

  it("refuses an asOf that is not a calendar date", () => {
    expect(() => defineBuyingCentre(input, { asOf: "2026-02-30" })).toThrow(PeopleArgumentError);
  });
});

describe("standingOf", () => {
  it("takes each dimension from the latest observation that sets it, on or before the day asked", () => {
    const cfo = centre.people[1]!;
    expect(standingOf(cfo, "2026-11-01").closeness).toEqual({ value: 3, on: "2026-10-12" });
    expect(standingOf(cfo).closeness).toEqual({ value: 4, on: "2026-11-18" });
    expect(standingOf(cfo).maslow).toEqual({ value: "esteem", on: "2026-10-12" });
    expect(standingOf(cfo, "2026-10-01")).toEqual({});
  });
});

describe("checkBuyingCentre", () => {
  it("finds on the distributor what the account team must act on: the sales director opposes with no plan, the logistics director's standing is stale", () => {
    const findings = checkBuyingCentre(centre, { frame, evaluation, asOf: "2026-12-06" });
    expect(codes(findings)).toEqual(["opponent_without_plan", "stale_observation"]);
    expect(findings[0]).toMatchObject({ severity: "error", people: ["p-sales"], path: ["people", 3, "plan"] });
    expect(findings[0]!.message).toBe("Chen Gang (p-sales) is an opponent with influence 4 and there is no plan for them");
    expect(findings[1]!.message).toBe("Liu Yang (p-logistics) was last observed on 2026-08-02, 126 days before 2026-12-06");
    expect(caseCost(evaluation).toString()).toBe("2900000");
  });

  it("stays silent on a healthy centre", () => {
    const healthy = structuredClone(input);
    healthy.people[3]!["plan"] = "Show him the key-account delivery figures: credit holds only above the limit";
    (healthy.people[5]!["observations"] as unknown[]).push({ date: "2026-11-25", source: "site visit", attitude: "neutral" });
    expect(checkBuyingCentre(defineBuyingCentre(healthy, { frame }), { frame, evaluation, asOf: "2026-12-06" })).toEqual([]);
  });

  it("fires each of the seeds' checks on a centre built to break them", () => {
    const broken = defineBuyingCentre({
      budget: { amount: "1000000", currency: "CNY", source: "the procurement manager" },
      people: [
        person({ id: "p-champion", name: "Only Fan", influence: 2, observations: [{ date: "2026-11-01", source: "call", attitude: "mentor" }] }),
        person({ id: "p-boss", name: "Big Boss", category: "executive", influence: 5, observations: [{ date: "2026-11-01", source: "call", attitude: "nonSupporter" }] }),
      ],
    });
    const findings = checkBuyingCentre(broken, { frame, evaluation, asOf: "2026-12-06" });
    expect(codes(findings)).toEqual([
      "no_decision_maker",
      "budget_boundary_unreached",
      "opponent_without_plan",
      "mentor_unqualified",
      "key_person_without_need",
      "key_person_without_motive",
      "goal_unowned",
      "goal_unowned",
      "goal_unowned",
      "single_supporter",
      "issue_unfelt",
      "issue_unfelt",
      "issue_unfelt",
      "issue_unfelt",
    ]);
    expect(findings[1]!.message).toBe("the case costs 2900000.00 CNY over its horizon, more than the budget of 1000000.00 CNY (the procurement manager), and no one above the budget boundary is in the buying centre");
    expect(findings.find((f) => f.code === "mentor_unqualified")?.people).toEqual(["p-champion"]);
    expect(findings.filter((f) => f.code === "goal_unowned").map((f) => f.elements)).toEqual([["g-cash"], ["g-revenue"], ["g-key-accounts"]]);
    const unmet = defineBuyingCentre({ budget: { amount: "1", currency: "USD", source: "x" }, people: [person({ id: "p-dm", name: "D", roles: ["decisionMaker"] })] });
    expect(codes(checkBuyingCentre(unmet, { evaluation }))).toEqual(["decision_maker_not_met", "no_mentor", "key_person_without_need", "key_person_without_motive", "budget_other_currency"]);
  });
});

describe("personValue", () => {
  it("gives the CFO the case's NPV, ROI and payback (the headline, each benefit counted once) and the cash it brings to the goal she owns", () => {
    const value = personValue(centre, "p-cfo", { frame, evaluation, summary: figures.summary, asOf: "2026-12-06" });
    expect(value.goals.map((goal) => goal.id)).toEqual(["g-cash"]);
    expect(value.issues.map((issue) => issue.id)).toEqual(["cbi-dso"]);
    expect(value.concerns).toEqual(["financial", "political"]);
    // The headline's flows have several IRRs (the report says "several"): no single IRR is given her.
    expect(value.figures.map((figure) => figure.id)).toEqual(["npv", "roi", "payback", "goal:g-cash"]);
    expect(value.figures[0]!.value.toFixed(2)).toBe("17967611.64");
    expect(value.figures[0]!.value.eq(figures.summary!.headline.riskAdjusted.npv)).toBe(true);
    const cash = value.figures[3]!;
    expect([cash.label, cash.unit, cash.value.toString()]).toEqual(["Operating cash flow +20 % this year", "M CNY", figures.summary!.goals.find((g) => g.goalId === "g-cash")!.contribution!.toString()]);
    expect(value.organisationalBenefit).toEqual(["14 M CNY of working capital released", "Lower financing cost"]);
    expect(value.personalBenefit.map((b) => b.kind)).toEqual(["pain", "ambition", "recognition"]);
    expect(value.stance).toEqual({ level: "middle", focus: "problemSolving", triggers: ["pressure", "showingOff"], styleStrategy: "precisionAndCompleteness" });
    // Built for the person to see: none of our ratings of her.
    expect(JSON.stringify(value)).not.toMatch(/influence|attitude|supporter|mentor|closeness|plan/);
  });

  it("reaches goals through the issues a person feels, and takes the usual concerns of their category when none is observed", () => {
    const value = personValue(centre, "p-logistics", { frame, evaluation, summary: figures.summary });
    // Stock-outs hurt the success factor behind revenue and key-account satisfaction.
    expect(value.goals.map((goal) => goal.id)).toEqual(["g-revenue", "g-key-accounts"]);
    expect(value.concerns).toEqual(["business"]);
    expect(value.stance.level).toBe("top");
  });

  it("names an unknown person and a missing frame", () => {
    expect(() => personValue(centre, "p-nobody", { frame })).toThrow(PeopleLookupError);
    expect(() => personValue(centre, "p-cfo", {} as never)).toThrow(PeopleArgumentError);
  });
});

describe("attentionRanking", () => {
  it("orders by influence × (1 + distance from support), then influence, then the order of the people", () => {
    expect(attentionRanking(centre, { asOf: "2026-12-06" }).map((row) => [row.id, row.attention])).toEqual([
      ["p-sales", 20],
      ["p-ceo", 15],
      ["p-cfo", 10],
      ["p-it", 9],
      ["p-logistics", 6],
      ["p-procurement", 6],
      ["p-credit", 3],
    ]);
  });
});

describe("the stakeholders member of a value-case document", () => {
  it("is validated against the document's frame, its problems located from the document's root, its findings the document's warnings", () => {
    const document = defineValueDocument({ frame: JSON.parse(example("distributor.frame.json")), stakeholders: input }, { asOf: "2026-12-06" });
    expect(document.stakeholders?.people).toHaveLength(7);
    expect(document.warnings.filter((w) => w.path[0] === "stakeholders").map((w) => [w.path.join("."), w.code])).toEqual([
      ["stakeholders.people.3.plan", "opponent_without_plan"],
      ["stakeholders.people.5.observations", "stale_observation"],
    ]);
    const bad = structuredClone(input);
    ((bad.people[1]!["men"] as unknown as { needs: { links: string[] }[] }).needs[0]!.links = ["g-cassh"]);
    expect(() => defineValueDocument({ frame: JSON.parse(example("distributor.frame.json")), stakeholders: bad })).toThrow(/stakeholders\.people\[1\]\.men\.needs\[0\]\.links\[0\]: the frame has no goal or critical issue "g-cassh"/);
  });
});

describe("the buying centre in a notebook and through toMarkdown", () => {
  it("shows the working document with the stakeholder map drawn, and the map as a Vega-Lite chart", async () => {
    const { jupyterBundle } = await import("../../src/notebook/jupyterBundle.js");
    const { toMarkdown } = await import("../../src/render/markdown/toMarkdown.js");
    const bundle = jupyterBundle(centre);
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]);
    expect(bundle["text/markdown"].split("\n")[0]).toBe("## Buying centre");
    expect(bundle["text/html"]).toContain("<h3>Stakeholder map</h3>");
    expect(bundle["text/html"]).toContain("<svg ");
    expect(toMarkdown(centre, { asOf: "2026-12-06" }).split("\n")[0]).toBe("# Buying centre");
  });
});

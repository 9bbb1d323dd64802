import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import type { Frame } from "../../src/frame/frame.js";
import { bvfFromFrame } from "../../src/bvf/bvfFromFrame.js";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { BvfValidationError } from "../../src/bvf/errors.js";
import { frameFromBvf } from "../../src/bvf/frameFromBvf.js";
import { distributorInput, thrown } from "./fixtures.js";

const framePath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples", "distributor.frame.json");
const frame = defineFrame(JSON.parse(readFileSync(framePath, "utf8")));
const options = { currency: "CNY", deadline: "2026-12-31", perspectives: { "g-key-accounts": "customer" as const } };

describe("bvfFromFrame", () => {
  it("maps goals, success factors, process/job issues and solutions onto the four levels", () => {
    const graph = bvfFromFrame(frame, { seller: "ERP vendor", functions: { "cbi-dso": "Finance" } });
    expect(graph.customer).toBe("Huatong Industrial Distribution");
    expect(graph.seller).toBe("ERP vendor");
    expect(graph.executiveKpis.map((kpi) => [kpi.id, kpi.unit, kpi.baseline?.toString(), kpi.target?.toString()])).toEqual([
      ["g-cash", "M CNY", "40", "48"],
      ["g-revenue", "M CNY", "365", "400"],
      ["g-key-accounts", "points", "72", "77"],
    ]);
    expect(graph.intentions.map((i) => [i.id, i.serves.map((link) => link.id)])).toEqual([
      ["csf-collection", ["g-cash"]],
      ["csf-inventory-turnover", ["g-cash"]],
      ["csf-on-time-delivery", ["g-revenue", "g-key-accounts"]],
    ]);
    expect(graph.operationalKpis.map((o) => [o.id, o.function, o.serves.map((link) => link.id)])).toEqual([
      ["cbi-dso", "Finance", ["csf-collection"]],
      ["cpi-sales-not-measured", "Job level", ["csf-collection"]],
      ["cpi-no-credit-check", "Process level", ["csf-collection"]],
      ["cbi-stockouts", "Process level", ["csf-on-time-delivery"]],
    ]);
    const [c2c, factoring] = graph.solutions;
    expect(c2c).toMatchObject({
      id: "sol-credit-to-cash",
      kind: "programme",
      differentiator: "customer risk scoring; collection workflow; role KPIs for sales reps tied to collection",
      measure: "Working capital released; Financing cost saved; Sales and finance run one order-to-cash process",
    });
    expect(c2c!.serves.map((link) => link.id)).toEqual(["cbi-dso", "cpi-sales-not-measured", "cpi-no-credit-check"]);
    expect(factoring!.serves.map((link) => link.id)).toEqual(["cbi-dso"]);
  });

  it("gives a BVF whose checks show what the frame has not decided yet", () => {
    const codes = new Set(checkBvf(bvfFromFrame(frame)).map((f) => f.code));
    expect([...codes].sort()).toEqual([
      "executive_kpi_unreached",
      "intention_without_operational_kpi",
      "no_seller_kpis",
      "operational_kpi_not_measurable",
      "operational_kpi_without_solution",
      "solution_without_measure",
      "solution_without_phase",
      "weights_defaulted",
    ]);
  });

  it("links an issue that only blocks a goal to the success factors of that goal", () => {
    const input = JSON.parse(readFileSync(framePath, "utf8"));
    input.issues[1].hurts = [];
    input.issues[1].blocks = ["g-cash"];
    const graph = bvfFromFrame(defineFrame(input));
    expect(graph.operationalKpis[1]!.serves.map((link) => link.id)).toEqual(["csf-collection", "csf-inventory-turnover"]);
  });
});

/** The parts of a frame both views share. */
function shared(f: Frame) {
  const bvfIssues = new Set(f.issues.filter((issue) => issue.cell.level !== "organization").map((issue) => issue.id));
  return {
    customer: f.customer.name,
    goals: f.goals.map(({ id, name, description, perspective, unit, baseline, target, direction, deadline }) => ({
      id, name, description, perspective, unit, baseline: baseline.toString(), target: target.toString(), direction, deadline,
    })),
    successFactors: f.successFactors.map(({ id, name, description, serves }) => ({ id, name, description, serves })),
    issues: f.issues.filter((issue) => bvfIssues.has(issue.id)).map(({ id, name, description, hurts, cell }) => ({ id, name, description, hurts, level: cell.level })),
    solutions: f.solutions.map(({ id, name, description, addresses }) => ({ id, name, description, addresses: addresses.filter((a) => bvfIssues.has(a)) })),
  };
}

describe("frameFromBvf", () => {
  it("round-trips the distributor frame through a BVF, keeping every shared element and link", () => {
    const levels = { "cpi-sales-not-measured": "job" as const };
    const back = frameFromBvf(bvfFromFrame(frame), { ...options, levels });
    expect(shared(back)).toEqual(shared(frame));
    // what a BVF cannot carry comes back as documented defaults
    expect(back.successFactors[0]!.source).toBe("organizational");
    expect(back.issues[1]).toMatchObject({ kind: "CPI", blocks: [], tests: { importance: 3, hiddenness: 3, trend: 3 }, cell: { level: "job", dimension: "goals" } });
    expect(back.solutions[1]).toMatchObject({ approach: "resolve", level: "process", capabilities: ["bank partnership"] });
    expect(back.values).toEqual([]);
  });

  it("round-trips the distributor BVF through a frame, keeping its four levels and their links", () => {
    const graph = defineBvf(distributorInput());
    const back = bvfFromFrame(frameFromBvf(graph, options));
    const ids = (list: readonly { id: string }[]) => list.map((node) => node.id);
    expect(ids(back.executiveKpis)).toEqual(ids(graph.executiveKpis));
    expect(back.executiveKpis.map((k) => [k.name, k.unit, k.baseline!.toString(), k.target!.toString(), k.direction])).toEqual(
      graph.executiveKpis.map((k) => [k.name, k.unit, k.baseline!.toString(), k.target!.toString(), k.direction]),
    );
    expect(back.intentions.map((i) => [i.id, ids(i.serves)])).toEqual(graph.intentions.map((i) => [i.id, ids(i.serves)]));
    expect(back.solutions.map((s) => [s.id, s.name, ids(s.serves), s.differentiator])).toEqual(graph.solutions.map((s) => [s.id, s.name, ids(s.serves), s.differentiator]));
    // a KPI that fed another comes back serving the intentions it reached
    expect(back.operationalKpis.map((o) => ids(o.serves))).toEqual(
      graph.operationalKpis.map((o) => (o.id === "o-collection-calls" ? ["i-order-to-cash"] : ids(o.serves))),
    );
  });

  it("puts a KPI that feeds another at job level and keeps its figures as text", () => {
    const back = frameFromBvf(defineBvf(distributorInput()), options);
    const calls = back.issues.find((issue) => issue.id === "o-collection-calls")!;
    expect(calls.cell).toEqual({ level: "job", dimension: "goals" });
    expect(calls.description).toBe("Sales: 2 → 5 calls a week. Job level: a rep's contribution to the paid-on-terms rate.");
    expect(back.solutions.find((s) => s.id === "v-rep-kpis")!.level).toBe("job");
  });

  it("throws BvfValidationError naming every node a frame cannot express", () => {
    const graph = defineBvf({
      executiveKpis: [{ id: "E1", name: "Cash", baseline: 40 }],
      intentions: [{ id: "I1", name: "Idle" }],
      operationalKpis: [{ id: "O1", name: "Loose", function: "F" }],
      solutions: [{ id: "V1", name: "Nothing" }],
    });
    const error = thrown(() => frameFromBvf(graph, options));
    expect(error).toBeInstanceOf(BvfValidationError);
    expect((error as BvfValidationError).code).toBe("BVF_INVALID");
    expect((error as BvfValidationError).issues).toEqual([
      { path: ["customer"], code: "not_convertible", message: "a frame needs a customer: give options.customer or the BVF's customer" },
      { path: ["executiveKpis", 0], code: "not_convertible", message: 'executive KPI "E1" has no unit, target; a frame goal needs all three' },
      { path: ["intentions", 0], code: "not_convertible", message: 'intention "I1" serves no executive KPI; a success factor must serve a goal' },
      { path: ["operationalKpis", 0], code: "not_convertible", message: 'operational KPI "O1" reaches no intention; a frame issue must hurt a success factor' },
      { path: ["solutions", 0], code: "not_convertible", message: 'solution "V1" serves no operational KPI; a frame solution must address an issue' },
    ]);
  });

  it("leaves bad frame options to the frame's own validation", () => {
    const error = thrown(() => frameFromBvf(defineBvf(distributorInput()), { ...options, currency: "yuan" }));
    expect(error).toMatchObject({ code: "FRAME_INVALID" });
  });
});

/** Runs every recipe of docs/cookbook.md, statement by statement, and checks the results it shows. */
import { describe, expect, it } from "vitest";
import { bvfFromFrame } from "../../src/bvf/bvfFromFrame.js";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { rollUp } from "../../src/bvf/rollUp.js";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { daysInventoryOutstanding } from "../../src/finance/daysInventoryOutstanding.js";
import { workingCapitalReleased } from "../../src/finance/workingCapitalReleased.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frameWarnings } from "../../src/frame/frameWarnings.js";
import { rankSolutions } from "../../src/frame/queries/rankSolutions.js";
import { unaddressedIssues } from "../../src/frame/queries/unaddressedIssues.js";
import { unlinkedElements } from "../../src/frame/queries/unlinkedElements.js";
import { breakEven } from "../../src/quantify/breakEven.js";
import { chooseSolutions } from "../../src/quantify/chooseSolutions.js";
import { compareAlternatives } from "../../src/quantify/compareAlternatives.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { diffEvaluations } from "../../src/quantify/diffEvaluations.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { formatTrace } from "../../src/quantify/formatTrace.js";
import { riskAdjustment } from "../../src/quantify/riskAdjustment.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";
import { simulate } from "../../src/quantify/simulate.js";
import { tornado } from "../../src/quantify/tornado.js";
import { toHtmlReport } from "../../src/render/html/toHtmlReport.js";
import { toMarkdown } from "../../src/render/markdown/toMarkdown.js";
import { linkageDiagram } from "../../src/render/mermaid/linkageDiagram.js";
import { jupyterBundle } from "../../src/notebook/jupyterBundle.js";
import { show } from "../../src/notebook/show.js";
import { questionPlan } from "../../src/questions/questionPlan.js";
import { questionPlanText } from "../../src/render/questions/questionPlanText.js";
import { questionPlanToMarkdown } from "../../src/render/questions/questionPlanToMarkdown.js";
import { run } from "../cli/helpers.js";
import { cumulativeCashFlowData } from "../../src/render/vegaLite/cumulativeCashFlowData.js";
import { waterfallData } from "../../src/render/vegaLite/waterfallData.js";
import { waterfallSpec } from "../../src/render/vegaLite/waterfallSpec.js";
import { readExample } from "./load.js";

// The docs pass parsed JSON straight in; here it is typed as the define functions accept it.
const read = (file: string) => readExample(file) as ValueCaseInput & Parameters<typeof defineBvf>[0];

const frame = defineFrame(read("livestock.frame.json"));
const pigs = defineValueCase(read("livestock.case.json"));
const result = evaluate(pigs, { frame });

describe("cookbook: load a case and evaluate it", () => {
  it("gives the headline measures", () => {
    expect(result.unadjusted.npv.toFixed(0)).toBe("2023463");
    expect(result.weighted.npv.toFixed(0)).toBe("934457");
    expect(result.weighted.irr?.toFixed(4)).toBe("0.3269");
    expect(result.weighted.roi?.toFixed(2)).toBe("0.68");
    expect(result.weighted.paybackYears?.toFixed(2)).toBe("2.51");
  });

  it("measures each goal's gap closed", () => {
    expect(result.goals.map((goal) => [goal.goalId, goal.gapClosed?.toFixed(2) ?? null])).toEqual([
      ["g-ebitda", "0.32"],
      ["g-contract", "0.56"],
      ["g-antibiotics", "0.67"],
      ["g-staff", null],
    ]);
  });
});

describe("cookbook: load a whole value-case document", () => {
  it("resolves the members and evaluates the case", () => {
    const doc = defineValueDocument(read("logistics.valuecase.json"), { resolve: (path) => read(path) });
    expect(doc.references).toEqual({ frame: "logistics.frame.json", case: "logistics.case.json", bvf: "logistics.bvf.json", stakeholders: "logistics.stakeholders.yaml", pursuit: "logistics.pursuit.yaml", realisation: "logistics.realisation.yaml", qualification: "logistics.qualification.yaml", account: "logistics.account.yaml" });
    expect(doc.warnings.map((warning) => warning.path.join(".")).slice(0, 5)).toEqual(["frame.issues.4.tests.hiddenness", "bvf.solutions.4", "bvf.solutions.4", "pursuit.negotiation", "pursuit.stages"]);
    const figures = evaluateDocument(doc);
    expect(figures.evaluation!.unadjusted.npv.toFixed(0)).toBe("16886254");
    expect(figures.scenarios!.rows.length).toBe(5);
  });

  it.each(["distributor", "livestock", "logistics", "manufacturer"])("%s.valuecase.json is a valid document", (name) => {
    const doc = defineValueDocument(read(`${name}.valuecase.json`), { resolve: (path) => read(path) });
    expect([doc.frame !== undefined, doc.case !== undefined, doc.bvf !== undefined, doc.stakeholders !== undefined, doc.pursuit !== undefined, doc.realisation !== undefined, doc.qualification !== undefined, doc.account !== undefined]).toEqual([true, true, true, true, true, true, true, true]);
  });
});

describe("cookbook: show where a figure comes from", () => {
  it("prints the trace", () => {
    expect(formatTrace(result.trace["quantity:pigsSavedPerFarm"]!)).toBe(
      "pigs saved per farm a year = pigs born alive per farm a year × mortality reduction = 151,800 pig/year × 3 % = 4,554 pig/year",
    );
    expect(formatTrace(result.trace["line:pigsSaved"]!, result.trace)).toBe(
      "margin on pigs saved = margin on pigs saved (base) × scope factor (6 sow farms) = 182,160 USD/year × 6 = 1,092,960 USD/year",
    );
    expect(formatTrace(result.trace["driver:targetMortality"]!)).toBe(
      "pre-weaning mortality with monitoring = 9 % (assumption: top-quartile level of comparable farms, reached within two years)",
    );
    expect(result.trace["quantity:pigsSavedPerFarm"]!.drivers).toEqual(["sowsPerFarm", "littersPerSow", "bornAlive", "baselineMortality", "targetMortality"]);
  });
});

describe("cookbook: change an assumption and see what moves", () => {
  it("re-evaluates and explains the difference", () => {
    const cautious = evaluate(pigs, { frame, drivers: { targetMortality: "10" } });
    expect(cautious.weighted.npv.toFixed(0)).toBe("22863");
    const diff = diffEvaluations(result, cautious);
    expect(diff.quantities.map((q) => `${q.id}: ${q.before} → ${q.after}`)).toEqual([
      "quantity:mortalityReduction: 0.03 → 0.02",
      "quantity:pigsSavedPerFarm: 4554 → 3036",
      "quantity:pigMarginPerFarm: 182160 → 121440",
    ]);
    expect(diff.lines.map((line) => [line.id, line.delta?.toString(), line.because])).toEqual([["line:pigsSaved", "-364320", ["targetMortality"]]]);
  });
});

describe("cookbook: compare scenarios side by side", () => {
  it("tabulates the scenarios asked for", () => {
    const table = evaluateScenarios(pigs, {
      scenarios: ["conservative", riskAdjustment("0.25", "0.2", { reason: "new technology on all six farms at once" })],
    });
    expect(table.rows.map((row) => [row.id, row.weightedNpv.toFixed(0), row.weightedPayback?.toFixed(2) ?? "never"])).toEqual([
      ["base", "934457", "2.51"],
      ["conservative", "-706413", "never"],
      ["risk-adjusted", "-295585", "4.63"],
    ]);
  });
});

describe("cookbook: find the break-even", () => {
  it("solves for each driver", () => {
    expect(breakEven(pigs, "targetMortality").value?.toFixed(2)).toBe("10.03");
    expect(breakEven(pigs, "targetMortality", { measure: "unadjusted" }).value?.toFixed(2)).toBe("10.66");
    expect(breakEven(pigs, "marginPerPig").value?.toFixed(2)).toBe("26.33");
  });
});

describe("cookbook: rank the uncertain drivers and simulate them", () => {
  it("ranks by swing and gives seeded percentiles", { timeout: 30_000 }, () => {
    expect(tornado(pigs).rows.map((row) => `${row.driver} ${row.swing.toFixed(0)}`)).toEqual([
      "targetMortality 2734784",
      "marginPerPig 1367392",
      "sensorCostPerCrate 432000",
      "medicationReduction 310468",
      "analystCost 113724",
    ]);
    const mc = simulate(pigs, { iterations: 10000, seed: 1 });
    expect([mc.npv.p10, mc.npv.p50, mc.npv.p90].map((npv) => npv.toFixed(0))).toEqual(["-395055", "506099", "1408804"]);
    expect(mc.probabilityPositive.toString()).toBe("0.7614");
  });
});

describe("cookbook: rank solutions, weigh resolve against bypass, choose under a budget", () => {
  it("ranks, compares and chooses", () => {
    expect(rankSolutions(frame).map((r) => `${r.solution.id} ${r.score}`)).toEqual(["sol-health-monitoring 4", "sol-career-path 2.4", "sol-night-attendants 2.2"]);
    expect(rankSolutions(frame, { timeliness: 2, risk: 0 }).map((r) => `${r.solution.id} ${r.score}`)).toEqual([
      "sol-health-monitoring 4.2",
      "sol-night-attendants 2.8",
      "sol-career-path 2.6",
    ]);
    const erp = defineValueCase(read("manufacturer.case.json"));
    const [inventory] = compareAlternatives(erp).alternatives;
    expect(inventory?.options.map((o) => `${o.solution} ${o.npv.toFixed(0)} ${o.riskAdjustedNpv.toFixed(0)}`)).toEqual([
      "sol-integrated-planning 12122436 7575258",
      "sol-consignment 5648358 4776798",
    ]);
    expect(inventory?.best).toBe("sol-integrated-planning");
    const choice = chooseSolutions(erp, { budget: "5000000" });
    expect(choice.chosen.map((c) => c.id)).toEqual(["sol-integrated-planning"]);
    expect(choice.rejected.map((c) => c.code)).toEqual(["alternative_taken"]);
  });
});

describe("cookbook: find the weak spots of a frame", () => {
  it("lists warnings, unaddressed issues and unlinked elements", () => {
    expect(frameWarnings(frame).map((warning) => warning.message)).toEqual([
      'issue "cbi-turnover" rates 2 of 5 on hiddenness: the customer already sees it, so finding it will not make them listen',
    ]);
    expect(unaddressedIssues(frame)).toEqual([]);
    expect(unlinkedElements(frame).map((u) => `${u.kind} ${u.element.id}`)).toEqual([
      "successFactor csf-stewardship-rules",
      "solution sol-night-attendants",
      "solution sol-career-path",
    ]);
  });
});

describe("cookbook: build a BVF from a frame, then roll it up", () => {
  it("drafts a BVF and lists what it lacks", () => {
    const plant = defineFrame(read("manufacturer.frame.json"));
    const draft = bvfFromFrame(plant, { seller: "ERP vendor", functions: { "cbi-dio": "Planning", "cpi-master-data": "Planning" } });
    expect(draft.operationalKpis.map((kpi) => `${kpi.id} (${kpi.function})`)).toEqual([
      "cbi-dio (Planning)",
      "cpi-master-data (Planning)",
      "cpi-planner-consequences (Job level)",
      "cbi-wrong-stock (Process level)",
    ]);
    expect(checkBvf(draft).filter((finding) => finding.severity === "warning").map((finding) => finding.code)).toEqual([
      "intention_without_operational_kpi",
      "intention_without_operational_kpi",
      "operational_kpi_not_measurable",
      "operational_kpi_not_measurable",
      "operational_kpi_not_measurable",
      "operational_kpi_not_measurable",
      "solution_without_phase",
      "solution_without_phase",
    ]);
  });

  it("rolls the finished BVF up", () => {
    const bvf = defineBvf(read("manufacturer.bvf.json"));
    expect(rollUp(bvf).executiveKpis.map((kpi) => `${kpi.id} ${kpi.estimated.toFixed(1)} % of ${kpi.expected?.toFixed(1)} %`)).toEqual([
      "g-fcf 88.7 % of 71.4 %",
      "g-ebit 14.1 % of 23.1 %",
      "g-otif 9.6 % of 9.2 %",
      "g-revenue 8.5 % of 7.5 %",
    ]);
    expect(rollUp(bvf, { throughPhase: 1 }).executiveKpis.map((kpi) => kpi.estimated.toFixed(1))).toEqual(["87.1", "9.9", "6.4", "1.3"]);
  });
});

describe("cookbook: cross-check a figure with the finance functions", () => {
  it("agrees with the manufacturer's frame and case", () => {
    expect(daysInventoryOutstanding("38000000", "146000000").toString()).toBe("95");
    expect(workingCapitalReleased({ annualAmount: "146000000", daysReduced: 95 - 70 }).toString()).toBe("10000000");
  });
});

describe("cookbook: write a report", () => {
  it("writes the evaluation and the frame as Markdown", () => {
    const report = toMarkdown(result, { scenarios: evaluateScenarios(pigs), tornado: tornado(pigs) });
    expect(report.split("\n").filter((line) => line.startsWith("## "))).toEqual([
      "## Assumptions",
      "## Calculation steps",
      "## Value lines",
      "## Cash flow by period",
      "## Cash flow by period, probability-weighted",
      "## Headline measures",
      "## Contribution to goals",
      "## Double counting",
      "## Scenarios side by side",
      "## Sensitivity",
    ]);
    expect(report.split("\n").find((line) => line.includes("**pigs saved per farm a year**"))).toBe(
      "3. **pigs saved per farm a year** = pigs born alive per farm a year × mortality reduction = 151,800 pig/year × 3 % = **4,554 pig/year**",
    );
    expect(toMarkdown(frame, { locale: "zh-CN" }).split("\n")[0]).toBe("# Prairie Ridge Pork：参照系");
  });
});

describe("cookbook: draw the charts and write an HTML report", () => {
  it("gives exact chart data, a Vega-Lite spec, a Mermaid diagram and one HTML file", () => {
    expect(waterfallData(result).bars.map((bar) => `${bar.label} ${bar.text}`)).toEqual([
      "margin on pigs saved $3,688,740.00",
      "medication cost saved $564,480.00",
      "sensors, installation and training -$1,212,000.00",
      "subscription and analyst -$1,322,000.00",
      "Net $1,719,220.00",
    ]);
    expect(cumulativeCashFlowData(result).description).toBe("Cumulative net cash flow by period. Payback: 2.51 years.");
    expect(waterfallSpec(result).$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(linkageDiagram(frame).split("\n")[0]).toBe("flowchart BT");
    const html = toHtmlReport({ frame, evaluation: result, scenarios: evaluateScenarios(pigs), tornado: tornado(pigs) });
    expect(html.match(/<title>(.*)<\/title>/)?.[1]).toBe("Value case report: Prairie Ridge Pork");
    expect((html.match(/<svg/g) ?? []).length).toBe(4);
  });
});

describe("cookbook: show a case in a notebook", () => {
  it("gives the display bundle of an evaluation, and show() wraps a frame for Deno's kernel", () => {
    expect(Object.keys(jupyterBundle(result))).toEqual(["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]);
    expect(typeof (show(frame) as unknown as Record<symbol, unknown>)[Symbol.for("Jupyter.display")]).toBe("function");
  });
});

describe("cookbook: prepare the meeting", () => {
  it("generates the question plan", () => {
    const plan = questionPlan(frame);
    expect(plan.issues[0]?.confirm.map((question) => question.key)).toEqual(["signs", "aspectOwner", "nextYear"]);
    const text = questionPlanText(plan);
    expect(text.issues[0]?.confirm[0]).toBe(
      "We see signs of “Pre-weaning mortality stuck at 12 %, 3 points behind the top-quartile farms”. How does it show in your figures today?",
    );
    expect(text.diagnostics.slice(0, 3).map((cell) => `${cell.name}: ${cell.issues.join(", ")}`)).toEqual([
      "Process goals: ",
      "Process design: cpi-late-detection",
      "Process management: cbi-mortality",
    ]);
    expect(questionPlanToMarkdown(plan).split("\n")[0]).toBe("# Question plan: Prairie Ridge Pork");
  });
});

describe("cookbook: use the command line", () => {
  it("validates a document, listing the warnings with file, line and column", { timeout: 30_000 }, async () => {
    const validated = await run(["validate", "examples/livestock.valuecase.json"]);
    expect(validated.code).toBe(0);
    expect(validated.stdout.split("\n").slice(0, 3)).toEqual([
      "examples/livestock.valuecase.json: valid",
      "  frame  Prairie Ridge Pork: 4 goals, 4 success factors, 5 issues, 3 solutions, 4 values",
      "  case   Farrowing-room health monitoring for Prairie Ridge Pork: 15 drivers, 4 lines, 3 scenarios; NPV 2,023,462.54 USD, risk-weighted 934,457.48 USD",
    ]);
    expect(validated.stderr.split("\n")[0]).toBe(
      'examples/livestock.frame.json:122:49: warning: issues[4].tests.hiddenness: issue "cbi-turnover" rates 2 of 5 on hiddenness: the customer already sees it, so finding it will not make them listen [weak_issue_test]',
    );
  });

  it("simulates with a seed and writes a Markdown report", { timeout: 30_000 }, async () => {
    const simulated = await run(["simulate", "examples/livestock.valuecase.json", "--iterations", "10000", "--seed", "1"]);
    expect(simulated.code).toBe(0);
    for (const line of ["  P10                     -395,054.55 USD", "  P50                     506,098.64 USD", "  P90                     1,408,803.70 USD", "  P(NPV > 0)              76.14 %"]) {
      expect(simulated.stdout.split("\n")).toContain(line);
    }
    const reported = await run(["report", "examples/manufacturer.valuecase.json", "--format", "md", "-o", "manufacturer.md"]);
    expect(reported.code).toBe(0);
    const [report] = [...reported.written.values()];
    expect(report?.split("\n")[0]).toBe("# Executive summary");
    expect(report).toContain("# Keller Antriebstechnik GmbH: reference frame");
    expect(report).toContain("# Value case: Integrated planning on the ERP for Keller Antriebstechnik");
    const page = await run(["report", "examples/livestock.valuecase.json", "--format", "html", "-o", "livestock.html"]);
    expect(page.code).toBe(0);
    expect([...page.written.values()][0]).toContain("<title>Value case report: Prairie Ridge Pork</title>");
  });
});

describe("cookbook: start a case from scratch", () => {
  it("evaluates a two-line case", () => {
    const pilot = evaluate({
      name: "One-farm pilot", currency: "USD", period: "year", horizon: 3, discountRate: "0.1",
      drivers: [
        { id: "saving", value: "50000", unit: "USD/year", provenance: { kind: "assumption", source: "one farm, one year" } },
        { id: "kit", value: "60000", unit: "USD", provenance: { kind: "benchmark" } },
      ],
      lines: [
        { id: "saved", kind: "benefit", amount: "saving", recurrence: "recurring", probability: "0.8" },
        { id: "sensors", kind: "cost", amount: "kit", recurrence: "once" },
      ],
    });
    expect(pilot.periods.map((row) => row.net.toString())).toEqual(["-60000", "50000", "50000", "50000"]);
    expect(pilot.unadjusted.npv.toFixed(2)).toBe("64342.60");
    expect(pilot.weighted.npv.toFixed(2)).toBe("39474.08");
  });
});

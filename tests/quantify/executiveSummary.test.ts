/** The executive summary: a headline that never counts one benefit twice, and what a CFO asks of it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { executiveSummary } from "../../src/quantify/executiveSummary.js";
import { QuantifyArgumentError } from "../../src/quantify/errors.js";
import { tornado } from "../../src/quantify/tornado.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { distributor, readCase } from "./fixtures.js";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";

const json = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"));
const frame = defineFrame(json("distributor.frame.json") as never);

describe("excludeLines", () => {
  it("leaves the lines out of every figure, so the weighted NPV is the double-counting section's unflagged one", () => {
    const full = evaluate(distributor);
    const without = evaluate(distributor, { excludeLines: full.doubleCounting.flagged });
    expect(full.doubleCounting.flagged).toEqual(["financingCost"]);
    expect(without.weighted.npv.toFixed(2)).toBe(full.doubleCounting.unflaggedNpv.toFixed(2));
    expect(without.weighted.npv.toFixed(2)).toBe("17967611.64");
    expect(without.lines.find((line) => line.id === "financingCost")?.included).toBe(false);
    expect(without.doubleCounting.groups).toEqual([]);
  });

  it("names every unknown line at its index", () => {
    let error: unknown;
    try {
      evaluate(distributor, { excludeLines: ["financingCost", "nope", 3 as never] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QuantifyArgumentError);
    expect((error as QuantifyArgumentError).issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["excludeLines", 1], "unknown_line"],
      [["excludeLines", 2], "unknown_line"],
    ]);
  });
});

describe("executiveSummary", () => {
  const summary = executiveSummary(distributor, { frame });

  it("heads with the de-duplicated figures when lines are flagged, and gives the figure with them beside", () => {
    expect(summary.headline.deduplicated).toBe(true);
    expect(summary.headline.riskAdjusted.npv.toFixed(2)).toBe("17967611.64");
    expect(summary.doubleCounting?.withFlagged.riskAdjusted.npv.toFixed(2)).toBe("21120118.88");
    expect(summary.doubleCounting?.flagged).toEqual([{ id: "financingCost", label: "financing cost saved" }]);
    // Every headline measure comes from the one evaluation without the flagged line.
    const without = evaluate(distributor, { frame, excludeLines: ["financingCost"] });
    expect(summary.headline.unadjusted).toEqual(without.unadjusted);
    expect(summary.headline.riskAdjusted).toEqual(without.weighted);
  });

  it("gives the scenario range on the headline's lines, lowest and highest", () => {
    const rows = evaluateScenarios(distributor, { frame, excludeLines: ["financingCost"] }).rows;
    const npvs = rows.map((row) => row.weightedNpv.toFixed(2)).sort((a, b) => Number(a) - Number(b));
    expect(summary.scenarioRange?.count).toBe(rows.length);
    expect(summary.scenarioRange?.low.weightedNpv.toFixed(2)).toBe(npvs[0]);
    expect(summary.scenarioRange?.high.weightedNpv.toFixed(2)).toBe(npvs[npvs.length - 1]);
    expect(summary.scenarioRange?.low.id).toBe("conservative");
  });

  it("flags an IRR a CFO will question: several roots here, an extreme rate against a lower threshold", () => {
    expect(summary.irrCaveats.map((caveat) => caveat.kind)).toEqual(["severalRoots"]);
    const plain = executiveSummary(readCase(), { excludeLines: ["financingCost", "running"], irrCaveatAbove: "0.5" });
    expect(plain.irrCaveats.map((caveat) => caveat.kind)).toContain("extreme");
    const noCaveat = executiveSummary(readCase(), { excludeLines: ["financingCost", "running"], irrCaveatAbove: "1000" });
    expect(noCaveat.irrCaveats.filter((caveat) => caveat.kind === "extreme")).toEqual([]);
  });

  it("lists the largest benefit lines, the goals' gaps and the three assumptions that move the NPV most", () => {
    expect(summary.topLines.map((line) => line.id)).toEqual(["workingCapital"]);
    const cash = summary.goals.find((goal) => goal.goalId === "g-cash")!;
    expect([cash.gap?.toString(), cash.contribution?.toString(), cash.gapClosed?.toString()]).toEqual(["8", "28", "3.5"]);
    const bars = tornado(distributor, { excludeLines: ["financingCost"] }).rows;
    expect(summary.keyAssumptions.map((a) => a.driver)).toEqual(bars.slice(0, 3).map((bar) => bar.driver));
    expect(summary.keyAssumptions[0]?.swing.toFixed(2)).toBe(bars[0]?.swing.toFixed(2));
  });

  it("closes with the case's ask, or the one given", () => {
    expect(summary.ask).toBe(distributor.ask);
    expect(executiveSummary(distributor, { ask: "Approve the pilot in East China." }).ask).toBe("Approve the pilot in East China.");
  });

  it("heads with every line when nothing is flagged, and reuses figures already made", () => {
    const data = readCase();
    const single = defineValueCase({ ...data, lines: data.lines.filter((line) => line.id !== "financingCost") });
    const evaluation = evaluate(single);
    const scenarios = evaluateScenarios(single);
    const made = executiveSummary(single, { computed: { evaluation, scenarios } });
    expect(made.headline.deduplicated).toBe(false);
    expect(made.doubleCounting).toBeUndefined();
    expect(made.headlineEvaluation).toBe(evaluation);
    expect(made.headline.riskAdjusted.npv.toFixed(2)).toBe(evaluation.weighted.npv.toFixed(2));
  });

  it("is the same when evaluateDocument lends it the figures it made, in a scenario too", () => {
    const data = readCase();
    const single = { ...data, lines: data.lines.filter((line) => line.id !== "financingCost") };
    for (const scenario of [undefined, "conservative"]) {
      const options = scenario === undefined ? {} : { scenario };
      const lent = evaluateDocument(defineValueDocument({ case: single }), options).summary!;
      const own = executiveSummary(single, options);
      expect(lent.headline.riskAdjusted.npv.toFixed(2)).toBe(own.headline.riskAdjusted.npv.toFixed(2));
      expect(lent.scenarioRange).toEqual(own.scenarioRange);
      expect(lent.keyAssumptions).toEqual(own.keyAssumptions);
    }
  });

  it("lists every bad option in one error", () => {
    let error: unknown;
    try {
      executiveSummary(distributor, { irrCaveatAbove: "x", topLines: -1, keyAssumptions: 1.5, ask: " " });
    } catch (caught) {
      error = caught;
    }
    expect((error as QuantifyArgumentError).issues.map((issue) => issue.path[0])).toEqual(["irrCaveatAbove", "ask", "topLines", "keyAssumptions"]);
  });
});

describe("excludeLines in the other quantify functions", () => {
  it("simulate leaves the lines out: the base NPV is the evaluation's without them", async () => {
    const { simulate } = await import("../../src/quantify/simulate.js");
    const without = simulate(distributor, { iterations: 200, excludeLines: ["financingCost"] });
    expect(without.baseNpv.toFixed(2)).toBe(evaluate(distributor, { excludeLines: ["financingCost"] }).weighted.npv.toFixed(2));
    expect(() => simulate(distributor, { iterations: 10, excludeLines: ["nope"] })).toThrow(QuantifyArgumentError);
  });
});

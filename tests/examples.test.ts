/** Loads every bundled example frame through defineFrame and checks what the examples promise. */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../src/frame/defineFrame.js";
import { frameGrid } from "../src/grid/frameGrid.js";
import { goalChain } from "../src/frame/queries/goalChain.js";
import { rankSolutions } from "../src/frame/queries/rankSolutions.js";
import { findElement } from "../src/frame/queries/findElement.js";
import { solutionChain } from "../src/frame/queries/solutionChain.js";
import { unaddressedIssues } from "../src/frame/queries/unaddressedIssues.js";
import { unlinkedElements } from "../src/frame/queries/unlinkedElements.js";
import { safeDefineFrame } from "../src/frame/defineFrame.js";

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "examples");
const frameFiles = readdirSync(examplesDir).filter((name) => name.endsWith(".frame.json"));
const load = (name: string): unknown => JSON.parse(readFileSync(join(examplesDir, name), "utf8"));

describe("example frames", () => {
  it("include the distributor", () => {
    expect(frameFiles).toContain("distributor.frame.json");
  });

  it.each(frameFiles)("%s is a valid frame that survives a JSON round trip", (name) => {
    const frame = defineFrame(load(name));
    expect(defineFrame(JSON.parse(JSON.stringify(frame)))).toEqual(frame);
  });
});

describe("the distributor example", () => {
  const frame = defineFrame(load("distributor.frame.json"));

  it("aims at operating cash flow +20 %", () => {
    const goal = frame.goals.find((g) => g.id === "g-cash")!;
    expect(goal.direction).toBe("increase");
    expect(goal.target.div(goal.baseline).minus(1).toString()).toBe("0.2");
    expect(frame.currency).toBe("CNY");
  });

  it("places the DSO issue at process × management and the sales-rep CPI at job × management", () => {
    const cell = (level: string, dimension: string) =>
      frameGrid(frame)
        .find((c) => c.level === level && c.dimension === dimension)!
        .issues.map((i) => [i.id, i.kind]);
    expect(cell("process", "management")).toEqual([["cbi-dso", "CBI"]]);
    expect(cell("job", "management")).toEqual([["cpi-sales-not-measured", "CPI"]]);
    expect(frame.issues[0]!.name).toBe("Collection rate falling: DSO grew from 48 to 62 days");
    expect(frame.issues[0]!.hurts).toEqual(["csf-collection"]);
  });

  it("links the credit-to-cash solution up to the cash-flow goal", () => {
    const chain = solutionChain(frame, "sol-credit-to-cash");
    expect(chain.solution.approach).toBe("resolve");
    expect(chain.goals.map((g) => g.id)).toEqual(["g-cash"]);
    expect(chain.values.map((v) => v.id)).toEqual(["v-working-capital", "v-financing-cost", "v-one-process"]);
  });

  it("values the working capital at 14 M CNY once and the financing cost at 0.84 M CNY a year, probability 0.8", () => {
    const [capital, financing, soft] = goalChain(frame, "g-cash").values;
    expect(capital?.kind === "financial" && [capital.amount.toString(), capital.recurrence, capital.probability.toString()]).toEqual([
      "14000000",
      "once",
      "0.8",
    ]);
    expect(financing?.kind === "financial" && [financing.amount.toString(), financing.recurrence]).toEqual(["840000", "yearly"]);
    // the saving is the released capital at a 6 % cost of funds
    expect(capital?.kind === "financial" && financing?.kind === "financial" && capital.amount.times("0.06").eq(financing.amount)).toBe(true);
    expect(soft?.kind).toBe("non-financial");
  });

  it("ranks credit-to-cash above factoring", () => {
    expect(rankSolutions(frame).map((r) => [r.solution.id, r.score.toString()])).toEqual([
      ["sol-credit-to-cash", "3.8"],
      ["sol-factoring", "2.8"],
    ]);
  });

  it("has one documented warning: the stock-out issue is not hidden", () => {
    const result = safeDefineFrame(load("distributor.frame.json"));
    expect(result.success && result.warnings.map((w) => [w.path, w.code])).toEqual([[["issues", 3, "tests", "hiddenness"], "weak_issue_test"]]);
  });
});

describe("results the documentation states for the distributor", () => {
  const frame = defineFrame(load("distributor.frame.json"));

  it("matches the query examples", () => {
    expect(findElement(frame, "cbi-dso")?.kind).toBe("issue");
    expect(solutionChain(frame, "sol-credit-to-cash").issues.map((link) => link.issue.id)).toEqual([
      "cbi-dso",
      "cpi-sales-not-measured",
      "cpi-no-credit-check",
    ]);
    expect(goalChain(frame, "g-cash").successFactors[0]!.issues[0]!.solutions[0]!.values.map((v) => v.id)).toEqual([
      "v-working-capital",
      "v-financing-cost",
      "v-one-process",
    ]);
    expect(unaddressedIssues(frame).map((issue) => issue.id)).toEqual(["cbi-stockouts"]);
    expect(unlinkedElements(frame).map((u) => `${u.kind} ${u.element.id}`)).toEqual(["successFactor csf-inventory-turnover", "solution sol-factoring"]);
  });

  it("matches the weighted ranking in docs/frame.md", () => {
    expect(rankSolutions(frame, { timeliness: 2, risk: 0 }).map((r) => [r.rank, r.solution.id, r.score.toString()])).toEqual([
      [1, "sol-credit-to-cash", "4.2"],
      [2, "sol-factoring", "3.4"],
    ]);
  });
});

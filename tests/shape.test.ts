/**
 * One shape for every module: each model's define/safeDefine pair keeps the same contract, every module
 * exports its code map in one spelling, and every entry reaches the shared error classes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as bvfEntry from "../src/bvf/index.js";
import * as documentEntry from "../src/document/index.js";
import * as financeEntry from "../src/finance/index.js";
import * as gridEntry from "../src/grid/index.js";
import * as notebookEntry from "../src/notebook/index.js";
import * as quantifyEntry from "../src/quantify/index.js";
import * as questionsEntry from "../src/questions/index.js";
import * as renderEntry from "../src/render/index.js";
import * as xlsxEntry from "../src/xlsx/index.js";
import * as peopleEntry from "../src/people/index.js";
import * as pursuitEntry from "../src/pursuit/index.js";
import * as realiseEntry from "../src/realise/index.js";
import * as qualifyEntry from "../src/qualify/index.js";
import * as portfolioEntry from "../src/portfolio/index.js";
import * as portfolioNodeEntry from "../src/runners/index.js";
import { ValueframeError, ValueframeValidationError } from "../src/errors/ValueframeError.js";
import { entries as packageEntries, exportsOf } from "./support/entries.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), "utf8"));

type Result = { success: boolean; data?: unknown; warnings?: readonly unknown[]; error?: unknown };
const models: readonly { name: string; define: (x: never) => unknown; safeDefine: (x: never) => Result; good: unknown; bad: unknown; code: string }[] = [
  { name: "frame", define: root.defineFrame, safeDefine: root.safeDefineFrame, good: read("distributor.frame.json"), bad: { customer: {}, currency: "cny" }, code: "FRAME_INVALID" },
  { name: "value case", define: quantifyEntry.defineValueCase, safeDefine: quantifyEntry.safeDefineValueCase, good: read("distributor.case.json"), bad: { name: 1 }, code: "QUANTIFY_INVALID" },
  { name: "BVF", define: bvfEntry.defineBvf, safeDefine: bvfEntry.safeDefineBvf, good: read("distributor.bvf.json"), bad: { solutions: [{ id: "V1", name: "x", serves: ["E9"] }] }, code: "BVF_INVALID" },
  {
    name: "document",
    define: documentEntry.defineValueDocument,
    safeDefine: documentEntry.safeDefineValueDocument,
    good: { frame: read("distributor.frame.json"), case: read("distributor.case.json") },
    bad: { frame: { customer: {}, currency: "cny" } },
    code: "DOCUMENT_INVALID",
  },
  {
    name: "buying centre",
    define: peopleEntry.defineBuyingCentre,
    safeDefine: peopleEntry.safeDefineBuyingCentre,
    good: { people: [{ id: "p-cfo", name: "Li Wei", category: "executive", roles: ["decisionMaker"], influence: 5, met: true }] },
    bad: { people: [{ id: "p-cfo", name: "Li Wei", category: "boss", influence: 9 }] },
    code: "PEOPLE_INVALID",
  },
  {
    name: "pursuit",
    define: pursuitEntry.definePursuit,
    safeDefine: pursuitEntry.safeDefinePursuit,
    good: { stages: [{ person: "p-cfo", date: "2026-10-12", stage: 8, signs: ["seniorDiscussesValue"], source: "visit" }] },
    bad: { stages: [{ person: "p-cfo", date: "2026-10-12", stage: 11, source: "visit" }] },
    code: "PURSUIT_INVALID",
  },
  {
    name: "realisation",
    define: realiseEntry.defineRealisation,
    safeDefine: realiseEntry.safeDefineRealisation,
    good: { start: "2025-12-01", kpis: [{ id: "k-dso", name: "DSO", unit: "days", baseline: "62", target: "48", direction: "decrease" }], actuals: [{ kpi: "k-dso", date: "2026-01-31", value: "60", source: "ERP" }] },
    bad: { start: "2025-12-01", kpis: [], actuals: [{ kpi: "k-dso", date: "2026-01-31", value: "sixty", source: "ERP" }] },
    code: "REALISE_INVALID",
  },
  {
    name: "qualification",
    define: qualifyEntry.defineQualification,
    safeDefine: qualifyEntry.safeDefineQualification,
    good: { prospect: "opportunity", opening: { turf: "neutral", leader: "us" } },
    bad: { opening: { turf: "home", leader: "us" } },
    code: "QUALIFY_INVALID",
  },
  {
    name: "portfolio",
    define: portfolioEntry.definePortfolio,
    safeDefine: portfolioEntry.safeDefinePortfolio,
    good: { currency: "CNY", rates: { USD: { rate: "7.12", source: "bank", asOf: "2026-12-01" } }, asOf: "2026-12-06" },
    bad: { currency: "cny", rates: { USD: { rate: "-7.12", asOf: "2026-12-01" } } },
    code: "PORTFOLIO_INVALID",
  },
];

describe.each(models)("the $name's define/safeDefine", ({ define, safeDefine, good, bad, code }) => {
  it("returns { success: true, data, warnings } frozen, and define returns the same data", () => {
    const result = safeDefine(good as never);
    expect(Object.keys(result)).toEqual(["success", "data", "warnings"]);
    expect(result.success).toBe(true);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.warnings)).toBe(true);
    expect(Object.isFrozen(result.data)).toBe(true);
    expect(define(good as never)).toStrictEqual(result.data);
  });

  it("returns { success: false, error } with a located validation error, which define throws", () => {
    const result = safeDefine(bad as never);
    expect(Object.keys(result)).toEqual(["success", "error"]);
    expect(result.error).toBeInstanceOf(ValueframeValidationError);
    const error = result.error as ValueframeValidationError;
    expect(error.code).toBe(code);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.message.split("\n")[0]).toMatch(/^valueframe: .+: \d+ problems?:$/);
    let thrown: unknown;
    try {
      define(bad as never);
    } catch (caught) {
      thrown = caught;
    }
    expect((thrown as ValueframeValidationError).issues).toEqual(error.issues);
  });
});

const entries = { valueframe: root, "valueframe/finance": financeEntry, "valueframe/quantify": quantifyEntry, "valueframe/bvf": bvfEntry, "valueframe/render": renderEntry, "valueframe/document": documentEntry, "valueframe/notebook": notebookEntry, "valueframe/questions": questionsEntry, "valueframe/grid": gridEntry, "valueframe/xlsx": xlsxEntry, "valueframe/people": peopleEntry, "valueframe/pursuit": pursuitEntry, "valueframe/realise": realiseEntry, "valueframe/qualify": qualifyEntry, "valueframe/portfolio": portfolioEntry, "valueframe/portfolio/node": portfolioNodeEntry };

describe("the error model", () => {
  it.each(Object.entries(entries))("%s exports the shared error classes", (_name, entry) => {
    expect((entry as Record<string, unknown>)["ValueframeError"]).toBe(ValueframeError);
    expect((entry as Record<string, unknown>)["ValueframeValidationError"]).toBe(ValueframeValidationError);
  });

  it("every module's code map uses one spelling: <MODULE>_INVALID, <MODULE>_INVALID_ARGUMENT, <MODULE>_UNKNOWN_ID…", () => {
    const maps = { FRAME: root.FRAME_ERROR_CODES, FINANCE: financeEntry.FINANCE_ERROR_CODES, QUANTIFY: quantifyEntry.QUANTIFY_ERROR_CODES, BVF: bvfEntry.BVF_ERROR_CODES, RENDER: renderEntry.RENDER_ERROR_CODES, DOCUMENT: documentEntry.DOCUMENT_ERROR_CODES, QUESTIONS: questionsEntry.QUESTIONS_ERROR_CODES, XLSX: xlsxEntry.XLSX_ERROR_CODES, PEOPLE: peopleEntry.PEOPLE_ERROR_CODES, PURSUIT: pursuitEntry.PURSUIT_ERROR_CODES, REALISE: realiseEntry.REALISE_ERROR_CODES, QUALIFY: qualifyEntry.QUALIFY_ERROR_CODES, PORTFOLIO: portfolioEntry.PORTFOLIO_ERROR_CODES };
    for (const [module, map] of Object.entries(maps)) {
      for (const [key, code] of Object.entries(map)) {
        // The key is the code without its module prefix, in camelCase.
        const words = code.split("_");
        expect(words[0]).toBe(module);
        const camel = words.slice(1).map((word, i) => (i === 0 ? word.toLowerCase() : word[0] + word.slice(1).toLowerCase())).join("");
        expect(key).toBe(camel);
      }
    }
    for (const module of ["FRAME", "QUANTIFY", "BVF", "DOCUMENT", "PEOPLE", "PORTFOLIO"] as const) expect(Object.values(maps[module])).toContain(`${module}_INVALID`);
    for (const module of ["FRAME", "FINANCE", "QUANTIFY", "BVF", "RENDER", "QUESTIONS", "XLSX", "PEOPLE", "PURSUIT", "REALISE", "QUALIFY", "PORTFOLIO"] as const) expect(Object.values(maps[module])).toContain(`${module}_INVALID_ARGUMENT`);
  });

  it("every argument error is a located validation error", () => {
    const calls = [
      () => root.scoreSolution(root.defineFrame(read("distributor.frame.json")).solutions[0]!, { risk: -1 }),
      () => financeEntry.npv("x", [1, 2]),
      () => quantifyEntry.simulate(quantifyEntry.defineValueCase(read("distributor.case.json") as never), { iterations: 0 }),
      () => bvfEntry.rollUp(bvfEntry.defineBvf(read("distributor.bvf.json") as never), { throughPhase: 0 }),
      () => renderEntry.formatMoney("1", "yuan"),
      () => questionsEntry.questionPlan(42 as never),
      () => xlsxEntry.toWorkbook({} as never),
      () => peopleEntry.attentionRanking(peopleEntry.defineBuyingCentre({ people: [] }), { asOf: "today" }),
      () => pursuitEntry.progress(pursuitEntry.definePursuit({}), { asOf: "today" }),
      () => realiseEntry.defineRealisation({ start: "2025-12-01", kpis: [] }, { asOf: "today" }),
      () => qualifyEntry.opening("home" as never, "us"),
      () => portfolioEntry.summariseCase({} as never, { id: "" }),
      () => portfolioNodeEntry.poolRunner({ threads: 0 }),
    ];
    for (const call of calls) {
      let thrown: unknown;
      try {
        call();
      } catch (caught) {
        thrown = caught;
      }
      expect(thrown).toBeInstanceOf(ValueframeValidationError);
      expect((thrown as ValueframeValidationError).code).toMatch(/^[A-Z]+_INVALID_ARGUMENT$/);
      expect((thrown as ValueframeValidationError).issues[0]?.path.length).toBeGreaterThan(0);
    }
  });
});

// Names every entry may share because they are one and the same thing: the error model and the numbers.
const shared = new Set(["ValueframeError", "ValueframeValidationError", "formatPath", "IssuePath", "ValueframeIssue", "SafeDefineResult", "Dec", "toDec", "isNumeric", "Decimal", "Numeric"]);

describe("names across entries", () => {
  it("lists every entry of package.json here", () => {
    expect(packageEntries.map((entry) => entry.name).sort()).toEqual(Object.keys(entries).sort());
  });

  it("no two entries export the same name for different things", () => {
    const owners = new Map<string, string[]>();
    for (const entry of packageEntries) for (const name of new Set(exportsOf(entry.index))) owners.set(name, [...(owners.get(name) ?? []), entry.name]);
    const clashes = [...owners].filter(([name, where]) => where.length > 1 && !shared.has(name)).map(([name, where]) => `${name}: ${where.join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("shared names are the same object in every entry that has them", () => {
    for (const name of shared) {
      const values = new Set(Object.values(entries).map((entry) => (entry as Record<string, unknown>)[name]).filter((value) => value !== undefined));
      expect(values.size).toBeLessThanOrEqual(1);
    }
  });
});

describe("warnings on demand", () => {
  it("are found on first read, once, and define never reads them", () => {
    const frameData = read("distributor.frame.json") as { issues: { tests: Record<string, unknown> }[] };
    const result = root.safeDefineFrame(frameData);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const first = result.warnings;
    expect(first.map((warning) => warning.code)).toEqual(["weak_issue_test"]);
    expect(result.warnings).toBe(first);
    expect(JSON.parse(JSON.stringify(result)).warnings).toHaveLength(1);
  });
});

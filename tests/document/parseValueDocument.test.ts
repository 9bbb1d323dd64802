/** parseValueDocument: a document from text, members read through the caller's store, every problem located in file order. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocumentValidationError, evaluateDocument, parseValueDocument, safeParseValueDocument } from "../../src/document/index.js";

const example = (name: string) => readFileSync(`examples/${name}`, "utf8");
const store: Record<string, string> = {
  "distributor.frame.json": example("distributor.frame.json"),
  "distributor.case.json": example("distributor.case.json"),
  "distributor.bvf.json": example("distributor.bvf.json"),
  "distributor.stakeholders.yaml": example("distributor.stakeholders.yaml"),
  "distributor.pursuit.yaml": example("distributor.pursuit.yaml"),
  "distributor.realisation.yaml": example("distributor.realisation.yaml"),
  "distributor.qualification.yaml": example("distributor.qualification.yaml"),
  "distributor.account.yaml": example("distributor.account.yaml"),
};
const readMember = (path: string) => store[path];

/** The line and column where `needle` starts in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

describe("parseValueDocument", () => {
  it("reads the distributor document through a store and gives the figures evaluate gives", () => {
    const { document, locate } = parseValueDocument(example("distributor.valuecase.json"), { fileName: "distributor.valuecase.json", readMember });
    expect(document.case?.currency).toBe("CNY");
    expect(document.references).toEqual({ frame: "distributor.frame.json", case: "distributor.case.json", bvf: "distributor.bvf.json", stakeholders: "distributor.stakeholders.yaml", pursuit: "distributor.pursuit.yaml", realisation: "distributor.realisation.yaml", qualification: "distributor.qualification.yaml", account: "distributor.account.yaml" });
    expect(evaluateDocument(document).evaluation?.weighted.npv.toFixed(2)).toBe("21120118.88");
    const driver = positionOf(store["distributor.case.json"]!, '"id": "dsoReduction"');
    // The locator points into the member file at the element (its opening brace, one line above its id).
    expect(locate(["case", "drivers", 2])).toEqual({ file: "distributor.case.json", path: ["drivers", 2], line: driver.line - 1, column: 5 });
  });

  it("locates warnings in the member files", () => {
    const result = safeParseValueDocument(example("distributor.valuecase.json"), { fileName: "distributor.valuecase.json", readMember });
    if (!result.success) throw result.error;
    const weak = result.warnings.find((warning) => warning.code === "weak_issue_test");
    const at = positionOf(store["distributor.frame.json"]!, '"hiddenness": 2');
    expect(weak).toMatchObject({ file: "distributor.frame.json", line: at.line, column: at.column + '"hiddenness": '.length, path: ["issues", 3, "tests", "hiddenness"] });
  });

  it("reads inline YAML members without a store and keeps exact numbers exact", () => {
    const text = [
      "case:",
      "  name: Pilot",
      "  currency: EUR",
      "  period: year",
      "  horizon: 2",
      "  discountRate: 0.1",
      "  drivers:",
      "    - { id: saving, value: 0.1234567890123456789012, provenance: { kind: assumption } }",
      "  lines:",
      "    - { id: s, kind: benefit, amount: saving, recurrence: recurring }",
    ].join("\n");
    const { document } = parseValueDocument(text, { fileName: "pilot.yaml" });
    expect(document.case?.drivers[0]?.value.toString()).toBe("0.1234567890123456789012");
  });

  it("lists every problem of every file in one run, in file order, each at its line and column", () => {
    const caseText = store["distributor.case.json"]!
      .replace('"value": "365"', '"value": "three hundred"')
      .replace('"id": "costOfFunds"', '"id": "daysInYear"');
    const text = '{\n  "frame": "distributor.frame.json",\n  "case": "broken.case.json",\n  "extra": true\n}';
    const result = safeParseValueDocument(text, { fileName: "doc.json", readMember: (path) => (path === "broken.case.json" ? caseText : store[path]) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DocumentValidationError);
    const value = positionOf(caseText, '"three hundred"');
    const duplicate = positionOf(caseText, '"daysInYear",\n      "label": "cost of funds"');
    expect(result.error.issues.map(({ file, line, column, code }) => ({ file, line, column, code }))).toEqual([
      { file: "doc.json", line: 4, column: 3, code: "unrecognized_keys" },
      { file: "broken.case.json", ...value, code: "not_numeric" },
      { file: "broken.case.json", ...duplicate, code: "duplicate_id" },
      ...result.error.issues.slice(3).map(({ file, line, column, code }) => ({ file, line, column, code })),
    ]);
    // The renamed driver leaves its formula's name unknown: reported too, below in the same file.
    expect(result.error.issues.slice(3).map((issue) => issue.code)).toContain("unknown_name");
    expect(result.error.message).toContain("broken.case.json:");
  });

  it("reports a member the store lacks, one it refuses and a syntax error in a member", () => {
    const text = 'frame: nowhere.frame.json\ncase: secret.case.json\nbvf: bad.bvf.json\n';
    const result = safeParseValueDocument(text, {
      fileName: "doc.yaml",
      readMember: (path) => {
        if (path === "secret.case.json") throw Object.assign(new Error("not allowed"), { code: "outside_folder" });
        return path === "bad.bvf.json" ? '{ "name": ' : undefined;
      },
    });
    expect(!result.success && result.error.issues.map(({ file, line, column, code, path }) => ({ file, line, column, code, path }))).toEqual([
      { file: "doc.yaml", line: 1, column: 8, code: "file_not_found", path: ["frame"] },
      { file: "doc.yaml", line: 2, column: 7, code: "outside_folder", path: ["case"] },
      { file: "bad.bvf.json", line: 1, column: 11, code: "missing_char", path: [] },
    ]);
  });

  it("without a store, a member written as a path is unresolved", () => {
    const result = safeParseValueDocument('{ "frame": "distributor.frame.json" }', { fileName: "doc.json" });
    expect(!result.success && result.error.issues[0]).toMatchObject({ code: "unresolved_reference", file: "doc.json", line: 1, column: 12 });
    expect(!result.success && result.error.issues[0]?.message).toBe('the frame is the path "distributor.frame.json"; pass readMember to read it');
  });

  it("reads a bare member file by its name", () => {
    const { document } = parseValueDocument(store["distributor.bvf.json"]!, { fileName: "x/distributor.bvf.json" });
    expect(document.bvf?.executiveKpis.length).toBe(4);
  });

  it("never changes its input and never throws on a broken store", () => {
    const result = safeParseValueDocument('{ "case": "a.json" }', {
      fileName: "doc.json",
      readMember: () => {
        throw "plain string thrown";
      },
    });
    expect(!result.success && result.error.issues[0]).toMatchObject({ code: "member_refused", message: 'cannot read the case file "a.json": plain string thrown' });
  });
});

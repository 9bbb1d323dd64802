/** `valueframe validate` end to end: the distributor passes; broken files point at the line and column of each problem. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { positionOf, repoRoot, run } from "./helpers.js";

/** The stderr lines of a run, without the closing count. */
const lines = (stderr: string) => stderr.split("\n").filter((line) => line !== "" && !line.startsWith("valueframe: "));

describe("valueframe validate", () => {
  it("accepts the distributor document and summarises each member", async () => {
    const result = await run(["validate", "examples/distributor.valuecase.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^examples\/distributor\.valuecase\.json: valid\n/);
    expect(result.stdout).toContain("frame  Huatong Industrial Distribution: 3 goals, 3 success factors, 4 issues, 2 solutions, 3 values");
    expect(result.stdout).toMatch(/case {3}Credit-to-cash capability for Huatong Industrial Distribution: 8 drivers, 4 lines, 3 scenarios; NPV [\d,]+\.\d\d CNY/);
    expect(result.stdout).toContain("bvf    Credit-to-cash for Huatong: Business Value Framework: 4 executive KPIs");
  });

  it("prints warnings located in the member files without failing", async () => {
    const result = await run(["validate", "examples/distributor.valuecase.json"]);
    const weak = positionOf("examples/distributor.frame.json", '"hiddenness": 2');
    expect(lines(result.stderr)).toContain(
      `examples/distributor.frame.json:${weak.line}:${weak.column + '"hiddenness": '.length}: warning: issues[3].tests.hiddenness: ` +
        'issue "cbi-stockouts" rates 2 of 5 on hiddenness: the customer already sees it, so finding it will not make them listen [weak_issue_test]',
    );
    expect(result.stderr).toMatch(/^examples\/distributor\.bvf\.json:\d+:\d+: warning: solutions\[\d+\]: .* \[solution_without_differentiator\]$/m);
  });

  it("checks a bare member file named *.frame.json as that member", async () => {
    const result = await run(["validate", "examples/distributor.case.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("case   Credit-to-cash capability");
    expect(result.stdout).not.toContain("frame  ");
  });

  it("checks a bare member file that links to other members alone, without them", async () => {
    const pursuit = await run(["validate", "examples/distributor.pursuit.yaml", "--as-of", "2026-12-06"]);
    expect([pursuit.code, pursuit.stdout.split("\n")[1]]).toEqual([0, "  pursuit 14 stage observations, 8 visits, 3 concerns; deal stage 2; 7 commitments obtained; 10 check findings"]);
    const qualification = await run(["validate", "examples/distributor.qualification.yaml"]);
    expect(qualification.code).toBe(0);
    // (3.4 + 3.2 + 1.8 + 3.4) ÷ 4 ÷ 4 = 0.7375; the global ERP vendor 3.55, us 3.30, the local vendor 3.25.
    expect(qualification.stdout).toContain("qualification assessment 73.75 % (qualify further); our rank 2 of 3 in the customer's criteria; value-matrix category 2; funnel stage P in 2027-01");
    const account = await run(["validate", "examples/logistics.account.yaml"]);
    expect([account.code, account.stdout.split("\n")[1]]).toEqual([0, "  account plan Jiayun Contract Logistics: 32 of 36 items answered; 4 questions open"]);
  });

  it("points at a wrong type deep in a YAML document", async () => {
    const file = "examples/broken/deep-type.valuecase.yaml";
    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    const baseline = positionOf(file, "forty");
    const low = positionOf(file, "eight");
    expect(lines(result.stderr)).toEqual([
      `${file}:${baseline.line}:${baseline.column}: frame.goals[0].baseline: "forty" is not a decimal number (write it like "1234.56" or "-1.5e6") [not_numeric]`,
      `${file}:${low.line}:${low.column}: case.drivers[0].uncertainty.low: "eight" is not a decimal number (write it like "1234.56" or "-1.5e6") [not_numeric]`,
    ]);
    expect([baseline, low]).toEqual([{ line: 14, column: 17 }, { line: 32, column: 14 }]);
    expect(result.stderr).toContain("valueframe: 2 problems");
    expect(result.stdout).toBe("");
  });

  it("points at a wrong type deep in a JSON document", async () => {
    const file = "examples/broken/deep-type.valuecase.json";
    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    const high = positionOf(file, '"sixteen"');
    const contribution = positionOf(file, "14 }", '"contribution"');
    expect(lines(result.stderr)).toEqual([
      `${file}:${high.line}:${high.column}: case.drivers[0].uncertainty.high: "sixteen" is not a decimal number (write it like "1234.56" or "-1.5e6") [not_numeric]`,
      `${file}:${contribution.line}:${contribution.column}: case.lines[0].serves[0].contribution: Invalid input: expected string, received number [invalid_type]`,
    ]);
    expect(high).toEqual({ line: 32, column: 74 });
  });

  it("points at an unknown key itself, and at the parent of a missing one", async () => {
    const file = "examples/broken/unknown-key.frame.yaml";
    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    const goal = positionOf(file, "id: g-cash");
    const key = positionOf(file, "targte", "goals:");
    expect(lines(result.stderr)).toEqual([
      `${file}:${goal.line}:${goal.column}: goals[0].target: required: expected a number or a decimal string [invalid_type]`,
      `${file}:${key.line}:${key.column}: goals[0]: unknown key "targte" (a misspelt key would silently lose data, so unknown keys are rejected) [unrecognized_keys]`,
    ]);
  });

  it("reports a member file that does not exist at its reference", async () => {
    const file = "examples/broken/missing-file.valuecase.json";
    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    const reference = positionOf(file, '"nowhere.frame.json"');
    expect(lines(result.stderr)).toEqual([
      `${file}:${reference.line}:${reference.column}: frame: the frame file \"nowhere.frame.json\" does not exist [file_not_found]`,
    ]);
  });

  it("reports a document that does not exist", async () => {
    const result = await run(["validate", "examples/none.valuecase.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("examples/none.valuecase.json:1:1: cannot read examples/none.valuecase.json: no such file [file_not_found]\n");
  });

  it("reports YAML syntax errors and duplicate JSON keys with their position", async () => {
    const syntax = await run(["validate", "examples/broken/syntax.valuecase.yaml"]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/^examples\/broken\/syntax\.valuecase\.yaml:7:1: Flow sequence .* \[bad_indent\]\n$/);
    const duplicate = await run(["validate", "examples/broken/duplicate-key.case.json"]);
    expect(duplicate.code).toBe(1);
    const second = positionOf("examples/broken/duplicate-key.case.json", '"horizon": 5');
    expect(duplicate.stderr).toBe(`examples/broken/duplicate-key.case.json:${second.line}:${second.column}: the key "horizon" appears twice in one mapping; keys must be unique [duplicate_key]\n`);
  });

  it("checks the case's links against the frame it names", async () => {
    const file = "examples/broken/dangling-link.valuecase.yaml";
    // Its frame is the distributor's, one folder up: read under --allow-root.
    const result = await run(["validate", file, "--allow-root", "examples"]);
    expect(result.code).toBe(1);
    const id = positionOf(file, "sol-factoring-partner");
    expect(lines(result.stderr)).toEqual([
      `${file}:${id.line}:${id.column}: case.lines[0].serves[0].id: solution "sol-factoring-partner" is not in the frame (its solutions: sol-credit-to-cash, sol-factoring) [dangling_link]`,
    ]);
  });

  it("fails on a case that cannot be evaluated, at the formula", async () => {
    const file = "examples/broken/not-finite.case.yaml";
    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    const amount = positionOf(file, "saving / sites");
    expect(result.stderr).toMatch(new RegExp(`^examples/broken/not-finite\\.case\\.yaml:${amount.line}:${amount.column}: lines\\[0\\]\\.amount: "saving / sites" has no finite value .* \\[QUANTIFY_NOT_FINITE\\]\\n$`));
  });

  it("lists every problem of a document at once, across files", async () => {
    const document = `${process.cwd()}/examples/two.valuecase.yaml`;
    const text = "frame: broken/unknown-key.frame.yaml\ncase: distributor.case.json\nbvf:\n  executiveKpis:\n    - { id: E1, name: Cash, weight: heavy }\nextra: 1\n";
    const result = await run(["validate", "examples/two.valuecase.yaml"], { files: { [document]: text } });
    expect(result.code).toBe(1);
    const found = lines(result.stderr).map((line) => line.replace(/: .*\[/, " ["));
    // In file order: the document's own problems first, then its frame file's, each by line.
    expect(found).toEqual([
      "examples/two.valuecase.yaml:5:37 [not_numeric]",
      "examples/two.valuecase.yaml:6:1 [unrecognized_keys]",
      "examples/broken/unknown-key.frame.yaml:6:5 [invalid_type]",
      "examples/broken/unknown-key.frame.yaml:12:5 [unrecognized_keys]",
    ]);
    expect(result.stderr).toContain("examples/two.valuecase.yaml:5:37: bvf.executiveKpis[0].weight: \"heavy\" is not a decimal number");
    expect(result.stderr).toContain("valueframe: 4 problems");
  });

  it("checks several files, failing when any is invalid", async () => {
    const result = await run(["validate", "examples/distributor.case.json", "examples/broken/missing-file.valuecase.json", "examples/distributor.bvf.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/^\S+: valid$/gm)).toEqual(["examples/distributor.case.json: valid", "examples/distributor.bvf.json: valid"]);
    expect(result.stderr).toContain('examples/broken/missing-file.valuecase.json:2:12: frame: the frame file "nowhere.frame.json" does not exist');
    expect((await run(["validate", "examples/distributor.case.json", "examples/distributor.frame.json"])).code).toBe(0);
  });

  it("writes every file's problems and warnings as JSON with --format json", async () => {
    const result = await run(["validate", "examples/broken/deep-type.valuecase.yaml", "examples/distributor.frame.json", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { valid: boolean; files: { file: string; valid: boolean; problems: Record<string, unknown>[]; warnings: Record<string, unknown>[] }[] };
    expect(report.valid).toBe(false);
    expect(report.files.map((f) => [f.file, f.valid, f.problems.length])).toEqual([
      ["examples/broken/deep-type.valuecase.yaml", false, 2],
      ["examples/distributor.frame.json", true, 0],
    ]);
    expect(report.files[0]!.problems[0]).toEqual({
      file: "examples/broken/deep-type.valuecase.yaml",
      line: 14,
      column: 17,
      path: ["frame", "goals", 0, "baseline"],
      message: '"forty" is not a decimal number (write it like "1234.56" or "-1.5e6")',
      code: "not_numeric",
    });
    expect(report.files[1]!.warnings.map((w) => w.code)).toEqual(["weak_issue_test"]);
  });
});

describe("valueframe validate on the buying centre", () => {
  const centre = readFileSync(join(repoRoot, "examples/distributor.stakeholders.yaml"), "utf8");

  it("points at every problem of the stakeholders file by line and column, in one run", async () => {
    const broken = centre
        .replace("    reportsTo: p-ceo\n    category: decisionMaking\n    aboveBudgetBoundary: true", "    reportsTo: p-ceox\n    category: decisionMaking\n    aboveBudgetBoundary: true")
        .replace("    influence: 3\n    involvement: 5", "    influence: 7\n    involvement: 5")
        .replace("links: [cbi-stockouts]", "links: [cbi-stockoutz]");
    const file = join(repoRoot, "examples/distributor.stakeholders.yaml");
    const result = await run(["validate", "examples/distributor.valuecase.json", "--as-of", "2026-12-06"], { files: { [file]: broken } });
    expect(result.code).toBe(1);
    const at = (needle: string) => {
      const before = broken.slice(0, broken.indexOf(needle)).split("\n");
      return `${before.length}:${before.at(-1)!.length + 1}`;
    };
    expect(lines(result.stderr)).toEqual([
      `examples/distributor.stakeholders.yaml:${at("p-ceox")}: people[1].reportsTo: no person has the id "p-ceox" (did you mean "p-ceo"?) [unknown_reference]`,
      `examples/distributor.stakeholders.yaml:${at("7\n    involvement: 5")}: people[2].influence: must be at most 5 (the most) [too_big]`,
      `examples/distributor.stakeholders.yaml:${at("cbi-stockoutz")}: people[5].men.needs[0].links[0]: the frame has no goal or critical issue "cbi-stockoutz" (did you mean "cbi-stockouts"?) [unknown_reference]`,
    ]);
  });

  it("refuses an observation after --as-of, and a bad --as-of", async () => {
    const early = await run(["validate", "examples/distributor.valuecase.json", "--as-of", "2026-11-01"]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("people[1].observations[1].date: observed on 2026-11-18, after the as-of date 2026-11-01 [after_as_of]");
    const bad = await run(["validate", "examples/distributor.valuecase.json", "--as-of", "yesterday"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of must be a calendar date written YYYY-MM-DD; got "yesterday"');
  });
});

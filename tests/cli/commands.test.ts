/** The command line itself: help, version, usage errors (exit 2), and the report, schema and demo commands. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import type { FrameInput } from "../../src/frame/frame.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";
import { valueDocumentJsonSchema } from "../../src/document/jsonSchema.js";
import { repoRoot, run } from "./helpers.js";

const example = (name: string): unknown => JSON.parse(readFileSync(join(repoRoot, "examples", name), "utf8"));
const distributor = "examples/distributor.valuecase.json";
const expected = evaluate(example("distributor.case.json") as ValueCaseInput, { frame: defineFrame(example("distributor.frame.json") as FrameInput) });

describe("valueframe --help and --version", () => {
  it("prints the version from package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(await run([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("lists every command and the exit codes", async () => {
    for (const argv of [[], ["--help"], ["-h"], ["help"]]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      for (const command of ["demo", "validate", "report", "simulate", "schema"]) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
      expect(result.stdout).toContain("  2  usage error");
      expect(result.stdout).toContain("file:line:column: path: message [code]");
    }
  });

  it("gives each command its own help with its options, exit codes and an example", async () => {
    for (const command of ["demo", "validate", "report", "simulate", "schema"]) {
      const result = await run([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: valueframe ${command}`));
      expect(result.stdout).toContain("Exit codes: 0 ");
      expect(result.stdout).toContain(`  valueframe ${command}`);
      expect((await run(["help", command])).stdout).toBe(result.stdout);
      expect((await run([command, "-h"])).stdout).toBe(result.stdout);
    }
    const report = (await run(["report", "--help"])).stdout;
    for (const option of ["--format <md|html|json|pdf|xlsx>", "--locale <en|zh-CN>", "--scenario <id>", "--paper <a4|letter>", "--chromium <path>", "--output <out>"]) expect(report).toContain(option);
  });
});

describe("usage errors exit with 2 and show the usage", () => {
  it.each([
    [["frobnicate"], 'valueframe: unknown command "frobnicate" (commands: demo, validate, report, simulate, next, track, funnel, portfolio, worker, schema)', "Usage: valueframe <command> [options]"],
    [["--verbose"], 'valueframe: unknown option "--verbose" (options come after the command)', "Usage: valueframe <command> [options]"],
    [["validate"], "valueframe: validate needs <file>", "Usage: valueframe validate <file>"],
    [["report", "a.json", "b.json"], 'valueframe: unexpected argument "b.json"', "Usage: valueframe report <file>"],
    [["validate", "--strict", distributor], "valueframe: Unknown option '--strict'", "Usage: valueframe validate <file>"],
    [["report", distributor, "--format", "docx"], 'valueframe: --format must be "md", "html", "json", "pdf", "xlsx"; got "docx"', "Usage: valueframe report <file>"],
    [["report", distributor, "--format", "pdf"], "valueframe: --format pdf writes a file: give it with -o <file>.pdf", "Usage: valueframe report <file>"],
    [["report", distributor, "--paper", "a4"], "valueframe: --paper applies to --format html or pdf", "Usage: valueframe report <file>"],
    [["report", distributor, "-f", "html", "--paper", "a3"], 'valueframe: --paper must be "a4", "letter"; got "a3"', "Usage: valueframe report <file>"],
    [["report", distributor, "-f", "html", "--date", "2026-02-30"], 'valueframe: --date must be a calendar date written YYYY-MM-DD; got "2026-02-30"', "Usage: valueframe report <file>"],
    [["report", distributor, "-f", "html", "--chromium", "/usr/bin/chromium"], "valueframe: --chromium applies to --format pdf", "Usage: valueframe report <file>"],
    [["report", distributor, "--locale", "fr"], 'valueframe: --locale must be "en", "zh-CN"; got "fr"', "Usage: valueframe report <file>"],
    [["report", distributor, "--format"], "valueframe: Option '-f, --format <value>' argument missing", "Usage: valueframe report <file>"],
    [["report", distributor, "--scenario", "wild"], 'valueframe: the case has no scenario "wild" (its scenarios: conservative, optimistic, risk-adjusted)', "Usage: valueframe report <file>"],
    [["schema", "extra"], 'valueframe: unexpected argument "extra"', "Usage: valueframe schema"],
  ])("%j", async (argv, message, usage) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toBe(message);
    expect(result.stderr).toContain(`\n\n${usage}`);
    expect(result.stderr).toMatch(/Run "valueframe (\w+ )?--help" for more\.\n$/);
  });
});

describe("valueframe report --format json", () => {
  it("holds the frame, the evaluation with exact figures, the scenarios, the tornado and the BVF", async () => {
    const result = await run(["report", distributor, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, any>;
    expect(report.document).toBe(distributor);
    expect(report.frame.customer.name).toBe("Huatong Industrial Distribution");
    expect(report.evaluation.unadjusted.npv).toBe(expected.unadjusted.npv.toString());
    expect(report.evaluation.weighted.npv).toBe(expected.weighted.npv.toString());
    expect(typeof report.evaluation.unadjusted.npv).toBe("string");
    expect(report.evaluation.trace["quantity:workingCapitalReleased"].value).toBe("14000000");
    expect(report.scenarios.map((row: { id: string }) => row.id)).toEqual(["base", "conservative", "optimistic", "risk-adjusted"]);
    expect(report.tornado.rows[0].driver).toEqual(expect.any(String));
    expect(report.bvf.executiveKpis[0].id).toBe("g-cash");
    expect(Array.isArray(report.bvfChecks)).toBe(true);
    expect(report.bvfRollUp.executiveKpis.length).toBe(4);
  });

  it("evaluates the scenario asked for", async () => {
    const result = await run(["report", distributor, "-f", "json", "--scenario", "conservative"]);
    const report = JSON.parse(result.stdout) as { evaluation: { scenario: { id: string }; unadjusted: { npv: string } } };
    expect(report.evaluation.scenario.id).toBe("conservative");
    const conservative = evaluate(example("distributor.case.json") as ValueCaseInput, { scenario: "conservative" });
    expect(report.evaluation.unadjusted.npv).toBe(conservative.unadjusted.npv.toString());
  });

  it("writes to -o and says so on stderr", async () => {
    const result = await run(["report", distributor, "-f", "json", "-o", "out/case.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("valueframe: wrote out/case.json\n");
    const written = result.written.get(join(repoRoot, "out/case.json"));
    expect(JSON.parse(written!).evaluation.unadjusted.npv).toBe(expected.unadjusted.npv.toString());
  });

  it("writes nothing for an invalid document", async () => {
    const result = await run(["report", "examples/broken/deep-type.valuecase.yaml", "-f", "json", "-o", "x.json"]);
    expect(result.code).toBe(1);
    expect(result.written.size).toBe(0);
    expect(result.stderr).toContain("examples/broken/deep-type.valuecase.yaml:14:17: frame.goals[0].baseline:");
  });

  it("reports a frame-only document without an evaluation", async () => {
    const report = JSON.parse((await run(["report", "examples/distributor.frame.json", "-f", "json"])).stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["document", "frame"]);
  });
});

describe("valueframe schema", () => {
  it("prints the committed JSON Schema", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(repoRoot, "schema/value-document.schema.json"), "utf8"));
    expect(JSON.parse(result.stdout)).toEqual(valueDocumentJsonSchema());
  });
});

describe("valueframe demo", () => {
  it("walks through the distributor from goal to money", async () => {
    const result = await run(["demo"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Strategic goal   Operating cash flow +20 % this year (operating cash flow: 40 → 48 M CNY by 2026-12-31)");
    expect(result.stdout).toContain("Critical issue   CBI Collection rate falling: DSO grew from 48 to 62 days — process × management (interface)");
    expect(result.stdout).toContain("working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY");
    const npv = expected.unadjusted.npv.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    expect(result.stdout).toMatch(new RegExp(`^  NPV +${npv} CNY +[\\d,.]+ CNY$`, "m"));
  });

  it("copies the example to a folder with --write, and the copy validates", async () => {
    const result = await run(["demo", "--write", "my-case"]);
    expect(result.code).toBe(0);
    const names = [...result.written.keys()].map((path) => path.slice(repoRoot.length));
    expect(names).toEqual(["my-case/distributor.valuecase.json", "my-case/distributor.frame.json", "my-case/distributor.case.json", "my-case/distributor.bvf.json", "my-case/distributor.stakeholders.yaml", "my-case/distributor.pursuit.yaml", "my-case/distributor.realisation.yaml", "my-case/distributor.qualification.yaml", "my-case/distributor.account.yaml"]);
    const files = Object.fromEntries(result.written);
    expect(JSON.parse(files[join(repoRoot, "my-case/distributor.valuecase.json")]!)).toEqual({ frame: "distributor.frame.json", case: "distributor.case.json", bvf: "distributor.bvf.json", stakeholders: "distributor.stakeholders.yaml", pursuit: "distributor.pursuit.yaml", realisation: "distributor.realisation.yaml", qualification: "distributor.qualification.yaml", account: "distributor.account.yaml" });
    expect((await run(["validate", "my-case/distributor.valuecase.json"], { files })).code).toBe(0);
  });
});

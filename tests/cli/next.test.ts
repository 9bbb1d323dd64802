/**
 * `valueframe next` and the pursuit in `validate`: the distributor's deal stage, progress and moves as of
 * 2026-12-06 (text and JSON, each move citing its rule), usage errors, and a broken pursuit file pointed at
 * by line and column, every problem in one run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "./helpers.js";

const file = "examples/distributor.valuecase.json";

describe("valueframe next", () => {
  it("prints the deal stage, progress as commitments obtained with the kept-rate, and the moves citing their rules", async () => {
    const result = await run(["next", file, "--as-of", "2026-12-06"]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${file}: next moves as of 2026-12-06`);
    expect(lines[1]).toBe("  deal stage 2 (problemFound), held back by Chen Gang (p-sales) (the least advanced key person)");
    expect(lines[2]).toBe("  progress   7 commitments obtained of 8 asked in 7 visits; kept 3 of 5 judged (60.00 %); 1 overdue");
    // The IT manager fell back to stage 5 leaning to the ERP rival: pulled back by the stage-5 rule.
    expect(result.stdout).toContain("[pullBack.5] Sun Lei (p-it) stands at stage 5 leaning to a rival: pull them back to stage 2 or 3 or 4 (backToProblem, backToPain, backToGoal, breakRequirements)");
    expect(result.stdout).toContain("   rule: following the customer is a mistake: pull a role at stage 5 back to the stage that favours us (004_… part 5, ch. 3 §2)");
    expect(lines[4]).toMatch(/^1\. \[concern\.argument\] Chen Gang \(p-sales\)'s argument/);
    expect(result.stdout).toMatch(/value to show Li Wei \(p-cfo\): net present value [\d,]+\.\d\d CNY \(risk-adjusted\)/);
  });

  it("gives the same as data, figures as exact decimal strings", async () => {
    const result = await run(["next", file, "--as-of", "2026-12-06", "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as {
      asOf: string;
      dealStage: { stage: number; limitedBy: string[]; rule: string };
      progress: { obtained: number; keptRate: string; byPeriod: { period: string; obtained: number }[] };
      moves: { rule: string; person?: string; priority: number }[];
      rules: Record<string, { source: string }>;
    };
    expect(json.asOf).toBe("2026-12-06");
    expect(json.dealStage).toMatchObject({ stage: 2, limitedBy: ["p-sales"], rule: "leastAdvancedKeyPerson" });
    expect([json.progress.obtained, json.progress.keptRate]).toEqual([7, "0.6"]);
    expect(json.progress.byPeriod.reduce((n, p) => n + p.obtained, 0)).toBe(7);
    const pull = json.moves.find((m) => m.rule === "pullBack.5")!;
    expect(pull.person).toBe("p-it");
    expect(json.rules["pullBack.5"]?.source).toBe("004_… part 5, ch. 3 §2");
    expect(json.moves.map((m) => m.priority)).toEqual([...json.moves.map((m) => m.priority)].sort());
  });

  it("writes the moves section of the report in Markdown, in Chinese too", async () => {
    const zh = await run(["next", file, "--as-of", "2026-12-06", "--format", "md", "--locale", "zh-CN"]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain("Sun Lei");
    expect(zh.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses a document without a pursuit, --locale without md, and a bad --as-of", async () => {
    const bare = await run(["next", "examples/distributor.case.json"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("has no stakeholders: next reads the people and the pursuit of the deal");
    expect((await run(["next", file, "--locale", "zh-CN"])).code).toBe(2);
    const bad = await run(["next", file, "--as-of", "2026-13-01"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of must be a calendar date written YYYY-MM-DD; got "2026-13-01"');
  });
});

describe("valueframe validate on the pursuit", () => {
  const pursuit = readFileSync(join(repoRoot, "examples/distributor.pursuit.yaml"), "utf8");

  it("summarises the pursuit as of --as-of", async () => {
    const result = await run(["validate", file, "--as-of", "2026-12-06"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  pursuit 14 stage observations, 8 visits, 3 concerns; deal stage 2; 7 commitments obtained;");
    expect(result.stderr).toMatch(/^examples\/distributor\.pursuit\.yaml:\d+:\d+: warning: stages\[12\]\.stage: Sun Lei \(p-it\) fell back from stage 6 to 5 on 2026-11-26/m);
  });

  it("points at every problem of the pursuit file by line and column, in one run", async () => {
    const broken = pursuit
      .replace("  - person: p-sales\n    date: \"2026-10-20\"\n    stage: 1\n", "  - person: p-sales\n    date: \"2026-10-20\"\n    stage: 11\n")
      .replace("  - person: p-credit\n    date: \"2026-10-20\"", "  - person: p-credlt\n    date: \"2026-10-20\"")
      .replace('reservation: "1720000"', 'reservation: "1.72 million"');
    const path = join(repoRoot, "examples/distributor.pursuit.yaml");
    const result = await run(["validate", file, "--as-of", "2026-12-06"], { files: { [path]: broken } });
    expect(result.code).toBe(1);
    const at = (needle: string) => {
      const before = broken.slice(0, broken.indexOf(needle)).split("\n");
      return `${before.length}:${before.at(-1)!.length + 1}`;
    };
    const problems = result.stderr.split("\n").filter((line) => line.startsWith("examples/"));
    expect(problems).toEqual([
      `examples/distributor.pursuit.yaml:${at("p-credlt")}: stages[2].person: the buying centre has no person "p-credlt" (did you mean "p-credit"?) [unknown_reference]`,
      `examples/distributor.pursuit.yaml:${at("11\n")}: stages[3].stage: a stage is at most 10 (evaluating cost) [too_big]`,
      `examples/distributor.pursuit.yaml:${at('"1.72 million"')}: negotiation.ours.reservation: "1.72 million" is not a decimal number (write it like "1234.56" or "-1.5e6") [not_numeric]`,
    ]);
  });

  it("refuses a stage observed after --as-of", async () => {
    const early = await run(["validate", file, "--as-of", "2026-11-20"]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/pursuit\.yaml:\d+:\d+: stages\[\d+\]\.date: observed on 2026-11-26, after the as-of date 2026-11-20 \[after_as_of\]/);
  });
});

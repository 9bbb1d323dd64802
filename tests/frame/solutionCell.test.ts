/** A solution's place on the grid: a level, a cell, or both, validated and consistent. */
import { describe, expect, it } from "vitest";
import { valueDocumentJsonSchema } from "../../src/document/jsonSchema.js";
import { defineFrame, safeDefineFrame } from "../../src/frame/defineFrame.js";
import { FrameValidationError } from "../../src/frame/errors.js";
import { solutionSchema } from "../../src/frame/solution.js";
import { cellOnlySolution, sampleInput, thrown, withValues, without } from "./fixtures.js";

const path = ["solutions", 0] as const;
const jobDesign = { level: "job", dimension: "design", aspect: "duties" };

/** The issues defineFrame reports, as { path, code, message }. */
function issuesOf(input: unknown) {
  const error = thrown(() => defineFrame(input));
  expect(error).toBeInstanceOf(FrameValidationError);
  return (error as FrameValidationError).issues.map(({ path, code, message }) => ({ path, code, message }));
}

/** The sample with its solution's level and cell set (undefined: left out). */
function placed(level: unknown, cell: unknown): unknown {
  const input = sampleInput() as { solutions: Record<string, unknown>[] };
  const solution = input.solutions[0]!;
  delete solution["level"];
  if (level !== undefined) solution["level"] = level;
  if (cell !== undefined) solution["cell"] = cell;
  return input;
}

describe("a solution's cell", () => {
  it("is accepted beside a level that agrees, and kept as given", () => {
    const frame = defineFrame(placed("job", jobDesign));
    expect(frame.solutions[0]!.level).toBe("job");
    expect(frame.solutions[0]!.cell).toEqual(jobDesign);
    expect(Object.isFrozen(frame.solutions[0]!.cell)).toBe(true);
  });

  it("gives the solution its level when the level is left out", () => {
    const input = placed(undefined, { level: "organization", dimension: "management", aspect: "interface" });
    const before = JSON.stringify(input);
    const solution = defineFrame(input).solutions[0]!;
    expect([solution.level, solution.cell?.dimension]).toEqual(["organization", "management"]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("may be left out: a solution with only a level has no cell", () => {
    const solution = defineFrame(sampleInput()).solutions[0]!;
    expect(solution.level).toBe("process");
    expect(solution.cell).toBeUndefined();
    expect("cell" in solution).toBe(false);
  });

  it("survives a JSON round trip, level derived or not", () => {
    for (const input of [placed(undefined, jobDesign), placed("job", jobDesign)]) {
      const frame = defineFrame(input);
      expect(defineFrame(JSON.parse(JSON.stringify(frame)))).toEqual(frame);
    }
  });

  it("is in the document's JSON Schema, which requires a cell where the level is left out", () => {
    type Node = { properties: Record<string, Node>; anyOf: Node[]; items: Node; type: string; [key: string]: unknown };
    const frame = (valueDocumentJsonSchema().properties["frame"] as Node).anyOf.find((branch) => branch.type === "object")!;
    const solution = frame.properties["solutions"]!.items;
    expect(solution.properties["cell"]!.required).toEqual(["level", "dimension"]);
    expect(solution.required).not.toContain("level");
    expect([solution["if"], solution["then"]]).toEqual([{ not: { required: ["level"] } }, { required: ["cell"] }]);
  });

  it("parses in the solution schema on its own", () => {
    const solution = solutionSchema.parse(cellOnlySolution("s", "Role KPIs for sales reps", ["cpi"], { level: "job", dimension: "management", aspect: "consequences" }));
    expect(solution.level).toBe("job");
    expect(Object.isFrozen(solution)).toBe(true);
    expect(solutionSchema.safeParse({ ...solution, level: "process" }).success).toBe(false);
  });
});

describe("a bad cell on a solution", () => {
  it("is reported at its path, a near miss with the nearest level or dimension", () => {
    expect(issuesOf(placed(undefined, { level: "organisation", dimension: "managment" }))).toEqual([
      {
        path: [...path, "cell", "level"],
        code: "invalid_value",
        message: '"organisation" is not one of "organization", "process", "job" (did you mean "organization"?)',
      },
      {
        path: [...path, "cell", "dimension"],
        code: "invalid_value",
        message: '"managment" is not one of "goals", "design", "management" (did you mean "management"?)',
      },
    ]);
  });

  it("names the allowed values without a hint when nothing is near", () => {
    expect(issuesOf(placed("process", { level: "process", dimension: "culture" }))).toEqual([
      { path: [...path, "cell", "dimension"], code: "invalid_value", message: '"culture" is not one of "goals", "design", "management"' },
    ]);
  });

  it("checks the aspect against its cell, as an issue's", () => {
    expect(issuesOf(placed(undefined, { level: "job", dimension: "design", aspect: "interfce" }))).toEqual([
      {
        path: [...path, "cell", "aspect"],
        code: "invalid_value",
        message: '"interfce" is not an aspect of job × design; its aspects are "duties", "activitySequence", "rules"',
      },
    ]);
    expect(issuesOf(placed(undefined, { level: "process", dimension: "management", aspect: "interfce" }))[0]!.message).toContain(
      '(did you mean "interface"?)',
    );
  });

  it("rejects a cell that is not an object and unknown keys in it", () => {
    expect(issuesOf(withValues([[...path, "cell"], "job × design"])).map((i) => [i.path, i.code])).toEqual([[[...path, "cell"], "invalid_type"]]);
    expect(issuesOf(withValues([[...path, "cell"], { level: "process", dimension: "design", row: 1 }])).map((i) => [i.path, i.code])).toEqual([
      [[...path, "cell"], "unrecognized_keys"],
    ]);
  });

  it("gives a solution's own level the same hint", () => {
    expect(issuesOf(withValues([[...path, "level"], "Process"]))).toEqual([
      { path: [...path, "level"], code: "invalid_value", message: '"Process" is not one of "organization", "process", "job" (did you mean "process"?)' },
    ]);
  });
});

describe("a solution's level and cell", () => {
  it("must agree when both are given", () => {
    expect(issuesOf(placed("process", jobDesign))).toEqual([
      {
        path: [...path, "level"],
        code: "level_mismatch",
        message: `"process" disagrees with the cell's level "job" (cell job × design); give the same level in both, or leave "level" out and the cell's is used`,
      },
    ]);
  });

  it("are not both left out", () => {
    expect(issuesOf(without([...path, "level"]))).toEqual([
      {
        path: [...path, "level"],
        code: "invalid_value",
        message: 'required: expected "organization" or "process" or "job", or a "cell" to take the level from',
      },
    ]);
  });

  it("disagreeing are reported beside the solution's other problems and the frame's integrity problems", () => {
    const input = placed("organization", jobDesign) as { solutions: Record<string, unknown>[] };
    Object.assign(input.solutions[0]!, { approach: "avoid", adresses: [] });
    input.solutions[0]!["addresses"] = ["cbi-dos"];
    const issues = issuesOf(input).map((i) => [i.path, i.code]);
    // Which comes first is the frame's ordering rule; here it matters that all four are there.
    expect(issues).toHaveLength(4);
    expect(issues).toEqual(
      expect.arrayContaining([
        [[...path, "approach"], "invalid_value"],
        [[...path], "unrecognized_keys"],
        [[...path, "level"], "level_mismatch"],
        [[...path, "addresses", 0], "unknown_reference"],
      ]),
    );
  });

  it("are not compared while either is itself invalid", () => {
    expect(issuesOf(placed("proces", jobDesign)).map((i) => i.code)).toEqual(["invalid_value"]);
    expect(issuesOf(placed("process", { level: "job", dimension: "desing" })).map((i) => i.code)).toEqual(["invalid_value"]);
  });

  it("are checked by safeDefineFrame alike", () => {
    const result = safeDefineFrame(placed("organization", jobDesign));
    expect(!result.success && result.error.issues.map((i) => i.code)).toEqual(["level_mismatch"]);
  });
});

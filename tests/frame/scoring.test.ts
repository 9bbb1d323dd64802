import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { FrameArgumentError } from "../../src/frame/errors.js";
import { rankSolutions } from "../../src/frame/queries/rankSolutions.js";
import { scoreSolution } from "../../src/frame/queries/scoreSolution.js";
import { Dec } from "../../src/numeric/decimal.js";
import { richInput, thrown } from "./fixtures.js";

const frame = defineFrame(richInput());
const c2c = frame.solutions[0]!; // scores 4, 4, 3, 3, 5

describe("scoreSolution", () => {
  it("averages the five ratings with equal weights by default", () => {
    const result = scoreSolution(c2c);
    expect(result.score.toString()).toBe("3.8");
    expect(result.score).toBeInstanceOf(Dec);
    expect(result.contributions.timeliness.toString()).toBe("1");
    expect(Dec.sum(...Object.values(result.contributions)).eq(result.score)).toBe(true);
    expect(result.weights.risk.toString()).toBe("1");
  });

  it("applies weights; a left-out criterion weighs 1 and 0 ignores one", () => {
    // (4·1 + 4·1 + 3·1 + 3·0 + 5·2) / 5 = 21 / 5
    expect(scoreSolution(c2c, { risk: 0, timeliness: 2 }).score.toString()).toBe("4.2");
    expect(scoreSolution(c2c, { level: "0.5", linkage: 0.5, innovation: 0n, risk: 0, timeliness: 0 }).score.toString()).toBe("4");
  });

  it("is exact in Decimal where floats are not", () => {
    // (4·0.1 + 4·0.2 + 3·0.3 + 3·0 + 5·0) / 0.6 = 2.1 / 0.6 = 3.5
    expect(scoreSolution(c2c, { level: 0.1, linkage: 0.2, innovation: 0.3, risk: 0, timeliness: 0 }).score.toString()).toBe("3.5");
  });

  it("accepts a plain object with scores", () => {
    expect(scoreSolution({ scores: { level: 5, linkage: 5, innovation: 5, risk: 5, timeliness: 5 } }).score.toString()).toBe("5");
  });

  it("rejects bad weights and ratings, listing each with its path", () => {
    const error = thrown(() =>
      scoreSolution({ scores: { level: 9, linkage: 5, innovation: 5, risk: 5, timeliness: 5 } }, { risk: -1, speed: 2 } as never),
    );
    expect(error).toBeInstanceOf(FrameArgumentError);
    const { code, issues } = error as FrameArgumentError;
    expect(code).toBe("FRAME_INVALID_ARGUMENT");
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["solution", "scores", "level"], "too_big"],
      [["weights", "risk"], "too_small"],
      [["weights"], "unrecognized_keys"],
    ]);
  });

  it("rejects weights that add up to 0", () => {
    const error = thrown(() => scoreSolution(c2c, { level: 0, linkage: 0, innovation: 0, risk: 0, timeliness: 0 })) as FrameArgumentError;
    expect(error.issues).toEqual([
      { path: ["weights"], code: "zero_total", message: "the weights add up to 0; give at least one criterion a positive weight" },
    ]);
  });
});

describe("rankSolutions", () => {
  it("ranks solutions best first with their scores", () => {
    const ranked = rankSolutions(frame);
    expect(ranked.map((r) => [r.rank, r.solution.id, r.score.toString()])).toEqual([
      [1, "sol-c2c", "3.8"],
      [2, "sol-factoring", "2.8"],
    ]);
    expect(Object.isFrozen(ranked[0]!.score)).toBe(true);
  });

  it("lets weights change the order", () => {
    // only timeliness counts: 5 and 5, a tie kept in frame order; only linkage: 4 against 2
    expect(rankSolutions(frame, { level: 0, linkage: 0, innovation: 0, risk: 0 }).map((r) => r.solution.id)).toEqual(["sol-c2c", "sol-factoring"]);
    const swapped = defineFrame({ ...richInput(), solutions: [...richInput().solutions].reverse() });
    expect(rankSolutions(swapped, { level: 0, linkage: 0, innovation: 0, risk: 0 }).map((r) => [r.rank, r.solution.id])).toEqual([
      [1, "sol-factoring"],
      [2, "sol-c2c"],
    ]);
  });

  it("validates weights even for a frame without solutions", () => {
    expect(rankSolutions(defineFrame({ customer: { name: "ACME" }, currency: "USD" }))).toEqual([]);
    expect(thrown(() => rankSolutions(frame, { risk: "high" } as never))).toMatchObject({ code: "FRAME_INVALID_ARGUMENT" });
  });
});

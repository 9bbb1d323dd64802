/** Type tests: frame input types accept what JSON and code give, output types are readonly with Decimals. */
import { describe, expectTypeOf, it } from "vitest";
import type { Frame, FrameInput } from "../../src/frame/frame.js";
import type { Goal, GoalInput } from "../../src/frame/goal.js";
import type { GridCell, Level } from "../../src/frame/grid.js";
import type { PerformanceValue } from "../../src/frame/performanceValue.js";
import type { Solution, SolutionInput } from "../../src/frame/solution.js";
import type { SafeDefineFrameResult } from "../../src/frame/defineFrame.js";
import type { Decimal, Numeric } from "../../src/numeric/decimal.js";

describe("frame types", () => {
  it("takes Numeric in and gives Decimal out", () => {
    expectTypeOf<GoalInput["baseline"]>().toEqualTypeOf<Numeric>();
    expectTypeOf<Goal["baseline"]>().toEqualTypeOf<Decimal>();
  });

  it("makes collections optional in input and present in output", () => {
    expectTypeOf<FrameInput["goals"]>().toEqualTypeOf<readonly GoalInput[] | undefined>();
    expectTypeOf<Frame["goals"]>().toEqualTypeOf<readonly Goal[]>();
  });

  it("makes the frame read-only", () => {
    const frame = {} as Frame;
    // @ts-expect-error a frame's collections cannot be changed
    frame.goals.push({} as Goal);
    // @ts-expect-error a frame's fields cannot be reassigned
    frame.currency = "USD";
  });

  it("lets a solution give a level, a cell or both, and always gives it a level", () => {
    expectTypeOf<SolutionInput["level"]>().toEqualTypeOf<Level | undefined>();
    expectTypeOf<Solution["level"]>().toEqualTypeOf<Level>();
    expectTypeOf<Solution["cell"]>().toEqualTypeOf<GridCell | undefined>();
    const solution = {} as Solution;
    // @ts-expect-error a solution's level cannot be reassigned
    solution.level = "job";
  });

  it("narrows values by kind", () => {
    const value = {} as PerformanceValue;
    if (value.kind === "financial") expectTypeOf(value.amount).toEqualTypeOf<Decimal>();
    else expectTypeOf(value.amount).toEqualTypeOf<string>();
  });

  it("narrows the safe result by success", () => {
    const result = {} as SafeDefineFrameResult;
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Frame>();
    // @ts-expect-error data is only there on success
    void result.data;
  });
});

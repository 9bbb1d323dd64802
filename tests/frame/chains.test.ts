import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { FrameLookupError } from "../../src/frame/errors.js";
import { findElement } from "../../src/frame/queries/findElement.js";
import { goalChain } from "../../src/frame/queries/goalChain.js";
import { solutionChain } from "../../src/frame/queries/solutionChain.js";
import { richInput, thrown } from "./fixtures.js";

const frame = defineFrame(richInput());

describe("solutionChain", () => {
  it("traces a solution up through issues and success factors to goals", () => {
    const chain = solutionChain(frame, "sol-c2c");
    expect(chain.solution.id).toBe("sol-c2c");
    expect(chain.issues.map((link) => link.issue.id)).toEqual(["cbi-dso", "cpi-sales-kpi"]);
    expect(chain.issues[0]!.successFactors.map((s) => [s.successFactor.id, s.goals.map((g) => g.id)])).toEqual([["csf-collection", ["g-cash"]]]);
    expect(chain.issues[0]!.blockedGoals).toEqual([]);
    expect(chain.issues[1]!.successFactors).toEqual([]);
    expect(chain.issues[1]!.blockedGoals.map((g) => g.id)).toEqual(["g-cash"]);
    expect(chain.goals.map((g) => g.id)).toEqual(["g-cash"]);
    expect(chain.values.map((v) => v.id)).toEqual(["v-wc"]);
  });

  it("returns the frame's own elements inside a frozen result", () => {
    const chain = solutionChain(frame, "sol-c2c");
    expect(chain.solution).toBe(frame.solutions[0]);
    expect(Object.isFrozen(chain)).toBe(true);
    expect(Object.isFrozen(chain.issues[0]!.successFactors)).toBe(true);
  });

  it("throws FrameLookupError for an unknown id or an id of another kind", () => {
    const unknown = thrown(() => solutionChain(frame, "sol-x"));
    expect(unknown).toBeInstanceOf(FrameLookupError);
    expect(unknown).toMatchObject({ code: "FRAME_UNKNOWN_ID", id: "sol-x", expected: "solution", message: 'valueframe: the frame has no solution "sol-x"' });
    const wrong = thrown(() => solutionChain(frame, "cbi-dso"));
    expect(wrong).toMatchObject({ code: "FRAME_WRONG_KIND", message: 'valueframe: "cbi-dso" is an issue, not a solution' });
  });
});

describe("goalChain", () => {
  it("traces a goal down to the solutions and the values they bring to it", () => {
    const chain = goalChain(frame, "g-cash");
    expect(chain.successFactors.map((s) => s.successFactor.id)).toEqual(["csf-collection", "csf-delivery", "csf-inventory"]);
    const collection = chain.successFactors[0]!;
    expect(collection.issues.map((i) => i.issue.id)).toEqual(["cbi-dso"]);
    expect(collection.issues[0]!.solutions.map((s) => [s.solution.id, s.values.map((v) => v.id)])).toEqual([
      ["sol-c2c", ["v-wc"]],
      ["sol-factoring", []],
    ]);
    expect(chain.successFactors[1]!.issues[0]!.solutions).toEqual([]);
    expect(chain.blockingIssues.map((i) => i.issue.id)).toEqual(["cpi-sales-kpi"]);
    expect(chain.values.map((v) => v.id)).toEqual(["v-wc", "v-process"]);
  });

  it("gives an empty chain for a goal nothing links to", () => {
    const chain = goalChain(frame, "g-engagement");
    expect(chain).toEqual({ goal: frame.goals[2], successFactors: [], blockingIssues: [], values: [] });
  });

  it("throws FrameLookupError for an id of another kind", () => {
    expect(thrown(() => goalChain(frame, "csf-collection"))).toMatchObject({ code: "FRAME_WRONG_KIND", expected: "goal" });
  });
});

describe("findElement", () => {
  it("finds any element with its kind", () => {
    expect(findElement(frame, "csf-delivery")).toEqual({ kind: "successFactor", element: frame.successFactors[1] });
    expect(findElement(frame, "v-process")?.kind).toBe("value");
    expect(findElement(frame, "nothing")).toBeUndefined();
  });
});

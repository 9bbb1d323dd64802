import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { unaddressedIssues } from "../../src/frame/queries/unaddressedIssues.js";
import { unlinkedElements } from "../../src/frame/queries/unlinkedElements.js";
import { richInput, sampleInput } from "./fixtures.js";

describe("unaddressedIssues", () => {
  it("lists the issues no solution addresses", () => {
    expect(unaddressedIssues(defineFrame(richInput())).map((i) => i.id)).toEqual(["cbi-stockouts"]);
    expect(unaddressedIssues(defineFrame(sampleInput()))).toEqual([]);
  });
});

describe("unlinkedElements", () => {
  it("lists goals, success factors and solutions where the chain stops", () => {
    const found = unlinkedElements(defineFrame(richInput()));
    expect(found.map((u) => [u.kind, u.element.id, u.path])).toEqual([
      ["goal", "g-engagement", ["goals", 2]],
      ["successFactor", "csf-inventory", ["successFactors", 2]],
      ["solution", "sol-factoring", ["solutions", 1]],
    ]);
    expect(found[0]!.reason).toBe('no success factor serves goal "g-engagement" and no issue blocks it');
    expect(found[1]!.reason).toBe('no issue hurts success factor "csf-inventory"');
    expect(found[2]!.reason).toBe('no value names solution "sol-factoring"');
  });

  it("finds nothing when every chain is complete", () => {
    expect(unlinkedElements(defineFrame(sampleInput()))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { RenderArgumentError } from "../../src/render/errors.js";
import { toMarkdown } from "../../src/render/markdown/toMarkdown.js";
import { portfolioToMarkdown } from "../../src/render/markdown/portfolioToMarkdown.js";
import { aggregatePortfolio, definePortfolio } from "../../src/portfolio/index.js";
import { alpha, bravo, portfolioInput } from "../portfolio/fixtures.js";
import type { Frame } from "../../src/frame/frame.js";
import { bvfGraph, evaluation, frame } from "./fixtures.js";
import { thrown } from "./helpers.js";

describe("toMarkdown", () => {
  it("renders frames, evaluations and BVFs by their shape", () => {
    expect(toMarkdown(frame).split("\n")[0]).toBe("# Huatong Industrial Distribution: reference frame");
    expect(toMarkdown(frame, { locale: "zh-CN" }).split("\n")[0]).toBe("# Huatong Industrial Distribution：参照系");
    expect(toMarkdown(evaluation).split("\n")[0]).toBe("# Value case: Credit-to-cash capability for Huatong Industrial Distribution");
    expect(toMarkdown(bvfGraph, { headingLevel: 2 }).split("\n")[0]).toBe("## Credit-to-cash for Huatong: Business Value Framework");
  });

  it("renders a portfolio's pipeline by its shape, and not one read back from JSON", () => {
    const pipeline = aggregatePortfolio(definePortfolio(portfolioInput), [alpha(), bravo()]);
    expect(toMarkdown(pipeline, { title: "East team", sections: ["decisionMonths"] })).toBe(portfolioToMarkdown(pipeline, { title: "East team", sections: ["decisionMonths"] }));
    expect(toMarkdown(pipeline, { audience: "customer" })).toBe("# Portfolio pipeline");
    expect(() => toMarkdown(JSON.parse(JSON.stringify(pipeline)) as Frame)).toThrow(/or a portfolio pipeline \(aggregatePortfolio\), got an object of another shape/);
  });

  it("renders a JSON round trip of a frame the same way", () => {
    const copy = JSON.parse(JSON.stringify(frame)) as unknown;
    expect(() => toMarkdown(copy as Frame, { sections: ["overview"] })).not.toThrow();
  });

  it("throws RenderArgumentError for anything else", () => {
    for (const [value, got] of [
      [42, "number"],
      [null, "null"],
      [[], "an array"],
      [{ name: "x" }, "an object of another shape"],
    ] as const) {
      const error = thrown(() => toMarkdown(value as unknown as Frame));
      expect(error).toBeInstanceOf(RenderArgumentError);
      expect((error as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
      expect((error as Error).message).toBe(`valueframe: toMarkdown arguments: 1 problem:\n  - subject: expected a frame (defineFrame), an evaluation (evaluate), a BVF (defineBvf), a buying centre (defineBuyingCentre), a pursuit (definePursuit), a realisation track (trackRealisation), a qualification (defineQualification), an account plan (defineAccountPlan), a territory review (reviewTerritory) or a portfolio pipeline (aggregatePortfolio), got ${got} [invalid_type]`);
    }
  });
});

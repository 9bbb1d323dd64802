/** The executive summary in words: the de-duplicated headline, its caveats, short money, both locales. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { Dec } from "../../src/numeric/decimal.js";
import { executiveSummary } from "../../src/quantify/executiveSummary.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { formatCompact } from "../../src/render/_internal/intl.js";
import { summaryToMarkdown } from "../../src/render/markdown/summaryToMarkdown.js";
import { audiences } from "../../src/render/options.js";
import { distributor } from "../quantify/fixtures.js";

const frame = defineFrame(JSON.parse(readFileSync(new URL("../../examples/distributor.frame.json", import.meta.url), "utf8")));
const summary = executiveSummary(distributor, { frame });

describe("summaryToMarkdown", () => {
  const markdown = summaryToMarkdown(summary, { headingLevel: 2 });

  it("heads with the figure that counts each benefit once, the one with the flagged line beside it", () => {
    expect(markdown.split("\n")[0]).toBe("## Executive summary");
    expect(markdown).toContain("| **Net present value** | **CN¥18.0M** | CN¥23.2M |");
    expect(markdown).toContain("Each benefit is counted once: “financing cost saved” draws on the same improvement as other lines and is left out of these figures. With it, the risk-adjusted NPV would read CN¥21.1M.");
  });

  it("points the IRR cell to the note when the flows have several IRRs, in the case's period", () => {
    expect(markdown).toContain("| Internal rate of return (a year) | several (see below) | several (see below) |");
    expect(markdown).toContain("several internal rates of return (-87.6%, 1,003.5% a year)");
  });

  it("closes the figures with the decision, then the goals, the value and the assumptions", () => {
    const order = ["### The decision", "### What it does for the goals", "### Where the value comes from", "### The assumptions that matter most"].map((h) => markdown.indexOf(h));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(markdown).toContain(`**${distributor.ask}**`);
    expect(markdown).toContain("| Operating cash flow +20 % this year | 8 M CNY | 28 M CNY | 350% |");
  });

  it("writes Chinese with the Chinese scale and full-width brackets", () => {
    const zh = summaryToMarkdown(summary, { locale: "zh-CN" });
    expect(zh).toContain("| **净现值** | **¥1800万** | ¥2320万 |");
    expect(zh.split("\n")[0]).toBe("# 执行摘要");
  });

  it("names a goal without a name by the word, not its id, for the customer", () => {
    const unnamed = executiveSummary(distributor);
    expect(unnamed.goals[0]?.name).toBeUndefined();
    expect(summaryToMarkdown(unnamed, { audience: "customer" })).not.toContain("g-cash");
    expect(summaryToMarkdown(unnamed)).toContain("g-cash");
  });

  it("rejects an unknown audience at its path", () => {
    let error: unknown;
    try {
      summaryToMarkdown(summary, { audience: "cfo" as never });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).issues.map((issue) => issue.path)).toEqual([["audience"]]);
    expect(audiences).toEqual(["customer", "internal"]);
  });
});

describe("formatCompact", () => {
  it("shows three significant digits, rounded half away from zero, and the full figure beyond the scale", () => {
    expect(formatCompact(new Dec("21120118.88"), "en", "CNY")).toBe("CN¥21.1M");
    expect(formatCompact(new Dec("18049999"), "en", "CNY")).toBe("CN¥18.0M");
    expect(formatCompact(new Dec("-4788801.9"), "en", "EUR")).toBe("-€4.79M");
    expect(formatCompact(new Dec("999.5"), "en", "USD")).toBe("$1.00K");
    expect(formatCompact(new Dec("1234567890123456789"), "en", "USD")).toBe("$1,230,000,000,000,000,000");
  });
});

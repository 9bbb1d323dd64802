/** The buying centre in words: the seller's working document, and each person's one-page value — never our ratings of them for the customer. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { personValue } from "../../src/people/personValue.js";
import { buyingCentreToMarkdown, personValueToMarkdown } from "../../src/render/markdown/buyingCentreToMarkdown.js";
import { RenderArgumentError } from "../../src/render/errors.js";

const example = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");
const figures = evaluateDocument(defineValueDocument({ frame: JSON.parse(example("distributor.frame.json")), case: JSON.parse(example("distributor.case.json")) }));
const frame = figures.document.frame!;
const evaluation = figures.evaluation!;
const centre = defineBuyingCentre(parse(example("distributor.stakeholders.yaml")), { frame });
const asOf = "2026-12-06";

describe("buyingCentreToMarkdown", () => {
  it("writes the seller's working document: people with their standing, MEN, relations, checks and whom to see first", () => {
    const markdown = buyingCentreToMarkdown(centre, { frame, evaluation, asOf });
    expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Buying centre",
      "## People",
      "## Expectations, needs and motives",
      "## Relations and factions",
      "## Checks of the buying centre",
      "## Whom to see first",
    ]);
    expect(markdown).toContain("As of December 6, 2026; the seller's working notes, never shown to the customer.");
    expect(markdown).toContain("| **Chen Gang** `p-sales` | Sales director | decision-making | influencer | 4 | opponent | 2 | yes | October 20, 2026 |");
    expect(markdown).toContain("**Chen Gang** `p-sales` is an opponent with influence 4 and there is no plan for them. `opponent_without_plan`");
    expect(markdown).toContain("**Needs (obstacle):** DSO has grown from 48 to 62 days — links to Collection rate falling: DSO grew from 48 to 62 days `cbi-dso`");
    expect(markdown).toContain("| **Chen Gang** `p-sales` | 4 | opponent | 4 | 20 |");
  });

  it("writes nothing of the people for the customer, and refuses a seller-only section asked for by name", () => {
    expect(buyingCentreToMarkdown(centre, { audience: "customer", frame, asOf }).trim()).toBe("# Buying centre");
    expect(() => buyingCentreToMarkdown(centre, { audience: "customer", sections: ["people"] })).toThrow(RenderArgumentError);
    expect(() => buyingCentreToMarkdown(centre, { asOf: "06/12/2026" })).toThrow(/asOf: must be a calendar date/);
  });

  it("writes in Chinese", () => {
    const markdown = buyingCentreToMarkdown(centre, { locale: "zh-CN", frame, evaluation, asOf });
    expect(markdown.split("\n")[0]).toBe("# 采购决策群");
    expect(markdown).toContain("**Chen Gang** `p-sales` 是影响力为 4 的反对者，而我们对其没有计划。");
  });
});

describe("personValueToMarkdown", () => {
  const value = personValue(centre, "p-cfo", { frame, evaluation, summary: figures.summary, asOf });

  it("gives the CFO a page of her goals, the figures she weighs and the benefit to the organisation and to her", () => {
    const page = personValueToMarkdown(value, { audience: "customer" });
    expect(page.split("\n")[0]).toBe("# What the case brings Li Wei");
    expect(page).toContain("| Net present value | CN¥17,967,611.64 (risk-adjusted) |");
    expect(page).toContain("| Payback | 0.09 year (risk-adjusted) |");
    expect(page).toContain("| Operating cash flow +20 % this year | 28 M CNY |");
    // The report says the flows have several IRRs: her page gives none.
    expect(page).not.toContain("Internal rate of return");
    expect(page).toContain("- 14 M CNY of working capital released");
    expect(page).toContain("- Present a cash turnaround at the 2027 board meeting");
    // Her pain is our note of how she suffers: not on her page.
    expect(page).not.toContain("overdrawn credit line to the bank");
    // For the customer: no presentation notes, none of our ratings.
    expect(page).not.toMatch(/How to present|technical|influence|supporter|Social style/i);
  });

  it("adds the seller's presentation notes for the internal audience", () => {
    const page = personValueToMarkdown(value);
    expect(page).toContain("## How to present (seller only)");
    expect(page).toContain("- lead with how the specific problems get solved");
    expect(page).toContain("- **Social style:** precision and completeness");
    expect(page).toContain("- Explains the overdrawn credit line to the bank every quarter");
  });
});

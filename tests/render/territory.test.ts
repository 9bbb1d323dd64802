/**
 * A territory reviewed, in words, charts and one HTML page (territoryToMarkdown, territoryChartData, the
 * funnel, month and review charts as SVG and Vega-Lite, territoryToHtml), every figure checked by hand
 * against tests/render/territoryFixtures.ts: the seller's stage-weighted revenue of a month to the cent,
 * labelled as the seller's and never as value, a tier's headroom, the review's variance, zh-CN headings,
 * the bar of a stage.
 */
import { describe, expect, it } from "vitest";
import { RenderArgumentError } from "../../src/render/errors.js";
import { territoryToHtml } from "../../src/render/html/territoryToHtml.js";
import { territorySections, territoryToMarkdown } from "../../src/render/markdown/territoryToMarkdown.js";
import { funnelSvg } from "../../src/render/svg/funnelSvg.js";
import { pipelineByMonthSvg } from "../../src/render/svg/pipelineByMonthSvg.js";
import { tiersReviewSvg } from "../../src/render/svg/tiersReviewSvg.js";
import { funnelSpec } from "../../src/render/vegaLite/funnelSpec.js";
import { pipelineByMonthSpec } from "../../src/render/vegaLite/pipelineByMonthSpec.js";
import { territoryChartData } from "../../src/render/vegaLite/territoryChartData.js";
import { tiersReviewSpec } from "../../src/render/vegaLite/tiersReviewSpec.js";
import { defineTerritory, reviewTerritory } from "../../src/qualify/territory.js";
import { section } from "./helpers.js";
import { review, territoryInput } from "./territoryFixtures.js";

const markdown = territoryToMarkdown(review);

describe("territoryToMarkdown", () => {
  it("writes the funnel as the seed's table, each rate with where it comes from", () => {
    const funnel = section(markdown, "Funnel");
    expect(funnel).toContain("| Customer | Contact | Expected month | Expected investment | Stage | Rate | Where the rate comes from |");
    expect(funnel).toContain("| Hengda Foods | Li Wei | February 2027 | CN¥1,200,000.00 | I (interest) | 30% | our default for its stage |");
    expect(funnel).toContain("| Baihe Textiles | — | March 2027 | CN¥333,333.33 | P (prospect) | 15% | the deal's own rate |");
    // The USD deal stays in the funnel, in its own currency.
    expect(funnel).toContain("| Acme Feed | — | March 2027 | $500,000.00 | P (prospect) | 10% |");
    // The document's deal: its customer and path.
    expect(funnel).toContain("| Huatong (`distributor.valuecase.json`) | Chen Jie | March 2027 | CN¥2,000,000.00 | I (interest) | 30% |");
  });

  it("weighs the pipeline by month, by stage and in total to the cent, labelled as the seller's stage-weighted revenue", () => {
    const pipeline = section(markdown, "The seller's stage-weighted revenue (expected revenue × stage rate)");
    // February: 1,200,000 × 0.3 + 450,000.50 × 0.6 = 360,000 + 270,000.30.
    expect(pipeline).toContain("| February 2027 | 2 | 1,650,000.50 | 630,000.30 |");
    // March: 333,333.33 × 0.15 (the deal's own rate) + 2,000,000 × 0.3 = 49,999.9995 + 600,000, to the cent 650,000.00.
    expect(pipeline).toContain("| March 2027 | 2 | 2,333,333.33 | 650,000.00 |");
    // January: won 800,000 × 1 + lost 100,000 × 0.
    expect(pipeline).toContain("| January 2027 | 2 | 900,000.00 | 800,000.00 |");
    expect(pipeline).toContain("| **Total** | **6** | **4,883,333.83** | **2,080,000.30** |");
    expect(pipeline).toContain("| I (interest) | 30% | 2 | 3,200,000.00 | 960,000.00 |");
    expect(pipeline).toContain("Stage-weighted revenue (CNY)");
    expect(pipeline).toContain("It is not the customer's probability-weighted value and is never multiplied into it.");
    // Never labelled as value: the only "value" is in the note that says what it is not.
    expect(pipeline.replace("the customer's probability-weighted value", "")).not.toMatch(/value/i);
    // The USD deal is listed, not converted.
    expect(pipeline).toContain("**Not converted (deals in another currency, left out of the sums above)**\n\n- USD: Acme Feed ($500,000.00)");
  });

  it("marks the stage rates that are our defaults, and the territory's own", () => {
    expect(section(markdown, "Stage rates")).toContain("| B (buying) | in commercial negotiation | 60% | **our default** |");
    const own = territoryToMarkdown(reviewTerritory(defineTerritory({ ...territoryInput, rates: { B: "0.5" } })), { sections: ["rates", "funnel"] });
    expect(own).toContain("| B (buying) | in commercial negotiation | 50% | the territory's |");
    expect(own).toContain("| Ruifeng | — | February 2027 | CN¥450,000.50 | B (buying) | 50% | the territory's rate for its stage |");
  });

  it("puts each opportunity in one row and lists the documents without a qualification", () => {
    const rows = section(markdown, "Opportunities");
    // 75 % and go (every answer 3 of 4); us (40×5 + 60×2)/100 = 3.2 against Global ERP 3.6; 2,000,000 ≥ the big gain with high impact: category 1; 1 of 36 items.
    expect(rows).toContain("| **Huatong** `distributor.valuecase.json` | I (interest) | 75% — go | is there an opportunity and a chance | 2 of 2, behind Global ERP | category 1 | abnormal | 6 of 7 | — | 2.78% |");
    expect(rows).toContain("| **Jiayun Contract Logistics** `logistics.valuecase.json` | — | — | — | — | — | — | — | — | — |");
    expect(section(markdown, "Documents without a qualification")).toContain("- `logistics.valuecase.json`");
  });

  it("ranks the top accounts and states the target test's thresholds", () => {
    const top = section(markdown, "Top accounts");
    expect(top).toContain("| **Huatong** `a1` | 1 | 2 | 1 | revenue, potential | yes | yes | **yes** |");
    expect(top).toContain("| **Baihe Textiles** `a3` | 2 | 3 | 3 | — | no | not stated | no |");
    // ⌈10 % × 3⌉ = 1 a measure; the median potential of 2,000,000, 500,000 and 100,000.
    expect(top).toContain("the first 1 of 3 on any of them");
    expect(top).toContain("at least CN¥500,000.00 — and confidence of success high enough — at least 60%");
  });

  it("reviews the tiers: potential = capacity − not served, headroom, penetration, and the monthly variance", () => {
    const tiers = section(markdown, "Tiers 5 + 5 + 5");
    // Huatong: 5,000,000 − 1,000,000 = 4,000,000 potential; − 900,000 current = 3,100,000 headroom; 900,000 ÷ 4,000,000 = 22.5 %.
    expect(tiers).toContain("| Much business | **Huatong** `t1` | 4,000,000.00 | 900,000.00 | 3,100,000.00 | 22.5% | 1 | yes |");
    expect(tiers).toContain("| No business yet | **Hengda Foods** `t2` | 1,000,000.00 | 0.00 | 1,000,000.00 | 0% | 1 | **no** |");
    expect(tiers).toContain("| Some business | 0 | 0.00 | 0.00 | 0.00 |");
    const months = section(markdown, "Monthly review across the tiers");
    // January: expected 80,000 + 10,000; actual 65,000.50 + 12,000; variance −14,999.50 + 2,000.
    expect(months).toContain("| January 2027 | 90,000.00 | 90,000.00 | 77,000.50 | **-12,999.50** | 2 / 0 |");
    expect(months).toContain("| February 2027 | 90,000.00 | — | — | — | 0 / 1 |");
  });

  it("writes Chinese headings and figures in zh-CN", () => {
    const zh = territoryToMarkdown(review, { locale: "zh-CN" });
    expect(zh.split("\n")[0]).toBe("# 销售区域评审：East team");
    for (const heading of ["销售漏斗", "销售方的阶段加权收入（预计收入 × 阶段成功率）", "阶段成功率", "销售机会", "尚无资格评估的文档", "重点客户", "分层销售 5 + 5 + 5", "各层客户的月度评审"]) expect(zh).toContain(`\n## ${heading}\n`);
    expect(zh).toContain("| 2027年2月 | 2 | 1,650,000.50 | 630,000.30 |");
    expect(zh).toContain("它不是客户的概率加权价值，也绝不与之相乘。");
  });

  it("writes the sections asked for, in its order, at the heading level asked; nothing but the title for the customer", () => {
    expect(territorySections).toEqual(["overview", "funnel", "pipeline", "rates", "opportunities", "unqualified", "topAccounts", "tiers", "review"]);
    const two = territoryToMarkdown(review, { sections: ["review", "funnel"], headingLevel: 2 });
    expect(two.match(/^#+ .*$/gm)).toEqual(["## Territory review: East team", "### Funnel", "### Monthly review across the tiers"]);
    expect(territoryToMarkdown(review, { audience: "customer" })).toBe("# Territory review: East team");
  });

  it("leaves out what the territory does not have, and says when nothing is weighted", () => {
    const bare = territoryToMarkdown(reviewTerritory(defineTerritory({ documents: ["a.valuecase.json"] })));
    expect(bare).not.toContain("## Top accounts");
    expect(bare).not.toContain("## Tiers");
    expect(section(bare, "Funnel")).toContain("None yet.");
    expect(section(bare, "The seller's stage-weighted revenue (expected revenue × stage rate)")).toContain("No deal in the funnel yet: nothing is weighted.");
  });

  it("refuses what is not a territory review, and lists every bad option", () => {
    expect(() => territoryToMarkdown({} as never)).toThrow(/expected a territory review/);
    const error = (() => {
      try {
        territoryToMarkdown(review, { locale: "fr" as never, sections: ["funnnel" as never], headingLevel: 9 });
      } catch (e) {
        return e as RenderArgumentError;
      }
    })();
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error?.issues.map((i) => i.path.join("."))).toEqual(["locale", "headingLevel", "sections.0"]);
  });
});

describe("the territory's charts", () => {
  const data = territoryChartData(review);

  it("gives exact figures: each stage's expected and weighted revenue, each month's weighted revenue, each review month", () => {
    expect(data.funnel.groups.map((g) => [g.key, ...g.bars.map((b) => b.value.toString())])).toEqual([
      ["P", "333333.33", "49999.9995"],
      ["I", "3200000", "960000"],
      ["B", "450000.5", "270000.3"],
      ["won", "800000", "800000"],
      ["lost", "100000", "0"],
    ]);
    expect(data.months.groups.map((g) => [g.key, g.bars[0]?.text])).toEqual([
      ["2027-01", "CN¥800,000.00"],
      ["2027-02", "CN¥630,000.30"],
      ["2027-03", "CN¥650,000.00"],
    ]);
    expect(data.review.groups.map((g) => [g.key, g.note, g.bars.map((b) => `${b.series} ${b.value.toString()}`)])).toEqual([
      ["2027-01", undefined, ["reviewExpected 90000", "reviewActual 77000.5"]],
      ["2027-02", "1 pending", ["reviewExpected 90000"]],
    ]);
    expect(data.funnel.series.map((s) => s.label)).toEqual(["Expected revenue", "Stage-weighted revenue (the seller's)"]);
  });

  it("draws a stage's two bars side by side, the weighted one at its rate of the expected one, with exact tooltips", () => {
    const svg = funnelSvg(review);
    const bar = (series: string, stage: string) => {
      const match = new RegExp(`<rect class="bar ${series}" data-group="${stage}" x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"[^>]*><title>([^<]*)</title>`).exec(svg);
      if (match === null) throw new Error(`no ${series} bar of ${stage}`);
      return { x: Number(match[1]), height: Number(match[4]), title: match[5]!.replace(/&#39;/g, "'") };
    };
    const expected = bar("expected", "I");
    const weighted = bar("weighted", "I");
    expect(weighted.title).toBe("Stage-weighted revenue (the seller's), I (interest): CN¥960,000.00");
    expect(expected.title).toBe("Expected revenue, I (interest): CN¥3,200,000.00");
    // 960,000 ÷ 3,200,000 = 0.3, within the pixels' rounding; side by side, expected first.
    expect(weighted.height / expected.height).toBeCloseTo(0.3, 2);
    expect(weighted.x).toBeGreaterThan(expected.x);
    expect(bar("weighted", "lost").height).toBe(0);
    expect(svg.match(/<rect class="bar /g)).toHaveLength(10);
  });

  it("is accessible and deterministic", () => {
    for (const draw of [funnelSvg, pipelineByMonthSvg, tiersReviewSvg]) {
      const svg = draw(review);
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
      expect(draw(review)).toBe(svg);
    }
    expect(pipelineByMonthSvg(review).replace(/&#39;/g, "'")).toContain("<desc>The seller's stage-weighted revenue (expected revenue × stage rate) in each of 3 expected months, CN¥2,080,000.30 in total. Not the customer's value.</desc>");
    const review2 = tiersReviewSvg(review);
    expect(review2.match(/<rect class="bar reviewActual"/g)).toHaveLength(1);
    expect(review2).toContain("<title>Actual (accounts reported), Jan 2027: CN¥77,000.50</title>");
  });

  it("gives the same figures as Vega-Lite specs, bars side by side by series", () => {
    const spec = funnelSpec(review);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect((spec.encoding as { xOffset: { field: string } }).xOffset.field).toBe("series");
    const values = (spec.data as { values: { key: string; series: string; text: string }[] }).values;
    expect(values.filter((v) => v.key === "I").map((v) => `${v.series}: ${v.text}`)).toEqual(["Expected revenue: CN¥3,200,000.00", "Stage-weighted revenue (the seller's): CN¥960,000.00"]);
    expect((pipelineByMonthSpec(review).data as { values: { text: string }[] }).values.map((v) => v.text)).toEqual(["CN¥800,000.00", "CN¥630,000.30", "CN¥650,000.00"]);
    expect((tiersReviewSpec(review, { locale: "zh-CN" }).data as { values: { group: string }[] }).values.map((v) => v.group)).toEqual(["2027年1月", "2027年1月", "2027年2月 (1 行待报告)"]);
  });

  it("refuses a bad size and what is not a territory review", () => {
    expect(() => funnelSvg(review, { width: 5 })).toThrow(RenderArgumentError);
    expect(() => funnelSpec({ funnel: {} } as never)).toThrow(/expected a territory review/);
  });
});

describe("territoryToHtml", () => {
  const html = territoryToHtml(review, { date: "2027-01-15" });

  it("is one self-contained page with the three charts inline, each after its section", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="|https?:\/\//);
    expect(html.match(/<svg /g)).toHaveLength(3);
    const at = (needle: string) => html.indexOf(needle);
    expect(at("<h2>Funnel</h2>")).toBeLessThan(at("<title>The seller&#39;s funnel by stage"));
    expect(at("<title>The seller&#39;s funnel by stage")).toBeLessThan(at("<h2>The seller&#39;s stage-weighted revenue"));
    expect(at("<title>Monthly review across the tiers: expected against actual</title>")).toBeGreaterThan(at("<h2>Monthly review across the tiers</h2>"));
    expect(html).toContain("<h1>Territory review: East team</h1>");
    expect(html).toContain("<dd>January 15, 2027</dd>");
    expect(html).toContain('<li><a href="#pipeline">The seller&#39;s stage-weighted revenue (expected revenue × stage rate)</a></li>');
  });

  it("writes zh-CN, and lists every bad option", () => {
    expect(territoryToHtml(review, { locale: "zh-CN" })).toContain('<html lang="zh-CN">');
    expect(() => territoryToHtml(review, { paper: "a5" as never, themeColor: "blue" })).toThrow(/paper[\s\S]*themeColor/);
  });
});

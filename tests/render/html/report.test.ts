import { describe, expect, it } from "vitest";
import { evaluateScenarios } from "../../../src/quantify/evaluateScenarios.js";
import { RenderArgumentError } from "../../../src/render/errors.js";
import { toHtmlReport } from "../../../src/render/html/toHtmlReport.js";
import type { HtmlReportInput } from "../../../src/render/html/toHtmlReport.js";
import { thrown } from "../../frame/fixtures.js";
import { executiveSummary } from "../../../src/quantify/executiveSummary.js";
import { formatCompact } from "../../../src/render/_internal/intl.js";
import { bvf, count, evaluation, frame, sensitivity, simulation, valueCase } from "../charts/fixtures.js";
import { asOf, centre, pursuit } from "../pursuitFixtures.js";

const scenarios = evaluateScenarios(valueCase, { frame });
const html = toHtmlReport({ frame, evaluation, bvf, scenarios, tornado: sensitivity, simulation });

/** The text between two markers of the report. */
const between = (text: string, from: string, to: string): string => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe("toHtmlReport", () => {
  it("is one complete HTML document with print CSS", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@media print");
    expect(html).toContain("<title>Value case report: Huatong Industrial Distribution</title>");
  });

  it("holds every chart and diagram as inline SVG, each placed with its section", () => {
    expect(count(html, /<svg /)).toBe(6);
    const titles = [...html.matchAll(/<svg [^>]*><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      "Linkage diagram: Huatong Industrial Distribution",
      "Value waterfall (nominal, probability-weighted)",
      "Cumulative cash flow (probability-weighted)",
      "Sensitivity of the probability-weighted NPV (tornado)",
      "Simulated NPV",
      "Credit-to-cash for Huatong: Business Value Framework: the four levels",
    ]);
    expect(between(html, "<h3>Value lines</h3>", "<h3>Cash flow by period</h3>")).toContain("<title>Value waterfall");
    expect(between(html, "<h3>Cash flow by period, probability-weighted</h3>", "<h3>Headline measures</h3>")).toContain("<title>Cumulative cash flow");
    expect(between(html, "<h3>Sensitivity</h3>", "<h3>Simulation</h3>")).toContain("<title>Sensitivity of the probability-weighted NPV");
    const valueCase = between(html, '<section class="part" id="value-case">', "</section>");
    expect(count(valueCase, /<rect /)).toBe(5 + 2 * sensitivity.rows.length + simulation.histogram.length);
  });

  it("shows the grid cell a solution lands on, in the grid, the ranking and the linkage diagram", () => {
    expect(html).toContain("<code>cbi-dso</code>; Solution: Credit-to-cash capability <code>sol-credit-to-cash</code></td>");
    expect(html).toContain("<td>resolve</td><td>Process management (interface management)</td>");
    expect(html).toContain('<g class="node node-solution" data-id="sol-credit-to-cash"><title>Credit-to-cash capability · Process management (interface management)</title>');
  });

  it("documents the 14 M CNY release with its formula and inputs", () => {
    expect(html).toContain(
      "<strong>working capital released</strong> = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = <strong>14,000,000 CNY</strong>",
    );
    expect(html).toContain("<code>dsoReduction * dailyRevenue</code>");
  });

  it("draws the linkage and BVF diagrams as inline SVG after their headings, with no Mermaid source", () => {
    expect(between(html, "<h3>Linkage diagram</h3>", "</section>")).toMatch(/^<h3>Linkage diagram<\/h3>\n<p>Arrows point to what each element serves: [^<]*<\/p>\n<figure class="diagram"><svg style="display:block;max-width:100%;height:auto" [^>]*><title>Linkage diagram: /);
    expect(between(html, "<h3>The four levels</h3>", "</section>")).toMatch(/^<h3>The four levels<\/h3>\n<figure class="diagram"><svg [^>]*><title>Credit-to-cash for Huatong/);
    expect(html).toContain('<g class="edge edge-resolve" data-from="sol-credit-to-cash" data-to="cbi-dso">');
    expect(html).toContain("<figcaption>Strategic goals (3), Critical success factors (3), Critical issues (4), High-energy solutions (2), Performance values (3); 18 links");
    expect(html).not.toMatch(/<pre class="mermaid">|flowchart BT|```mermaid|language-mermaid/);
  });

  it("loads nothing from outside: no URL, no script, no external stylesheet", () => {
    expect(html).not.toMatch(/https?:/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  });

  it("shows only the parts given, and charts without an evaluation in their own section", () => {
    const onlyFrame = toHtmlReport({ frame });
    expect(count(onlyFrame, /<svg /)).toBe(1);
    expect(onlyFrame).toContain("<title>Linkage diagram: Huatong Industrial Distribution</title>");
    const onlyCharts = toHtmlReport({ tornado: sensitivity, simulation }, { title: "Risk", locale: "zh-CN" });
    expect(onlyCharts).toContain('<html lang="zh-CN">');
    expect(onlyCharts).toContain("<h1>Risk</h1>");
    expect(onlyCharts).toContain("<h2>图表</h2>");
    expect(count(onlyCharts, /<svg /)).toBe(2);
  });

  it("writes a zh-CN report with its charts in their sections", () => {
    const zh = toHtmlReport({ frame, evaluation, tornado: sensitivity }, { locale: "zh-CN" });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("<title>价值案例报告：Huatong Industrial Distribution</title>");
    expect(count(zh, /<svg /)).toBe(4);
    expect(between(zh, "<h3>价值项</h3>", "<h3>分期现金流</h3>")).toContain("<title>价值瀑布图（名义值，按概率加权）</title>");
    expect(between(zh, "<h3>敏感性分析</h3>", "</section>")).toContain("<title>加权净现值敏感性（龙卷风图）</title>");
    expect(zh).toContain("<title>链接图：Huatong Industrial Distribution</title>");
    expect(zh).toContain("<h3>链接图</h3>");
    expect(zh).toContain("¥23,196,000.00");
  });

  it("escapes the title", () => {
    expect(toHtmlReport({ frame }, { title: "Q&A <draft>" })).toContain("<h1>Q&amp;A &lt;draft&gt;</h1>");
  });

  it("rejects an input with no part and bad options", () => {
    const empty = thrown(() => toHtmlReport({} as HtmlReportInput));
    expect(empty).toBeInstanceOf(RenderArgumentError);
    expect((empty as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
    expect((empty as RenderArgumentError).message).toContain("give at least one of summary, frame, evaluation, bvf, scenarios, tornado, simulation");
    const options = thrown(() => toHtmlReport({ frame }, { title: " ", locale: "xx" as "en" }));
    expect(options).toBeInstanceOf(RenderArgumentError);
    expect((options as RenderArgumentError).issues.map((issue) => issue.path)).toEqual([["locale"], ["title"]]);
  });
});

describe("toHtmlReport for the customer", () => {
  const summary = executiveSummary(valueCase, { frame });
  const input = { summary, frame, evaluation, bvf, scenarios, tornado: sensitivity };
  const customer = toHtmlReport(input, { audience: "customer" });
  const withAppendix = toHtmlReport(input, { audience: "customer", appendix: true });
  const internal = toHtmlReport(input);
  const text = (page: string) => page.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/<[^>]+>/g, " ");

  it("opens with the summary, its headline the de-duplicated NPV, right after the cover band", () => {
    const main = customer.slice(customer.indexOf("<main>"));
    expect(main.indexOf('<section class="part" id="summary">')).toBe(7);
    expect(customer).toContain('<header class="cover compact">');
    expect(text(customer)).toContain(formatCompact(summary.headline.riskAdjusted.npv, "en", summary.currency));
  });

  it("shows names, never ids, formula source or seller-only parts; the seller's report keeps them", () => {
    const ids = [...frame.goals, ...frame.issues, ...frame.solutions].map((element) => `${element.id}`);
    for (const id of ids) {
      expect(text(internal)).toContain(id);
      expect(text(customer)).not.toMatch(new RegExp(`(^|[\\s(\`])${id.replace(/[-]/g, "\\-")}([\\s),.\`]|$)`));
      expect(text(withAppendix)).not.toMatch(new RegExp(`(^|[\\s(\`])${id.replace(/[-]/g, "\\-")}([\\s),.\`]|$)`));
    }
    for (const sellerOnly of ["Solution scores", "Warnings"]) {
      expect(internal).toContain(`>${sellerOnly}</h`);
      expect(withAppendix).not.toContain(`>${sellerOnly}</h`);
    }
  });

  it("keeps the working for the appendix, asked for with appendix: true", () => {
    expect(customer).not.toContain('id="appendix"');
    expect(withAppendix).toContain('id="appendix"');
    expect(between(withAppendix, 'id="appendix"', "</section>")).toContain("Calculation");
    expect(() => toHtmlReport(input, { audience: "cfo" as never })).toThrow(RenderArgumentError);
  });
});

describe("toHtmlReport with the buying centre and the pursuit", () => {
  const input: HtmlReportInput = { frame, evaluation, stakeholders: { centre, asOf }, pursuit: { pursuit } };
  const internal = toHtmlReport(input);
  const part = between(internal, '<section class="part" id="pursuit">', "</section>");

  it("gives the seller the pursuit after the buying centre, as of the stakeholders' day, with the timeline after where each person stands", () => {
    expect(internal.indexOf('id="people"')).toBeGreaterThan(0);
    expect(internal.indexOf('id="pursuit"')).toBeGreaterThan(internal.indexOf('id="people"'));
    expect(internal).toContain('<li><a href="#pursuit">Pursuit: how the customer buys and how the order moves</a></li>');
    expect(part).toContain("<h2>Pursuit: how the customer buys and how the order moves</h2>");
    expect(part).toContain("<li><strong>Deal stage:</strong> stage 7 (evaluating solutions); set by the least advanced key person: <strong>Chen Gang</strong> <code>p-it</code></li>");
    expect(part).toContain("<li><strong>Kept-rate of the commitments obtained:</strong> 66.67% (2 of 3 judged)</li>");
    const timeline = between(part, "<h3>Timeline</h3>", "<h3>Progress: commitments obtained</h3>");
    expect(between(part, "<h3>Where each person stands</h3>", "<h3>Progress")).toContain("<h3>Timeline</h3>");
    expect(count(timeline, /<g class="lane"/)).toBe(3);
    expect(timeline).toContain("<title>Pursuit timeline as of December 6, 2026</title>");
    expect(timeline).not.toContain("xmlns=");
    // Its own as-of date wins over the stakeholders'.
    expect(toHtmlReport({ ...input, pursuit: { pursuit, asOf: "2026-11-15" } })).toContain("As of November 15, 2026; the seller&#39;s working notes");
  });

  it("writes nothing of the pursuit for the customer", () => {
    const customer = toHtmlReport(input, { audience: "customer" });
    for (const page of [customer, toHtmlReport(input, { audience: "customer", appendix: true })]) {
      expect(page).not.toContain('id="pursuit"');
      expect(page).not.toMatch(/pursuit|Deal stage|kept-rate|Timeline|class="lane"|Chen Gang|p-it|Run a four-week trial|zone of agreement|reservation/i);
    }
  });
});

/**
 * A portfolio's pipeline in words and on one HTML page (portfolioToMarkdown, portfolioToHtml), built
 * from real summaries — tests/portfolio/fixtures.ts's Alpha Foods (CNY) and Bravo Mining (USD at 7.12),
 * the livestock example simulated, broken example documents — every figure checked by hand: the
 * customers' weighted NPV to the cent, the seller's stage-weighted revenue in its own columns and never
 * in the customers' sums, the risk section only with a simulated case, names escaped, failures at
 * file:line:column, the page well-formed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateDocument, parseValueDocument, safeParseValueDocument } from "../../src/document/index.js";
import { Dec } from "../../src/numeric/decimal.js";
import { aggregatePortfolio, caseFailure, definePortfolio, summariseCase, type CaseSummary } from "../../src/portfolio/index.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { portfolioSections, portfolioToHtml, portfolioToMarkdown } from "../../src/render/index.js";
import { alpha, bravo, portfolioInput, readMember } from "../portfolio/fixtures.js";
import { elements, parseXml, textOf } from "./diagrams/xml.js";
import { section, tableRow, thrown } from "./helpers.js";

const portfolio = definePortfolio(portfolioInput);
/** Alpha Foods: 4,132.23 CNY weighted NPV, stage I, 100,000 CNY; Bravo Mining: 26,363.64 USD = 187,709.09 CNY, stage B, 10,000 USD. */
const pipeline = aggregatePortfolio(portfolio, [alpha(), bravo()]);
const markdown = portfolioToMarkdown(pipeline);

/** The livestock example (USD, uncertain drivers) summarised with a seeded 500-iteration simulation. */
const livestockFile = "livestock.valuecase.json";
const livestockDocument = parseValueDocument(readFileSync(`examples/${livestockFile}`, "utf8"), { fileName: livestockFile, readMember }).document;
const livestock = summariseCase(evaluateDocument(livestockDocument), { id: "livestock", file: livestockFile }, { simulation: { iterations: 500, seed: 1 } });
/** A decimal string × 7.12 to the cent, grouped as en writes it: "-1,234.57". */
const cny = (usd: string) => new Dec(usd).times("7.12").toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Documents that failed: a YAML syntax error, and a link to a solution the frame lacks (line 23, column 15). */
function failures() {
  const syntaxFile = "broken/syntax.valuecase.yaml";
  const syntax = safeParseValueDocument(readFileSync(`examples/${syntaxFile}`, "utf8"), { fileName: syntaxFile, readMember });
  const danglingFile = "broken/dangling-link.valuecase.yaml";
  const dangling = safeParseValueDocument(readFileSync(`examples/${danglingFile}`, "utf8"), { fileName: danglingFile, readMember: (path) => readMember(path.replace(/^\.\.\//, "")) });
  return [
    caseFailure(!syntax.success && syntax.error, { id: "syntax", file: syntaxFile }),
    caseFailure(!dangling.success && dangling.error, { id: "dangling", file: danglingFile }),
    caseFailure(new TypeError("worker <b>crashed</b>"), { id: "fault" }),
  ];
}

describe("portfolioToMarkdown", () => {
  it("opens with the cases, the failures, the reporting currency and each rate used with its source and day", () => {
    expect(markdown.split("\n")[0]).toBe("# Portfolio pipeline");
    expect(markdown).toContain("- **Cases:** 2 aggregated, 0 failed\n- **Reporting currency:** CNY");
    // 4,132.23 + 187,709.09 (exactly 191,841.3223…); the seller's 100,000 × 0.3 + 10,000 × 7.12 × 0.6 = 30,000 + 42,720.
    expect(markdown).toContain("- **Customers' weighted NPV, in total:** CN¥191,841.32");
    expect(markdown).toContain("- **Seller's stage-weighted revenue, in total (beside it, never added to it):** CN¥72,720.00, of CN¥171,200.00 expected revenue over 2 deals");
    expect(markdown).toContain("| Currency | Rate (CNY per unit) | Source | As of | Cases |\n|---|---:|---|---|---:|\n| USD | 7.12 | test reference rate | December 1, 2026 | 1 |");
    expect(portfolioToMarkdown(aggregatePortfolio(portfolio, [alpha()]))).toContain("- **Rates used:** none: every figure was in CNY");
  });

  it("puts the seller's stage-weighted revenue beside the customers' weighted NPV by decision month, in its own labelled columns, never added", () => {
    const months = section(markdown, "By expected decision month");
    expect(months).toContain("| Decision month | Cases | Customers' weighted NPV (CNY) | Deals | Seller's stage-weighted revenue (CNY) |");
    expect(tableRow(months, "January 2027")).toEqual(["January 2027", "1", "4,132.23", "1", "30,000.00"]);
    expect(tableRow(months, "March 2027")).toEqual(["March 2027", "1", "187,709.09", "1", "42,720.00"]);
    expect(tableRow(months, "**Total**")).toEqual(["**Total**", "**2**", "**191,841.32**", "**2**", "**72,720.00**"]);
    // Neither sum holds the other: 191,841.32 + 72,720.00 appears nowhere.
    expect(markdown).not.toContain("264,561.32");
    // The pipeline's own labels, verbatim.
    expect(months).toContain(`- **Customers' weighted NPV:** ${pipeline.customerValue.label}`);
    expect(months).toContain(`- **Seller's stage-weighted revenue, beside the customers' value and never added to it:** ${pipeline.sellerRevenue.label}`);
  });

  it("groups by tier, funnel stage (the seller's rate and revenue beside), solution and perspective (overlapping: no total)", () => {
    const tiers = section(markdown, "By tier");
    expect(tableRow(tiers, "Much business")).toEqual(["Much business", "1", "4,132.23"]);
    expect(tableRow(tiers, "No business yet")).toEqual(["No business yet", "1", "187,709.09"]);
    expect(tableRow(tiers, "**Total**")).toEqual(["**Total**", "**2**", "**191,841.32**"]);
    const stages = section(markdown, "By funnel stage");
    expect(tableRow(stages, "I (interest)")).toEqual(["I (interest)", "1", "4,132.23", "30%", "1", "30,000.00"]);
    expect(tableRow(stages, "B (buying)")).toEqual(["B (buying)", "1", "187,709.09", "60%", "1", "42,720.00"]);
    expect(tableRow(section(markdown, "By solution"), "`sol-b`")).toEqual(["`sol-b`", "1", "187,709.09"]);
    const perspectives = section(markdown, "By goal perspective");
    // Alpha's saving serves a financial and a customer goal: 60,000/1.1 + 60,000/1.21 = 104,132.23 in both.
    expect(tableRow(perspectives, "Financial")).toEqual(["Financial", "1", "104,132.23"]);
    expect(tableRow(perspectives, "Customer")).toEqual(["Customer", "1", "104,132.23"]);
    expect(perspectives).not.toContain("Total");
    expect(perspectives).toContain(pipeline.customerValue.perspectiveLabel);
  });

  it("writes the weighted flows by calendar month, each year's flow spread over its months, with their total", () => {
    const flows = section(markdown, "Weighted flows by calendar month");
    // January 2027: Alpha's 100,000 set-up; March: Bravo's 10,000 USD licence = 71,200 CNY.
    expect(tableRow(flows, "January 2027")).toEqual(["January 2027", "0.00", "100,000.00", "-100,000.00"]);
    expect(tableRow(flows, "March 2027")).toEqual(["March 2027", "5,000.00", "71,200.00", "-66,200.00"]);
    // April 2027: Alpha's 60,000 ÷ 12 + Bravo's 40,000 USD × 7.12 ÷ 12 = 5,000 + 23,733.33.
    expect(tableRow(flows, "April 2027")).toEqual(["April 2027", "28,733.33", "0.00", "28,733.33"]);
    expect(tableRow(flows, "**Total**")).toEqual(["**Total**", "**404,800.00**", "**171,200.00**", "**233,600.00**"]);
    expect(flows).toContain(pipeline.customerValue.flows.label);
  });

  it("ranks the cases: weighted NPV in CNY and in the case's own currency, month, tier, stage, the seller's revenue from the deal", () => {
    const ranking = section(markdown, "Cases ranked by the customers' weighted NPV");
    expect(ranking).toContain("| Rank | Customer | Document | Customers' weighted NPV (CNY) | In the case's currency | Decision month | Tier | Stage | Seller's stage-weighted revenue (CNY) |");
    expect(tableRow(ranking, "1")).toEqual(["1", "**Bravo Mining**", "`bravo.valuecase.json`", "187,709.09", "$26,363.64", "March 2027", "No business yet", "B (buying)", "42,720.00"]);
    expect(tableRow(ranking, "2")).toEqual(["2", "**Alpha Foods**", "`alpha.valuecase.json`", "4,132.23", "—", "January 2027", "Much business", "I (interest)", "30,000.00"]);
    expect(ranking).not.toContain("P10");
  });

  it("writes the risk only when a case was simulated: the sums of each case's own percentiles, labelled as not the portfolio's", () => {
    expect(markdown).not.toContain("## Simulated risk");
    const simulated = aggregatePortfolio(portfolio, [alpha(), bravo(), livestock]);
    const text = portfolioToMarkdown(simulated);
    const risk = section(text, "Simulated risk");
    const sim = livestock.simulation!;
    expect(risk).toContain("- **Cases simulated:** 1 of 3 (2 not simulated, in no figure here)\n- **Iterations per case:** 500\n");
    expect(tableRow(risk, "Mean simulated weighted NPV")).toEqual(["Mean simulated weighted NPV, summed over the simulated cases", cny(sim.mean)]);
    expect(tableRow(risk, "Sum of each case's own P10")).toEqual(["Sum of each case's own P10 — not the portfolio's P10", cny(sim.p10)]);
    expect(tableRow(risk, "Sum of each case's own P90")).toEqual(["Sum of each case's own P90 — not the portfolio's P90", cny(sim.p90)]);
    expect(risk).toContain(simulated.risk!.label);
    expect(risk).toContain("not the portfolio's percentiles");
    // Above 0 in most of its iterations: none is listed; a case above 0 in 31 % of them is, by its customer and id.
    expect(Number(sim.probabilityPositive)).toBeGreaterThanOrEqual(0.5);
    expect(risk).toContain("- **More often not above 0 than above:** none\n");
    const gloomy: CaseSummary = { ...livestock, id: "gloomy", customer: "Gloomy Farms", simulation: { ...sim, probabilityPositive: "0.31" } };
    expect(portfolioToMarkdown(aggregatePortfolio(portfolio, [livestock, gloomy]), { sections: ["risk"] })).toContain("- **More often not above 0 than above:** Gloomy Farms (`gloomy`)\n");
    // The ranking gains each simulated case's own P10 – P90; the others have none.
    const ranking = section(text, "Cases ranked by the customers' weighted NPV");
    expect(ranking).toContain("| P10 – P90, the case's own (CNY) |");
    expect(tableRow(ranking, "1").at(-1)).toBe(`${cny(sim.p10)} – ${cny(sim.p90)}`);
    expect(tableRow(ranking, "3").at(-1)).toBe("—");
  });

  it("names the cases placed by the portfolio's asOf and those on no calendar, and lists each failure's problems at file:line:column", () => {
    const undecided: CaseSummary = { ...alpha(), id: "gamma", file: "gamma.valuecase.json", customer: "Gamma Grain", decisionMonth: null, funnel: null };
    const withAsOf = portfolioToMarkdown(aggregatePortfolio(portfolio, [alpha(), undecided]), { sections: ["ranking"] });
    expect(tableRow(withAsOf, "2")).toEqual(["2", "**Gamma Grain**", "`gamma.valuecase.json`", "4,132.23", "—", "December 2026 (the portfolio's asOf)", "Untiered", "no funnel entry", "—"]);
    const { asOf: _, ...noAsOf } = portfolioInput;
    const undated = portfolioToMarkdown(aggregatePortfolio(definePortfolio(noAsOf), [alpha(), undecided, ...failures()]));
    expect(section(undated, "Weighted flows by calendar month")).toContain("Not on the calendar (neither a decision month nor the portfolio's asOf; their NPV still counts everywhere else): Gamma Grain (`gamma`).");
    expect(tableRow(section(undated, "By expected decision month"), "no decision month")).toEqual(["no decision month", "1", "4,132.23", "0", "—"]);
    expect(undated).toContain("- **Cases:** 2 aggregated, 3 failed");
    const failed = section(undated, "Documents that failed");
    expect(failed).toContain(
      "- **`broken/dangling-link.valuecase.yaml`** `DOCUMENT_INVALID`: valueframe: value-case document: 1 problem:\n  - `broken/dangling-link.valuecase.yaml:23:15` `case.lines[0].serves[0].id`: solution \"sol-factoring-partner\" is not in the frame (its solutions: sol-credit-to-cash, sol-factoring) (`dangling_link`)",
    );
    expect(failed).toMatch(/- \*\*`broken\/syntax\.valuecase\.yaml`\*\* `DOCUMENT_INVALID`: [^\n]+\n {2}- `broken\/syntax\.valuecase\.yaml:\d+:\d+` /);
    // Not located: the message alone, escaped.
    expect(failed).toContain("- **`fault`** `PORTFOLIO_CASE_FAILED`: worker \\<b\\>crashed\\</b\\>");
    expect(markdown).not.toContain("## Documents that failed");
  });

  it("escapes names and the title, writes zh-CN, and the sections asked for at the heading level asked; nothing but the title for the customer", () => {
    const hostile = aggregatePortfolio(portfolio, [{ ...alpha(), customer: "<script>alert('x')</script> | *Co*" }]);
    const text = portfolioToMarkdown(hostile, { title: "East <team>", sections: ["ranking"] });
    expect(text.split("\n")[0]).toBe("# East \\<team\\>");
    expect(text).toContain("| **\\<script\\>alert('x')\\</script\\> \\| \\*Co\\*** |");
    const zh = portfolioToMarkdown(pipeline, { locale: "zh-CN" });
    expect(zh.split("\n")[0]).toBe("# 投资组合管道");
    expect(zh).toContain("\n## 按预计决策月份\n");
    expect(tableRow(zh, "2027年1月")).toEqual(["2027年1月", "1", "4,132.23", "1", "30,000.00"]);
    expect(portfolioSections).toEqual(["overview", "decisionMonths", "tiers", "stages", "solutions", "perspectives", "flows", "risk", "ranking", "failures"]);
    const two = portfolioToMarkdown(pipeline, { sections: ["ranking", "tiers"], headingLevel: 2 });
    expect(two.match(/^#+ .*$/gm)).toEqual(["## Portfolio pipeline", "### By tier", "### Cases ranked by the customers' weighted NPV"]);
    expect(portfolioToMarkdown(pipeline, { audience: "customer" })).toBe("# Portfolio pipeline");
  });

  it("refuses what is not a pipeline — one read back from JSON too — and lists every bad option", () => {
    expect(() => portfolioToMarkdown({} as never)).toThrow(/expected a portfolio pipeline/);
    expect(() => portfolioToMarkdown(JSON.parse(JSON.stringify(pipeline)) as never)).toThrow(/read back from JSON/);
    const error = thrown(() => portfolioToMarkdown(pipeline, { locale: "fr" as never, sections: ["rank" as never], title: "" })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["locale", "sections.0", "title"]);
  });
});

describe("portfolioToHtml", () => {
  const html = portfolioToHtml(pipeline, { title: "East team", date: "2026-12-06" });

  it("is one self-contained, well-formed page with the monthly net flows drawn after their table", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="|https?:\/\//);
    expect(html.match(/<svg /g)).toHaveLength(1);
    // Well-formed: parsed strictly as XML once the doctype is out and the void <meta> elements are closed.
    const page = parseXml(html.replace("<!doctype html>", "").replace(/<meta ([^>]*)>/g, "<meta $1/>"));
    expect(page.name).toBe("html");
    expect(elements(page, "section").map((s) => s.attributes["id"])).toEqual(["overview", "decisionMonths", "tiers", "stages", "solutions", "perspectives", "flows", "ranking"]);
    expect(textOf(elements(page, "h1")[0]!)).toBe("East team");
    const at = (needle: string) => html.indexOf(needle);
    expect(at("<h2>Weighted flows by calendar month</h2>")).toBeLessThan(at("<title>The customers&#39; weighted net flow by calendar month</title>"));
    expect(at("<title>The customers&#39; weighted net flow by calendar month</title>")).toBeLessThan(at("<h2>Cases ranked by the customers&#39; weighted NPV</h2>"));
    // One bar a month, January 2027 to January 2029; each bar's exact amount in its tooltip.
    const svg = elements(page, "svg")[0]!;
    expect(elements(svg, "rect").filter((r) => r.attributes["class"] === "bar net")).toHaveLength(25);
    expect(html).toContain("<title>Weighted net flow (benefits − costs), Mar 2027: -CN¥66,200.00</title>");
    expect(html).toContain("233,600.00 in total. Not the seller&#39;s revenue.");
    expect(html).toContain('<td style="text-align:right"><strong>191,841.32</strong></td>');
  });

  it("escapes every name, message and the title", () => {
    const hostile = aggregatePortfolio(portfolio, [{ ...alpha(), customer: "<script>alert('x')</script>" }, ...failures()]);
    const page = portfolioToHtml(hostile, { title: "<i>East</i>" });
    expect(page).not.toMatch(/<script|<i>|<b>/);
    expect(page).toContain("<strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</strong>");
    expect(page).toContain("<h1>&lt;i&gt;East&lt;/i&gt;</h1>");
    expect(page).toContain("worker &lt;b&gt;crashed&lt;/b&gt;");
    expect(page).toContain("<code>broken/dangling-link.valuecase.yaml:23:15</code>");
    parseXml(page.replace("<!doctype html>", "").replace(/<meta ([^>]*)>/g, "<meta $1/>"));
  });

  it("writes zh-CN, draws no chart without a dated case, and lists every bad option", () => {
    expect(portfolioToHtml(pipeline, { locale: "zh-CN" })).toContain('<html lang="zh-CN">');
    expect(portfolioToHtml(aggregatePortfolio(portfolio, failures()))).not.toContain("<svg");
    expect(() => portfolioToHtml(pipeline, { paper: "a5" as never, title: "" })).toThrow(/title[\s\S]*paper|paper[\s\S]*title/);
    expect(() => portfolioToHtml({ ranking: [] } as never)).toThrow(/expected a portfolio pipeline/);
  });
});

/**
 * A portfolio's pipeline in a notebook, like a territory review: portfolioBundle (the document of
 * portfolioToMarkdown with the monthly net flows drawn — the same chart as portfolioToHtml's — and its
 * headline as plain text), picked by show and jupyterBundle by the pipeline's shape; the customer sees
 * the title alone. From a real pipeline: tests/portfolio/fixtures.ts's Alpha Foods and Bravo Mining.
 */
import { describe, expect, it } from "vitest";
import * as notebook from "../../src/notebook/index.js";
import { jupyterBundle } from "../../src/notebook/jupyterBundle.js";
import { portfolioBundle } from "../../src/notebook/portfolioBundle.js";
import { show } from "../../src/notebook/show.js";
import { JUPYTER_DISPLAY } from "../../src/notebook/types.js";
import { aggregatePortfolio, caseFailure, definePortfolio } from "../../src/portfolio/index.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { portfolioToHtml } from "../../src/render/html/portfolioToHtml.js";
import { portfolioToMarkdown } from "../../src/render/markdown/portfolioToMarkdown.js";
import { subjectOf } from "../../src/render/subject.js";
import { alpha, bravo, portfolioInput } from "../portfolio/fixtures.js";
import { thrown } from "../render/helpers.js";

const portfolio = definePortfolio(portfolioInput);
/** Alpha Foods (CNY) and Bravo Mining (USD at 7.12): weighted flows on 25 calendar months, January 2027 to January 2029. */
const pipeline = aggregatePortfolio(portfolio, [alpha(), bravo()]);
const bundle = portfolioBundle(pipeline);

/** The `<svg>` elements of an HTML text, without the style the notebook's figure gives them and the namespace the page leaves out. */
const svgsOf = (html: string) => (html.match(/<svg [\s\S]*?<\/svg>/g) ?? []).map((svg) => svg.replace(' style="max-width:100%;height:auto"', "").replace(' xmlns="http://www.w3.org/2000/svg"', ""));

describe("a portfolio's pipeline in a notebook", () => {
  it("bundles portfolioToMarkdown's document, title one level down, with the monthly net flows drawn as bars after it", () => {
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain"]);
    expect(bundle["text/markdown"]).toBe(portfolioToMarkdown(pipeline, { headingLevel: 2 }));
    expect(bundle["text/markdown"].split("\n")[0]).toBe("## Portfolio pipeline");
    const html = bundle["text/html"];
    expect(html.startsWith('<div class="valueframe">\n<h2>Portfolio pipeline</h2>')).toBe(true);
    expect(html).toContain('<td style="text-align:right"><strong>191,841.32</strong></td>');
    expect(html.match(/<figure class="chart"><svg style="max-width:100%;height:auto" /g)).toHaveLength(1);
    // One bar a month, each bar's exact amount in its tooltip; the chart after the document.
    expect(html.match(/<rect class="bar net" /g)).toHaveLength(25);
    expect(html).toContain("<title>Weighted net flow (benefits − costs), Mar 2027: -CN¥66,200.00</title>");
    expect(html.indexOf("<h3>Cases ranked by the customers&#39; weighted NPV</h3>")).toBeLessThan(html.indexOf("<svg "));
    // The very chart portfolioToHtml draws on its page.
    expect(svgsOf(html)).toEqual(svgsOf(portfolioToHtml(pipeline)));
    expect(Object.isFrozen(bundle)).toBe(true);
    expect(notebook.portfolioBundle).toBe(portfolioBundle);
  });

  it("gives the headline alone as plain text: cases, currency, both totals and the rates used", () => {
    const plain = bundle["text/plain"];
    expect(plain).toBe(portfolioToMarkdown(pipeline, { headingLevel: 2, sections: ["overview"] }));
    expect(plain.split("\n")[0]).toBe("## Portfolio pipeline");
    expect(plain).toContain("test reference rate");
    expect(plain).not.toContain("###");
    expect(plain.length).toBeLessThan(bundle["text/markdown"].length / 2);
  });

  it("is picked by show and jupyterBundle from the pipeline's shape, its subject kind \"portfolio\"", () => {
    expect(subjectOf("jupyterBundle", pipeline).kind).toBe("portfolio");
    expect(jupyterBundle(pipeline)).toStrictEqual(bundle);
    expect(show(pipeline)[JUPYTER_DISPLAY]()).toStrictEqual(bundle);
    expect(jupyterBundle(pipeline, { locale: "zh-CN", headingLevel: 1 })["text/markdown"]).toBe(portfolioToMarkdown(pipeline, { locale: "zh-CN" }));
    expect(portfolioBundle(pipeline, { title: "East team" })["text/html"]).toContain("<h2>East team</h2>");
    // The pipeline stays plain frozen data.
    expect(Object.getOwnPropertySymbols(pipeline)).toEqual([]);
  });

  it("shows the customer the title alone, and no chart", () => {
    const customer = portfolioBundle(pipeline, { audience: "customer" });
    expect(customer["text/markdown"].trim()).toBe("## Portfolio pipeline");
    expect(customer["text/html"]).not.toContain("<svg");
    expect(customer["text/plain"]).toBe(customer["text/markdown"]);
  });

  it("draws no chart when no case is on the calendar", () => {
    const failed = aggregatePortfolio(portfolio, [caseFailure(new Error("worker crashed"), { id: "broken", file: "broken.valuecase.json" })]);
    const empty = portfolioBundle(failed);
    expect(empty["text/markdown"]).toContain("broken.valuecase.json");
    expect(empty["text/html"]).not.toContain("<svg");
  });

  it("rejects a pipeline read back from JSON and bad options, and names the pipeline among what it shows", () => {
    const copy = JSON.parse(JSON.stringify(pipeline)) as typeof pipeline;
    expect(() => portfolioBundle(copy)).toThrow(/read back from JSON/);
    const error = thrown(() => show(copy));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as Error).message).toContain("a territory review (reviewTerritory) or a portfolio pipeline (aggregatePortfolio), got an object of another shape");
    expect(thrown(() => portfolioBundle(pipeline, { locale: "fr" as never }))).toBeInstanceOf(RenderArgumentError);
  });
});

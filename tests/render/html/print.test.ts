/** The HTML report on paper and its branding: the cover, the page rules, and the checks on their options. */
import { describe, expect, it } from "vitest";
import { RenderArgumentError } from "../../../src/render/errors.js";
import { cssString, pageCss } from "../../../src/render/html/_internal/reportCss.js";
import { toHtmlReport } from "../../../src/render/html/toHtmlReport.js";
import type { HtmlReportOptions } from "../../../src/render/html/toHtmlReport.js";
import { thrown } from "../../frame/fixtures.js";
import { bvf, evaluation, frame } from "../charts/fixtures.js";

const styleOf = (html: string): string => html.slice(html.indexOf("<style>") + 7, html.indexOf("</style>"));
const coverOf = (html: string): string => html.slice(html.indexOf('<header class="cover">'), html.indexOf("</header>") + 9);
const report = (options?: HtmlReportOptions): string => toHtmlReport({ frame, evaluation, bvf }, options);

/** The issues of the options a report refuses, as [path, message]. */
function refused(options: unknown): [string, string][] {
  const error = thrown(() => report(options as HtmlReportOptions));
  expect(error).toBeInstanceOf(RenderArgumentError);
  expect((error as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
  return (error as RenderArgumentError).issues.map((issue) => [issue.path.join("."), issue.message]);
}

const pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

describe("the cover", () => {
  it("names the customer from the frame and the seller from the BVF, and no date unless given", () => {
    const cover = coverOf(report());
    expect(cover).toBe(
      '<header class="cover"><h1>Value case report: Huatong Industrial Distribution</h1>' +
        "<p>Credit-to-cash capability for Huatong Industrial Distribution</p>" +
        "<dl><div><dt>Prepared for</dt><dd>Huatong Industrial Distribution</dd></div>" +
        "<div><dt>Prepared by</dt><dd>ERP vendor with a credit-to-cash suite for distributors</dd></div></dl></header>",
    );
  });

  it("adds the date in the locale's long form, the version and the logo; options win over the document", () => {
    const cover = coverOf(report({ date: "2026-05-01", version: "v2", customer: "Huatong", seller: "Acme ERP", logo: pixel }));
    expect(cover).toContain(`<img class="logo" src="${pixel}" alt="Acme ERP">`);
    expect(cover).toContain("<dt>Prepared for</dt><dd>Huatong</dd>");
    expect(cover).toContain("<dt>Prepared by</dt><dd>Acme ERP</dd>");
    expect(cover).toContain("<dt>Date</dt><dd>May 1, 2026</dd>");
    expect(cover).toContain("<dt>Version</dt><dd>v2</dd>");
    const zh = coverOf(toHtmlReport({ frame }, { locale: "zh-CN", date: "2026-05-01", version: "第 2 版" }));
    expect(zh).toContain("<dt>客户</dt><dd>Huatong Industrial Distribution</dd>");
    expect(zh).toContain("<dt>日期</dt><dd>2026年5月1日</dd>");
    expect(zh).toContain("<dt>版本</dt><dd>第 2 版</dd>");
    expect(zh).not.toContain("编制方");
  });

  it("takes an https logo and an SVG written as text, escaped in the attribute", () => {
    expect(coverOf(report({ logo: "https://cdn.example.com/logo.svg?v=2&size=1" }))).toContain('src="https://cdn.example.com/logo.svg?v=2&amp;size=1"');
    const svg = `data:image/svg+xml;charset=utf-8,<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`;
    const cover = coverOf(report({ logo: svg }));
    expect(cover).toContain('src="data:image/svg+xml;charset=utf-8,&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot;&gt;');
    expect(cover.match(/<img /g)).toHaveLength(1);
  });

  it("escapes hostile names everywhere they are written", () => {
    const hostile = `</style><script>alert("x")</script>\\"; } body { color: hotpink } @page { x: "`;
    const html = report({ customer: hostile, seller: hostile, version: hostile, title: hostile });
    expect(html).not.toContain("<script");
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(coverOf(html)).toContain("<dd>&lt;/style&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\\&quot;; } body { color: hotpink } @page { x: &quot;</dd>");
    // In the stylesheet the name is one CSS string: its quotes and backslash escaped, its brackets hex.
    const style = styleOf(html);
    expect(style).toContain(`@top-left { content: ${cssString(hostile)};`);
    // Outside its strings, the stylesheet holds none of the hostile rules.
    expect(style.replace(/"(?:[^"\\\n]|\\.)*"/g, '""')).not.toMatch(/hotpink|\{ x:/);
  });
});

describe("the page rules", () => {
  it("print on A4 by default, with the customer and date in the running header and page n of m in the footer", () => {
    const style = styleOf(report({ date: "2026-05-01" }));
    expect(style).toContain("@page {\n  size: A4;");
    expect(style).toContain('@top-left { content: "Huatong Industrial Distribution";');
    expect(style).toContain('@top-right { content: "May 1, 2026";');
    expect(style).toContain('@bottom-left { content: "ERP vendor with a credit-to-cash suite for distributors";');
    expect(style).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    // The cover page has none of them.
    expect(style).toContain("@page :first {\n  @top-left { content: none; }");
  });

  it("print on Letter when asked, with the locale's page counter and the theme colour", () => {
    const style = styleOf(toHtmlReport({ frame }, { paper: "letter", locale: "zh-CN", themeColor: "#0B6E4F", version: "v3" }));
    expect(style).toContain("size: letter;");
    expect(style).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
    expect(style).toContain('@bottom-left { content: "版本 v3";');
    expect(style).toContain(":root { --theme: #0B6E4F; }");
    expect(style).not.toContain("@top-right { content: \"");
  });

  it("break between the parts and after the cover, and let long tables break with their header repeated", () => {
    const style = styleOf(report());
    expect(style).toContain("section.part ~ section.part { break-before: page; }");
    expect(style).toContain("header.cover { break-after: page;");
    expect(style).toContain("thead { display: table-header-group; }");
    expect(style).toContain(":is(h3, h4, p):has(+ figure.chart) { break-after: avoid; }");
    // No big block is kept whole: that left half-empty pages before long tables. A drawn diagram is,
    // since it prints at most 200 mm high (a page), scaled by its viewBox.
    const avoided = [...style.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{[^}]*break-inside: avoid/g)].flatMap((m) => m[1]!.split(",").map((s) => s.trim()));
    expect(avoided.sort()).toEqual(["figure.chart", "figure.diagram", "li", "tr"]);
    expect(style).toContain("figure.diagram svg { max-height: 200mm;");
  });

  it("write a page counter from any locale's words, escaped", () => {
    const css = pageCss({ paper: "a4", themeColor: undefined, headerLeft: "A", headerRight: undefined, footerLeft: "", pageOf: (page, pages) => `"${page}"/${pages}` });
    expect(css).toContain('@bottom-right { content: "\\22 " counter(page) "\\22 /" counter(pages);');
    expect(css).not.toContain("@bottom-left { content: \"");
  });

  it("escape CSS strings so no text can end the string or the style element", () => {
    expect(cssString('a "b" \\ <c>\n')).toBe('"a \\22 b\\22  \\5c  \\3c c\\3e \\a "');
  });
});

describe("the example of docs/render.md", () => {
  it("prints on Letter with the cover it shows", () => {
    const html = report({ paper: "letter", date: "2026-05-01", version: "v2", seller: "Acme ERP", themeColor: "#0b6e4f", logo: pixel });
    expect(html.includes("<dt>Prepared for</dt><dd>Huatong Industrial Distribution</dd>")).toBe(true);
    expect(html.includes("<dt>Date</dt><dd>May 1, 2026</dd>")).toBe(true);
    expect(html.includes("size: letter;")).toBe(true);
    expect(refused({ paper: "a3", date: "2026-02-30", logo: "javascript:alert(1)", themeColor: "red" }).map(([path]) => path)).toEqual(["paper", "date", "logo", "themeColor"]);
  });
});

describe("the branding options", () => {
  it("are checked together, each problem at its path", () => {
    expect(refused({ paper: "a3", date: "2026-02-30", version: "", customer: 7, seller: " ", logo: "javascript:alert(1)", themeColor: "red" })).toEqual([
      ["paper", 'must be one of "a4", "letter", got "a3"'],
      ["version", 'must be a non-empty string, got ""'],
      ["customer", "must be a non-empty string, got 7"],
      ["seller", 'must be a non-empty string, got " "'],
      ["date", 'must be an ISO calendar date such as "2026-05-01", got "2026-02-30"'],
      ["logo", 'must be a data:image/png, data:image/jpeg or data:image/svg+xml URL (base64 for png and jpeg), or an https: URL, got "javascript:alert(1)"'],
      ["themeColor", 'must be a CSS hex colour such as "#0b6e4f", got "red"'],
    ]);
  });

  it.each([
    ["http://example.com/logo.png"],
    ["data:text/html;base64,PHNjcmlwdD4="],
    ["data:image/gif;base64,R0lGODlhAQABAAAAACw="],
    ["data:image/png,rawbytes"],
    ["data:image/png;base64,not base64!"],
    ['https://example.com/a.png" onerror="alert(1)'],
    ["https://user:pw@example.com/a.png"],
    ["file:///etc/passwd"],
    ["//example.com/a.png"],
  ])("refuse the logo %s", (logo) => {
    expect(refused({ logo }).map(([path]) => path)).toEqual(["logo"]);
  });

  it("refuse a logo that is no string or too large, and colours that are not hex", () => {
    expect(refused({ logo: 42 })).toEqual([["logo", "must be a data: or https: URL, got 42"]]);
    expect(refused({ logo: `data:image/png;base64,${"A".repeat(2_000_000)}` })[0]![1]).toBe("is 2000022 characters long; the most is 2000000 (about 1.5 MB of image)");
    for (const themeColor of ["#12345", "#fff;}body{x:y", "rgb(0,0,0)", "#ggg", 0x0b6e4f]) expect(refused({ themeColor }).map(([path]) => path)).toEqual(["themeColor"]);
    for (const date of ["May 1, 2026", "2026-5-1", 20260501]) expect(refused({ date }).map(([path]) => path)).toEqual(["date"]);
  });

  it("read frozen options without changing them", () => {
    const options = Object.freeze({ date: "2026-05-01", themeColor: "#abc", logo: pixel, paper: "letter" as const });
    const html = report(options);
    expect(styleOf(html)).toContain(":root { --theme: #abc; }");
    expect(options).toEqual({ date: "2026-05-01", themeColor: "#abc", logo: pixel, paper: "letter" });
  });
});

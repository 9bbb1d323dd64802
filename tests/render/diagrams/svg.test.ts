/**
 * The drawn diagrams as SVG: well-formed XML (parsed strictly) for every example and for hostile names,
 * names and figures as the visible text and never an element id, the Mermaid diagram's texts, screen
 * reader title and description, and the options checked like every chart's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineBvf } from "../../../src/bvf/defineBvf.js";
import type { Bvf } from "../../../src/bvf/types.js";
import type { BvfInput } from "../../../src/bvf/schema.js";
import { defineFrame } from "../../../src/frame/defineFrame.js";
import { FrameLookupError } from "../../../src/frame/errors.js";
import type { Frame, FrameInput } from "../../../src/frame/frame.js";
import { RenderArgumentError } from "../../../src/render/errors.js";
import * as render from "../../../src/render/index.js";
import { bvfDiagramSvg } from "../../../src/render/svg/bvfDiagramSvg.js";
import { linkageDiagramSvg } from "../../../src/render/svg/linkageDiagramSvg.js";
import { thrown } from "../../frame/fixtures.js";
import { bigBvf, bigFrame } from "./generated.js";
import { elements, parseXml, textOf, type XmlElement } from "./xml.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8"));
const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
const frameInputs = examples.map((name) => [name, read(`${name}.frame.json`) as FrameInput] as const);
const bvfInputs = examples.map((name) => [name, read(`${name}.bvf.json`) as BvfInput] as const);
const distributor = defineFrame(frameInputs[0]![1]);
const distributorBvf = defineBvf(bvfInputs[0]![1]);

/** The text a reader sees: every <text> element (tooltips and the description are not drawn). */
function visibleText(svg: XmlElement): string[] {
  return elements(svg, "text").map((text) => text.children.map((child) => (typeof child === "string" ? child : child.name === "tspan" ? `${textOf(child)}\n` : "")).join(""));
}

/** An id standing as a word of its own ("g-staff" is not in "Farrowing-staff"). */
const idPattern = (id: string) => new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w-])`);

const frameIds = (frame: Frame) => [...frame.goals, ...frame.successFactors, ...frame.issues, ...frame.solutions, ...frame.values].map((e) => e.id);
const bvfIds = (bvf: Bvf) => [...bvf.executiveKpis, ...bvf.intentions, ...bvf.operationalKpis, ...bvf.solutions].map((e) => e.id);

describe("linkageDiagramSvg and bvfDiagramSvg of the examples", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    it.each(frameInputs)(`the linkage of %s (${locale}) is well-formed SVG showing names, never ids`, (_, input) => {
      const frame = defineFrame(input);
      const svg = parseXml(linkageDiagramSvg(frame, { locale }));
      expect(svg.name).toBe("svg");
      const text = visibleText(svg).join("\n");
      for (const id of frameIds(frame)) expect(text).not.toMatch(idPattern(id));
      // One box per element, its id only in data-id.
      const nodes = elements(svg, "g").filter((g) => g.attributes["class"]?.startsWith("node "));
      expect(nodes.map((g) => g.attributes["data-id"])).toEqual(frameIds(frame));
      expect(nodes.map((g) => textOf(elements(g, "text")[0]!).length > 0)).not.toContain(false);
    });
    it.each(bvfInputs)(`the four levels of %s (${locale}) are well-formed SVG showing names, never ids`, (_, input) => {
      const bvf = defineBvf(input);
      const svg = parseXml(bvfDiagramSvg(bvf, { locale }));
      const text = visibleText(svg).join("\n");
      for (const id of bvfIds(bvf)) expect(text).not.toMatch(idPattern(id));
      expect(elements(svg, "g").filter((g) => g.attributes["class"]?.startsWith("node ")).map((g) => g.attributes["data-id"])).toEqual(bvfIds(bvf));
    });
  }

  it("draws the distributor's linkage: every element named, every link, the legend, title and description", () => {
    const source = linkageDiagramSvg(distributor);
    const svg = parseXml(source);
    expect(svg.attributes["viewBox"]).toBe(`0 0 ${svg.attributes["width"]} ${svg.attributes["height"]}`);
    expect(svg.attributes["role"]).toBe("img");
    expect(textOf(elements(svg, "title")[0]!)).toBe("Linkage diagram: Huatong Industrial Distribution");
    expect(textOf(elements(svg, "desc")[0]!)).toBe(
      "Strategic goals (3), Critical success factors (3), Critical issues (4), High-energy solutions (2), Performance values (3); 18 links, each arrow pointing to what it serves.",
    );
    const text = visibleText(svg).join("\n");
    // Wrapped names read whole when their lines are joined.
    const flat = text.replace(/\n/g, " ");
    for (const element of [...distributor.goals, ...distributor.successFactors, ...distributor.issues, ...distributor.solutions, ...distributor.values]) {
      expect(flat.replace(/- /g, "-")).toContain(element.name.replace(/- /g, "-"));
    }
    expect(flat).toContain("CN¥14,000,000.00 once");
    expect(flat).toContain("probability 80%");
    expect(flat).toContain("Process management (interface management)");
    for (const layer of ["Strategic", "Critical", "High-energy", "Performance"]) expect(text).toContain(layer);
    const edges = elements(svg, "g").filter((g) => g.attributes["class"]?.startsWith("edge "));
    expect(edges).toHaveLength(18);
    const resolve = edges.find((g) => g.attributes["data-from"] === "sol-credit-to-cash" && g.attributes["data-to"] === "cbi-dso")!;
    expect(resolve.attributes["class"]).toBe("edge edge-resolve");
    expect(textOf(elements(resolve, "title")[0]!)).toBe("Credit-to-cash capability → Collection rate falling: DSO grew from 48 to 62 days: resolves");
    expect(visibleText(elements(svg, "g").find((g) => g.attributes["class"] === "legend")!)).toEqual(["serves", "hurts", "blocks", "resolves", "bypasses", "delivers", "value serves goal"]);
    expect(source).not.toMatch(/<script|href=|NaN|Infinity|undefined/);
  });

  it("draws the distributor's BVF with the links' figures where they fit, all of them in the tooltips", () => {
    const svg = parseXml(bvfDiagramSvg(distributorBvf));
    expect(textOf(elements(svg, "title")[0]!)).toBe("Credit-to-cash for Huatong: Business Value Framework: the four levels");
    const text = visibleText(svg);
    expect(text.filter((line) => line.startsWith("1 · ") || line.startsWith("4 · "))).toEqual(["1 · Executive KPIs\n", "4 · Vendor solutions\n"]);
    expect(text).toContain("elasticity 0.4");
    const titles = elements(svg, "title").map(textOf);
    expect(titles).toContain("Shorten the order-to-cash cycle → Operating cash flow: elasticity 0.4");
    expect(titles).toContain("Customer credit scoring at order entry → Bad-debt write-offs: +20 %");
    // Seller KPIs and competitors are not drawn.
    expect(text.join("")).not.toContain("Credit-to-cash recurring revenue");
    expect(text.join("")).not.toContain("Global ERP suite vendor");
  });

  it("writes zh-CN titles and words, and focuses on one solution like the Mermaid diagram", () => {
    const zh = linkageDiagramSvg(distributor, { locale: "zh-CN" });
    expect(zh).toContain("<title>链接图：Huatong Industrial Distribution</title>");
    expect(zh).toContain(">战略目标<");
    expect(zh).toContain(">价值支撑目标<");
    const focused = parseXml(linkageDiagramSvg(distributor, { focus: { solution: "sol-factoring" } }));
    expect(elements(focused, "g").filter((g) => g.attributes["class"]?.startsWith("node ")).map((g) => g.attributes["data-id"])).toEqual(["g-cash", "csf-collection", "cbi-dso", "sol-factoring"]);
    expect(render.linkageDiagram(distributor, { focus: { solution: "sol-factoring" } })).toContain("S_sol_factoring -->|bypasses| I_cbi_dso");
  });

  it("is exported from valueframe/render", () => {
    expect(render.linkageDiagramSvg(distributor)).toBe(linkageDiagramSvg(distributor));
    expect(render.bvfDiagramSvg(distributorBvf, { layers: "rows" })).toBe(bvfDiagramSvg(distributorBvf, { layers: "rows" }));
  });
});

describe("hostile and odd input", () => {
  const hostile = `</text><script>alert("x")</script> & 'q' <b>bold</b> ]]> &amp;`;

  it("escapes names, details and ids: the SVG stays well-formed and draws the text literally", () => {
    const input = structuredClone(frameInputs[0]![1]) as unknown as { customer: { name: string }; goals: { name: string; unit: string }[]; solutions: { id: string; name: string }[]; values: { solution: string }[] };
    input.customer.name = hostile;
    input.goals[0]!.name = hostile;
    input.goals[0]!.unit = "<unit>";
    input.solutions[0]!.name = `${hostile}\u0007\ud800`;
    const source = linkageDiagramSvg(defineFrame(input as unknown as FrameInput));
    const svg = parseXml(source);
    expect(elements(svg, "script")).toEqual([]);
    expect(elements(svg, "b")).toEqual([]);
    expect(textOf(elements(svg, "title")[0]!)).toBe(`Linkage diagram: ${hostile}`);
    const flat = visibleText(svg).join("").replace(/\n/g, " ");
    expect(flat).toContain(`alert("x")`);
    expect(flat).toContain("<b>bold</b>");
    expect(flat).toContain("\ufffd"); // the control character and the lone surrogate, replaced
    expect(source).toContain("&lt;/text&gt;&lt;script&gt;");
  });

  it("draws ids with quotes and brackets only in attributes, escaped", () => {
    const id = `"><x y="1`;
    // Every reference to the KPI follows it to its new id.
    const input = JSON.parse(JSON.stringify(bvfInputs[0]![1]).replaceAll('"g-cash"', JSON.stringify(id))) as unknown;
    const svg = parseXml(bvfDiagramSvg(defineBvf(input as unknown as BvfInput)));
    expect(elements(svg, "x")).toEqual([]);
    expect(elements(svg, "g").some((g) => g.attributes["data-id"] === id)).toBe(true);
  });

  it("draws an empty frame as a note", () => {
    const svg = parseXml(linkageDiagramSvg(defineFrame({ customer: { name: "Nobody yet" }, currency: "CNY" })));
    expect(visibleText(svg)).toContain("None yet.");
  });

  it("draws 40+ nodes as well-formed SVG with no id text", () => {
    const frame = bigFrame();
    const bvf = bigBvf();
    const a = parseXml(linkageDiagramSvg(frame));
    const b = parseXml(bvfDiagramSvg(bvf));
    const text = [...visibleText(a), ...visibleText(b)].join("\n");
    for (const id of [...frameIds(frame), ...bvfIds(bvf)]) expect(text).not.toMatch(idPattern(id));
  });

  it("does not change its input", () => {
    const input = structuredClone(frameInputs[1]![1]);
    const frame = defineFrame(input);
    const before = JSON.stringify(frame);
    linkageDiagramSvg(frame, { layers: "columns" });
    expect(JSON.stringify(frame)).toBe(before);
  });
});

describe("options", () => {
  it("rejects an unknown layers value, locale or focus, every problem at once", () => {
    const error = thrown(() => linkageDiagramSvg(distributor, { layers: "diagonal" as "rows", locale: "xx" as "en", focus: { issue: "cbi-dso" } as unknown as { goal: string } }));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).issues.map((issue) => issue.path)).toEqual([["locale"], ["layers"], ["focus"]]);
    expect((error as RenderArgumentError).message).toContain('layers: must be one of "auto", "rows", "columns", got "diagonal"');
    expect(thrown(() => bvfDiagramSvg(distributorBvf, { layers: 3 as unknown as "rows" }))).toBeInstanceOf(RenderArgumentError);
  });

  it("throws FrameLookupError for a focus on an id the frame lacks", () => {
    expect(thrown(() => linkageDiagramSvg(distributor, { focus: { solution: "nope" } }))).toBeInstanceOf(FrameLookupError);
  });
});

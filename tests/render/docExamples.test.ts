import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../src/render/locales/en/index.js";
import type { Locale } from "../../src/render/locales/types.js";
import { bvfToMarkdown } from "../../src/render/markdown/bvfToMarkdown.js";
import { evaluationToMarkdown } from "../../src/render/markdown/evaluationToMarkdown.js";
import { frameToMarkdown } from "../../src/render/markdown/frameToMarkdown.js";
import { bvfBundle } from "../../src/notebook/bvfBundle.js";
import { evaluationBundle } from "../../src/notebook/evaluationBundle.js";
import { frameBundle } from "../../src/notebook/frameBundle.js";
import { show } from "../../src/notebook/show.js";
import { bvfDiagramSvg } from "../../src/render/svg/bvfDiagramSvg.js";
import { linkageDiagramSvg } from "../../src/render/svg/linkageDiagramSvg.js";
import { JUPYTER_DISPLAY } from "../../src/notebook/types.js";
import { bvfGraph, evaluation, frame } from "./fixtures.js";

describe("examples of docs/render.md and docs/notebooks.md", () => {
  it("changes wording through a locale object of your own", () => {
    const mine: Locale = { ...en, text: { ...en.text, frame: { ...en.text.frame, goals: "Board goals" } } };
    expect(frameToMarkdown(frame, { locale: mine, sections: ["goals"] })).toContain("## Board goals");
  });

  it("shows the documented excerpts", () => {
    expect(frameToMarkdown(frame, { sections: ["grid"] })).toContain("| **Process** | — | Large orders accepted");
    expect(bvfToMarkdown(bvfGraph, { sections: ["rollUp"] }).split("\n")[0]).toBe("# Credit-to-cash for Huatong: Business Value Framework");
    expect(evaluationToMarkdown(evaluation, { sections: ["calculation"] })).toContain(
      "**working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**",
    );
    expect(frameBundle(frame)["text/markdown"].split("\n")[0]).toBe("## Huatong Industrial Distribution: reference frame");
    expect(bvfBundle(bvfGraph)["text/html"]).toContain("<h3>1. Executive KPIs</h3>");
    expect(evaluationBundle(evaluation)["application/vnd.vegalite.v5+json"]?.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
  });

  it("draws the documented diagrams", () => {
    const svg = linkageDiagramSvg(frame);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1076 714"')).toBe(true);
    expect(svg.includes('<g class="node node-goal" data-id="g-cash">')).toBe(true);
    expect(linkageDiagramSvg(frame, { focus: { solution: "sol-factoring" }, locale: "zh-CN" }).match(/<g class="node /g)).toHaveLength(4);
    expect(bvfDiagramSvg(bvfGraph).includes(">elasticity 0.4<")).toBe(true);
    const guide = readFileSync(new URL("../../docs/render.md", import.meta.url), "utf8");
    expect(guide).toContain('svg.startsWith(\'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1076 714"\'); //=> true');
    expect(guide).toContain("11 crossings\n  in the frame's order, 1 drawn; its 37-node BVF: 75 → 19");
  });

  it("displays an object of your own", () => {
    const [a, b] = [frameBundle(frame), frameBundle(frame)];
    const pair = show({ "text/markdown": `${a["text/markdown"]}\n\n${b["text/markdown"]}`, "text/html": a["text/html"] + b["text/html"], "text/plain": "two frames" });
    expect(pair[JUPYTER_DISPLAY]()["text/plain"]).toBe("two frames");
  });
});

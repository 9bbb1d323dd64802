/**
 * No chart label is cut: every driver's and line's full text is drawn in the SVG (its lines joined),
 * on the four examples, in English and Chinese, at the default size and narrower.
 */
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../../src/frame/defineFrame.js";
import type { FrameInput } from "../../../src/frame/frame.js";
import { defineValueCase } from "../../../src/quantify/defineValueCase.js";
import { evaluate } from "../../../src/quantify/evaluate.js";
import type { ValueCaseInput } from "../../../src/quantify/schema.js";
import { tornado } from "../../../src/quantify/tornado.js";
import { cumulativeCashFlowSvg } from "../../../src/render/svg/cumulativeCashFlowSvg.js";
import { tornadoSvg } from "../../../src/render/svg/tornadoSvg.js";
import { waterfallSvg } from "../../../src/render/svg/waterfallSvg.js";
import { tornadoData } from "../../../src/render/vegaLite/tornadoData.js";
import { tornadoSpec } from "../../../src/render/vegaLite/tornadoSpec.js";
import { waterfallSpec } from "../../../src/render/vegaLite/waterfallSpec.js";
import { waterfallData } from "../../../src/render/vegaLite/waterfallData.js";
import { read } from "../fixtures.js";

/** The visible text of each `<text>` element, its `<tspan>` lines joined, without spaces (lines may break between Chinese characters). */
function drawnTexts(svg: string): string[] {
  const body = svg.replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, "");
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return [...body.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => {
    const spans = [...(m[1] ?? "").matchAll(/<tspan[^>]*>([\s\S]*?)<\/tspan>/g)].map((s) => s[1] ?? "");
    return unescape(spans.length === 0 ? (m[1] ?? "") : spans.join("")).replace(/\s+/g, "");
  });
}

const examples = ["distributor", "livestock", "logistics", "manufacturer"].map((name) => {
  const frame = defineFrame(read(`${name}.frame.json`) as FrameInput);
  const valueCase = defineValueCase(read(`${name}.case.json`) as ValueCaseInput);
  return { name, evaluation: evaluate(valueCase, { frame }), tornado: tornado(valueCase) };
});

describe("chart labels are never cut", () => {
  for (const { name, evaluation, tornado: bars } of examples) {
    for (const locale of ["en", "zh-CN"] as const) {
      for (const width of [undefined, 480]) {
        it(`${name}, ${locale}, width ${width ?? "default"}: every tornado and waterfall label in full`, () => {
          const size = width === undefined ? {} : { width };
          const tornadoText = drawnTexts(tornadoSvg(bars, { locale, currency: evaluation.currency, ...size }));
          for (const row of tornadoData(bars, { locale }).rows) expect(tornadoText).toContain(row.rowLabel.replace(/\s+/g, ""));
          const waterfallText = drawnTexts(waterfallSvg(evaluation, { locale, ...size }));
          for (const bar of waterfallData(evaluation, { locale }).bars) expect(waterfallText).toContain(bar.label.replace(/\s+/g, ""));
          for (const svg of [tornadoSvg(bars, { locale, ...size }), waterfallSvg(evaluation, { locale, ...size }), cumulativeCashFlowSvg(evaluation, { locale, ...size })]) {
            expect(drawnTexts(svg).filter((text) => text.includes("…"))).toEqual([]);
          }
        });
      }
    }
  }
});

describe("the Vega-Lite specs do not cut their labels either", () => {
  it("sets no label limit on the tornado's drivers and the waterfall's lines", () => {
    const { evaluation, tornado: bars } = examples[3]!;
    expect(JSON.stringify(tornadoSpec(bars))).toContain('"labelLimit":0');
    expect(JSON.stringify(waterfallSpec(evaluation))).toContain('"labelLimit":0');
  });
});

describe("table headers", () => {
  it("never break inside a Chinese word in the HTML report", async () => {
    const { reportCss } = await import("../../../src/render/html/_internal/reportCss.js");
    expect(reportCss).toMatch(/th \{[^}]*word-break: keep-all;/);
  });
});

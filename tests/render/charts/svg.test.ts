import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/numeric/decimal.js";
import { RenderArgumentError } from "../../../src/render/errors.js";
import { cumulativeCashFlowSvg } from "../../../src/render/svg/cumulativeCashFlowSvg.js";
import { histogramSvg } from "../../../src/render/svg/histogramSvg.js";
import { tornadoSvg } from "../../../src/render/svg/tornadoSvg.js";
import { waterfallSvg } from "../../../src/render/svg/waterfallSvg.js";
import { niceTicks } from "../../../src/render/svg/_internal/svg.js";
import { waterfallData } from "../../../src/render/vegaLite/waterfallData.js";
import { thrown } from "../../frame/fixtures.js";
import { count, evaluation, sensitivity, simulation } from "./fixtures.js";

describe("waterfallSvg", () => {
  const svg = waterfallSvg(evaluation);

  it("is a standalone SVG with a viewBox, a <title> and one <rect> per bar", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain("<title>Value waterfall (nominal, probability-weighted)</title>");
    expect(count(svg, /<rect/)).toBe(evaluation.lines.length + 1);
    expect(svg).not.toMatch(/<script|href=|NaN|Infinity/);
  });

  it("labels each bar with the same exact text as the chart data", () => {
    for (const bar of waterfallData(evaluation).bars) expect(svg).toContain(`>${bar.text.replace("&", "&amp;")}<`);
    expect(svg).toContain(">CN¥23,196,000.00<");
  });

  it("writes a long line name on as many lines as it needs under its bar, whole", () => {
    // At 640 px each of the five bands is about 100 px wide: "working capital released" takes two lines.
    expect(svg).toMatch(/>working capital<\/tspan><tspan [^>]*dy="13">released</);
    expect(svg).not.toMatch(/…<\/tspan>/);
  });

  it("escapes labels and sizes itself from the options", () => {
    const tricky = { ...evaluation, lines: evaluation.lines.map((line, i) => (i === 0 ? { ...line, label: 'A <b> & "B"' } : line)) };
    const out = waterfallSvg(tricky, { width: 800, height: 400, locale: "zh-CN" });
    expect(out).toContain('viewBox="0 0 800 400"');
    expect(out).toContain("A &lt;b&gt; &amp; &quot;B&quot;");
    expect(out).not.toContain("<b>");
    expect(out).toContain("<title>价值瀑布图（名义值，按概率加权）</title>");
  });

  it("shrinks the amounts of many lines to fit their bands", () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({ ...evaluation.lines[0]!, id: `l${i}`, label: `benefit line ${i}` }));
    const many = waterfallSvg({ ...evaluation, lines });
    expect(count(many, /<rect/)).toBe(13);
    const sizes = [...many.matchAll(/font-size="(\d+)" fill="#212121" paint-order/g)].map((m) => Number(m[1]));
    expect(sizes).toHaveLength(13);
    expect(Math.max(...sizes)).toBeLessThan(11);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7);
  });

  it("rejects a size out of range", () => {
    const error = thrown(() => waterfallSvg(evaluation, { width: 50.5 }));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).issues).toEqual([
      { path: ["width"], code: "invalid_value", message: "must be a whole number from 100 to 10000, got 50.5" },
    ]);
  });
});

describe("cumulativeCashFlowSvg", () => {
  it("draws the curve, one dot per period and the payback point with its label", () => {
    const svg = cumulativeCashFlowSvg(evaluation);
    expect(svg).toContain("<title>Cumulative cash flow (probability-weighted)</title>");
    expect(count(svg, /<circle/)).toBe(evaluation.periods.length);
    expect(svg).toContain("Payback: 0.09 years");
    expect(svg).toContain(">CN¥23,196,000.00<");
    expect(count(svg, /<rect/)).toBe(0);
  });
});

describe("cumulativeCashFlowSvg with many periods", () => {
  it("writes the figure of the first, the lowest and the last point only", () => {
    const base = evaluation.periods[0]!;
    const periods = Array.from({ length: 12 }, (_, t) => {
      const cumulative = new Dec(t * t - 4 * t).times(1000);
      return { ...base, period: t, weighted: { ...base.weighted, cumulative } };
    });
    const svg = cumulativeCashFlowSvg({ ...evaluation, periods });
    expect(count(svg, /<circle/)).toBe(12);
    const labels = [...svg.matchAll(/>(-?CN¥[\d,.-]+)</g)].map((m) => m[1]);
    // t² − 4t: 0 at t = 0, lowest −4,000 at t = 2, 77,000 at t = 11
    expect(labels).toEqual(["CN¥0.00", "-CN¥4,000.00", "CN¥77,000.00"]);
  });
});

describe("tornadoSvg", () => {
  it("draws an empty tornado around its base NPV", () => {
    const svg = tornadoSvg({ measure: "unadjusted", baseNpv: new Dec(1000), rows: [] });
    expect(count(svg, /<rect/)).toBe(0);
    expect(svg).toContain("Base NPV 1,000");
    expect(svg).not.toContain("NaN");
  });

  it("draws a low and a high bar per driver and the base NPV", () => {
    const svg = tornadoSvg(sensitivity, { currency: "CNY" });
    expect(count(svg, /<rect/)).toBe(2 * sensitivity.rows.length);
    expect(svg).toContain("Base NPV CN¥21,120,118.88");
    expect(svg).toContain(">CN¥10,880,155.46<");
    expect(svg).toContain("<title>Sensitivity of the probability-weighted NPV (tornado)</title>");
  });
});

describe("histogramSvg", () => {
  it("draws one bar per bin and the three percentile rules", () => {
    const svg = histogramSvg(simulation);
    expect(count(svg, /<rect/)).toBe(simulation.histogram.length);
    expect(count(svg, /stroke-dasharray="4 3"/)).toBe(3);
    expect(svg).toMatch(/>P10 CN¥[\d,]+\.\d\d</);
    expect(svg).toContain("<title>Simulated NPV</title>");
  });
});

describe("nice ticks", () => {
  it("are exact multiples of 1, 2, 2.5 or 5 × 10^k covering the range", () => {
    expect(niceTicks(new Dec(-2000000), new Dec(29720000)).map(String)).toEqual(["-10000000", "0", "10000000", "20000000", "30000000"]);
    expect(niceTicks(new Dec("0.1"), new Dec("0.7")).map(String)).toEqual(["0", "0.2", "0.4", "0.6", "0.8"]);
    expect(niceTicks(new Dec(0), new Dec(0)).map(String)).toEqual(["-1", "-0.5", "0", "0.5", "1"]);
  });
});

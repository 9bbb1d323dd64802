/** The examples of docs/charts.md, run against the distributor example: the guide must stay true. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateScenarios } from "../../../src/quantify/evaluateScenarios.js";
import { simulate } from "../../../src/quantify/simulate.js";
import { tornado } from "../../../src/quantify/tornado.js";
import * as render from "../../../src/render/index.js";
import { thrown } from "../../frame/fixtures.js";
import { bvf as graph, evaluation, frame, valueCase as distributor } from "./fixtures.js";

const guide = readFileSync(new URL("../../../docs/charts.md", import.meta.url), "utf8");
type Spec = { data: { values: { text: string }[] }; layer: { data: { values: { label: string }[] } }[] };
const mc = simulate(distributor, { iterations: 20000, seed: 7 });

describe("docs/charts.md", () => {
  it("names every chart, diagram and report function the render entry exports", () => {
    for (const name of [
      "linkageDiagram", "bvfDiagram", "waterfallData", "cumulativeCashFlowData", "tornadoData", "histogramData",
      "waterfallSpec", "cumulativeCashFlowSpec", "tornadoSpec", "histogramSpec",
      "waterfallSvg", "cumulativeCashFlowSvg", "tornadoSvg", "histogramSvg", "linkageDiagramSvg", "bvfDiagramSvg", "toHtmlReport",
    ] as const) {
      expect(typeof render[name]).toBe("function");
      expect(guide).toContain(`\`${name}`);
    }
  });

  it("shows the options error as thrown", () => {
    const error = thrown(() => render.waterfallSpec(evaluation, { measure: "both" as "weighted", width: 10 })) as Error;
    expect(error.message).toBe(
      'valueframe: waterfallData options: 2 problems:\n  - width: must be a whole number from 100 to 10000, got 10 [invalid_value]\n  - measure: must be one of "weighted", "unadjusted", got "both" [invalid_value]',
    );
    expect(guide).toContain("- width: must be a whole number from 100 to 10000, got 10 [invalid_value]");
  });

  it("shows the Mermaid diagrams as drawn", () => {
    const focused = render.linkageDiagram(frame, { focus: { solution: "sol-factoring" } });
    const [first, ...rest] = focused.split("\n").slice(0, 9);
    expect(guide).toContain(`//=> ${first}`);
    for (const line of rest) expect(guide).toContain(`//     ${line.trim()}`);
    const source = render.bvfDiagram(graph);
    expect(source.includes('subgraph L1["1 · Executive KPIs"]')).toBe(true);
    expect(source.includes("I_i_order_to_cash -->|elasticity 0.4| E_g_cash")).toBe(true);
  });

  it("shows the chart data as computed", () => {
    expect(render.waterfallData(evaluation, { measure: "unadjusted" }).bars.map((bar) => `${bar.label}: ${bar.amount.toString()}`)).toEqual([
      "working capital released: 28000000",
      "financing cost saved: 4620000",
      "implementation: -2000000",
      "running cost: -900000",
      "Net: 29720000",
    ]);
    expect(render.waterfallData(evaluation).net.toString()).toBe("23196000");
    const cumulative = render.cumulativeCashFlowData(evaluation, { measure: "unadjusted" });
    expect(cumulative.payback?.at.toFixed(4)).toBe("0.0691");
    expect(cumulative.paybackText).toBe("Payback: 0.07 years");
    const rows = render.tornadoData(tornado(distributor), { currency: "CNY" }).rows;
    expect([rows[0]?.rowLabel, rows[0]?.lowText]).toEqual(["DSO reduction (8 – 16)", "CN¥10,880,155.46"]);
    const histogram = render.histogramData(mc);
    expect(histogram.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(20000);
    const marks = histogram.marks.map((mark) => mark.text);
    expect(guide).toContain(`//=> ${JSON.stringify(marks).replace(/","/g, '", "')}`);
  });

  it("shows the specs, SVG and report as built", () => {
    expect((render.waterfallSpec(evaluation) as unknown as Spec).data.values.at(-1)?.text).toBe("CN¥23,196,000.00");
    expect((render.cumulativeCashFlowSpec(evaluation) as unknown as Spec).layer[2]?.data.values[0]?.label).toBe("Payback: 0.09 years");
    expect((render.tornadoSpec(tornado(distributor), { currency: "CNY" }) as unknown as Spec).data.values).toHaveLength(10);
    expect(render.waterfallSvg(evaluation).match(/<rect/g)).toHaveLength(5);
    expect(render.cumulativeCashFlowSvg(evaluation).includes("Payback: 0.09 years")).toBe(true);
    expect(render.histogramSvg(simulate(distributor, { iterations: 20000, seed: 7, bins: 30 })).match(/<rect/g)).toHaveLength(30);
    const html = render.toHtmlReport(
      { frame, evaluation, bvf: graph, scenarios: evaluateScenarios(distributor, { frame }), tornado: tornado(distributor), simulation: simulate(distributor, { seed: 7, iterations: 2000 }) },
      { title: "Huatong: credit-to-cash" },
    );
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(guide).toContain("html.match(/<svg /g).length; //=> 6");
  });
});

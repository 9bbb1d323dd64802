import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/errors/ValueframeError.js";
import { Dec } from "../../../src/numeric/decimal.js";
import { RenderArgumentError } from "../../../src/render/errors.js";
import { cumulativeCashFlowData } from "../../../src/render/vegaLite/cumulativeCashFlowData.js";
import { cumulativeCashFlowSpec } from "../../../src/render/vegaLite/cumulativeCashFlowSpec.js";
import { histogramData } from "../../../src/render/vegaLite/histogramData.js";
import { histogramSpec } from "../../../src/render/vegaLite/histogramSpec.js";
import { tornadoData } from "../../../src/render/vegaLite/tornadoData.js";
import { tornadoSpec } from "../../../src/render/vegaLite/tornadoSpec.js";
import { waterfallData } from "../../../src/render/vegaLite/waterfallData.js";
import { waterfallSpec } from "../../../src/render/vegaLite/waterfallSpec.js";
import { thrown } from "../../frame/fixtures.js";
import { evaluation, sensitivity, simulation } from "./fixtures.js";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
type Rows = { [key: string]: unknown }[];
const valuesOf = (spec: { readonly [key: string]: unknown }): Rows => (spec["data"] as { values: Rows }).values;

describe("waterfallData and waterfallSpec", () => {
  it("has one bar per value line and a net equal to the evaluation's net (unadjusted)", () => {
    const data = waterfallData(evaluation, { measure: "unadjusted" });
    expect(data.bars.map((bar) => [bar.key, bar.kind, bar.amount.toString()])).toEqual([
      ["workingCapital", "benefit", "28000000"],
      ["financingCost", "benefit", "4620000"],
      ["implementation", "cost", "-2000000"],
      ["running", "cost", "-900000"],
      ["net", "net", "29720000"],
    ]);
    expect(data.bars.length - 1).toBe(evaluation.lines.length);
    expect(data.net.eq(evaluation.unadjusted.net)).toBe(true);
    expect(data.bars.map((bar) => [bar.start.toString(), bar.end.toString()])).toEqual([
      ["0", "28000000"],
      ["28000000", "32620000"],
      ["32620000", "30620000"],
      ["30620000", "29720000"],
      ["0", "29720000"],
    ]);
    expect(data.bars[4]?.text).toBe("CN¥29,720,000.00");
    expect(data.title).toBe("Value waterfall (nominal)");
  });

  it("weights by probability by default, and with present values ends at the NPV", () => {
    // 0.8 × (28,000,000 + 4,620,000) − 2,900,000 = 23,196,000
    expect(waterfallData(evaluation).net.toString()).toBe("23196000");
    expect(waterfallData(evaluation).net.eq(evaluation.weighted.net)).toBe(true);
    expect(waterfallData(evaluation, { basis: "present" }).net.eq(evaluation.weighted.npv)).toBe(true);
    expect(waterfallData(evaluation, { basis: "present", measure: "unadjusted" }).net.eq(evaluation.unadjusted.npv)).toBe(true);
    expect(waterfallData(evaluation, { basis: "present" }).bars.at(-1)?.label).toBe("NPV");
  });

  it("writes labels in zh-CN", () => {
    const data = waterfallData(evaluation, { locale: "zh-CN" });
    expect(data.title).toBe("价值瀑布图（名义值，按概率加权）");
    expect(data.bars.at(-1)?.text).toBe("¥23,196,000.00");
  });

  it("builds a Vega-Lite v5 spec with the data inline and the exact texts", () => {
    const spec = waterfallSpec(evaluation, { width: 800, height: 400 });
    expect(spec.$schema).toBe(SCHEMA);
    expect([spec["width"], spec["height"]]).toEqual([800, 400]);
    const values = valuesOf(spec);
    expect(values).toHaveLength(5);
    expect(values.at(-1)).toMatchObject({ key: "net", start: 0, end: 23196000, text: "CN¥23,196,000.00" });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("lists every bad option in one error", () => {
    const error = thrown(() => waterfallSpec(evaluation, { measure: "both" as "weighted", basis: "real" as "present", width: 10, locale: "de" as "en" }));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
    expect((error as RenderArgumentError).issues.map((issue) => formatPath(issue.path))).toEqual(["locale", "width", "measure", "basis"]);
    expect((error as RenderArgumentError).message).toContain("waterfallData options: 4 problems");
  });
});

describe("cumulativeCashFlowData and cumulativeCashFlowSpec", () => {
  it("puts the payback point exactly at measures.payback", () => {
    const data = cumulativeCashFlowData(evaluation, { measure: "unadjusted" });
    expect(data.points.map((point) => point.cumulative.toString())).toEqual(["-2000000", "26960000", "28340000", "29720000"]);
    // −2,000,000 + 28,960,000 × t = 0 → t = 2 / 28.96
    expect(data.payback?.at.eq(evaluation.unadjusted.payback!)).toBe(true);
    expect(data.payback?.at.eq(new Dec(2).div("28.96"))).toBe(true);
    expect(data.paybackText).toBe("Payback: 0.07 years");
    const weighted = cumulativeCashFlowData(evaluation);
    expect(weighted.payback?.at.eq(evaluation.weighted.payback!)).toBe(true);
    const discounted = cumulativeCashFlowData(evaluation, { discounted: true });
    expect(discounted.payback?.at.eq(evaluation.weighted.discountedPayback!)).toBe(true);
    expect(discounted.points.at(-1)?.cumulative.eq(evaluation.weighted.npv)).toBe(true);
  });

  it("marks the payback point in the spec", () => {
    const spec = cumulativeCashFlowSpec(evaluation);
    expect(spec.$schema).toBe(SCHEMA);
    const layers = spec["layer"] as { data?: { values: Rows } }[];
    expect(layers[2]?.data?.values).toEqual([{ at: evaluation.weighted.payback!.toNumber(), label: "Payback: 0.09 years" }]);
  });

  it("says when the flow never pays back", () => {
    const never = { ...evaluation, weighted: { ...evaluation.weighted, payback: null } };
    const data = cumulativeCashFlowData(never);
    expect(data.payback).toBeNull();
    expect(data.paybackText).toBe("No payback within the horizon");
    expect((cumulativeCashFlowSpec(never)["layer"] as unknown[]).length).toBe(2);
  });

  it("rejects a discounted flag that is not a boolean", () => {
    const error = thrown(() => cumulativeCashFlowData(evaluation, { discounted: "yes" as unknown as boolean }));
    expect((error as RenderArgumentError).issues.map((issue) => [formatPath(issue.path), issue.message])).toEqual([
      ["discounted", 'must be one of true, false, got "yes"'],
    ]);
  });
});

describe("tornadoData and tornadoSpec", () => {
  it("ranks drivers by swing with exact NPVs at each end", () => {
    const data = tornadoData(sensitivity, { currency: "CNY" });
    expect(data.rows.map((row) => row.driver)).toEqual(["dsoReduction", "otherUnitSize", "costOfFunds", "implementationCost", "runningCost"]);
    expect(data.rows[0]?.rowLabel).toBe("DSO reduction (8 – 16)");
    expect(data.rows[3]?.swing.toString()).toBe("800000");
    expect(data.baseNpv.eq(sensitivity.baseNpv)).toBe(true);
    expect(data.xTitle).toBe("NPV (CNY)");
    expect(tornadoData(sensitivity).rows[3]?.lowText).toBe("21,320,118.88");
  });

  it("builds two bars per driver from the base NPV", () => {
    const values = valuesOf(tornadoSpec(sensitivity, { currency: "CNY" }));
    expect(values).toHaveLength(10);
    expect(values[0]).toMatchObject({ driver: "DSO reduction (8 – 16)", side: "Driver at its low value", from: sensitivity.baseNpv.toNumber() });
  });

  it("rejects a currency that is not a code", () => {
    const error = thrown(() => tornadoData(sensitivity, { currency: "yuan" }));
    expect((error as RenderArgumentError).issues.map((issue) => formatPath(issue.path))).toEqual(["currency"]);
  });
});

describe("histogramData and histogramSpec", () => {
  it("has every iteration in a bar and rules at P10, P50, P90", () => {
    const data = histogramData(simulation);
    expect(data.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(2000);
    expect(data.marks.map((mark) => [mark.p, mark.value.eq(mark.p === 10 ? simulation.npv.p10 : mark.p === 50 ? simulation.npv.p50 : simulation.npv.p90)])).toEqual([
      [10, true],
      [50, true],
      [90, true],
    ]);
    expect(data.marks[0]?.text.startsWith("P10 CN¥")).toBe(true);
    const spec = histogramSpec(simulation);
    expect(spec.$schema).toBe(SCHEMA);
    expect(valuesOf(spec)).toHaveLength(simulation.histogram.length);
  });
});

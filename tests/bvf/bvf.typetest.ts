/** Type tests: BVF inputs take Numeric and frozen data, built graphs are read-only with Decimals, misuse does not compile. */
import { describe, expectTypeOf, it } from "vitest";
import { bvf } from "../../src/bvf/builder.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import type { BvfInput, ExecutiveKpiInput } from "../../src/bvf/schema.js";
import { toBvfData } from "../../src/bvf/toBvfData.js";
import type { Bvf, ExecutiveKpi } from "../../src/bvf/types.js";
import type { Decimal, Numeric } from "../../src/numeric/decimal.js";

describe("BVF types", () => {
  it("takes Numeric in and gives Decimal out", () => {
    expectTypeOf<ExecutiveKpiInput["expectedImprovement"]>().toEqualTypeOf<Numeric | undefined>();
    expectTypeOf<ExecutiveKpi["expectedImprovement"]>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<ExecutiveKpi["weight"]>().toEqualTypeOf<Decimal>();
  });

  it("accepts its own plain data back", () => {
    const graph = {} as Bvf;
    expectTypeOf(toBvfData(graph)).toExtend<BvfInput>();
    expectTypeOf(defineBvf).parameter(0).toEqualTypeOf<BvfInput>();
  });

  it("makes the graph read-only", () => {
    const graph = {} as Bvf;
    // @ts-expect-error a graph's collections cannot be changed
    graph.solutions.push(graph.solutions[0]!);
    // @ts-expect-error a node's fields cannot be reassigned
    graph.executiveKpis[0]!.name = "Changed";
  });

  it("rejects misuse of the builder at compile time", () => {
    // @ts-expect-error an operational KPI needs its function
    bvf().operationalKpis([{ id: "O1", name: "DSO" }]);
    // @ts-expect-error directions are "increase" or "decrease"
    bvf().executiveKpis([{ id: "E1", name: "Cash", direction: "up" }]);
    // @ts-expect-error solution kinds are product, programme or service
    bvf().solutions([{ id: "V1", name: "Workflow", kind: "tool" }]);
  });
});

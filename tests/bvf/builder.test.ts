import { describe, expect, it } from "vitest";
import { bvf } from "../../src/bvf/builder.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { BvfValidationError } from "../../src/bvf/errors.js";
import { toBvfData } from "../../src/bvf/toBvfData.js";
import { Dec } from "../../src/numeric/decimal.js";
import { thrown } from "./fixtures.js";

/** Steps 1–3 of the distributor: five executive KPIs, the seller can serve four. */
function upToStep3() {
  return bvf({ customer: "Huatong", seller: "ERP vendor" })
    .executiveKpis([
      { id: "E1", name: "Operating cash flow", expectedImprovement: 20 },
      { id: "E2", name: "Revenue", expectedImprovement: "9.6" },
      { id: "E5", name: "Market share in new provinces", expectedImprovement: 25 },
    ])
    .sellerKpis([
      { id: "S1", name: "Credit-to-cash recurring revenue", kind: "goal" },
      { id: "S2", name: "Attach rate" },
      { id: "S4", name: "Hardware resale volume" },
    ])
    .linkSellerKpis([
      { sellerKpi: "S1", executiveKpis: ["E1"] },
      { sellerKpi: "S2", executiveKpis: ["E2"] },
    ]);
}

describe("bvf builder", () => {
  it("follows the six steps to a built graph", () => {
    const graph = upToStep3()
      .prune()
      .intentions([{ id: "I1", name: "Collect faster", serves: [{ id: "E1", elasticity: "0.4" }] }, { id: "I2", name: "Sell more", serves: ["E2"] }])
      .operationalKpis([
        { id: "O1", name: "DSO", function: "Finance", unit: "days", baseline: 62, target: 48, direction: "decrease", serves: ["I1"] },
        { id: "O2", name: "Revenue per rep", function: "Sales", serves: ["I2"] },
      ])
      .solutions([
        { id: "V1", name: "Collection workflow", phase: 1, differentiator: "In the ERP", measure: "DSO", serves: ["O1"] },
        { id: "V2", name: "Mobile sales", phase: 2, serves: ["O2"], alsoOfferedBy: ["C1"] },
      ])
      .competitors([{ id: "C1", name: "Global ERP" }])
      .build();
    expect(graph.customer).toBe("Huatong");
    expect(graph.executiveKpis.map((kpi) => kpi.id)).toEqual(["E1", "E2"]);
    expect(graph.sellerKpis.map((kpi) => [kpi.id, kpi.serves])).toEqual([["S1", ["E1"]], ["S2", ["E2"]]]);
    expect(graph.pruned.executiveKpis.map((kpi) => kpi.id)).toEqual(["E5"]);
    expect(graph.pruned.sellerKpis.map((kpi) => kpi.id)).toEqual(["S4"]);
    expect(graph.intentions[0]!.serves[0]!.elasticity).toEqual(new Dec("0.4"));
    expect(graph.solutions.map((s) => s.id)).toEqual(["V1", "V2"]);
  });

  it("never changes a builder: each step returns a new one, so branches stay apart", () => {
    const base = upToStep3();
    const pruned = base.prune();
    const withMore = base.executiveKpis([{ id: "E9", name: "Extra" }]);
    expect(base.build().executiveKpis.map((kpi) => kpi.id)).toEqual(["E1", "E2", "E5"]);
    expect(pruned.build().executiveKpis.map((kpi) => kpi.id)).toEqual(["E1", "E2"]);
    expect(withMore.build().executiveKpis.map((kpi) => kpi.id)).toEqual(["E1", "E2", "E5", "E9"]);
    expect(base.build().pruned.executiveKpis).toEqual([]);
  });

  it("copies its inputs: changing the caller's arrays later does not reach the builder", () => {
    const kpis = [{ id: "E1", name: "Cash", serves: [] as string[] }].map(({ id, name }) => ({ id, name }));
    const builder = bvf().executiveKpis(kpis);
    kpis[0]!.name = "Changed";
    kpis.push({ id: "E2", name: "Later" });
    expect(builder.build().executiveKpis.map((kpi) => kpi.name)).toEqual(["Cash"]);
  });

  it("merges step-3 links with links given in step 2, without repeats", () => {
    const graph = bvf()
      .executiveKpis([{ id: "E1", name: "Cash" }, { id: "E2", name: "Profit" }])
      .sellerKpis([{ id: "S1", name: "Wins", serves: ["E1"] }])
      .linkSellerKpis([{ sellerKpi: "S1", executiveKpis: ["E1", "E2"] }])
      .linkSellerKpis([{ sellerKpi: "S1", executiveKpis: ["E2"] }])
      .build();
    expect(graph.sellerKpis[0]!.serves).toEqual(["E1", "E2"]);
  });

  it("reports a link to a seller KPI not given in step 2, at the builder call", () => {
    const error = thrown(() =>
      bvf()
        .executiveKpis([{ id: "E1", name: "Cash" }])
        .sellerKpis([{ id: "S1", name: "Wins" }])
        .linkSellerKpis([{ sellerKpi: "S1", executiveKpis: ["E1"] }])
        .linkSellerKpis([{ sellerKpi: "S1", executiveKpis: ["E1"] }, { sellerKpi: "S9", executiveKpis: ["E1"] }])
        .build(),
    );
    expect(error).toBeInstanceOf(BvfValidationError);
    expect((error as BvfValidationError).issues).toEqual([
      { path: ["linkSellerKpis", 1, 1, "sellerKpi"], code: "unknown_reference", message: 'no seller KPI "S9" was given in step 2 (sellerKpis)' },
    ]);
  });

  it("refuses to prune before any seller KPI is linked, and lists that with the other problems", () => {
    const result = bvf()
      .executiveKpis([{ id: "E1", name: "Cash" }])
      .prune()
      .intentions([{ id: "I1", name: "Collect", serves: ["E7"] }])
      .safeBuild();
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("BVF_INVALID");
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["prune.0", "prune_without_links"],
      ["intentions.0.serves.0", "unknown_reference"],
    ]);
  });

  it("makes a later link to a pruned KPI an error", () => {
    const result = upToStep3().prune().intentions([{ id: "I5", name: "Open branches", serves: ["E5"] }]).safeBuild();
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.code)).toEqual(["pruned_reference"]);
  });

  it("toData() gives plain input that defineBvf turns into the same graph", () => {
    const builder = upToStep3().prune().intentions([{ id: "I1", name: "Collect", serves: ["E1"] }]);
    expect(toBvfData(defineBvf(builder.toData()))).toEqual(toBvfData(builder.build()));
  });
});

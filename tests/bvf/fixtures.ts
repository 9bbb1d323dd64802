/** Shared BVF inputs for the tests: a small hand-checkable graph and the distributor example. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BvfInput } from "../../src/bvf/schema.js";

export { thrown } from "../frame/fixtures.js";

/** Two executive KPIs, two intentions, three operational KPIs (one feeding another), two solutions. */
export function smallInput(): BvfInput {
  return {
    name: "Small",
    executiveKpis: [
      { id: "E1", name: "Operating cash flow", unit: "M CNY", baseline: 40, target: 48, expectedImprovement: "20" },
      { id: "E2", name: "Net profit", unit: "M CNY", baseline: "11", target: "12.1" },
    ],
    sellerKpis: [{ id: "S1", name: "Credit-to-cash wins", serves: ["E1", "E2"] }],
    intentions: [
      { id: "I1", name: "Collect faster", serves: [{ id: "E1", elasticity: "0.5" }] },
      { id: "I2", name: "Fewer bad debts", serves: [{ id: "E1", elasticity: "0.25" }, { id: "E2", elasticity: "0.5" }] },
    ],
    operationalKpis: [
      { id: "O1", name: "DSO", function: "Finance", unit: "days", baseline: 62, target: 48, direction: "decrease", serves: [{ id: "I1", weight: "0.6" }] },
      { id: "O2", name: "Overdue share", function: "Finance", unit: "%", baseline: 9, target: 5, direction: "decrease", serves: [{ id: "I1", weight: "0.4" }, { id: "I2", weight: 1 }] },
      { id: "O3", name: "Collection calls", function: "Sales", unit: "calls a week", baseline: 2, target: 5, serves: [{ id: "O2", weight: "0.1" }] },
    ],
    solutions: [
      { id: "V1", name: "Collection workflow", phase: 1, differentiator: "In the ERP", measure: "DSO monthly", serves: ["O1", { id: "O2", improvement: "10" }] },
      { id: "V2", name: "Rep KPIs", kind: "programme", phase: 2, differentiator: "150 roll-outs", measure: "Calls a week", serves: ["O3"] },
    ],
  };
}

/** The distributor example as parsed JSON. */
export function distributorInput(): BvfInput {
  const path = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples", "distributor.bvf.json");
  return JSON.parse(readFileSync(path, "utf8")) as BvfInput;
}

/** The distributor case and its variants, shared by the quantify tests and the doc examples. */
import { readFileSync } from "node:fs";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";

/** examples/distributor.case.json as plain data (a fresh copy each call). */
export function readCase(): ValueCaseInput {
  return JSON.parse(readFileSync(new URL("../../examples/distributor.case.json", import.meta.url), "utf8")) as ValueCaseInput;
}

export const distributor = defineValueCase(readCase());

const data = readCase();
/** The distributor with the bypass: factor 20 days of receivables (20 M CNY at once, 95 % likely) for a 3 % fee a year. */
export const withFactoring = defineValueCase({
  ...data,
  drivers: [
    ...data.drivers,
    { id: "factoredDays", label: "days of receivables factored", value: "20", unit: "day", provenance: { kind: "benchmark", source: "factor's offer" } },
    { id: "factoringFee", label: "factoring fee", value: "3", unit: "%", provenance: { kind: "benchmark", source: "factor's offer" } },
  ],
  quantities: [...(data.quantities ?? []), { id: "factoredReceivables", formula: "factoredDays * dailyRevenue", unit: "CNY" }],
  lines: [
    ...data.lines,
    { id: "factoringRelease", kind: "benefit", amount: "factoredReceivables", recurrence: "once", start: 1, probability: "0.95", serves: [{ kind: "solution", id: "sol-factoring" }] },
    { id: "factoringFees", kind: "cost", amount: "factoredReceivables * factoringFee", recurrence: "recurring", serves: [{ kind: "solution", id: "sol-factoring" }] },
  ],
  alternatives: [{ id: "dso", label: "resolve or bypass the DSO issue", options: ["sol-credit-to-cash", "sol-factoring"], chosen: "sol-credit-to-cash" }],
});

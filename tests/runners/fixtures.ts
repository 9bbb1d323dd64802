/** Documents for the runner tests: the four examples, generated variants with other drivers, and broken ones. */
import { readFileSync } from "node:fs";
import { definePortfolio } from "../../src/portfolio/index.js";
import type { PortfolioDocument } from "../../src/runners/index.js";

export const EXAMPLES = ["distributor", "livestock", "logistics", "manufacturer"] as const;

export const portfolio = definePortfolio({
  currency: "CNY",
  rates: { USD: { rate: "7.12", source: "the bank's reference rate", asOf: "2026-12-01" }, EUR: { rate: "7.71", source: "the bank's reference rate", asOf: "2026-12-01" } },
  asOf: "2026-12-06",
  tiers: { "examples/distributor.valuecase.json": "muchBusiness", "examples/logistics.valuecase.json": "someBusiness" },
});

/** Variant `k` of an example: its document with the case inline and every driver without an uncertainty range scaled by 1 + k/100 (exact decimals). */
export function variant(name: (typeof EXAMPLES)[number], k: number): PortfolioDocument {
  const document = JSON.parse(readFileSync(`examples/${name}.valuecase.json`, "utf8")) as Record<string, unknown>;
  const valueCase = JSON.parse(readFileSync(`examples/${name}.case.json`, "utf8")) as { drivers: { value: unknown; uncertainty?: unknown }[] };
  for (const driver of valueCase.drivers) {
    if (driver.uncertainty === undefined && typeof driver.value === "string" && /^\d+(\.\d+)?$/.test(driver.value) && !driver.value.startsWith("0")) driver.value = String((Number(driver.value) * (100 + k)) / 100);
  }
  delete document["$schema"];
  return { id: `${name}-variant-${k}`, file: `examples/${name}-variant-${k}.valuecase.json`, text: JSON.stringify({ ...document, case: valueCase }, null, 2) };
}

/** The four examples by path, eight variants of each, a malformed document and a case whose evaluation throws. */
export function mixedDocuments(): (string | PortfolioDocument)[] {
  return [
    ...EXAMPLES.map((name) => `examples/${name}.valuecase.json`),
    ...EXAMPLES.flatMap((name) => Array.from({ length: 8 }, (_, k) => variant(name, k + 1))),
    "examples/broken/syntax.valuecase.yaml",
    "examples/broken/not-finite.case.yaml",
    "examples/nowhere.valuecase.json",
  ];
}

/**
 * The example portfolio (examples/portfolio/): fifteen documents generated from the four examples, three
 * tiers of five, in CNY, USD and EUR with the rates stated in portfolio.yaml. The checked-in files are
 * what the generator writes; every document validates and evaluates, and the portfolio's figures hold by
 * hand: an unscaled example's weighted NPV unchanged, a scaled one's converted at the stated rate.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { parseValueDocument } from "../../src/document/parseValueDocument.js";
import { aggregatePortfolio } from "../../src/portfolio/aggregate.js";
import { definePortfolio } from "../../src/portfolio/definePortfolio.js";
import { summariseCase } from "../../src/portfolio/summariseCase.js";
// @ts-expect-error: a plain ES module script, without types
import { generatePortfolio } from "../../scripts/generate-portfolio.mjs";

const folder = new URL("../../examples/portfolio/", import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith(".valuecase.json")).sort();
const scratch = mkdtempSync(join(tmpdir(), "valueframe-portfolio-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("examples/portfolio", () => {
  it("is what scripts/generate-portfolio.mjs writes", () => {
    const written = (generatePortfolio(scratch) as string[]).sort();
    expect(written).toEqual([...files, "portfolio.yaml"].sort());
    for (const file of written) expect(readFileSync(join(scratch, file), "utf8"), file).toBe(readFileSync(new URL(file, folder), "utf8"));
  });

  it("holds fifteen documents in three tiers of five that all evaluate, in one reporting currency at the stated rates", () => {
    const summaries = files.map((file) => summariseCase(evaluateDocument(parseValueDocument(readFileSync(new URL(file, folder), "utf8"), { fileName: file }).document), { id: file, file }));
    const portfolio = definePortfolio(parse(readFileSync(new URL("portfolio.yaml", folder), "utf8")));
    const pipeline = aggregatePortfolio(portfolio, summaries);
    expect(pipeline.counts).toEqual({ cases: 15, failures: 0 });
    expect(pipeline.customerValue.byTier.map((row) => [row.tier, row.cases])).toEqual([["muchBusiness", 5], ["someBusiness", 5], ["noBusiness", 5]]);
    expect(new Set(summaries.map((s) => s.currency))).toEqual(new Set(["CNY", "USD", "EUR"]));
    // Huatong is the distributor example unscaled: its weighted NPV is the example's, 21,120,118.88 CNY.
    const row = (id: string) => pipeline.ranking.find((r) => r.id === id)!;
    expect(row("huatong.valuecase.json").weightedNpv.toFixed(2)).toBe("21120118.88");
    // Keller is the manufacturer example (EUR) unscaled, converted at the stated 7.75 CNY per EUR.
    // 7,575,258.22 EUR × 7.75 = 58,708,251.17 CNY (to the cent; the library's precision beyond it).
    expect([row("keller.valuecase.json").caseWeightedNpv.toFixed(2), row("keller.valuecase.json").weightedNpv.toFixed(2)]).toEqual(["7575258.22", row("keller.valuecase.json").caseWeightedNpv.times("7.75").toFixed(2)]);
    expect(row("keller.valuecase.json").weightedNpv.toFixed(2)).toBe("58708251.17");
    expect(pipeline.ranking).toHaveLength(15);
  });
});

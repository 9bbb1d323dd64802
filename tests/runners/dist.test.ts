/**
 * The built entry valueframe/portfolio/node finds its worker in the package (dist/portfolio/node/worker.js)
 * with no option. `npm test` runs before any build and skips it; CI runs it after the build with
 * VALUEFRAME_REQUIRE_BUILD=1, where a missing build fails instead of skipping.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../cli/helpers.js";

const entry = join(repoRoot, "dist/portfolio/node/index.js");

describe.skipIf(!existsSync(entry) && process.env["VALUEFRAME_REQUIRE_BUILD"] !== "1")("the built valueframe/portfolio/node", () => {
  it("runs the pool on its own worker file, with the figures of docs/portfolio.md", async () => {
    const node = (await import(pathToFileURL(entry).href)) as typeof import("../../src/runners/index.js");
    const core = (await import(pathToFileURL(join(repoRoot, "dist/portfolio/index.js")).href)) as typeof import("../../src/portfolio/index.js");
    const portfolio = core.definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "the bank's reference rate", asOf: "2026-12-01" }, EUR: { rate: "7.71", source: "the bank's reference rate", asOf: "2026-12-01" } }, asOf: "2026-12-06" });
    const files = ["distributor", "livestock", "logistics", "manufacturer", "missing"].map((name) => `examples/${name}.valuecase.json`);
    const pipeline = await node.runPortfolio(files, { portfolio, cwd: repoRoot, runner: node.poolRunner({ threads: 2 }) });
    expect(pipeline.counts).toEqual({ cases: 4, failures: 1 });
    expect(pipeline.customerValue.weightedNpv.toFixed(2)).toBe("96883771.67");
  }, 60_000);
});

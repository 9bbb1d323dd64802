/**
 * The browser proof: valueframe's public entries, bundled for browsers with esbuild, evaluate the
 * distributor example inside headless Chromium and print exactly the figures Node prints.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as finance from "../../src/finance/index.js";
import * as quantify from "../../src/quantify/index.js";
import * as render from "../../src/render/index.js";
import { findUnsafeImports } from "../../scripts/browser/bundle.js";
import type { BrowserBundle } from "../../scripts/browser/bundle.js";
import { distributorFigures } from "../../scripts/browser/distributorFigures.js";
import type { NamedFigure, ValueframeEntries } from "../../scripts/browser/distributorFigures.js";
import { openSession } from "../../scripts/browser/session.js";
import type { BrowserSession } from "../../scripts/browser/session.js";
import { buildSite, readExample } from "../../scripts/browser/site.js";

let session: BrowserSession | undefined;
let bundle: BrowserBundle;
const source: ValueframeEntries = { root, finance, quantify, render };

beforeAll(async () => {
  ({ session, filled: bundle } = await openSession(buildSite));
});

afterAll(async () => {
  await session?.close();
});

describe("the browser bundle", () => {
  it("bundles every public entry, with no Node built-in and no require()", () => {
    expect(bundle.entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(["index", "finance/index", "quantify/index", "bvf/index", "render/index", "document/index"]));
    for (const entry of bundle.entries) expect(bundle.files).toContain(`${entry.name}.js`);
    expect(bundle.nodeImports).toEqual([]);
  });

  it("the scan finds node: imports and require() calls", () => {
    const text = 'import { a } from "node:fs";\nconst p = await import("node:path");\nimport"node:os";\nconst x = require("zlib");\nfunction __require() {}';
    expect(findUnsafeImports(text)).toEqual(["node:fs", "node:path", "node:os", 'require("zlib")']);
    expect(findUnsafeImports('const s = "no node: here"; from("x")')).toEqual([]);
  });
});

describe("the distributor example in headless Chromium", () => {
  it("prints the same figures as Node, exactly", async () => {
    const expected = distributorFigures(source, await readExample("distributor.frame.json"), await readExample("distributor.case.json"));
    const { page, problems, requests } = await session!.open("distributor.html");
    await page.waitForSelector("body[data-status]");
    const status = await page.getAttribute("body", "data-status");
    const error = await page.textContent("#error");
    expect({ status, error }).toEqual({ status: "done", error: "" });

    const shown: NamedFigure[] = await page.$$eval("dd[data-figure]", (nodes) =>
      nodes.map((node) => ({ name: node.getAttribute("data-figure") ?? "", value: node.textContent ?? "" })),
    );
    expect(shown).toEqual(expected);
    await page.close();
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${session!.origin}/`))).toBe(true);
  });

  it("the Node figures are the hand-checked ones of the distributor example", async () => {
    const figures = new Map(
      distributorFigures(source, await readExample("distributor.frame.json"), await readExample("distributor.case.json")).map(
        (figure) => [figure.name, figure.value],
      ),
    );
    expect(figures.get("npv (2 decimals)")).toBe("27093430.88");
    expect(figures.get("net flows")).toBe("-2000000 28960000 1380000 1380000");
    expect(figures.get("weighted net flows")).toBe("-2000000 23108000 1044000 1044000");
    expect(figures.get("trace released")).toBe(
      "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY",
    );
    // finance.npv with the first flow at time 0 is the evaluation's NPV; IRR is the evaluation's IRR.
    expect(figures.get("finance npv at 8 %")).toBe(figures.get("npv"));
    expect(figures.get("finance irr")).toBe(figures.get("irr"));
    expect(figures.get("ranking")).toBe("1.sol-credit-to-cash=3.8 2.sol-factoring=2.8");
    // The documents carry the NPV in each locale's own format.
    expect(figures.get("markdown en")).toContain("= **27,093,430.88 CNY**");
    expect(figures.get("markdown zh-CN")).toContain("| **净现值** | **¥27,093,430.88** | **¥21,120,118.88** |");
    expect(figures.get("html report zh-CN")).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    // A case without drivers: the first formula names an unknown driver; the error is the shared base class.
    expect(figures.get("invalid case")).toBe('QUANTIFY_INVALID true unknown_name ["quantities",0,"formula"]');
  });
});

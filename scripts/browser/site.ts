/**
 * Lays out the browser proof's site in a temporary folder: the bundled public entries under
 * `valueframe/`, the distributor and portfolio pages with their scripts, the shared figures code and the
 * example files they fetch.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { documentMembers } from "../../src/document/schema.js";
import { bundleForBrowser } from "./bundle.js";
import type { BrowserBundle } from "./bundle.js";
import { readPortfolioTexts } from "./portfolioFigures.js";

/** This folder (page sources) and the package root. */
export const browserScriptsDir = dirname(fileURLToPath(import.meta.url));
export const packageRoot = join(browserScriptsDir, "..", "..");

/**
 * Reads the text of one of the package's example files.
 *
 * @param name - a file in examples/, such as `distributor.stakeholders.yaml`
 * @returns the text
 */
export function readExampleText(name: string): Promise<string> {
  return readFile(join(packageRoot, "examples", name), "utf8");
}

/**
 * Reads one of the package's example files.
 *
 * @param name - a file in examples/, such as `distributor.frame.json`
 * @returns the parsed JSON
 */
export async function readExample(name: string): Promise<unknown> {
  return JSON.parse(await readExampleText(name));
}

/** The texts the portfolio page fetches (the four example documents and their member files), by name in examples/. */
export function readPortfolioExamples(): Promise<Map<string, string>> {
  return readPortfolioTexts(documentMembers, readExampleText);
}

/**
 * Writes the site into `dir` (an absolute, empty temporary folder).
 *
 * @param dir - where to write; the pages are `distributor.html` and `portfolio.html`
 * @returns the bundle written under `dir/valueframe`
 */
export async function buildSite(dir: string): Promise<BrowserBundle> {
  const bundle = await bundleForBrowser(packageRoot, join(dir, "valueframe"));
  // The figures code is shared with the Node side of the tests; it imports types only, so stripping
  // them is enough.
  for (const shared of ["distributorFigures", "portfolioFigures"]) {
    const figures = await transform(await readFile(join(browserScriptsDir, `${shared}.ts`), "utf8"), {
      loader: "ts",
      format: "esm",
      target: "es2022",
    });
    await writeFile(join(dir, `${shared}.js`), figures.code);
  }
  for (const page of ["publish.mjs", "distributor.html", "distributor.mjs", "portfolio.html", "portfolio.mjs"]) {
    await copyFile(join(browserScriptsDir, page), join(dir, page));
  }
  await mkdir(join(dir, "examples"));
  for (const example of ["distributor.frame.json", "distributor.case.json"]) {
    await copyFile(join(packageRoot, "examples", example), join(dir, "examples", example));
  }
  // Exactly the files the portfolio documents name, found the way the page finds them.
  for (const [name, text] of await readPortfolioExamples()) await writeFile(join(dir, "examples", name), text);
  return bundle;
}

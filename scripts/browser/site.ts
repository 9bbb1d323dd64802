/**
 * Lays out the browser proof's site in a temporary folder: the bundled public entries under
 * `valueframe/`, the distributor page and its script, the shared figures code and the example files.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { bundleForBrowser } from "./bundle.js";
import type { BrowserBundle } from "./bundle.js";

/** This folder (page sources) and the package root. */
export const browserScriptsDir = dirname(fileURLToPath(import.meta.url));
export const packageRoot = join(browserScriptsDir, "..", "..");

/**
 * Reads one of the package's example files.
 *
 * @param name - a file in examples/, such as `distributor.frame.json`
 * @returns the parsed JSON
 */
export async function readExample(name: string): Promise<unknown> {
  return JSON.parse(await readFile(join(packageRoot, "examples", name), "utf8"));
}

/**
 * Writes the site into `dir` (an absolute, empty temporary folder).
 *
 * @param dir - where to write; the page is `distributor.html`
 * @returns the bundle written under `dir/valueframe`
 */
export async function buildSite(dir: string): Promise<BrowserBundle> {
  const bundle = await bundleForBrowser(packageRoot, join(dir, "valueframe"));
  // The figures code is shared with the Node side of the test; it imports types only, so stripping
  // them is enough.
  const figures = await transform(await readFile(join(browserScriptsDir, "distributorFigures.ts"), "utf8"), {
    loader: "ts",
    format: "esm",
    target: "es2022",
  });
  await writeFile(join(dir, "distributorFigures.js"), figures.code);
  for (const page of ["distributor.html", "distributor.mjs"]) await copyFile(join(browserScriptsDir, page), join(dir, page));
  await mkdir(join(dir, "examples"));
  for (const example of ["distributor.frame.json", "distributor.case.json"]) {
    await copyFile(join(packageRoot, "examples", example), join(dir, "examples", example));
  }
  return bundle;
}

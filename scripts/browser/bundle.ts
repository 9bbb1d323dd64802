/**
 * Bundles valueframe's public entries from src/ for browsers with esbuild (ESM, code splitting), the way
 * an application's bundler would, and reports any Node built-in the bundle would need.
 */
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { build } from "esbuild";

/** One public entry: the name it is served under (`finance/index`) and its source file. */
export interface PublicEntry {
  /** Output path without extension, mirroring dist/: `index`, `finance/index`, … */
  readonly name: string;
  /** Source file relative to the package root: `src/finance/index.ts`. */
  readonly source: string;
}

/** What {@link bundleForBrowser} wrote. */
export interface BrowserBundle {
  readonly entries: readonly PublicEntry[];
  /** Every file written, relative to the output folder (entries and shared chunks). */
  readonly files: readonly string[];
  /** Total bytes written. */
  readonly bytes: number;
  /**
   * What a browser could not load: `node:` imports, imports left external, and `require("…")` calls
   * found in the bundle's import graph or text. Empty when the bundle is clean.
   */
  readonly nodeImports: readonly string[];
}

/** Subpath export → ESM file in dist/ for one entry of package.json's `exports`. */
interface ExportTarget {
  readonly import?: { readonly default?: string } | string;
}

/**
 * Reads the public entries from package.json's `exports` (every subpath whose ESM build is a `.js` file
 * under dist/, except the Node-only `…/node` entries), so an entry added to the package is bundled here
 * without another edit.
 */
export async function publicEntries(root: string): Promise<readonly PublicEntry[]> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { exports?: Record<string, ExportTarget | string> };
  const entries: PublicEntry[] = [];
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target === "string") continue;
    const esm = typeof target.import === "string" ? target.import : target.import?.default;
    const match = esm === undefined ? null : /^\.\/dist\/(.+)\.js$/.exec(esm);
    if (match?.[1] === undefined) continue;
    // A `…/node` entry is Node-only (worker threads, the file system): never bundled for browsers.
    if (/(^|\/)node\//.test(match[1])) continue;
    entries.push({ name: match[1], source: `src/${match[1]}.ts` });
  }
  return entries;
}

/** Static or dynamic imports of Node built-ins in bundled text. */
const nodeImportPattern = /(?:\bfrom\s*["']|\bimport\s*\(\s*["']|\bimport\s*["'])(node:[^"']+)["']/g;
/** CommonJS `require("…")` calls left in bundled text (esbuild's own `__require` wrapper takes no string). */
const requirePattern = /\brequire\s*\(\s*["']([^"']+)["']/g;

/**
 * Lists what a browser could not load in bundled JavaScript: imports of `node:` modules and
 * `require("…")` calls.
 *
 * @param text - bundled JavaScript
 * @returns the specifiers found (`node:fs`, `require("fs")`), in order of appearance
 */
export function findUnsafeImports(text: string): string[] {
  return [
    ...[...text.matchAll(nodeImportPattern)].map((match) => match[1]!),
    ...[...text.matchAll(requirePattern)].map((match) => `require("${match[1]!}")`),
  ];
}

/**
 * Bundles every public entry of the package at `root` into `outDir` for browsers.
 *
 * @param root - the package root (holds package.json and src/)
 * @param outDir - an absolute path to an empty temporary folder; never the package's dist/
 * @returns the files written and any Node built-in they import
 */
export async function bundleForBrowser(root: string, outDir: string): Promise<BrowserBundle> {
  const entries = await publicEntries(root);
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries.map((entry) => [entry.name, entry.source])),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: outDir,
    metafile: true,
    write: true,
    logLevel: "silent",
  });
  const nodeImports = new Set<string>();
  const files: string[] = [];
  let bytes = 0;
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    bytes += output.bytes;
    files.push(path);
    for (const imported of output.imports) if (imported.path.startsWith("node:") || imported.external) nodeImports.add(imported.path);
  }
  for (const file of files) for (const found of findUnsafeImports(await readFile(join(root, file), "utf8"))) nodeImports.add(found);
  return {
    entries,
    files: files.map((file) => relative(outDir, join(root, file))).sort(),
    bytes,
    nodeImports: [...nodeImports].sort(),
  };
}

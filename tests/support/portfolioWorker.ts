/**
 * The pool's worker compiled from the sources for the tests (esbuild, one ESM file importing the packages from node_modules), so
 * the pool runs the code under test without a package build. Built once per test process; its path is
 * also set as VALUEFRAME_PORTFOLIO_WORKER, where the pool looks when no worker is built beside it.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
let built: Promise<string> | undefined;

/** The compiled worker's path. */
export function portfolioWorker(): Promise<string> {
  built ??= (async () => {
    const folder = join(root, "node_modules", ".cache", "valueframe-tests");
    mkdirSync(folder, { recursive: true });
    const outfile = join(folder, `portfolio-worker-${process.pid}.mjs`);
    await build({ entryPoints: [join(root, "src/runners/worker.ts")], bundle: true, format: "esm", platform: "node", target: "node20", packages: "external", outfile, logLevel: "silent" });
    process.env["VALUEFRAME_PORTFOLIO_WORKER"] = outfile;
    return outfile;
  })();
  return built;
}

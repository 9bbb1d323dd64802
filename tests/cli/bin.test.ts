/**
 * The built bin (dist/cli/main.js): it starts under Node and answers --version. `npm test` runs before any
 * build and skips it; CI runs it again after the build with VALUEFRAME_REQUIRE_BUILD=1, where a missing bin
 * fails instead of skipping.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

const bin = join(repoRoot, "dist/cli/main.js");

describe.skipIf(!existsSync(bin) && process.env["VALUEFRAME_REQUIRE_BUILD"] !== "1")("the built bin", () => {
  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toBe(`${version}\n`);
  });

  it("exits with 1 and a located problem for a broken file", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [bin, "validate", "examples/broken/deep-type.valuecase.yaml"], { cwd: repoRoot, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain("examples/broken/deep-type.valuecase.yaml:14:17: frame.goals[0].baseline:");
  });
});

/** `valueframe portfolio <folder>`: the example portfolio ranked on the pool and in one thread, its failures and its settings' problems located. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { portfolioWorker } from "../support/portfolioWorker.js";
import { repoRoot, run } from "./helpers.js";

beforeAll(async () => {
  await portfolioWorker();
}, 60_000);

const settings = join(repoRoot, "examples/portfolio/portfolio.yaml");

describe("valueframe portfolio", () => {
  it("prints the same ranked pipeline on the pool and in one thread", async () => {
    const pooled = await run(["portfolio", "examples/portfolio", "--jobs", "2"]);
    const alone = await run(["portfolio", "examples/portfolio", "--jobs", "1"]);
    expect(pooled.stderr).toBe("");
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.stdout).toContain("examples/portfolio: 15 cases, 0 failures — in CNY");
    expect(pooled.stdout).toContain("seller's stage-weighted revenue");
    const json = await run(["portfolio", "examples/portfolio", "--jobs", "2", "--format", "json"]);
    const again = await run(["portfolio", "examples/portfolio", "--jobs", "1", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(again.stdout));
    expect((JSON.parse(json.stdout) as { pipeline: { counts: unknown } }).pipeline.counts).toEqual({ cases: 15, failures: 0 });
    const md = await run(["portfolio", "examples/portfolio", "--jobs", "1", "--format", "md"]);
    expect(md.stdout).toMatch(/^# Portfolio: examples\/portfolio\n/);
    expect(md.stdout).toContain("| Rank | Customer | Document | Customers' weighted NPV (CNY) |");
    expect(md.stdout).toContain("## Weighted flows by calendar month");
    const html = await run(["portfolio", "examples/portfolio", "--jobs", "1", "--format", "html", "-o", "pipeline.html"]);
    const page = html.written.get(join(repoRoot, "pipeline.html"))!;
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("<title>Portfolio: examples/portfolio</title>");
    expect(page).toContain("<svg");
  }, 120_000);

  it("simulates each case with --simulate and prints the sums, the same for the same seed", async () => {
    const first = await run(["portfolio", "examples/portfolio", "--jobs", "1", "--simulate", "200", "--seed", "3"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/simulated \(15 cases, 200 iterations each\): mean [\d,.]+ CNY; sums of each case's own P10 -?[\d,.]+ CNY, P50 [\d,.]+ CNY, P90 [\d,.]+ CNY — not the portfolio's percentiles/);
    const again = await run(["portfolio", "examples/portfolio", "--jobs", "1", "--simulate", "200", "--seed", "3", "--format", "json"]);
    const risk = (JSON.parse(again.stdout) as { pipeline: { risk: { cases: number; iterations: number[] } } }).pipeline.risk;
    expect([risk.cases, risk.iterations]).toEqual([15, [200]]);
    const usage = await run(["portfolio", "examples/portfolio", "--seed", "3"]);
    expect([usage.code, usage.stderr]).toEqual([2, expect.stringContaining("--seed needs --simulate")]);
  }, 120_000);

  it("lists a document that failed at its file, line and column, and aggregates the others (exit 1)", async () => {
    const bad = join(repoRoot, "examples/portfolio/zz-broken.valuecase.yaml");
    const result = await run(["portfolio", "examples/portfolio", "--jobs", "1"], { files: { [bad]: "frame: [\n" } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("15 cases, 1 failure");
    expect(result.stderr).toMatch(/^examples\/portfolio\/zz-broken\.valuecase\.yaml:\d+:\d+: .*\(document left out\) \[/m);
  }, 60_000);

  it("locates an unknown rate and a bad settings file, and draws progress only on a terminal", async () => {
    const noEur = (await import("node:fs")).readFileSync(settings, "utf8").replace(/^ {2}EUR:.*\n/m, "");
    const unknown = await run(["portfolio", "examples/portfolio", "--jobs", "1"], { files: { [settings]: noEur } });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^examples\/portfolio\/portfolio\.yaml:\d+:\d+: rates\.EUR: no rate from EUR to CNY is stated; .* \[PORTFOLIO_UNKNOWN_RATE\]$/m);
    const bad = await run(["portfolio", "examples/portfolio", "--jobs", "1"], { files: { [settings]: "currency: CNY\nrates:\n  USD: { rate: \"-1\", source: bank, asOf: \"2026-12-01\" }\n" } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^examples\/portfolio\/portfolio\.yaml:3:\d+: rates\.USD\.rate: /m);
    const tty = await run(["portfolio", "examples/portfolio", "--jobs", "1"], { tty: true });
    expect(tty.stderr).toContain("] 15/15 documents");
    const usage = await run(["portfolio", "examples", "--jobs", "0"]);
    expect(usage.code).toBe(2);
  }, 60_000);
});

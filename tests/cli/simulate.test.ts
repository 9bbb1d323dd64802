/** `valueframe simulate` end to end: the same figures as simulate(), reproducible by seed, progress only on a terminal. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/quantify/simulate.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";
import { repoRoot, run } from "./helpers.js";

const distributor = "examples/distributor.valuecase.json";
const valueCase = JSON.parse(readFileSync(join(repoRoot, "examples/distributor.case.json"), "utf8")) as ValueCaseInput;
const group = (text: string) => text.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("valueframe simulate", () => {
  it("prints the percentiles simulate() gives for the same seed and iterations", async () => {
    const result = await run(["simulate", distributor, "--iterations", "2000", "--seed", "7"]);
    expect(result.code).toBe(0);
    const expected = simulate(valueCase, { iterations: 2000, seed: 7 });
    expect(result.stdout).toMatch(/^examples\/distributor\.valuecase\.json: 2,000 iterations, seed 7, risk-weighted NPV\n/);
    expect(result.stdout).toContain(`  Base NPV (exact)        ${group(expected.baseNpv.toFixed(2))} CNY\n`);
    for (const [label, value] of [["P10", expected.npv.p10], ["P50", expected.npv.p50], ["P90", expected.npv.p90]] as const) {
      expect(result.stdout).toContain(`  ${label.padEnd(24)}${group(value.toFixed(2))} CNY\n`);
    }
    expect(result.stdout).toContain("  P(NPV > 0)              100.00 %\n");
    expect(result.stdout).toMatch(/^ {2}DSO reduction +\d+\.\d{4} day \(expected 12\.6667\), r = 0\.\d\d$/m);
    expect(result.stdout.match(/ #*$/gm)?.length).toBeGreaterThanOrEqual(expected.histogram.length);
    expect(result.stdout).toContain("float64");
  });

  it("gives the same output for the same seed, and another for another seed", async () => {
    const a = await run(["simulate", distributor, "-n", "500", "--seed", "3"]);
    const b = await run(["simulate", distributor, "-n", "500", "--seed", "3"]);
    const c = await run(["simulate", distributor, "-n", "500", "--seed", "4"]);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("writes JSON whose figures are exact decimal strings", async () => {
    const result = await run(["simulate", distributor, "-n", "1000", "--seed", "11", "--scenario", "conservative", "--format", "json"]);
    expect(result.code).toBe(0);
    const { simulation } = JSON.parse(result.stdout) as { simulation: Record<string, any> };
    const expected = simulate(valueCase, { iterations: 1000, seed: 11, scenario: "conservative" });
    expect(simulation.npv.p50).toBe(expected.npv.p50.toString());
    expect(simulation.baseNpv).toBe(expected.baseNpv.toString());
    expect(simulation.scenario).toEqual({ id: "conservative", label: "Conservative" });
    expect(simulation.iterations).toBe(1000);
  });

  it("shows progress for long runs only when stderr is a terminal", async () => {
    const quiet = await run(["simulate", distributor, "-n", "200000", "-f", "json"]);
    expect(quiet.stderr).not.toContain("simulating");
    const terminal = await run(["simulate", distributor, "-n", "200000", "-f", "json"], { tty: true });
    expect(terminal.stderr.startsWith("\rvalueframe: simulating 200,000 iterations… 1 %\u001b[K")).toBe(true);
    expect(terminal.stderr).toContain("\rvalueframe: simulating 200,000 iterations… 50 %\u001b[K");
    expect(terminal.stderr.endsWith("\rvalueframe: simulating 200,000 iterations… 100 %\u001b[K\r\u001b[K")).toBe(true);
    expect(terminal.stdout).toBe(quiet.stdout);
    const short = await run(["simulate", distributor, "-n", "100"], { tty: true });
    expect(short.stderr).not.toContain("simulating");
  }, 60_000);

  it.each([
    [["simulate", distributor, "-n", "0"], 'valueframe: --iterations must be a whole number from 1 to 10000000; got "0"'],
    [["simulate", distributor, "-n", "1e4"], 'valueframe: --iterations must be a whole number from 1 to 10000000; got "1e4"'],
    [["simulate", distributor, "--seed", "1.5"], "valueframe: --seed must be a whole number"],
    [["simulate", distributor, "--format", "csv"], 'valueframe: --format must be "text", "json"; got "csv"'],
    [["simulate", "examples/distributor.frame.json"], "valueframe: examples/distributor.frame.json has no value case to simulate"],
  ])("rejects %j with exit code 2", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr).toContain("Usage: valueframe simulate <file>");
  });

  it("fails with 1 and the formula's place when a draw cannot be evaluated", async () => {
    const result = await run(["simulate", "examples/broken/not-finite.case.yaml", "-n", "10"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^examples\/broken\/not-finite\.case\.yaml:17:13: lines\[0\]\.amount: .* \[QUANTIFY_NOT_FINITE\]$/m);
  });
});

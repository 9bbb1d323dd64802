/**
 * `valueframe track`: the distributor's realisation as of 2026-12-06 (the same figures trackRealisation
 * gives), actuals added from CSV — every bad row located by file, line and column in one run, the valid
 * rows kept with --skip-invalid — and usage errors.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { defineRealisation } from "../../src/realise/defineRealisation.js";
import { trackRealisation } from "../../src/realise/trackRealisation.js";
import { repoRoot, run } from "./helpers.js";

const file = "examples/distributor.valuecase.json";
const asOf = "2026-12-06";
const valueCase = defineValueCase(JSON.parse(readFileSync(join(repoRoot, "examples/distributor.case.json"), "utf8")));
const realisationInput = parse(readFileSync(join(repoRoot, "examples/distributor.realisation.yaml"), "utf8")) as { actuals: { kpi: string; date: string }[] };
const expected = trackRealisation(defineRealisation(realisationInput, { valueCase, asOf }), { valueCase, asOf });
const grouped = (x: { toFixed(n: number): string }) => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("valueframe track", () => {
  it("prints money realised to date against promised, the forecasts and each KPI's status", async () => {
    const result = await run(["track", file, "--as-of", asOf]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${file}: value realised as of ${asOf} (the case started 2025-12-01, ends 2028-12-01)`);
    expect(lines[1]).toContain(`realised to date   ${grouped(expected.money.realisedToDate)} CNY against ${grouped(expected.money.promisedToDate)} CNY promised to date`);
    expect(lines[2]).toContain(`${grouped(expected.money.forecastNpvPlan)} CNY by the plan`);
    for (const kpi of expected.kpis) expect(result.stdout).toContain(`${kpi.kpi.name} (${kpi.kpi.id}): ${{ onTrack: "on track", atRisk: "at risk", offTrack: "off track", notMeasured: "not measured" }[kpi.status]}`);
    expect(result.stderr).toBe("");
  });

  it("gives the track as data, every figure an exact decimal string", async () => {
    const result = await run(["track", file, "--as-of", asOf, "--format", "json"]);
    const json = JSON.parse(result.stdout) as { track: { money: { realisedToDate: string }; kpis: { status: string }[] } };
    expect(json.track.money.realisedToDate).toBe(expected.money.realisedToDate.toString());
    expect(json.track.kpis.map((k) => k.status)).toEqual(expected.kpis.map((k) => k.status));
  });

  describe("actuals from CSV", () => {
    const csvPath = join(repoRoot, "actuals.csv");
    const csv = [
      "kpi,date,value,unit,source,confidence,correction,note",
      "k-dso,2026-11-30,50,days,ERP ageing report re-run,0.95,true,credit notes booked late",
      "k-dsx,2026-10-31,52,days,ERP,,,",
      "k-dso,2026-10-15,fifty,days,ERP,,,",
      "k-dso,2026-10-20,53,weeks,ERP,,,",
      "k-dso,2029-01-31,47,days,ERP,,,",
      "k-dso,2026-09-30,50,days,ERP,,,,one cell too many",
      "",
      "k-dso,2026-08-31,5x,days,ERP,,,",
    ].join("\n");

    it("locates every bad row by file, line and column, in one run, and writes nothing", async () => {
      const result = await run(["track", file, "--as-of", asOf, "--actuals", "actuals.csv"], { files: { [csvPath]: csv } });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      const problems = result.stderr.split("\n").filter((line) => line.startsWith("actuals.csv:"));
      const row = realisationInput.actuals.length;
      expect(problems).toEqual([
        `actuals.csv:3:1: actuals[1].kpi: no KPI has the id "k-dsx" (did you mean "k-dso"?) [unknown_reference]`,
        `actuals.csv:4:18: actuals[2].value: "fifty" is not a decimal number (write it like "1234.56" or "-1.5e6") [not_numeric]`,
        `actuals.csv:5:21: actuals[3].unit: measured in "weeks", but the KPI "k-dso" is in "days" [unit_mismatch]`,
        `actuals.csv:6:7: actuals[4].date: measured on 2029-01-31, on or after the day the case's horizon ends, 2028-12-01 [out_of_horizon]`,
        `actuals.csv:6:7: actuals[4].date: measured on 2029-01-31, after the as-of date 2026-12-06 [after_as_of]`,
        `actuals.csv:7:1: Invalid Record Length: columns length is 8, got 9 on line 7 [csv_syntax]`,
        `actuals.csv:9:18: actuals[5].value: "5x" is not a decimal number (write it like "1234.56" or "-1.5e6") [not_numeric]`,
      ]);
      // The record csv-parse cannot read (one cell too many) is reported with the rest, not instead of them.
      expect(row).toBeGreaterThan(0);
    });

    it("tracks the valid rows with --skip-invalid: the correction replaces November's DSO", async () => {
      const result = await run(["track", file, "--as-of", asOf, "--actuals", "actuals.csv", "--skip-invalid", "-f", "json"], { files: { [csvPath]: csv } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("actuals.csv:3:1: warning: actuals[1].kpi:");
      const json = JSON.parse(result.stdout) as { track: { kpis: { kpi: { id: string }; latest: { value: string; correction: boolean } }[] } };
      const dso = json.track.kpis.find((k) => k.kpi.id === "k-dso")!;
      expect(dso.latest).toMatchObject({ value: "50", correction: true });
    });

    it("refuses a CSV without the required columns", async () => {
      const result = await run(["track", file, "--as-of", asOf, "--actuals", "actuals.csv"], { files: { [csvPath]: "kpi,when,value\nk-dso,2026-11-30,50\n" } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("actuals.csv:1:1: missing columns date, source; unknown column when (columns: kpi, date, value, unit, source, confidence, correction, note) [csv_columns]");
    });
  });

  it("refuses a document without a realisation, --locale with text, and a bad --as-of", async () => {
    const bare = await run(["track", "examples/distributor.case.json"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("has no realisation: track measures the case against the realisation's actuals");
    expect((await run(["track", file, "--locale", "zh-CN"])).code).toBe(2);
    expect((await run(["track", file, "--as-of", "2026-02-30"])).code).toBe(2);
  });
});

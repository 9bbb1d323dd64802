/**
 * Value realisation on the distributor's case, hand-computed: DSO measured against its planned path
 * (linear over the first year, as the working-capital line is realised), the variance of each month, the
 * share achieved and the status rule, milestones met and missed, a correction kept as history; in money,
 * realised equals `evaluate` re-run with the actual DSO reduction (never a ratio), promised to date pro
 * rata, the forecasts; bad input listed in one run with paths.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { Dec } from "../../src/numeric/decimal.js";
import { defineRealisation, safeDefineRealisation } from "../../src/realise/defineRealisation.js";
import { RealiseArgumentError, RealiseValidationError } from "../../src/realise/errors.js";
import { trackRealisation } from "../../src/realise/trackRealisation.js";
import { measurementPlan } from "../../src/realise/measurementPlan.js";

const example = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const valueCase = defineValueCase(example("distributor.case.json"));
const frame = defineFrame(example("distributor.frame.json"));
const bvf = defineBvf(example("distributor.bvf.json"));

const input = {
  start: "2025-12-01",
  kpis: [
    {
      id: "k-dso",
      name: "Days sales outstanding",
      unit: "days",
      baseline: "62",
      target: "48",
      direction: "decrease",
      sets: { driver: "dsoReduction", as: "gain" },
      line: "workingCapital",
      goal: "g-cash",
      operationalKpi: "o-dso",
      milestones: [
        { id: "m-58", date: "2026-03-31", value: "58", label: "DSO at 58 by March" },
        { id: "m-52", date: "2026-05-31", value: "52", label: "DSO at 52 by May" },
        { id: "m-48", date: "2026-11-30", value: "48", label: "DSO at 48 by November" },
      ],
    },
  ],
  actuals: [
    { kpi: "k-dso", date: "2026-03-31", value: "57", source: "ERP ageing report" },
    { kpi: "k-dso", date: "2026-01-31", value: "61", source: "ERP ageing report", confidence: "0.9" },
    { kpi: "k-dso", date: "2026-05-31", value: "56", source: "ERP ageing report" },
    { kpi: "k-dso", date: "2026-05-31", value: "55", unit: "days", source: "ERP ageing report, re-run after the credit notes were booked", correction: true },
  ],
};
const asOf = "2026-06-01";
const realisation = defineRealisation(input, { valueCase, frame, bvf, asOf });
const track = trackRealisation(realisation, { valueCase, bvf, asOf });
const dso = track.kpis[0]!;

describe("a KPI against its plan", () => {
  it("plans DSO linearly over the first year, as the one-time working-capital line starts in period 1", () => {
    // 2026-06-01 is 182 of the 365 days of period 1 (2025-12-01 … 2026-12-01).
    expect(dso.plannedNow.toFixed(6)).toBe(new Dec(62).minus(new Dec(14).times(182).div(365)).toFixed(6)); // 55.019178
    expect(track.end).toBe("2028-12-01");
  });

  it("keeps a corrected measurement as history and counts the correction", () => {
    expect(dso.history.map((m) => [m.date, m.value.toString(), m.replaced])).toEqual([
      ["2026-01-31", "61", false],
      ["2026-03-31", "57", false],
      ["2026-05-31", "56", true],
      ["2026-05-31", "55", false],
    ]);
    expect(dso.latest?.value.toString()).toBe("55");
  });

  it("gives each month's plan, actual and variance, and the share achieved against the share planned", () => {
    const may = dso.months.find((m) => m.month === "2026-05")!;
    // Planned at 2026-05-31 (181 days): 62 − 14 × 181/365; actual 55.
    const planned = new Dec(62).minus(new Dec(14).times(181).div(365));
    expect(may.planned.toFixed(10)).toBe(planned.toFixed(10));
    expect(may.variance!.toFixed(10)).toBe(new Dec(55).minus(planned).toFixed(10));
    expect(may.favourable).toBe(true);
    expect(dso.months.find((m) => m.month === "2026-02")!.actual).toBeUndefined();
    expect(dso.months.map((m) => m.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    // Achieved (62 − 55) / 14 = 0.5; planned 181/365 = 0.4959; 0.5 / 0.4959 ≥ 0.9: on track.
    expect(dso.achievedShare?.toString()).toBe("0.5");
    expect(dso.plannedShare?.toFixed(6)).toBe(new Dec(181).div(365).toFixed(6));
    expect(dso.status).toBe("onTrack");
    expect(dso.driver).toEqual({ id: "dsoReduction", value: new Dec(7) });
  });

  it("judges milestones: met by the latest measurement on or before the date, missed once the date has passed", () => {
    expect(dso.milestones.map((m) => [m.id, m.state, m.measured?.toString()])).toEqual([
      ["m-58", "met", "57"],
      ["m-52", "missed", "55"],
      ["m-48", "pending", "55"],
    ]);
  });

  it("applies the stated status rule: a lagging KPI is at risk, then off track", () => {
    const lagging = (value: string) => trackRealisation(defineRealisation({ ...input, actuals: [{ kpi: "k-dso", date: "2026-05-31", value, source: "ERP" }] }), { valueCase, asOf }).kpis[0]!.status;
    // Planned share 0.4959: 0.9 × → 6.25 days gained, 0.6 × → 4.17 days.
    expect([lagging("55.5"), lagging("57"), lagging("58")]).toEqual(["onTrack", "atRisk", "offTrack"]);
  });
});

describe("money: the case re-evaluated with the actual drivers", () => {
  const actual = evaluate(valueCase, { drivers: { dsoReduction: 7 } });
  const base = evaluate(valueCase);
  const elapsed = new Dec(182).div(365);
  const line = (evaluation: typeof base, id: string, p: number) => evaluation.lines.find((l) => l.id === id)!.flows[p]!;

  it("realises the working capital that DSO 55 releases, and the recurring lines at the full rate the measured DSO gives, stretch by stretch", () => {
    const p1 = track.money.periods[1]!;
    expect(p1.elapsed.toFixed(10)).toBe(elapsed.toFixed(10));
    expect([p1.from, p1.to]).toEqual(["2025-12-01", "2026-11-30"]);
    // 7 days × 1,000,000 CNY a day × scope factor 2 = 14,000,000 released by 2026-06-01.
    expect(line(actual, "workingCapital", 1).toString()).toBe("14000000");
    // Recurring: the financing saving at its full rate (the case's ramp-up of 0.75 divided out: the measured
    // DSO already says how far the customer has come) less the running cost, for each stretch between
    // measurements: no gain until 01-31 (61 days), 1 day until 03-31 (59), 5 until 05-31 (61), 7 for a day.
    const fullRate = (gain: number) => {
      const evaluation = evaluate(valueCase, { drivers: { dsoReduction: gain } });
      return line(evaluation, "financingCost", 1).div("0.75").plus(line(evaluation, "running", 1));
    };
    expect(fullRate(7).toString()).toBe("540000"); // 840,000 − 300,000
    const stretches: [number, number][] = [[0, 61], [1, 59], [5, 61], [7, 1]];
    const recurring = stretches.reduce((sum, [gain, days]) => sum.plus(fullRate(gain).times(days).div(365)), new Dec(0));
    expect(recurring.toFixed(2)).toBe("-27616.44"); // (−300,000×61 − 180,000×59 + 300,000×61 + 540,000×1) ÷ 365
    expect(p1.realised.toFixed(6)).toBe(new Dec(14000000).plus(recurring).toFixed(6));
    expect(track.money.realisedToDate.toFixed(2)).toBe("11972383.56");
  });

  it("promises every line pro rata to date, and forecasts the rest by the plan and by the trend", () => {
    // (28,000,000 + 1,260,000 − 300,000) × 182/365 − 2,000,000.
    expect(track.money.promisedToDate.toFixed(2)).toBe(new Dec(28960000).times(elapsed).minus(2000000).toFixed(2));
    expect(track.money.varianceToDate.toFixed(2)).toBe(track.money.realisedToDate.minus(track.money.promisedToDate).toFixed(2));
    expect(track.money.promisedNpv.toFixed(2)).toBe(base.unadjusted.npv.toFixed(2));
    // Realised so far then the plan: the case's NPV less what the recurring lines fell short by so far
    // (960,000 × 182/365 promised, −27,616.44 realised), discounted one year at 8 %.
    const shortfall = new Dec(960000).times(elapsed).plus("27616.438356164383561643835616438356164").div("1.08");
    expect(track.money.forecastNpvPlan.toFixed(2)).toBe(base.unadjusted.npv.minus(shortfall).toFixed(2)); // 26,624,633.31
    // The trend through 61, 57, 55 (about −1.5 days a month) passes 48 before 2026-12-01 and is not
    // followed past the target: the one-time line reaches its amount, the recurring ones their full rate.
    expect(dso.trendAtEnd?.toString()).toBe("48");
    // A slower trend (61, 60, 59: −0.5 a month) leaves DSO near 57 by year end: its forecast is below the plan's.
    const slow = trackRealisation(defineRealisation({ ...input, actuals: [1, 3, 5].map((m, i) => ({ kpi: "k-dso", date: `2026-0${m}-28`, value: String(61 - i), source: "ERP" })) }), { valueCase, asOf });
    expect(slow.money.forecastNpvTrend.lt(slow.money.forecastNpvPlan)).toBe(true);
    // Without two measurements there is no trend: the forecast takes the case's own value.
    const one = trackRealisation(defineRealisation({ ...input, actuals: [{ kpi: "k-dso", date: "2026-01-31", value: "61", source: "ERP" }] }), { valueCase, asOf });
    expect(one.money.periods[2]!.forecastTrend.toFixed(2)).toBe(one.money.periods[2]!.forecastPlan.toFixed(2));
  });

  it("rolls the operational KPI's actual up through the BVF", () => {
    const cash = track.rollUp!.actual.executiveKpis.find((k) => k.id === "g-cash")!;
    const planned = track.rollUp!.planned.executiveKpis.find((k) => k.id === "g-cash")!;
    expect(cash.estimated.lt(planned.estimated)).toBe(true);
    expect(cash.estimated.isPositive()).toBe(true);
  });
});

describe("bad input", () => {
  it("lists every problem in one run with paths: unknown KPI, another unit, outside the horizon, a duplicate date, not a decimal, a driver the case lacks", () => {
    const result = safeDefineRealisation(
      {
        start: "2025-12-01",
        kpis: [{ ...input.kpis[0], sets: { driver: "dsoReduktion", as: "gain" } }],
        actuals: [
          { kpi: "k-dsx", date: "2026-01-31", value: "60", source: "ERP" },
          { kpi: "k-dso", date: "2026-02-28", value: "60", unit: "weeks", source: "ERP" },
          { kpi: "k-dso", date: "2029-01-31", value: "50", source: "ERP" },
          { kpi: "k-dso", date: "2026-03-31", value: "58", source: "ERP" },
          { kpi: "k-dso", date: "2026-03-31", value: "57", source: "ERP" },
          { kpi: "k-dso", date: "2026-04-30", value: "fifty", source: "ERP" },
        ],
      },
      { valueCase, asOf: "2026-12-06" },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(RealiseValidationError);
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["kpis.0.sets.driver", "unknown_reference"],
      ["actuals.0.kpi", "unknown_reference"],
      ["actuals.1.unit", "unit_mismatch"],
      ["actuals.2.date", "out_of_horizon"],
      ["actuals.2.date", "after_as_of"],
      ["actuals.4.date", "duplicate_measurement"],
      ["actuals.5.value", "not_numeric"],
    ]);
    expect(result.error.issues[0]!.message).toContain('did you mean "dsoReduction"');
  });

  it("never changes its input; track needs a case and a calendar asOf", () => {
    const before = JSON.stringify(input);
    defineRealisation(input, { valueCase });
    expect(JSON.stringify(input)).toBe(before);
    expect(() => trackRealisation(realisation, { valueCase, asOf: "soon" })).toThrow(RealiseArgumentError);
    expect(() => trackRealisation(realisation, { asOf } as never)).toThrow(/the value case the realisation proves/);
  });
});

describe("measurementPlan", () => {
  it("drafts a KPI for each goal of the frame and each quantified operational KPI of the BVF, planned along the line that serves it", () => {
    const plan = measurementPlan({ valueCase, frame, bvf });
    const cashDraft = plan.find((d) => d.kpi.id === "k-g-cash")!;
    const cash = cashDraft.kpi;
    expect([cash.name, cash.unit, cash.baseline.toString(), cash.target.toString(), cash.direction, cash.line, cashDraft.from]).toEqual(["operating cash flow", "M CNY", "40", "48", "increase", "workingCapital", "goal"]);
    const dsoKpi = plan.find((d) => d.kpi.id === "k-o-dso")!.kpi;
    expect([dsoKpi.unit, dsoKpi.baseline.toString(), dsoKpi.target.toString(), dsoKpi.direction, dsoKpi.operationalKpi]).toEqual(["days", "62", "48", "decrease", "o-dso"]);
    // A draft is a realisation's KPI list: completed with the driver it sets, it validates against the case.
    const drafted = defineRealisation({ start: "2025-12-01", kpis: plan.map(({ kpi }) => (kpi.id === "k-o-dso" ? { ...kpi, sets: { driver: "dsoReduction", as: "gain" }, line: "workingCapital" } : kpi)) }, { valueCase, frame, bvf });
    expect(drafted.kpis.length).toBe(plan.length);
  });
});

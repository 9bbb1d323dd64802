/**
 * Value realisation scales linearly in what is measured: `defineRealisation` + `trackRealisation` of
 * generated realisations of 10 KPIs × 12 months of actuals and of 100 KPIs × 60 months, each KPI setting a
 * driver of a generated yearly value case (a benefit line for every ten drivers, horizon = the months ÷
 * 12), with a correction every 25 measurements and two milestones a KPI. Prints each size's time per
 * KPI-month, their ratio (target: large / small ≤ 1.5×) with its spread over the rounds, the large run's
 * time and where it goes. Times are CPU time of the main thread (see _measure.mjs); both sizes are timed in
 * each paired round, the small one repeated so that each timed call is as long as the large one's.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpuClock, formatRatio, median, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const { defineValueCase } = await dist("quantify");
const { defineRealisation, trackRealisation } = await dist("realise");

const TARGET = 1.5;
const START = "2020-01-01";

/** The last day of month k (1-based) after START. */
const monthEnd = (k) => new Date(Date.UTC(2020, k, 0)).toISOString().slice(0, 10);

/** A yearly case of `kpis` drivers (each a KPI's gain), a benefit line summing every ten of them, and a cost. */
function generateCase(kpis, years) {
  const drivers = Array.from({ length: kpis }, (_, k) => ({ id: `d${k}`, label: `driver ${k}`, value: String(10 + (k % 7)), unit: "EUR/year", provenance: { kind: "assumption", source: "generated" } }));
  const lines = Array.from({ length: Math.ceil(kpis / 10) }, (_, l) => ({
    id: `benefit${l}`,
    label: `benefit ${l}`,
    kind: "benefit",
    amount: `(${drivers.slice(l * 10, l * 10 + 10).map((d) => d.id).join(" + ")}) * 1000`,
    recurrence: "recurring",
    per: "year",
    start: 1,
    rampUp: { type: "explicit", factors: ["0.5"] },
  }));
  return defineValueCase({
    id: "generated",
    name: "Generated case",
    currency: "EUR",
    period: "year",
    horizon: years,
    discountRate: "0.08",
    drivers,
    lines: [...lines, { id: "implementation", label: "implementation", kind: "cost", amount: String(kpis * 5000), recurrence: "once", start: 0 }],
  });
}

/** `kpis` KPIs measured monthly for `months` months, each setting its driver by its gain; a correction every 25 measurements. */
function generateRealisation(kpis, months) {
  let n = 0;
  const actuals = [];
  for (let m = 1; m <= months; m++) {
    for (let k = 0; k < kpis; k++) {
      const gain = ((10 + (k % 7)) * m) / months;
      actuals.push({ kpi: `k${k}`, date: monthEnd(m), value: (100 - gain * (0.8 + ((k + m) % 5) / 10)).toFixed(3), source: "monthly report" });
      if (++n % 25 === 0) actuals.push({ kpi: `k${k}`, date: monthEnd(m), value: (100 - gain).toFixed(3), source: "re-run", correction: true });
    }
  }
  return {
    start: START,
    kpis: Array.from({ length: kpis }, (_, k) => ({
      id: `k${k}`,
      name: `KPI ${k}`,
      unit: "points",
      baseline: "100",
      target: String(100 - (10 + (k % 7))),
      direction: "decrease",
      sets: { driver: `d${k}`, as: "gain" },
      line: `benefit${Math.floor(k / 10)}`,
      milestones: [
        { id: "half", date: monthEnd(Math.ceil(months / 2)), value: String(100 - (10 + (k % 7)) / 2), label: "half way" },
        { id: "full", date: monthEnd(months), value: String(100 - (10 + (k % 7))), label: "target" },
      ],
    })),
    actuals,
  };
}

const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function once({ input, valueCase, asOf }) {
  let t = process.hrtime.bigint();
  const realisation = defineRealisation(input, { valueCase, asOf });
  const define = since(t);
  t = process.hrtime.bigint();
  const track = trackRealisation(realisation, { valueCase, asOf });
  const tracked = since(t);
  return { steps: { define, track: tracked }, track };
}

export async function run({ smoke }) {
  const sizes = smoke ? [[2, 12], [5, 24]] : [[10, 12], [100, 60]];
  const count = smoke ? 1 : 11;
  const [small, large] = sizes.map(([kpis, months]) => ({ kpis, months, cells: kpis * months, valueCase: generateCase(kpis, months / 12), input: generateRealisation(kpis, months), asOf: monthEnd(months + 1) }));
  const repeats = large.cells / small.cells;
  const batch = (c, n) => () => {
    let out;
    const steps = { define: 0, track: 0 };
    for (let j = 0; j < n; j++) {
      out = once(c);
      for (const key of Object.keys(steps)) steps[key] += out.steps[key];
    }
    return { ...out, steps };
  };
  for (let k = 0; k < (smoke ? 1 : 2); k++) {
    batch(small, repeats)();
    batch(large, 1)();
  }
  const timed = rounds({ small: batch(small, repeats), large: batch(large, 1) }, count);
  for (const [c, entry] of [[small, timed.small], [large, timed.large]]) {
    const { track } = entry.result;
    if (track.kpis.length !== c.kpis || track.kpis.some((k) => k.months.length !== c.months)) throw new Error(`${c.kpis} KPIs: expected ${c.months} months for every KPI`);
    // Benefits were realised: more than the up-front cost of period 0 alone.
    if (!track.money.realisedToDate.gt(track.money.periods[0].realised)) throw new Error(`${c.kpis} KPIs: expected benefits realised, got ${track.money.realisedToDate.toFixed(2)} in all against ${track.money.periods[0].realised.toFixed(2)} up front`);
    const statuses = ["onTrack", "atRisk", "offTrack"].map((s) => track.kpis.filter((k) => k.status === s).length);
    c.summary = `realised ${track.money.realisedToDate.toFixed(0)} EUR; ${statuses.join(" / ")} on track / at risk / off track`;
  }
  const per = (entry, n) => ({ best: (entry.best * 1000) / n, times: entry.times.map((ms) => (ms * 1000) / n) });
  const perSmall = per(timed.small, small.cells * repeats);
  const perLarge = per(timed.large, large.cells);
  const steps = (entry, n) => `define ${((entry.result.steps.define * 1000) / n).toFixed(2)}, track ${((entry.result.steps.track * 1000) / n).toFixed(2)}`;
  const roundsText = `${count} round${count === 1 ? "" : "s"}`;
  console.log(`defineRealisation + trackRealisation (${cpuClock}); a yearly case whose drivers the KPIs set`);
  console.log(`${small.kpis} KPIs × ${small.months} months: ${(timed.small.best / repeats).toFixed(2)} ms a run (best of ${roundsText}, ${repeats} runs each) = ${perSmall.best.toFixed(2)} µs per KPI-month; ${small.summary}`);
  console.log(`${large.kpis} KPIs × ${large.months} months: median ${median(timed.large.times).toFixed(0)} ms, ${Math.min(...timed.large.times).toFixed(0)}–${Math.max(...timed.large.times).toFixed(0)} ms over ${roundsText} = ${perLarge.best.toFixed(2)} µs per KPI-month (best round); ${large.summary}`);
  console.log(`where it goes, µs per KPI-month (wall time, best round): small: ${steps(timed.small, small.cells * repeats)}; large: ${steps(timed.large, large.cells)}`);
  const scaling = ratioOf(perLarge, perSmall);
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= TARGET ? "ok" : "OVER TARGET";
  console.log(`time per KPI-month, ${large.kpis} × ${large.months} vs ${small.kpis} × ${small.months}: ${formatRatio(scaling, count)} (target ≤ ${TARGET}×) ${verdict}`);
}

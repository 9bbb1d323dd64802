// The README's quantified-value example: change one assumption of the distributor case and see every
// figure move, with the sensitivity ranking, a seeded simulation and the trace of a figure.
import { readFileSync } from "node:fs";
import { defineValueCase, evaluate, formatTrace, simulate, tornado } from "valueframe/quantify";

const valueCase = defineValueCase(JSON.parse(readFileSync(new URL("distributor.case.json", import.meta.url), "utf8")));
// Change one assumption: DSO falls by 10 days instead of 14.
const options = { scenario: { id: "dso-10", drivers: { dsoReduction: "10" } } };

const { weighted: m } = evaluate(valueCase, options); // probability-weighted measures
console.log("NPV", m.npv.toFixed(0), "IRR", m.irrAnnual?.toFixed(4), "ROI", m.roi?.toFixed(4), "payback", m.paybackYears?.toFixed(3));
console.log("tornado", tornado(valueCase, options).rows.map((row) => `${row.driver} ±${row.swing.toFixed(0)}`).join(", "));
const mc = simulate(valueCase, { ...options, iterations: 20000, seed: 1 });
console.log("P10/P50/P90", [mc.npv.p10, mc.npv.p50, mc.npv.p90].map((x) => x.toFixed(0)).join(" / "));
console.log(formatTrace(evaluate(valueCase).trace["quantity:workingCapitalReleased"]));

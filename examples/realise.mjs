// The README's realisation example: a year after signing, what the Huatong case has delivered — in the
// same frame and the same money — what is at risk, and what the rest of the case will bring.
import { readFileSync } from "node:fs";
import { parseValueDocument } from "valueframe/document";
import { trackRealisation } from "valueframe/realise";

const text = (file) => readFileSync(new URL(file, import.meta.url), "utf8");
const asOf = "2026-12-06"; // valueframe reads no clock
const { document } = parseValueDocument(text("distributor.valuecase.json"), { fileName: "distributor.valuecase.json", readMember: text, asOf });
const track = trackRealisation(document.realisation, { valueCase: document.case, bvf: document.bvf, asOf });

const { money } = track;
console.log(`realised to date ${money.realisedToDate.toFixed(2)} ${money.currency} against ${money.promisedToDate.toFixed(2)} promised to date`);
console.log(`NPV at completion: ${money.forecastNpvPlan.toFixed(2)} by the plan, ${money.forecastNpvTrend.toFixed(2)} by the trend; promised ${money.promisedNpv.toFixed(2)}`);
for (const kpi of track.kpis) {
  const missed = kpi.milestones.filter((m) => m.state === "missed").map((m) => m.label);
  console.log(`${kpi.kpi.name}: ${kpi.status}, ${kpi.latest.value} ${kpi.kpi.unit} (plan ${kpi.plannedNow.toFixed(2)})${missed.length > 0 ? `; missed: ${missed.join("; ")}` : ""}`);
}
const dso = track.kpis[0];
console.log(`${dso.kpi.name} sets ${dso.driver.id} = ${dso.driver.value}: the case's own formulas give the money`);

// The README's BVF example: build the distributor's BVF, check it, roll improvements up to its executive KPIs.
import { readFileSync } from "node:fs";
import { checkBvf, defineBvf, rankVendorSolutions, rollUp } from "valueframe/bvf";

const graph = defineBvf(JSON.parse(readFileSync(new URL("distributor.bvf.json", import.meta.url), "utf8")));

for (const f of checkBvf(graph)) console.log(`${f.severity.padEnd(7)} ${f.code}: ${f.message}`);
for (const kpi of rollUp(graph).executiveKpis) {
  console.log(`${kpi.name.padEnd(25)} expected +${kpi.expected}%  estimated +${kpi.estimated.toFixed(2)}%  gap ${kpi.gap.toFixed(2)}`);
}
for (const s of rankVendorSolutions(graph).slice(0, 3)) console.log(`${s.name}: ${s.executiveKpis.length} executive KPIs`);

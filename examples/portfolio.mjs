// The README's portfolio example: fifteen accounts' value cases in three currencies as one pipeline, on
// every core, each case simulated — the customers' value first, the seller's revenue beside it.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePortfolioSettings, runPortfolio } from "valueframe/portfolio/node";

const folder = fileURLToPath(new URL("portfolio/", import.meta.url));
const settings = parsePortfolioSettings(readFileSync(`${folder}portfolio.yaml`, "utf8"), "portfolio.yaml");
const files = readdirSync(folder).filter((name) => name.endsWith(".valuecase.json"));
const pipeline = await runPortfolio(files, { portfolio: settings.portfolio, cwd: folder, simulation: { iterations: 2000, seed: 1 } });

const m = (value) => `${value.div(1e6).toFixed(1)} M ${pipeline.currency}`;
console.log(`${pipeline.counts.cases} cases, ${pipeline.counts.failures} failures; rates ${pipeline.ratesUsed.map((r) => `${r.currency} ${r.rate} (${r.asOf})`).join(", ")}`);
console.log(`customers' weighted NPV ${m(pipeline.customerValue.weightedNpv)}; beside it, the seller's stage-weighted revenue ${m(pipeline.sellerRevenue.total.sellerWeightedRevenue)}`);
console.log(`by tier: ${pipeline.customerValue.byTier.map((t) => `${t.tier} ${m(t.weightedNpv)}`).join(", ")}`);
const { risk } = pipeline;
console.log(`simulated: mean ${m(risk.meanNpv)}; sums of each case's own P10 ${m(risk.sumOfP10)}, P90 ${m(risk.sumOfP90)}; more often not above 0: ${risk.likelyNotPositive.join(", ")}`);
for (const r of pipeline.ranking.slice(0, 3)) console.log(`  ${r.rank}. ${r.customer}  ${m(r.weightedNpv)}  P10–P90 ${m(r.simulation.p10)} – ${m(r.simulation.p90)}  ${r.month} ${r.tier} stage ${r.stage}`);

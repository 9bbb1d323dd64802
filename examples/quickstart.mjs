// The README's quick start: a validated reference frame and exact, spreadsheet-compatible finance.
import { readFileSync } from "node:fs";
import { defineFrame, rankSolutions, solutionChain } from "valueframe";
import { irr, npv } from "valueframe/finance";

const frame = defineFrame(JSON.parse(readFileSync(new URL("distributor.frame.json", import.meta.url), "utf8")));

for (const { rank, solution, score } of rankSolutions(frame)) console.log(`${rank}. ${solution.name}: ${score}`);

const chain = solutionChain(frame, "sol-credit-to-cash");
console.log(`${chain.solution.name} → ${chain.issues.map((i) => i.issue.name).join(", ")} → ${chain.goals.map((g) => g.name).join(", ")}`);

// 1.2 M CNY up front, then 0.84 M CNY of financing cost saved each year for three years.
const flows = ["-1200000", "840000", "840000", "840000"];
console.log(`NPV at 8 %: ${npv("0.08", flows, { firstFlowAt: 0 }).toFixed(2)} CNY`); // =-1200000+NPV(8%;840000;840000;840000)
console.log(`IRR: ${irr(flows).times(100).toFixed(2)} %`); // =IRR(...)

// Prints the distributor example: its reference frame (customer, goals, linkage chains, the 3 × 3 grid,
// solution ranking, performance values) and its quantified value case (each calculation with its inputs,
// the cash-flow table and the headline measures). Run with `npm run demo` (it builds dist/ first).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  goalChain,
  rankSolutions,
  safeDefineFrame,
  solutionChain,
  unaddressedIssues,
  unlinkedElements,
} from "../dist/index.js";
import { dimensionInfo, frameGrid, levelInfo } from "../dist/grid/index.js";
import { defineValueCase, evaluate, formatTrace } from "../dist/quantify/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = "examples/distributor.frame.json";
const result = safeDefineFrame(JSON.parse(readFileSync(join(root, file), "utf8")));
if (!result.success) {
  console.error(result.error.message);
  process.exit(1);
}
const frame = result.data;
const out = (line = "") => console.log(line);

/** Groups the integer digits of a Decimal in threes: 14000000 → 14,000,000. */
function grouped(decimal) {
  const [int, frac] = decimal.toFixed().split(".");
  const digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? digits : `${digits}.${frac}`;
}
const months = (d) => `${d.toString()} ${d.eq(1) ? "month" : "months"}`;
const per = { once: "once", monthly: "a month", yearly: "a year" };

out(`valueframe — reference frame from ${file}`);
out();
out(`Customer: ${frame.customer.name}${frame.customer.industry ? ` (${frame.customer.industry})` : ""}; currency ${frame.currency}`);
out();

out("Strategic goals");
for (const goal of frame.goals) {
  out(`  ${goal.id}  ${goal.name}`);
  out(`      ${goal.metric}: ${grouped(goal.baseline)} → ${grouped(goal.target)} ${goal.unit} (${goal.direction}, by ${goal.deadline}; ${goal.perspective} view)`);
}
out();

out("Linkage chains, downward (goal → success factors → issues → solutions → values)");
for (const goal of frame.goals) {
  const chain = goalChain(frame, goal.id);
  out(`  goal ${goal.id}`);
  const issueLines = (links, indent) => {
    for (const { issue, solutions } of links) {
      out(`${indent}${issue.kind} ${issue.id}: ${issue.name}`);
      if (solutions.length === 0) out(`${indent}  (no solution addresses it yet)`);
      for (const { solution, values } of solutions) {
        const credited = values.length === 0 ? "" : ` → values ${values.map((v) => v.id).join(", ")}`;
        out(`${indent}  solution ${solution.id} (${solution.approach})${credited}`);
      }
    }
  };
  for (const { successFactor, issues } of chain.successFactors) {
    out(`    success factor ${successFactor.id}: ${successFactor.name} (${successFactor.source})`);
    if (issues.length === 0) out("      (no issue hurts it)");
    issueLines(issues, "      ");
  }
  if (chain.blockingIssues.length > 0) {
    out("    blocked directly by");
    issueLines(chain.blockingIssues, "      ");
  }
}
out();

const top = rankSolutions(frame)[0];
if (top !== undefined) {
  const chain = solutionChain(frame, top.solution.id);
  out(`Linkage chain, upward, of the best solution (solution → issues → success factors → goals)`);
  out(`  ${chain.solution.id}: ${chain.solution.name} — ${chain.solution.approach}, lands at ${chain.solution.level} level`);
  for (const link of chain.issues) {
    out(`    ${link.issue.kind} ${link.issue.id}`);
    for (const { successFactor, goals } of link.successFactors) {
      out(`      hurts ${successFactor.id} → serves ${goals.map((g) => g.id).join(", ")}`);
    }
    if (link.blockedGoals.length > 0) out(`      blocks ${link.blockedGoals.map((g) => g.id).join(", ")}`);
  }
  out(`    reaches goals: ${chain.goals.map((g) => g.id).join(", ")}`);
  out();
}

out("Performance grid (level × dimension: issues located there)");
for (const cell of frameGrid(frame)) {
  const label = `${levelInfo[cell.level].name} × ${dimensionInfo[cell.dimension].name}`.padEnd(28);
  if (cell.issues.length === 0) out(`  ${label}—`);
  cell.issues.forEach((issue, i) => {
    const aspect = issue.cell.aspect === undefined ? "" : ` [${issue.cell.aspect}]`;
    out(`  ${i === 0 ? label : " ".repeat(28)}${issue.kind} ${issue.id}${aspect}`);
  });
}
out();

out("High-energy solutions ranked (equal weights; ratings 1–5)");
for (const ranked of rankSolutions(frame)) {
  const s = ranked.solution.scores;
  out(`  ${ranked.rank}. ${ranked.solution.id}  score ${ranked.score.toString()}`);
  out(`     level ${s.level}, linkage ${s.linkage}, innovation ${s.innovation}, risk ${s.risk}, timeliness ${s.timeliness}`);
}
out();

out("Performance values (amount, timing, probability)");
for (const value of frame.values) {
  out(`  ${value.id}: ${value.name} (serves ${value.serves}${value.solution ? `, from ${value.solution}` : ""})`);
  const timing = `starts after ${months(value.timing.startsAfterMonths)}, realised within ${months(value.timing.realisedWithinMonths)}`;
  if (value.kind === "financial") {
    const weighted = value.amount.times(value.probability);
    out(`      ${grouped(value.amount)} ${frame.currency} ${per[value.recurrence]}; ${timing}; probability ${value.probability.toString()}`);
    out(`      probability-weighted: ${grouped(weighted)} ${frame.currency} ${per[value.recurrence]}`);
  } else {
    out(`      ${value.amount}; ${timing}; probability ${value.probability.toString()}`);
  }
}
out();

out("Open ends");
for (const issue of unaddressedIssues(frame)) out(`  issue ${issue.id} has no solution yet`);
for (const loose of unlinkedElements(frame)) out(`  ${loose.reason}`);
for (const warning of result.warnings) out(`  warning: ${warning.message}`);
out();

const caseFile = "examples/distributor.case.json";
const evaluation = evaluate(defineValueCase(JSON.parse(readFileSync(join(root, caseFile), "utf8"))), { frame });
const money = (d) => `${grouped(d.toDecimalPlaces(0))} ${evaluation.currency}`;
const percent = (d) => (d === null ? "—" : `${d.times(100).toFixed(1)} %`);
const years = (d) => (d === null ? "not within the horizon" : `${d.toDecimalPlaces(2).toString()} ${evaluation.period}s`);

out(`Quantified value case from ${caseFile}: ${evaluation.name}`);
out(`  ${evaluation.horizon} ${evaluation.period}s, discounted at ${percent(evaluation.discountRate)} a year`);
out();
out("How each figure is made (formula = values substituted = result)");
for (const figure of evaluation.quantities) out(`  ${formatTrace(figure)}`);
for (const line of evaluation.lines) out(`  ${formatTrace(evaluation.trace[line.figure])}`);
out();
out("Cash flows per period (probability-weighted in brackets)");
for (const row of evaluation.periods) {
  out(`  ${String(row.period).padStart(2)}  benefits ${money(row.benefits).padStart(16)}  costs ${money(row.costs).padStart(14)}  net ${money(row.net).padStart(16)}  (${money(row.weighted.net)})`);
}
out();
out("Headline measures              unadjusted          probability-weighted");
const measure = (label, pick) => out(`  ${label.padEnd(29)}${pick(evaluation.unadjusted).padEnd(20)}${pick(evaluation.weighted)}`);
measure("NPV", (m) => money(m.npv));
measure("IRR (a year)", (m) => percent(m.irrAnnual));
measure("ROI", (m) => percent(m.roi));
measure("Payback", (m) => years(m.payback));
measure("Discounted payback", (m) => years(m.discountedPayback));

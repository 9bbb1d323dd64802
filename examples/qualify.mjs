// The README's qualification example: is the Huatong deal worth pursuing, how will the customer rank the
// three quotes, and what would change its mind — the seller's view, never the customer's.
import { readFileSync } from "node:fs";
import { parseValueDocument } from "valueframe/document";
import { accountPlanCompleteness, qualifyOpportunity, standardAttacks } from "valueframe/qualify";

const text = (file) => readFileSync(new URL(file, import.meta.url), "utf8");
const { document } = parseValueDocument(text("distributor.valuecase.json"), { fileName: "distributor.valuecase.json", readMember: text, asOf: "2026-12-06" });
const { assessment, comparison, standard, valueMatrix, opening } = qualifyOpportunity(document.qualification, { centre: document.stakeholders });

console.log(`assessment ${assessment.overall.toFixed(2)} → ${assessment.decision}: ${assessment.because}`);
console.log(`the customer's ranking: ${comparison.suppliers.map((s) => `${s.rank}. ${s.name} ${s.total.toFixed(2)}`).join("; ")}`);
for (const b of comparison.breakEvens) console.log(`  ${b.criterion}: ${b.move} its weight from ${b.weight} past ${b.breakEven.toFixed(1)} → ${b.effect}`);
const name = (id) => document.stakeholders.people.find((person) => person.id === id).name;
console.log(`in their own eyes: ${comparison.byPerson.map((p) => `${name(p.person)} ranks us ${p.usRank}`).join(", ")}`);
for (const move of standard.moves) console.log(`  ${standardAttacks[move.attack].proverb}: ${[...move.people.map(name), ...move.criteria].join(" / ")}`);
console.log(`value matrix category ${valueMatrix.category} (${valueMatrix.commitment}); opening ${opening.opening}: ${opening.group}, ${opening.strategy}`);
const plan = accountPlanCompleteness(document.account);
console.log(`account plan ${plan.answered} of ${plan.total} answered; still open: ${plan.open[0].question}`);

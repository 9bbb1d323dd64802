// The README's pursuit example: where the Huatong deal stands on 2026-12-06, whether it really moved,
// and what to do next — the seller's view, never the customer's.
import { readFileSync } from "node:fs";
import { evaluateDocument, parseValueDocument } from "valueframe/document";
import { dealStage, negotiationPosition, nextMoves, progress, pursuitRules } from "valueframe/pursuit";

const text = (file) => readFileSync(new URL(file, import.meta.url), "utf8");
const asOf = "2026-12-06"; // valueframe reads no clock: "today" is always given
const { document } = parseValueDocument(text("distributor.valuecase.json"), { fileName: "distributor.valuecase.json", readMember: text, asOf });
const { stakeholders: centre, pursuit, frame } = document;

const deal = dealStage(pursuit, { centre, asOf });
console.log(`deal stage ${deal.stage} (the least advanced key person: ${deal.limitedBy.join(", ")}); furthest ${deal.furthest}`);
const done = progress(pursuit, { asOf }); // progress is commitments obtained, not visits made
const judged = done.kept + done.partlyKept + done.broken;
console.log(`${done.obtained} commitments obtained in ${done.visits} visits; kept ${done.kept} of ${judged} judged (${done.keptRate.times(100).toFixed(0)} %)`);
const zone = negotiationPosition(pursuit.negotiation);
console.log(`zone of agreement ${zone.floor.toFixed(2)}–${zone.ceiling.toFixed(2)} ${zone.currency}: ${zone.width.toFixed(2)} wide`);
const { evaluation, summary } = evaluateDocument(document);
for (const move of nextMoves(pursuit, { centre, frame, evaluation, summary, asOf }).slice(0, 3)) {
  console.log(`[${move.rule}] ${move.message} (${pursuitRules[move.rule].source})`);
}

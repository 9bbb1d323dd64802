/**
 * The long fuzz run: `npm run fuzz [-- --runs 10000 --seed 1]` sends mutated example documents through
 * the built package (parseValueDocument → evaluateDocument → simulate → every renderer) and fails on
 * any exception that is not a ValueframeError. Prints the outcomes and the slowest documents; the
 * target is every document under 1 s. Run after the build (`npm run fuzz` builds first).
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import * as document from "../dist/document/index.js";
import * as notebook from "../dist/notebook/index.js";
import * as quantify from "../dist/quantify/index.js";
import * as people from "../dist/people/index.js";
import * as pursuit from "../dist/pursuit/index.js";
import * as qualify from "../dist/qualify/index.js";
import * as realise from "../dist/realise/index.js";
import * as render from "../dist/render/index.js";
import { ValueframeError } from "../dist/index.js";
import { mutatedDocument, runDocument } from "../tests/support/fuzz.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "10000" }, seed: { type: "string", default: String(Date.now() % 1_000_000) } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
const lib = { document, render, notebook, quantify, people, pursuit, realise, qualify, errors: { ValueframeError } };
const outcomes = { valid: 0, invalid: 0 };
const slowest = [];
const started = performance.now();

console.log(`fuzz: ${runs} mutated documents, seed ${seed}`);
fc.assert(
  fc.property(mutatedDocument, (doc) => {
    const start = performance.now();
    outcomes[runDocument(lib, doc)] += 1;
    const ms = performance.now() - start;
    slowest.push({ ms, recipe: String(doc[fc.toStringMethod]()) });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 3);
  }),
  { seed, numRuns: runs, endOnFailure: true },
);
const seconds = (performance.now() - started) / 1000;
console.log(`${runs} documents in ${seconds.toFixed(1)} s: ${outcomes.valid} valid to the last renderer, ${outcomes.invalid} ended in a typed ValueframeError, 0 other exceptions`);
for (const { ms, recipe } of slowest) console.log(`  slowest: ${ms.toFixed(0)} ms  ${recipe}`);
const worst = slowest[0]?.ms ?? 0;
console.log(`slowest document: ${worst.toFixed(0)} ms (target < 1000 ms): ${worst < 1000 ? "ok" : "OVER"}`);
if (worst >= 1000) process.exitCode = 1;

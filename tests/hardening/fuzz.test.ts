/**
 * Fuzzing: mutated example documents (deleted and duplicated members, swapped types, out-of-range
 * numbers, hostile strings, huge exponents, prototype-name ids and keys) through parseValueDocument →
 * evaluateDocument → simulate → every renderer end in a result or a typed ValueframeError, never
 * another exception. A fixed seed here; `npm run fuzz` runs 10,000 documents against the build and
 * prints the slowest.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as document from "../../src/document/index.js";
import { ValueframeError } from "../../src/errors/ValueframeError.js";
import * as notebook from "../../src/notebook/index.js";
import * as people from "../../src/people/index.js";
import * as pursuit from "../../src/pursuit/index.js";
import * as qualify from "../../src/qualify/index.js";
import * as realise from "../../src/realise/index.js";
import * as quantify from "../../src/quantify/index.js";
import * as render from "../../src/render/index.js";
import { exampleDocuments, mutatedDocument, runDocument } from "../support/fuzz.mjs";

const lib = { document, render, notebook, quantify, people, pursuit, realise, qualify, errors: { ValueframeError } };

describe("fuzzing the whole pipeline", () => {
  it("runs the unmutated examples to the end", () => {
    for (const data of exampleDocuments) expect(runDocument(lib, { fileName: "x.valuecase.json", text: JSON.stringify(data) })).toBe("valid");
  }, 120_000);

  it("ends every mutated document in a result or a typed error", () => {
    const outcomes = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        outcomes[runDocument(lib, doc) as "valid" | "invalid"] += 1;
      }),
      { seed: 20261206, numRuns: 300 },
    );
    // Both ends are reached: mutations that keep a document valid, and ones that break it.
    expect(outcomes.valid).toBeGreaterThan(10);
    expect(outcomes.invalid).toBeGreaterThan(10);
  }, 600_000);
});

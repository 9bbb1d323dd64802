/**
 * The fuzzing harness shared by the fuzz property test (against the sources) and `npm run fuzz` (against
 * the build): mutated example documents — members inlined, so frame, case and BVF are mutated too — go
 * through parseValueDocument → evaluateDocument → every renderer. A run passes when each document ends
 * in a result or a typed ValueframeError, never another exception.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";

const root = new URL("../../examples/", import.meta.url);
const names = ["distributor", "livestock", "logistics", "manufacturer"];

/** The four example documents with their members inlined, as plain data. */
export const exampleDocuments = names.map((name) => ({
  frame: JSON.parse(readFileSync(new URL(`${name}.frame.json`, root), "utf8")),
  case: JSON.parse(readFileSync(new URL(`${name}.case.json`, root), "utf8")),
  bvf: JSON.parse(readFileSync(new URL(`${name}.bvf.json`, root), "utf8")),
  stakeholders: parse(readFileSync(new URL(`${name}.stakeholders.yaml`, root), "utf8")),
  pursuit: parse(readFileSync(new URL(`${name}.pursuit.yaml`, root), "utf8")),
  realisation: parse(readFileSync(new URL(`${name}.realisation.yaml`, root), "utf8")),
  qualification: parse(readFileSync(new URL(`${name}.qualification.yaml`, root), "utf8")),
  account: parse(readFileSync(new URL(`${name}.account.yaml`, root), "utf8")),
}));

const hostileStrings = [
  "",
  " ",
  "<script>alert(1)</script>",
  "\u0000\u0007\u001b[31m",
  "${process.exit(1)}",
  "x".repeat(20_000),
  "é ü 中文 العربية \u202e",
  "👩‍👩‍👧‍👦",
  "1e100000",
  "-1e100000",
  "1e-100000",
  "9".repeat(500),
  "0.1234567890123456789012345678901234567890123",
  "NaN",
  "Infinity",
  "1,5",
];
const prototypeNames = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];
const hostileFormulas = [
  "10^(10^5)",
  "exp(1e6)",
  "10^10^10",
  "factorial(100000)",
  "1/0",
  "0/0",
  "log(0)",
  "sqrt(-1)",
  "(((((((((((1)))))))))))",
  "a".repeat(5000),
  "x + ".repeat(2000) + "1",
  "constructor.constructor('return process')()",
  "import('fs')",
  "evaluate('1+1')",
  "1e308 * 1e308",
  "2^1000000",
  "-(2^1023) * 2",
];
const numbers = [0, -1, 1, 0.5, 2, 1e308, -1e308, 5e-324, 1200, 1201, 1e9, -0.99, -1.5, 123456789.123456789];

/** A value of another type (or a hostile one of the same), chosen by `pick`. */
function replacement(pick) {
  const pool = [null, true, false, [], {}, ...numbers, ...hostileStrings, ...prototypeNames, ...hostileFormulas];
  return pool[pick % pool.length];
}

/** Every path into `data` (objects and arrays), the root excluded. */
function pathsOf(data, prefix = [], out = []) {
  if (data === null || typeof data !== "object") return out;
  for (const key of Array.isArray(data) ? data.keys() : Object.keys(data)) {
    const path = [...prefix, key];
    out.push(path);
    pathsOf(data[key], path, out);
  }
  return out;
}

function parentOf(data, path) {
  let node = data;
  for (const part of path.slice(0, -1)) node = node[part];
  return node;
}

/** Applies one mutation in place (on a deep copy the caller owns). */
function mutate(data, kind, at, pick) {
  const paths = pathsOf(data);
  if (paths.length === 0) return;
  const path = paths[at % paths.length];
  const parent = parentOf(data, path);
  const key = path[path.length - 1];
  switch (kind) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(key, 1);
      else delete parent[key];
      return;
    case "duplicate":
      if (Array.isArray(parent)) parent.splice(key, 0, structuredClone(parent[key]));
      else parent[`${key}_copy`] = structuredClone(parent[key]);
      return;
    case "replace":
      parent[key] = replacement(pick);
      return;
    case "number":
      parent[key] = numbers[pick % numbers.length];
      return;
    case "hostile":
      parent[key] = hostileStrings[pick % hostileStrings.length];
      return;
    case "formula": {
      // Formulas live in strings: a quantity's formula, a line's amount, a contribution.
      const formulas = paths.filter((p) => ["formula", "amount", "contribution", "factor"].includes(p[p.length - 1]));
      const target = formulas[at % Math.max(formulas.length, 1)];
      if (target !== undefined) parentOf(data, target)[target[target.length - 1]] = hostileFormulas[pick % hostileFormulas.length];
      return;
    }
    case "id": {
      const ids = paths.filter((p) => p[p.length - 1] === "id");
      const target = ids[at % Math.max(ids.length, 1)];
      if (target !== undefined) parentOf(data, target).id = prototypeNames[pick % prototypeNames.length];
      return;
    }
    case "key":
      if (parent !== null && typeof parent === "object" && !Array.isArray(parent)) {
        Object.defineProperty(parent, prototypeNames[pick % prototypeNames.length], { value: replacement(at), enumerable: true, configurable: true, writable: true });
      }
      return;
    case "member": {
      const members = ["frame", "case", "bvf", "stakeholders", "pursuit", "realisation", "qualification", "account"];
      delete data[members[pick % members.length]];
      return;
    }
  }
}

const mutationKinds = ["delete", "duplicate", "replace", "number", "hostile", "formula", "id", "key", "member"];

/** A mutated document as text (JSON or YAML) with its file name. */
export const mutatedDocument = fc
  .record({
    example: fc.nat({ max: exampleDocuments.length - 1 }),
    mutations: fc.array(fc.record({ kind: fc.constantFrom(...mutationKinds), at: fc.nat(), pick: fc.nat() }), { minLength: 1, maxLength: 4 }),
    yaml: fc.boolean(),
  })
  .map((recipe) => documentOf(recipe));

/**
 * The document a recipe makes: an example (by index or name), mutations applied in order, written as
 * JSON or YAML. A failure or a slow document prints its recipe, so it can be made again.
 */
export function documentOf({ example: which, mutations, yaml }) {
  const example = typeof which === "string" ? names.indexOf(which) : which;
  {
    const data = structuredClone(exampleDocuments[example]);
    for (const { kind, at, pick } of mutations) mutate(data, kind, at, pick);
    const text = yaml ? stringify(data, { aliasDuplicateObjects: false }) : JSON.stringify(data);
    // A failure prints the recipe (example and mutations), not the whole document.
    return { fileName: yaml ? "fuzz.valuecase.yaml" : "fuzz.valuecase.json", text, [fc.toStringMethod]: () => JSON.stringify({ example: names[example], mutations, yaml }) };
  }
}

/**
 * Runs one document through the whole library: parse, evaluate, simulate briefly, and every renderer.
 * Returns "valid" or "invalid"; throws anything that is not a ValueframeError.
 *
 * @param lib - `{ document, render, notebook, quantify, people, pursuit, realise, qualify, errors: { ValueframeError } }` from the sources or the build
 * @param doc - a value of {@link mutatedDocument}
 */
export function runDocument(lib, doc) {
  const { safeParseValueDocument, safeEvaluateDocument } = lib.document;
  try {
    const parsed = safeParseValueDocument(doc.text, { fileName: doc.fileName });
    if (!parsed.success) return "invalid";
    const { document } = parsed.data;
    const figures = safeEvaluateDocument(document);
    if (!figures.success) return "invalid";
    const { evaluation, scenarios, tornado } = figures.data;
    const render = lib.render;
    if (document.frame !== undefined) {
      render.frameToMarkdown(document.frame);
      render.linkageDiagram(document.frame);
      lib.notebook.jupyterBundle(document.frame);
    }
    if (document.bvf !== undefined) {
      render.bvfToMarkdown(document.bvf);
      render.bvfDiagram(document.bvf);
    }
    let simulation;
    if (evaluation !== undefined) {
      simulation = lib.quantify.simulate(document.case, { iterations: 200, seed: 1 });
      render.evaluationToMarkdown(evaluation, { scenarios, ...(tornado === undefined ? {} : { tornado }), simulation });
      render.evaluationToMarkdown(evaluation, { locale: "zh-CN" });
      render.waterfallSvg(evaluation);
      render.waterfallSpec(evaluation);
      render.cumulativeCashFlowSvg(evaluation);
      render.cumulativeCashFlowSpec(evaluation);
      render.histogramSvg(simulation);
      render.histogramSpec(simulation);
      if (tornado !== undefined) {
        render.tornadoSvg(tornado);
        render.tornadoSpec(tornado);
      }
      lib.notebook.jupyterBundle(evaluation);
    }
    if (document.stakeholders !== undefined) {
      const asOf = "2026-12-06";
      render.buyingCentreToMarkdown(document.stakeholders, { asOf, ...(document.frame === undefined ? {} : { frame: document.frame }), ...(evaluation === undefined ? {} : { evaluation }) });
      render.stakeholderMapSvg(document.stakeholders, { asOf });
      render.stakeholderMapSpec(document.stakeholders, { asOf });
      lib.notebook.jupyterBundle(document.stakeholders);
      if (document.frame !== undefined) {
        for (const value of lib.people.personValues(document.stakeholders, { frame: document.frame, asOf, ...(evaluation === undefined ? {} : { evaluation, summary: figures.data.summary }) })) {
          render.personValueToMarkdown(value, { audience: "customer" });
        }
      }
    }
    if (document.pursuit !== undefined) {
      const asOf = "2026-12-06";
      const centre = document.stakeholders;
      const { pursuit } = document;
      const context = { asOf, ...(centre === undefined ? {} : { centre }), ...(document.frame === undefined ? {} : { frame: document.frame }), ...(evaluation === undefined ? {} : { evaluation, summary: figures.data.summary }) };
      lib.pursuit.checkPursuit(pursuit, context);
      lib.pursuit.dealStage(pursuit, context);
      lib.pursuit.progress(pursuit, { asOf });
      if (pursuit.negotiation !== undefined) lib.pursuit.negotiationPosition(pursuit.negotiation);
      if (centre !== undefined) lib.pursuit.nextMoves(pursuit, { ...context, centre });
      render.pursuitToMarkdown(pursuit, context);
      render.pursuitToMarkdown(pursuit, { ...context, locale: "zh-CN" });
      render.pursuitTimelineSvg(pursuit, { asOf, ...(centre === undefined ? {} : { centre }) });
      lib.notebook.jupyterBundle(pursuit);
    }
    if (document.realisation !== undefined && document.case !== undefined) {
      lib.realise.trackRealisation(document.realisation, { valueCase: document.case, asOf: "2026-12-06", ...(document.bvf === undefined ? {} : { bvf: document.bvf }) });
    }
    if (document.qualification !== undefined) lib.qualify.qualifyOpportunity(document.qualification, { centre: document.stakeholders });
    if (document.account !== undefined) lib.qualify.accountPlanCompleteness(document.account);
    render.toHtmlReport({
      ...(document.pursuit === undefined ? {} : { pursuit: { pursuit: document.pursuit, asOf: "2026-12-06" } }),
      ...(document.stakeholders === undefined ? {} : { stakeholders: { centre: document.stakeholders, asOf: "2026-12-06" } }),
      ...(document.frame === undefined ? {} : { frame: document.frame }),
      ...(document.bvf === undefined ? {} : { bvf: document.bvf }),
      ...(evaluation === undefined ? {} : { evaluation, scenarios, ...(tornado === undefined ? {} : { tornado }), simulation }),
    });
    return "valid";
  } catch (error) {
    if (error instanceof lib.errors.ValueframeError) return "invalid";
    throw error;
  }
}

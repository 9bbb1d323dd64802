// Runs in the browser: loads the bundled public entries, evaluates the distributor example and writes
// each figure into the page as <dt>name</dt><dd data-figure="name">value</dd>.
import * as root from "./valueframe/index.js";
import * as finance from "./valueframe/finance/index.js";
import * as quantify from "./valueframe/quantify/index.js";
import * as render from "./valueframe/render/index.js";
import { distributorFigures } from "./distributorFigures.js";
import { publishFigures } from "./publish.mjs";

await publishFigures(async () => {
  const load = (name) => fetch(`./examples/${name}`).then((response) => response.json());
  const [frameJson, caseJson] = await Promise.all([load("distributor.frame.json"), load("distributor.case.json")]);
  return distributorFigures({ root, finance, quantify, render }, frameJson, caseJson);
});

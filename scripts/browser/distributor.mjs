// Runs in the browser: loads the bundled public entries, evaluates the distributor example and writes
// each figure into the page as <dt>name</dt><dd data-figure="name">value</dd>.
import * as root from "./valueframe/index.js";
import * as finance from "./valueframe/finance/index.js";
import * as quantify from "./valueframe/quantify/index.js";
import * as render from "./valueframe/render/index.js";
import { distributorFigures } from "./distributorFigures.js";

const list = document.getElementById("figures");
try {
  const load = (name) => fetch(`./examples/${name}`).then((response) => response.json());
  const [frameJson, caseJson] = await Promise.all([load("distributor.frame.json"), load("distributor.case.json")]);
  for (const { name, value } of distributorFigures({ root, finance, quantify, render }, frameJson, caseJson)) {
    const term = document.createElement("dt");
    term.textContent = name;
    const detail = document.createElement("dd");
    detail.dataset.figure = name;
    detail.textContent = value;
    list.append(term, detail);
  }
  document.body.dataset.status = "done";
} catch (error) {
  const box = document.getElementById("error");
  box.hidden = false;
  box.textContent = `${error?.code ?? ""} ${error?.stack ?? error}`;
  document.body.dataset.status = "failed";
  throw error;
}

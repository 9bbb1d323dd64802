// Runs in the browser, in one thread: fetches the four example documents and every member file they
// name, then parses, evaluates, summarises (simulated) and aggregates them with the bundled
// valueframe/document and valueframe/portfolio, and writes the pipeline and each summary into the page
// as JSON figures.

// Named apart from the DOM's global `document`.
import * as documentEntry from "./valueframe/document/index.js";
import * as portfolio from "./valueframe/portfolio/index.js";
import { portfolioFigures, readPortfolioTexts } from "./portfolioFigures.js";
import { publishFigures } from "./publish.mjs";

/** A file of examples/ as text; a missing file fails the page instead of parsing an error page. */
async function read(name) {
  const response = await fetch(`./examples/${name}`);
  if (!response.ok) throw new Error(`GET examples/${name}: ${response.status}`);
  return response.text();
}

await publishFigures(async () => {
  const vf = { document: documentEntry, portfolio };
  return portfolioFigures(vf, await readPortfolioTexts(documentEntry.documentMembers, read));
});

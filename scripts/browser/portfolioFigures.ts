/**
 * The portfolio of the four bundled examples, computed from whichever build of valueframe is passed in:
 * the browser bundle inside Chromium, or the source in Node. Reading the files goes through the caller's
 * `read` (fetch in the page, the file system in Node and in the site builder), so both sides parse the
 * same texts with the same code and any difference in the pipeline comes from the runtime or the
 * bundling, never from the computation.
 */
import type * as DocumentEntry from "../../src/document/index.js";
import type * as PortfolioEntry from "../../src/portfolio/index.js";
import type { NamedFigure } from "./distributorFigures.js";

/** The parts of valueframe's public entries the portfolio figures use. */
export interface PortfolioEntries {
  readonly document: Pick<typeof DocumentEntry, "evaluateDocument" | "parseValueDocument">;
  readonly portfolio: Pick<typeof PortfolioEntry, "aggregatePortfolio" | "definePortfolio" | "summariseCase">;
}

/** The examples aggregated, each `examples/<name>.valuecase.json`; its id in the portfolio is its name. */
export const portfolioExamples = ["distributor", "livestock", "logistics", "manufacturer"] as const;

/** Few iterations keep the page quick; the float figures still compare both engines' Math and PRNG. */
export const portfolioSimulation = { iterations: 500, seed: 3 } as const;

const budgetRate = { source: "the seller's finance department, budget rate for 2027 (example)", asOf: "2026-12-01" };

/** CNY reporting; livestock is in USD and manufacturer in EUR, so both stated rates are used. */
export const portfolioSettings = {
  currency: "CNY",
  rates: { USD: { rate: "7.12", ...budgetRate }, EUR: { rate: "7.75", ...budgetRate } },
  asOf: "2026-12-06",
  tiers: {
    "distributor.valuecase.json": "muchBusiness",
    "livestock.valuecase.json": "someBusiness",
    "logistics.valuecase.json": "someBusiness",
    "manufacturer.valuecase.json": "noBusiness",
  },
} as const;

/**
 * Reads the example documents and every member file they name (the string values of their member keys),
 * by name relative to examples/. The site builder copies what this reads, so the page can fetch it.
 *
 * @param members - valueframe/document's `documentMembers`: the keys a member file may be named under
 * @param read - the text of a file in examples/; reject for a file that cannot be read
 * @returns every text by file name: the documents first, then their members in the order named
 */
export async function readPortfolioTexts(members: readonly string[], read: (name: string) => Promise<string>): Promise<Map<string, string>> {
  const documents = await Promise.all(
    portfolioExamples.map(async (name) => {
      const file = `${name}.valuecase.json`;
      const text = await read(file);
      const given = JSON.parse(text) as Record<string, unknown>;
      const named = members.flatMap((member) => {
        const path = given[member];
        return typeof path === "string" ? [path] : [];
      });
      return { file, text, memberTexts: await Promise.all(named.map(async (path) => [path, await read(path)] as const)) };
    }),
  );
  return new Map([...documents.map(({ file, text }) => [file, text] as const), ...documents.flatMap(({ memberTexts }) => memberTexts)]);
}

/**
 * Parses, evaluates and summarises each example (simulated with {@link portfolioSimulation}) and
 * aggregates them with {@link portfolioSettings}: the figures are the pipeline and each summary as JSON
 * (Decimals print as their exact strings, the simulation's floats as the decimal of each float).
 *
 * @param vf - valueframe's public entries (bundle or source)
 * @param texts - from {@link readPortfolioTexts}
 * @returns `pipeline`, then `summary <id>` for each example in order
 */
export function portfolioFigures(vf: PortfolioEntries, texts: ReadonlyMap<string, string>): readonly NamedFigure[] {
  const summaries = portfolioExamples.map((name) => {
    const file = `${name}.valuecase.json`;
    const { document } = vf.document.parseValueDocument(texts.get(file) ?? "", { fileName: file, readMember: (path) => texts.get(path) });
    return vf.portfolio.summariseCase(vf.document.evaluateDocument(document), { id: name, file }, { simulation: portfolioSimulation });
  });
  const pipeline = vf.portfolio.aggregatePortfolio(vf.portfolio.definePortfolio(portfolioSettings), summaries);
  return [{ name: "pipeline", value: JSON.stringify(pipeline) }, ...summaries.map((summary) => ({ name: `summary ${summary.id}`, value: JSON.stringify(summary) }))];
}

/**
 * The portfolio core in the browser: headless Chromium fetches the four examples and every member file
 * they name, then parses, evaluates, summarises (a seeded simulation each) and aggregates them in one
 * thread with the bundled valueframe/document and valueframe/portfolio, and publishes the pipeline —
 * JSON-equal to the one Node computes from src/ with the same code, the simulation's floats included.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as document from "../../src/document/index.js";
import * as portfolio from "../../src/portfolio/index.js";
import type { BrowserBundle } from "../../scripts/browser/bundle.js";
import { portfolioExamples, portfolioFigures, portfolioSimulation } from "../../scripts/browser/portfolioFigures.js";
import type { PortfolioEntries } from "../../scripts/browser/portfolioFigures.js";
import { openSession, readPublishedFigures } from "../../scripts/browser/session.js";
import type { BrowserSession, PublishedFigures } from "../../scripts/browser/session.js";
import { buildSite, readPortfolioExamples } from "../../scripts/browser/site.js";

let session: BrowserSession | undefined;
let bundle: BrowserBundle;
const source: PortfolioEntries = { document, portfolio };

beforeAll(async () => {
  ({ session, filled: bundle } = await openSession(buildSite));
});

afterAll(async () => {
  await session?.close();
});

/** The page's figures, read once and shared by the tests below. */
let published: PublishedFigures | undefined;
async function fromBrowser(): Promise<PublishedFigures> {
  published ??= await readPublishedFigures(session!, "portfolio.html");
  return published;
}

/** The parts of the pipeline the checks read, as its JSON writes them (Decimals as exact strings). */
interface PublishedPipeline {
  readonly currency: string;
  readonly counts: { readonly cases: number; readonly failures: number };
  readonly failures: readonly unknown[];
  readonly ratesUsed: readonly { readonly currency: string; readonly rate: string }[];
  readonly risk: { readonly cases: number; readonly notSimulated: number; readonly iterations: readonly number[]; readonly likelyNotPositive: readonly string[] } | null;
  readonly ranking: readonly { readonly rank: number; readonly id: string; readonly currency: string; readonly weightedNpv: string }[];
}

/** One figure the page published, parsed from its JSON. */
async function publishedJson<T>(name: string): Promise<T> {
  const figure = (await fromBrowser()).figures.find((shown) => shown.name === name);
  if (figure === undefined) throw new Error(`the page published no figure "${name}"`);
  return JSON.parse(figure.value) as T;
}

describe("the portfolio core in headless Chromium", () => {
  it("is in the browser bundle, its Node runners are not, and nothing needs a Node built-in", () => {
    const names = bundle.entries.map((entry) => entry.name);
    expect(names).toContain("portfolio/index");
    expect(names.filter((name) => /(^|\/)node(\/|$)/.test(name))).toEqual([]);
    expect(bundle.nodeImports).toEqual([]);
  });

  it("publishes the pipeline and every summary Node computes, JSON for JSON", async () => {
    const texts = await readPortfolioExamples();
    const expected = portfolioFigures(source, texts);
    const { status, error, figures, problems, requests } = await fromBrowser();
    expect({ status, error }).toEqual({ status: "done", error: "" });
    expect(figures).toEqual(expected);
    expect(problems).toEqual([]);
    const origin = session!.origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    // The page fetched exactly the files Node read: each document and every member file it names.
    expect(texts.size).toBe(portfolioExamples.length * (1 + document.documentMembers.length));
    const fetched = requests.filter((url) => url.startsWith(`${origin}/examples/`));
    expect(fetched.sort()).toEqual([...texts.keys()].map((name) => `${origin}/examples/${name}`).sort());
  });

  it("shows the figures a user checks: four cases, none failed, each simulated, ranked", async () => {
    const pipeline = await publishedJson<PublishedPipeline>("pipeline");
    expect(pipeline.currency).toBe("CNY");
    expect(pipeline.counts).toEqual({ cases: 4, failures: 0 });
    expect(pipeline.failures).toEqual([]);
    expect(pipeline.ratesUsed.map((rate) => [rate.currency, rate.rate])).toEqual([["EUR", "7.75"], ["USD", "7.12"]]);
    // Livestock's P10 is below 0, but its weighted NPV is above 0 in most draws.
    expect(pipeline.risk).toMatchObject({ cases: 4, notSimulated: 0, iterations: [portfolioSimulation.iterations], likelyNotPositive: [] });
    // By weighted NPV in CNY, largest first: manufacturer's 7,575,258.22 EUR × 7.75 leads; the
    // distributor's 21,120,118.88 CNY is its documented figure; livestock is 934,457.48 USD × 7.12.
    expect(pipeline.ranking.map((row) => `${row.rank}. ${row.id} ${row.currency} ${Number(row.weightedNpv).toFixed(2)}`)).toEqual([
      "1. manufacturer EUR 58708251.17",
      "2. distributor CNY 21120118.88",
      "3. logistics CNY 10705074.66",
      "4. livestock USD 6653337.28",
    ]);
    for (const name of portfolioExamples) {
      const summary = await publishedJson<portfolio.CaseSummary>(`summary ${name}`);
      expect(summary.simulation).toMatchObject({ ...portfolioSimulation, measure: "weighted" });
    }
  });
});

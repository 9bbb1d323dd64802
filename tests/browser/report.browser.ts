/**
 * The HTML report in a real browser: the distributor report opens in headless Chromium with no request
 * beyond itself, shows every chart as drawn SVG beside its section and the two diagrams with no box on
 * another and no text outside its box, prints, and a screenshot of it holds the charts.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import type { BvfInput } from "../../src/bvf/schema.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { defineValueCase, evaluate, simulate, tornado } from "../../src/quantify/index.js";
import type { Evaluation, Simulation, Tornado, ValueCaseInput } from "../../src/quantify/index.js";
import { toHtmlReport } from "../../src/render/html/index.js";
import { pngColours, pngSize } from "../../scripts/browser/png.js";
import { openSession } from "../../scripts/browser/session.js";
import type { BrowserSession, WatchedPage } from "../../scripts/browser/session.js";
import { packageRoot, readExample } from "../../scripts/browser/site.js";

/** 27093430.88 → "27,093,430.88", the way the report groups digits in English. */
const grouped = (fixed: string): string => fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** What the DOM says about one chart: its title, shapes, drawn size and the section heading before it. */
interface ChartInDom {
  readonly title: string;
  readonly section: string;
  readonly rects: number;
  readonly rectTitles: readonly string[];
  readonly paths: number;
  readonly pointTitles: readonly string[];
  readonly width: number;
  readonly height: number;
}

const chartsIn = (page: Page): Promise<ChartInDom[]> =>
  page.$$eval("figure.chart > svg", (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      let heading = svg.parentElement?.previousElementSibling;
      while (heading != null && heading.tagName !== "H3") heading = heading.previousElementSibling;
      return {
        title: svg.querySelector(":scope > title")?.textContent ?? "",
        section: heading?.textContent ?? "",
        rects: svg.querySelectorAll("rect").length,
        rectTitles: [...svg.querySelectorAll("rect > title")].map((title) => title.textContent ?? ""),
        paths: svg.querySelectorAll("path").length,
        pointTitles: [...svg.querySelectorAll("circle > title")].map((title) => title.textContent ?? ""),
        width: box.width,
        height: box.height,
      };
    }),
  );

/** A PNG of the given size, give or take the 2 pixels an element on a fractional position adds. */
function expectSize(png: Buffer, width: number, height: number): void {
  const size = pngSize(png);
  expect(size).toBeDefined();
  expect(Math.abs(size!.width - width)).toBeLessThanOrEqual(2);
  expect(Math.abs(size!.height - height)).toBeLessThanOrEqual(2);
}

let session: BrowserSession | undefined;
let evaluation: Evaluation;
let swings: Tornado;
let simulation: Simulation;
let report: WatchedPage;

beforeAll(async () => {
  const frame = defineFrame(await readExample("distributor.frame.json"));
  const valueCase = defineValueCase((await readExample("distributor.case.json")) as ValueCaseInput);
  const bvf = defineBvf((await readExample("distributor.bvf.json")) as BvfInput);
  evaluation = evaluate(valueCase, { frame });
  swings = tornado(valueCase);
  simulation = simulate(valueCase, { iterations: 2000, seed: 7 });
  const html = toHtmlReport({ frame, evaluation, bvf, tornado: swings, simulation });
  ({ session } = await openSession((dir) => writeFile(join(dir, "report.html"), html)));
  // Twice the pixel density, so the chart saved for the README stays sharp.
  report = await session.open("report.html", { deviceScaleFactor: 2 });
});

afterAll(async () => {
  await session?.close();
});

describe("the distributor HTML report in headless Chromium", () => {
  it("loads nothing but itself and logs no error", () => {
    expect(report.requests).toEqual([`${session!.origin}/report.html`]);
    expect(report.problems).toEqual([]);
  });

  it("draws the four charts as SVG, each after its section", async () => {
    const charts = await chartsIn(report.page);
    expect(charts.map((chart) => [chart.title, chart.section])).toEqual([
      ["Value waterfall (nominal, probability-weighted)", "Value lines"],
      ["Cumulative cash flow (probability-weighted)", "Cash flow by period, probability-weighted"],
      ["Sensitivity of the probability-weighted NPV (tornado)", "Sensitivity"],
      ["Simulated NPV", "Simulation"],
    ]);
    for (const chart of charts) expect([chart.width, chart.height]).toEqual([640, 360]);
    const [waterfall, cumulative, sensitivity, histogram] = charts;
    // One bar per value line, then the net: weighted benefits 26,096,000 − costs 2,900,000.
    expect(waterfall?.rects).toBe(evaluation.lines.length + 1);
    expect(waterfall?.rectTitles.at(-1)).toBe(`Net: CN¥${grouped(evaluation.weighted.net.toFixed(2))}`);
    expect(waterfall?.rectTitles.at(-1)).toBe("Net: CN¥23,196,000.00");
    // The cumulative line with one point per period, ending at the last cumulative weighted flow.
    expect(cumulative?.paths).toBeGreaterThan(0);
    expect(cumulative?.pointTitles).toHaveLength(evaluation.periods.length);
    expect(cumulative?.pointTitles.at(-1)).toBe(`Year 3: CN¥${grouped(evaluation.periods.at(-1)!.weighted.cumulative.toFixed(2))}`);
    // Two bars per driver; one bar per histogram bin.
    expect(sensitivity?.rects).toBe(2 * swings.rows.length);
    expect(histogram?.rects).toBe(simulation.histogram.length);
  });

  it("shows the NPV and the trace of the 14 M CNY release as text", async () => {
    const text = await report.page.innerText("main");
    expect(text).toContain(`= ${grouped(evaluation.unadjusted.npv.toFixed(2))} CNY`);
    expect(text).toContain("27,093,430.88 CNY");
    expect(text).toContain("working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY");
    expect(await report.page.$$("pre.mermaid")).toHaveLength(0);
  });

  it("draws the linkage and BVF diagrams: no two boxes overlap and every text line lies inside its box", async () => {
    const diagrams = await report.page.$$eval("figure.diagram > svg", (svgs) =>
      svgs.map((svg) => {
        const rect = (el: { getBoundingClientRect(): { left: number; top: number; right: number; bottom: number } }) => {
          const box = el.getBoundingClientRect();
          return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
        };
        const nodes = [...svg.querySelectorAll("g.node")].map((g) => ({
          id: g.getAttribute("data-id") ?? "",
          box: rect(g.querySelector("rect")!),
          lines: [...g.querySelectorAll("tspan")].map((tspan) => ({ text: tspan.textContent ?? "", box: rect(tspan) })),
        }));
        return { title: svg.querySelector(":scope > title")?.textContent ?? "", width: svg.getBoundingClientRect().width, nodes };
      }),
    );
    expect(diagrams.map((d) => d.title)).toEqual(["Linkage diagram: Huatong Industrial Distribution", "Credit-to-cash for Huatong: Business Value Framework: the four levels"]);
    expect(diagrams.map((d) => d.nodes.length)).toEqual([15, 37]);
    for (const diagram of diagrams) {
      // Scaled to the page's width, never wider.
      expect(diagram.width).toBeLessThanOrEqual(1000);
      diagram.nodes.forEach((node, i) => {
        for (const other of diagram.nodes.slice(i + 1)) {
          const apart = node.box.right <= other.box.left || other.box.right <= node.box.left || node.box.bottom <= other.box.top || other.box.bottom <= node.box.top;
          expect(apart, `${node.id} and ${other.id}`).toBe(true);
        }
        for (const line of node.lines) {
          const inside = line.box.left >= node.box.left && line.box.right <= node.box.right && line.box.top >= node.box.top - 0.5 && line.box.bottom <= node.box.bottom + 0.5;
          expect(inside, `"${line.text}" in ${node.id}`).toBe(true);
        }
      });
    }
  });

  it("takes a screenshot that holds the charts", async () => {
    const page = report.page;
    // The value-case section with its four charts, one image pixel per CSS pixel.
    const section = page.locator("section#value-case");
    const box = (await section.boundingBox())!;
    const shot = await section.screenshot({ scale: "css", path: join(session!.dir, "value-case.png") });
    expectSize(shot, box.width, box.height);
    expect(box.height).toBeGreaterThan(4 * 360);

    // The first chart alone, at twice the density: 640 × 360 CSS pixels.
    const first = await page.locator("figure.chart > svg").first().screenshot();
    expectSize(first, 2 * 640, 2 * 360);
    // A drawn chart: bars in three colours, text and grid lines, anti-aliased — not a blank box.
    expect(pngColours(first)).toBeGreaterThan(50);
    if (process.env["VALUEFRAME_UPDATE_DOCS_IMAGES"] === "1") {
      await mkdir(join(packageRoot, "docs", "img"), { recursive: true });
      await writeFile(join(packageRoot, "docs", "img", "waterfall.png"), first);
    }
  });

  it("prints: the charts keep their size on paper and the PDF has several pages", async () => {
    const page = report.page;
    await page.emulateMedia({ media: "print" });
    const charts = await chartsIn(page);
    expect(charts).toHaveLength(4);
    for (const chart of charts) expect(chart.width).toBeGreaterThan(300);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
    await page.emulateMedia({ media: "screen" });
  });
});

describe("the PNG reader used on the screenshots", () => {
  const notPng = Buffer.from("GIF89a, certainly not a PNG file at all");

  /** A PNG chunk; the reader does not check CRCs, so they are left 0. */
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
  };

  it("counts the colours of a 2 × 3 RGB image written with the None, Sub and Up filters", () => {
    const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0]);
    const rows = Buffer.from([
      ...[1, 10, 20, 30, 246, 236, 226], // Sub: (10, 20, 30), then (10, 20, 30) + (246, 236, 226) mod 256 = (0, 0, 0)
      ...[0, 0, 0, 0, 10, 20, 30], // None: (0, 0, 0), (10, 20, 30)
      ...[2, 0, 0, 0, 246, 236, 226], // Up: (0, 0, 0), (10, 20, 30) + (246, 236, 226) = (0, 0, 0)
    ]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
    expect(pngSize(png)).toEqual({ width: 2, height: 3, bitDepth: 8, colourType: 2, interlaced: false });
    // Decoded correctly the image holds two colours; a filter left undone would add (246, 236, 226).
    expect(pngColours(png)).toBe(2);
  });

  it("reads nothing from bytes that are not a PNG", () => {
    expect(pngSize(notPng)).toBeUndefined();
    expect(pngSize(Buffer.alloc(0))).toBeUndefined();
  });

  it("refuses to count the colours of bytes it cannot decode", () => {
    expect(() => pngColours(notPng)).toThrow("pngColours reads 8-bit RGB or RGBA PNGs that are not interlaced");
  });
});

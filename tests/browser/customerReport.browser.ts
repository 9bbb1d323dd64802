/**
 * The customer's report in a real browser, for all four examples in both locales: the answer (NPV,
 * ROI, payback) is on the first 1280 × 800 screen and the first printed page, no internal id, Mermaid
 * source or seller-only text is visible, no diagram box lies on another, no chart text leaves its SVG,
 * and the PDF without the appendix is at most six A4 pages. The English distributor's first screen is
 * the README's screenshot (`VALUEFRAME_UPDATE_DOCS_IMAGES=1` rewrites docs/img/customer-summary.png).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { frameWarnings } from "../../src/frame/frameWarnings.js";
import { toHtmlReport } from "../../src/render/html/index.js";
import { pngColours, pngSize } from "../../scripts/browser/png.js";
import { openSession } from "../../scripts/browser/session.js";
import type { BrowserSession } from "../../scripts/browser/session.js";
import { packageRoot, readExample } from "../../scripts/browser/site.js";

const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
const locales = ["en", "zh-CN"] as const;

/** What must never show to the customer, gathered from the document itself. */
interface Forbidden {
  readonly ids: readonly string[];
  readonly sellerOnly: readonly string[];
}

interface Built {
  readonly file: string;
  readonly forbidden: Forbidden;
}

let session: BrowserSession | undefined;
const built = new Map<string, Built>();

async function build(dir: string): Promise<void> {
  for (const example of examples) {
    const document = defineValueDocument({
      frame: await readExample(`${example}.frame.json`),
      case: await readExample(`${example}.case.json`),
      bvf: await readExample(`${example}.bvf.json`),
    });
    const figures = evaluateDocument(document);
    const frame = document.frame!;
    const bvf = document.bvf!;
    const ids = [
      ...[...frame.goals, ...frame.successFactors, ...frame.issues, ...frame.solutions, ...frame.values].map((element) => element.id),
      ...[...bvf.executiveKpis, ...bvf.intentions, ...bvf.operationalKpis, ...bvf.solutions].map((node) => node.id),
      ...document.case!.drivers.map((driver) => driver.id),
      ...document.case!.lines.map((line) => line.id),
    ];
    const sellerOnly = [
      ...frameWarnings(frame).map((warning) => warning.message),
      ...bvf.sellerKpis.map((kpi) => kpi.name),
      ...bvf.competitors.map((competitor) => competitor.name),
      ...checkBvf(bvf).map((finding) => finding.message),
    ];
    for (const locale of locales) {
      const html = toHtmlReport(
        { summary: figures.summary!, frame, evaluation: figures.evaluation!, bvf, scenarios: figures.scenarios!, ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }) },
        { audience: "customer", locale, date: "2026-12-06" },
      );
      const file = `${example}-${locale}.html`;
      await writeFile(join(dir, file), html);
      built.set(`${example} ${locale}`, { file, forbidden: { ids, sellerOnly } });
    }
  }
}

beforeAll(async () => {
  ({ session } = await openSession(build));
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe.each(examples.flatMap((example) => locales.map((locale) => [example, locale] as const)))("the customer report of %s in %s", (example, locale) => {
  const report = () => built.get(`${example} ${locale}`)!;

  it("shows NPV, ROI and payback on the first 1280 × 800 screen, with nothing loaded from outside", async () => {
    const page = await session!.open(report().file, { viewport: { width: 1280, height: 800 } });
    try {
      expect(page.problems).toEqual([]);
      expect(page.requests).toEqual([`${session!.origin}/${report().file}`]);
      const rows = await page.page.$$eval("section#summary .summary-top table tr", (trs) => trs.map((tr) => ({ text: tr.textContent ?? "", bottom: tr.getBoundingClientRect().bottom })));
      // Header, NPV, ROI, IRR, payback: the answer's rows all end inside the first screen.
      expect(rows).toHaveLength(5);
      for (const row of [rows[1]!, rows[2]!, rows[4]!]) expect(row.bottom, row.text).toBeLessThanOrEqual(800);
      if (example === "distributor" && locale === "en") {
        const shot = await page.page.screenshot();
        expect(pngSize(shot)).toMatchObject({ width: 1280, height: 800 });
        expect(pngColours(shot)).toBeGreaterThan(50);
        if (process.env["VALUEFRAME_UPDATE_DOCS_IMAGES"] === "1") {
          await mkdir(join(packageRoot, "docs", "img"), { recursive: true });
          await writeFile(join(packageRoot, "docs", "img", "customer-summary.png"), shot);
        }
      }
    } finally {
      await page.page.close();
    }
  });

  it("shows no internal id, Mermaid source or seller-only text", async () => {
    const page = await session!.open(report().file);
    try {
      expect(await page.page.$$("pre.mermaid")).toHaveLength(0);
      // What a reader sees: the page's text without the SVGs' own markup.
      const text = await page.page.innerText("body");
      expect(text).not.toContain("flowchart");
      // Ids that are plain words ("implementation", "farms") may be words of the text too.
      for (const id of report().forbidden.ids.filter((id) => /[-_\d]|[a-z][A-Z]/.test(id))) {
        // An id such as `g-cash` or `dsoReduction`, as a word of its own.
        expect(text, id).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}_-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}_-])`, "u"));
      }
      for (const sellerOnly of report().forbidden.sellerOnly) expect(text, sellerOnly).not.toContain(sellerOnly);
    } finally {
      await page.page.close();
    }
  });

  it("draws diagrams without a box on another and charts without text outside them", async () => {
    const page = await session!.open(report().file);
    try {
      const overlaps = await page.page.$$eval("figure.diagram > svg", (svgs) =>
        svgs.flatMap((svg) => {
          const boxes = [...svg.querySelectorAll("g.node > rect")].map((rect) => rect.getBoundingClientRect());
          const found: string[] = [];
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b, j) => {
              if (a.right > b.left + 0.5 && b.right > a.left + 0.5 && a.bottom > b.top + 0.5 && b.bottom > a.top + 0.5) found.push(`${svg.querySelector("title")?.textContent}: ${i} and ${i + j + 1}`);
            }),
          );
          return found;
        }),
      );
      expect(overlaps).toEqual([]);
      const clipped = await page.page.$$eval("figure.chart > svg", (svgs) =>
        svgs.flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll("text")]
            .filter((text) => (text.textContent ?? "").trim() !== "")
            .filter((text) => {
              const box = text.getBoundingClientRect();
              return box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
            })
            .map((text) => `${svg.querySelector("title")?.textContent}: "${text.textContent}"`);
        }),
      );
      expect(clipped).toEqual([]);
    } finally {
      await page.page.close();
    }
  });

  it("prints the summary on the first A4 page and at most six pages in all", async () => {
    // The printable area of A4 with the report's margins (210 − 28 mm by 297 − 34 mm) at 96 px an inch.
    const mm = 96 / 25.4;
    const page = await session!.open(report().file, { viewport: { width: Math.floor(182 * mm), height: Math.floor(263 * mm) } });
    try {
      await page.page.emulateMedia({ media: "print" });
      // The page opens unscrolled, so the summary's bottom is its distance from the top of the document.
      const bottom = await page.page.$eval("section#summary", (section) => section.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(263 * mm);
      const pdf = await page.page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages.length).toBeLessThanOrEqual(6);
    } finally {
      await page.page.close();
    }
  });
});

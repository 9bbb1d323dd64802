/**
 * `valueframe report --format pdf` in the real Chromium (Debian's `chromium`; CHROMIUM_PATH for another):
 * every example prints to a PDF whose title page names the customer and whose other pages carry the
 * running header and page numbers, on A4 and on Letter. Part of the browser proof, after CI installs the
 * browser; without one it fails, saying so.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/cli/_internal/pdf.js";
import { repoRoot, run } from "./helpers.js";
import { pdfPages, squeezed } from "./pdfText.js";

const out = mkdtempSync(join(tmpdir(), "valueframe-pdf-browser-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  try {
    findChromium();
  } catch (error) {
    throw new Error(`The PDF test prints with a real Chromium and found none (install Debian's chromium, as .ci/run does, or set CHROMIUM_PATH): ${(error as Error).message}`);
  }
});

/** The customer an example document's frame names. */
function customerOf(document: string): string {
  const { frame } = JSON.parse(readFileSync(join(repoRoot, "examples", document), "utf8")) as { frame: string | { customer: { name: string } } };
  const read = typeof frame === "string" ? (JSON.parse(readFileSync(join(repoRoot, "examples", frame), "utf8")) as { customer: { name: string } }) : frame;
  return read.customer.name;
}

/** Prints one document and reads the PDF back; checks the command's own account of it. */
async function print(document: string, args: readonly string[] = []): Promise<{ pages: ReturnType<typeof pdfPages>; bytes: Buffer }> {
  const output = join(out, `${document}.${args.join("")}.pdf`);
  const result = await run(["report", `examples/${document}`, "-f", "pdf", "--date", "2026-05-01", ...args, "-o", output]);
  expect(result.stderr).toMatch(/^valueframe: wrote .*\(\d+ (A4|Letter) pages, dated 2026-05-01\)\n$/);
  expect(result.code).toBe(0);
  const bytes = readFileSync(output);
  const pages = pdfPages(bytes);
  expect(result.stderr).toContain(`(${pages.length} `);
  return { pages, bytes };
}

const documents = readdirSync(join(repoRoot, "examples")).filter((name) => name.endsWith(".valuecase.json"));

describe("valueframe report --format pdf in Chromium", () => {
  it("has the four examples to print", () => {
    expect(documents).toEqual(["distributor.valuecase.json", "livestock.valuecase.json", "logistics.valuecase.json", "manufacturer.valuecase.json"]);
  });

  it.each(documents)("prints %s on A4: the customer on the title page, header and page numbers after it", async (document) => {
    const customer = customerOf(document);
    const { pages, bytes } = await print(document);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.size[0]).toBeCloseTo(595, 0);
      expect(page.size[1]).toBeCloseTo(842, 0);
    }
    const [cover, second] = pages.map((page) => squeezed(page.text));
    expect(cover).toContain(squeezed(customer));
    expect(cover).toContain("May1,2026");
    // The title page has no running header; every other page has the customer, the date and its number.
    expect(cover).not.toContain("Page1of");
    expect(second).toContain(squeezed(customer));
    expect(second).toContain(`Page2of${pages.length}`);
    expect(squeezed(pages.at(-1)!.text)).toContain(`Page${pages.length}of${pages.length}`);
  }, 60_000);

  it("prints on Letter, in Chinese", async () => {
    const { pages } = await print("distributor.valuecase.json", ["--paper", "letter", "-l", "zh-CN"]);
    expect(pages[0]!.size.map(Math.round)).toEqual([612, 792]);
    const second = squeezed(pages[1]!.text);
    expect(second).toContain("2026年5月1日");
    expect(second).toContain(`第2页，共${pages.length}页`);
  }, 60_000);
});

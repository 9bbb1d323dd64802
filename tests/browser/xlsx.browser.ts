/**
 * The workbook in the browser: the bundled `valueframe/document` and `valueframe/xlsx` entries evaluate
 * the distributor example inside headless Chromium and write its `.xlsx` with the browser's own
 * `CompressionStream("deflate-raw")`. Every part of that file is, XML for XML, the part Node writes from
 * the same inputs (the deflated bytes may differ between zlib builds; the XML may not), the file is
 * really deflated, and LibreOffice Calc (where installed) opens it and computes the Summary's
 * risk-adjusted NPV to the cent.
 */
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { evaluateDocument } from "../../src/document/evaluateDocument.js";
import { toWorkbook } from "../../src/xlsx/toWorkbook.js";
import { toXlsx } from "../../src/xlsx/toXlsx.js";
import type { BrowserBundle } from "../../scripts/browser/bundle.js";
import { openSession } from "../../scripts/browser/session.js";
import type { BrowserSession } from "../../scripts/browser/session.js";
import { buildSite, packageRoot, readExample } from "../../scripts/browser/site.js";
import { calcFile, hasCalc } from "../support/calc.js";
import { unzip } from "../support/xlsxFile.js";

/** The page: written into the served folder next to the site buildSite lays out. */
const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>valueframe in the browser — the distributor workbook</title>
  </head>
  <body>
    <h1>valueframe/xlsx in the browser</h1>
    <p>The distributor example's workbook, written by the browser bundle of valueframe.</p>
    <pre id="error" hidden></pre>
    <script type="module" src="./xlsx.mjs"></script>
  </body>
</html>
`;

/**
 * Runs in the browser: evaluates the distributor document with the bundled entries and leaves the
 * `.xlsx` bytes (deflated, and stored for comparison) on `window` as base64.
 */
const PAGE_SCRIPT = `import { defineValueDocument, evaluateDocument } from "./valueframe/document/index.js";
import { toWorkbook, toXlsx } from "./valueframe/xlsx/index.js";

const base64 = (bytes) => {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};

try {
  const load = async (name) => {
    const response = await fetch(\`./examples/\${name}\`);
    if (!response.ok) throw new Error(\`\${name}: HTTP \${response.status}\`);
    return response.json();
  };
  const [frame, valueCase, bvf] = await Promise.all([load("distributor.frame.json"), load("distributor.case.json"), load("distributor.bvf.json")]);
  const model = toWorkbook(evaluateDocument(defineValueDocument({ frame, case: valueCase, bvf })));
  const deflated = await toXlsx(model);
  const stored = await toXlsx(model, { compress: false });
  globalThis.valueframeXlsx = { deflated: base64(deflated), stored: base64(stored) };
  document.body.dataset.compressionStream = typeof CompressionStream;
  document.body.dataset.status = "done";
} catch (error) {
  const box = document.getElementById("error");
  box.hidden = false;
  box.textContent = \`\${error?.code ?? ""} \${error?.stack ?? error}\`;
  document.body.dataset.status = "failed";
  throw error;
}
`;

let session: BrowserSession | undefined;
let bundle: BrowserBundle;

beforeAll(async () => {
  ({ session, filled: bundle } = await openSession(async (dir) => {
    const built = await buildSite(dir);
    await copyFile(join(packageRoot, "examples", "distributor.bvf.json"), join(dir, "examples", "distributor.bvf.json"));
    await writeFile(join(dir, "xlsx.html"), PAGE_HTML);
    await writeFile(join(dir, "xlsx.mjs"), PAGE_SCRIPT);
    return built;
  }));
});

afterAll(async () => {
  await session?.close();
});

/** The same workbook computed in Node from the same example files, with src/. */
async function nodeWorkbook(options?: { compress?: boolean }): Promise<Uint8Array> {
  const document = defineValueDocument({
    frame: await readExample("distributor.frame.json"),
    case: await readExample("distributor.case.json"),
    bvf: await readExample("distributor.bvf.json"),
  });
  return toXlsx(toWorkbook(evaluateDocument(document)), options);
}

/** The compression method of each entry of a zip, from its central directory, in order. */
function entryMethods(bytes: Uint8Array): number[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const methods: number[] = [];
  for (let i = 0; i < count; i++) {
    methods.push(buffer.readUInt16LE(at + 10));
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return methods;
}

/** Each part's XML text, name → text. */
const xmlOf = (bytes: Uint8Array): Record<string, string> => Object.fromEntries([...unzip(bytes)].map(([name, data]) => [name, data.toString("utf8")]));

/** What the page wrote, opened once and shared by the tests below. */
let browserFile: { deflated: Uint8Array; stored: Uint8Array } | undefined;

async function fromBrowser(): Promise<{ deflated: Uint8Array; stored: Uint8Array }> {
  if (browserFile !== undefined) return browserFile;
  const { page, problems, requests } = await session!.open("xlsx.html");
  await page.waitForSelector("body[data-status]");
  const status = await page.getAttribute("body", "data-status");
  const error = await page.textContent("#error");
  expect({ status, error }).toEqual({ status: "done", error: "" });
  // Deflated by the browser's own CompressionStream, not by the stored fallback.
  expect(await page.getAttribute("body", "data-compression-stream")).toBe("function");
  const written = await page.evaluate(() => (globalThis as unknown as { valueframeXlsx: { deflated: string; stored: string } }).valueframeXlsx);
  await page.close();
  expect(problems).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`${session!.origin}/`))).toEqual([]);
  const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));
  browserFile = { deflated: bytesOf(written.deflated), stored: bytesOf(written.stored) };
  return browserFile;
}

describe("the distributor workbook written in headless Chromium", () => {
  it("bundles valueframe/xlsx with the other public entries", () => {
    expect(bundle.entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(["document/index", "xlsx/index"]));
    expect(bundle.files).toContain("xlsx/index.js");
    expect(bundle.nodeImports).toEqual([]);
  });

  it("has every part's XML exactly as Node writes it, CRC-32 and sizes checked", async () => {
    const { deflated, stored } = await fromBrowser();
    const browser = xmlOf(deflated);
    const node = xmlOf(await nodeWorkbook());
    expect(Object.keys(browser)).toEqual(Object.keys(node));
    expect(Object.keys(browser)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    for (const [name, xml] of Object.entries(node)) expect(browser[name], name).toBe(xml);
    // The stored variant holds the same parts; stored, its bytes are Node's bytes exactly.
    expect(xmlOf(stored)).toEqual(browser);
    expect(Buffer.from(stored).equals(Buffer.from(await nodeWorkbook({ compress: false })))).toBe(true);
  });

  it("deflates its entries (method 8): the file is far smaller than its parts", async () => {
    const { deflated, stored } = await fromBrowser();
    expect(new Set(entryMethods(deflated))).toEqual(new Set([8]));
    expect(new Set(entryMethods(stored))).toEqual(new Set([0]));
    const partBytes = [...unzip(deflated).values()].reduce((n, data) => n + data.length, 0);
    expect(partBytes).toBeGreaterThan(10_000);
    expect(deflated.length).toBeLessThan(partBytes / 2);
    expect(deflated.length).toBeLessThan(stored.length / 2);
  });

  it.skipIf(!hasCalc)("opens in LibreOffice Calc, which computes the Summary's risk-adjusted NPV to the cent", { timeout: 120_000 }, async () => {
    const { deflated } = await fromBrowser();
    const summary = calcFile(deflated, ["Summary"])["Summary"]!;
    expect(summary[1]?.[0]).toBe("NPV (first flow at t = 0, undiscounted)");
    expect(summary[0]?.[2]).toBe("Risk-adjusted (CNY)");
    const npv = Number(summary[1]?.[2]);
    expect(npv.toFixed(2), `Calc shows ${summary[1]?.[2]}`).toBe("17967611.64");
  });
});

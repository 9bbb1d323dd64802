/**
 * `valueframe report --format pdf` without a real browser: finding one, and printing through stand-in
 * browsers (small shell scripts) that print, fail, write nothing or hang. The real print in Chromium is
 * tests/cli/pdf.browser.ts, run with the browser proof.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PdfPrintError, chromiumNames, findChromium, pdfPageCount, printPdf } from "../../src/cli/_internal/pdf.js";
import { thrown } from "../frame/fixtures.js";
import { run } from "./helpers.js";

const distributor = "examples/distributor.valuecase.json";
const root = mkdtempSync(join(tmpdir(), "valueframe-pdf-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A one-page PDF as small as a stand-in browser can write, as a printf format (%% is one %). */
const tinyPdf = "%%PDF-1.4\\n1 0 obj <</Type /Page>> endobj\\n2 0 obj <</Type /Pages /Kids [1 0 R] /Count 1>> endobj\\n%%%%EOF\\n";

/**
 * A stand-in browser in its own folder. It records its arguments (args.txt), its pid and the page it was
 * given (page.html) beside itself, then does what `behaviour` says with the PDF path in $out.
 */
function fakeBrowser(name: string, behaviour: string): { path: string; dir: string } {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "chromium");
  writeFileSync(
    path,
    `#!/bin/sh
here="$(dirname "$0")"
echo $$ > "$here/pid"
printf '%s\\n' "$@" > "$here/args.txt"
for a in "$@"; do
  case "$a" in
    --print-to-pdf=*) out="\${a#--print-to-pdf=}" ;;
    file://*) cp "\${a#file://}" "$here/page.html" ;;
  esac
done
${behaviour}
`,
  );
  chmodSync(path, 0o755);
  return { path, dir };
}

const prints = `printf '${tinyPdf}' > "$out"`;

/** The temporary folder the page was printed from, read from the arguments the browser got. */
function printFolder(dir: string): string {
  const pdfArg = readFileSync(join(dir, "args.txt"), "utf8").split("\n").find((arg) => arg.startsWith("--print-to-pdf="))!;
  return join(pdfArg.slice("--print-to-pdf=".length), "..");
}

describe("findChromium", () => {
  const browser = fakeBrowser("found", prints);
  const empty = join(root, "empty");
  mkdirSync(empty, { recursive: true });

  it("takes --chromium first, then CHROMIUM_PATH", () => {
    expect(findChromium({ flag: browser.path, env: { CHROMIUM_PATH: "/nowhere/chromium", PATH: "" } })).toBe(browser.path);
    expect(findChromium({ env: { CHROMIUM_PATH: browser.path, PATH: "" } })).toBe(browser.path);
  });

  it("refuses a path given explicitly that is not an executable file, naming it", () => {
    const notExecutable = join(root, "not-executable");
    writeFileSync(notExecutable, "#!/bin/sh\n");
    chmodSync(notExecutable, 0o644);
    for (const [search, from] of [
      [{ flag: "/nowhere/chromium", env: { PATH: browser.dir } }, '--chromium "/nowhere/chromium"'],
      [{ env: { CHROMIUM_PATH: notExecutable, PATH: browser.dir } }, `CHROMIUM_PATH ${JSON.stringify(notExecutable)}`],
      [{ flag: root, env: {} }, `--chromium ${JSON.stringify(root)}`],
    ] as const) {
      const error = thrown(() => findChromium(search));
      expect(error).toBeInstanceOf(PdfPrintError);
      expect((error as PdfPrintError).code).toBe("CLI_NO_BROWSER");
      expect((error as PdfPrintError).message).toContain(`valueframe: ${from} is not an executable file.`);
    }
  });

  it("looks for the usual names on PATH, in their order", () => {
    const both = join(root, "both");
    mkdirSync(both, { recursive: true });
    for (const name of ["google-chrome", "chromium-browser"]) {
      writeFileSync(join(both, name), "#!/bin/sh\n");
      chmodSync(join(both, name), 0o755);
    }
    expect(findChromium({ env: { PATH: [empty, both].join(":") }, platform: "linux" })).toBe(join(both, "chromium-browser"));
    expect(chromiumNames).toEqual(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]);
  });

  it("says what it tried and how to fix it when nothing is found", () => {
    const error = thrown(() => findChromium({ env: { PATH: empty }, platform: "linux" }));
    expect(error).toBeInstanceOf(PdfPrintError);
    expect((error as PdfPrintError).code).toBe("CLI_NO_BROWSER");
    expect((error as PdfPrintError).message).toBe(
      "valueframe: no Chromium or Chrome found to print the PDF. Tried: CHROMIUM_PATH (not set); chromium, chromium-browser, google-chrome, google-chrome-stable on PATH. " +
        "Install Chromium (Debian/Ubuntu: apt-get install chromium) or Chrome, or give the browser with --chromium <path> or CHROMIUM_PATH. " +
        "--format html writes the same page for any browser to print.",
    );
    const mac = thrown(() => findChromium({ env: { PATH: empty }, platform: "darwin" }));
    expect((mac as PdfPrintError).message).toContain("; /Applications/Chromium.app/Contents/MacOS/Chromium; /Applications/Google Chrome.app/Contents/MacOS/Google Chrome.");
  });
});

describe("printPdf", () => {
  it("prints the page from a temporary folder with its own profile, writes the PDF and removes the folder", async () => {
    const browser = fakeBrowser("prints", prints);
    const output = join(root, "out", "nested", "case.pdf");
    const { pages } = await printPdf({ html: "<!doctype html><p>Huatong</p>", chromium: browser.path, output });
    expect(pages).toBe(1);
    expect(readFileSync(output, "latin1").startsWith("%PDF-1.4")).toBe(true);
    expect(readFileSync(join(browser.dir, "page.html"), "utf8")).toBe("<!doctype html><p>Huatong</p>");
    const args = readFileSync(join(browser.dir, "args.txt"), "utf8").split("\n");
    const folder = printFolder(browser.dir);
    expect(folder.startsWith(join(tmpdir(), "valueframe-pdf-"))).toBe(true);
    expect(args).toEqual(expect.arrayContaining(["--headless", "--no-pdf-header-footer", `--user-data-dir=${join(folder, "profile")}`, `--print-to-pdf=${join(folder, "report.pdf")}`]));
    expect(existsSync(folder)).toBe(false);
  });

  it.each([
    ["fails", `echo "[0101/000000.000000:FATAL] no display" >&2; exit 1`, /exited with 1 and wrote no PDF; it said:\n {2}\[0101\/000000\.000000:FATAL\] no display$/],
    ["writes nothing", "exit 0", /exited with 0 and wrote no PDF$/],
    ["writes no PDF", `echo "<html>" > "$out"`, /exited with 0 and wrote no valid PDF$/],
  ])("reports a browser that %s, writes nothing and removes its folder", async (name, behaviour, message) => {
    const browser = fakeBrowser(name.replace(/ /g, "-"), behaviour);
    const output = join(root, `${name}.pdf`);
    const error = await printPdf({ html: "<p>x</p>", chromium: browser.path, output }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfPrintError);
    expect((error as PdfPrintError).code).toBe("CLI_PRINT_FAILED");
    expect((error as PdfPrintError).message).toMatch(message);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(printFolder(browser.dir))).toBe(false);
  });

  it("stops a browser that does not finish in time, with everything it started", async () => {
    const browser = fakeBrowser("hangs", "sleep 30");
    const started = Date.now();
    const error = await printPdf({ html: "<p>x</p>", chromium: browser.path, output: join(root, "late.pdf"), timeoutMs: 500 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((error as PdfPrintError).code).toBe("CLI_PRINT_FAILED");
    expect((error as PdfPrintError).message).toBe(`valueframe: ${browser.path} did not finish printing within 0.5 s and was stopped`);
    const pid = Number(readFileSync(join(browser.dir, "pid"), "utf8"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(existsSync(printFolder(browser.dir))).toBe(false);
  });

  it("counts page objects, not the page tree", () => {
    expect(pdfPageCount(Buffer.from("<</Type /Pages /Count 2>> <</Type /Page>> <</Type/Page /Parent 1 0 R>>", "latin1"))).toBe(2);
  });
});

describe("valueframe report --format pdf", () => {
  const saved = { PATH: process.env["PATH"], CHROMIUM_PATH: process.env["CHROMIUM_PATH"] };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("prints the HTML report with its date and paper, and says how many pages it wrote", async () => {
    const browser = fakeBrowser("cli", prints);
    const output = join(root, "cli", "case.pdf");
    const result = await run(["report", distributor, "-f", "pdf", "--paper", "letter", "--date", "2026-05-01", "--chromium", browser.path, "-o", output]);
    expect(result.stderr).toBe(`valueframe: wrote ${output} (1 Letter page, dated 2026-05-01)\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const page = readFileSync(join(browser.dir, "page.html"), "utf8");
    expect(page).toContain("size: letter;");
    expect(page).toContain("<dt>Date</dt><dd>May 1, 2026</dd>");
    expect(page).toContain("<dt>Prepared for</dt><dd>Huatong Industrial Distribution</dd>");
    expect(readFileSync(output, "latin1").startsWith("%PDF-")).toBe(true);
  });

  it("exits with 3 and says what it tried when there is no browser", async () => {
    process.env["PATH"] = join(root, "empty");
    delete process.env["CHROMIUM_PATH"];
    const output = join(root, "none.pdf");
    const result = await run(["report", distributor, "-f", "pdf", "-o", output]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^valueframe: no Chromium or Chrome found to print the PDF\. Tried: CHROMIUM_PATH \(not set\); chromium, chromium-browser, google-chrome, google-chrome-stable on PATH\. .* \[CLI_NO_BROWSER\]\n$/);
    expect(existsSync(output)).toBe(false);
    const flagged = await run(["report", distributor, "-f", "pdf", "-o", output, "--chromium", "/nowhere/chromium"]);
    expect(flagged.code).toBe(3);
    expect(flagged.stderr).toContain('valueframe: --chromium "/nowhere/chromium" is not an executable file.');
  });

  it("exits with 3 when the browser fails to print", async () => {
    const browser = fakeBrowser("cli-fails", "echo crashed >&2; exit 134");
    const result = await run(["report", distributor, "-f", "pdf", "-o", join(root, "failed.pdf"), "--chromium", browser.path]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`valueframe: ${browser.path} exited with 134 and wrote no PDF; it said:\n  crashed [CLI_PRINT_FAILED]\n`);
  });
});

describe("the date and paper of valueframe report --format html", () => {
  it("are today's date and A4 unless given", async () => {
    const now = new Date();
    const today = new Intl.DateTimeFormat("en", { dateStyle: "long" }).format(now);
    const html = (await run(["report", distributor, "-f", "html"])).stdout;
    expect(html).toContain(`<dt>Date</dt><dd>${today}</dd>`);
    expect(html).toContain("size: A4;");
    const dated = (await run(["report", distributor, "-f", "html", "--date", "2026-12-31", "--paper", "letter", "-l", "zh-CN"])).stdout;
    expect(dated).toContain("<dt>日期</dt><dd>2026年12月31日</dd>");
    expect(dated).toContain("size: letter;");
  });
});

/**
 * Prints the HTML report to PDF with a Chromium or Chrome found on the machine. Chromium is run headless
 * with `--print-to-pdf`: one process, no protocol client and no dependency. The page's own CSS sets the
 * paper and the running header and footer (margin boxes), so nothing else is needed from the browser.
 * Only `report --format pdf` loads this file.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ValueframeError } from "../../errors/ValueframeError.js";

/** Exit code of `report --format pdf` when no browser is found or it cannot print. */
export const EXIT_PRINT = 3;

/** How long a print may take before Chromium is stopped. */
export const printTimeoutMs = 60_000;

/** Names tried on PATH, in order. */
export const chromiumNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] as const;

/** Where the usual installers put the browser when it is not on PATH (macOS, Windows). */
function knownPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === "darwin") return ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];
  if (platform !== "win32") return [];
  const roots = [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]].filter((root): root is string => root !== undefined);
  return roots.map((root) => join(root, "Google", "Chrome", "Application", "chrome.exe"));
}

/** Why a PDF could not be printed: no browser (`CLI_NO_BROWSER`) or a failed print (`CLI_PRINT_FAILED`). */
export class PdfPrintError extends ValueframeError {}

/** Where to look for the browser; the process's own environment by default. */
export interface ChromiumSearch {
  /** The `--chromium <path>` option, tried first and alone when given. */
  readonly flag?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const fix =
  "Install Chromium (Debian/Ubuntu: apt-get install chromium) or Chrome, or give the browser with --chromium <path> or CHROMIUM_PATH. " +
  "--format html writes the same page for any browser to print.";

/**
 * Finds the browser: `--chromium`, else `CHROMIUM_PATH`, else the usual names on PATH and the usual
 * install folders. A path given explicitly that is not an executable file is an error, not skipped.
 *
 * @returns the executable's path
 * @throws {PdfPrintError} `CLI_NO_BROWSER`, naming everything tried and how to fix it
 */
export function findChromium(search: ChromiumSearch = {}): string {
  const env = search.env ?? process.env;
  const platform = search.platform ?? process.platform;
  for (const [given, from] of [[search.flag, "--chromium"], [env["CHROMIUM_PATH"], "CHROMIUM_PATH"]] as const) {
    if (given === undefined || given === "") continue;
    if (isExecutableFile(given)) return given;
    throw new PdfPrintError("CLI_NO_BROWSER", `valueframe: ${from} ${JSON.stringify(given)} is not an executable file. ${fix}`);
  }
  const folders = (env["PATH"] ?? "").split(delimiter).filter((folder) => folder !== "");
  const suffixes = platform === "win32" ? [".exe", ""] : [""];
  for (const name of chromiumNames) {
    for (const folder of folders) {
      for (const suffix of suffixes) if (isExecutableFile(join(folder, name + suffix))) return join(folder, name + suffix);
    }
  }
  const known = knownPaths(env, platform);
  const found = known.find(isExecutableFile);
  if (found !== undefined) return found;
  const tried = [`CHROMIUM_PATH (not set)`, `${chromiumNames.join(", ")} on PATH`, ...known].join("; ");
  throw new PdfPrintError("CLI_NO_BROWSER", `valueframe: no Chromium or Chrome found to print the PDF. Tried: ${tried}. ${fix}`);
}

/** Flags for a one-shot headless print that touches no profile of the user's and needs no display. */
function chromiumArgs(profile: string, pdf: string, page: string): string[] {
  return [
    "--headless",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    `--user-data-dir=${profile}`,
    // Chromium's own header and footer (date, file URL) are off: the page prints its own.
    "--no-pdf-header-footer",
    // The sandbox cannot start as root (containers, CI); elsewhere it stays on.
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    `--print-to-pdf=${pdf}`,
    page,
  ];
}

/** Runs Chromium once; resolves with its exit code and the end of its stderr, or rejects on timeout. */
function run(chromium: string, args: readonly string[], timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops the renderer and GPU processes with it.
    const child = spawn(chromium, args, { stdio: ["ignore", "ignore", "pipe"], detached: process.platform !== "win32" });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
    const timer = setTimeout(() => {
      try {
        if (process.platform === "win32" || child.pid === undefined) child.kill("SIGKILL");
        else process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      reject(new PdfPrintError("CLI_PRINT_FAILED", `valueframe: ${chromium} did not finish printing within ${timeoutMs / 1000} s and was stopped`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new PdfPrintError("CLI_PRINT_FAILED", `valueframe: could not start ${chromium}: ${error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** What {@link printPdf} needs. */
export interface PrintJob {
  /** The complete HTML page to print. */
  readonly html: string;
  /** The browser to print with (see {@link findChromium}). */
  readonly chromium: string;
  /** Absolute path of the PDF to write; folders are created. */
  readonly output: string;
  readonly timeoutMs?: number;
}

/**
 * Prints `html` to a PDF: the page goes into a fresh folder under the system's temporary folder, Chromium
 * prints it there, and the PDF is copied to `output` only when it is whole. The folder is removed
 * whatever happens.
 *
 * @returns the number of pages printed
 * @throws {PdfPrintError} `CLI_PRINT_FAILED` when Chromium fails, times out or writes no PDF
 */
export async function printPdf(job: PrintJob): Promise<{ pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), "valueframe-pdf-"));
  try {
    const page = join(dir, "report.html");
    const pdfPath = join(dir, "report.pdf");
    writeFileSync(page, job.html);
    const { code, stderr } = await run(job.chromium, chromiumArgs(join(dir, "profile"), pdfPath, pathToFileURL(page).href), job.timeoutMs ?? printTimeoutMs);
    let pdf: Buffer | undefined;
    try {
      pdf = readFileSync(pdfPath);
    } catch {
      pdf = undefined;
    }
    if (code !== 0 || pdf === undefined || pdf.subarray(0, 5).toString("latin1") !== "%PDF-") {
      const said = stderr.trim().split("\n").slice(-3).join("\n  ");
      throw new PdfPrintError(
        "CLI_PRINT_FAILED",
        `valueframe: ${job.chromium} exited with ${code ?? "a signal"} and ${pdf === undefined ? "wrote no PDF" : "wrote no valid PDF"}${said === "" ? "" : `; it said:\n  ${said}`}`,
      );
    }
    mkdirSync(dirname(job.output), { recursive: true });
    writeFileSync(job.output, pdf);
    return { pages: pdfPageCount(pdf) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of a PDF, counted by its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

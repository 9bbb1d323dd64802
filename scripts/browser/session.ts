/**
 * One browser proof session: a temporary folder served over loopback HTTP and a headless Chromium, plus
 * pages that record every console error, page error, failed request and URL they load.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "./chromium.js";
import type { NamedFigure } from "./distributorFigures.js";
import { serveDirectory } from "./server.js";
import type { StaticServer } from "./server.js";

/** A page and what went wrong on it. */
export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught page errors and failed requests, as text. */
  readonly problems: readonly string[];
  /** Every URL the page requested (data: URLs excluded by the browser). */
  readonly requests: readonly string[];
}

/** A served folder and a browser; `close()` stops both and deletes the folder. */
export interface BrowserSession {
  /** The temporary folder served at `origin`. */
  readonly dir: string;
  readonly origin: string;
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Opens `path` (relative to the served folder) and waits for the load event; `options` set the viewport, density… */
  open(path: string, options?: BrowserContextOptions): Promise<WatchedPage>;
  close(): Promise<void>;
}

/**
 * Creates a temporary folder, lets `fill` write into it, serves it and launches Chromium.
 *
 * @param fill - writes the site's files into the folder
 * @returns the session and whatever `fill` returned
 */
export async function openSession<T>(fill: (dir: string) => Promise<T>): Promise<{ session: BrowserSession; filled: T }> {
  const dir = await mkdtemp(join(tmpdir(), "valueframe-browser-"));
  let server: StaticServer | undefined;
  let browser: Browser;
  let filled: T;
  try {
    filled = await fill(dir);
    server = await serveDirectory(dir);
    browser = await launchChromium();
  } catch (error) {
    // Leave nothing running or on disk when the site or the browser fails to start.
    await server?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const session: BrowserSession = {
    dir,
    origin: server.origin,
    browser,
    server,
    async open(path, options) {
      const page = await browser.newPage(options);
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`${server.origin}/${path}`);
      return { page, problems, requests };
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return { session, filled };
}

/** What a proof page published through publish.mjs, and what went wrong on it. */
export interface PublishedFigures {
  /** `done`, or `failed` with the error's code and stack in `error`. */
  readonly status: string | null;
  readonly error: string | null;
  /** Every `<dd data-figure>` in page order. */
  readonly figures: readonly NamedFigure[];
  readonly problems: readonly string[];
  readonly requests: readonly string[];
}

/**
 * Opens a page that publishes its figures through publish.mjs, waits until it is done or failed, reads
 * the figures and closes it.
 *
 * @param session - the session serving the page
 * @param path - the page, relative to the served folder, e.g. `portfolio.html`
 * @returns the status, the figures and the page's problems and requests
 */
export async function readPublishedFigures(session: BrowserSession, path: string): Promise<PublishedFigures> {
  const { page, problems, requests } = await session.open(path);
  await page.waitForSelector("body[data-status]");
  const status = await page.getAttribute("body", "data-status");
  const error = await page.textContent("#error");
  const figures = await page.$$eval("dd[data-figure]", (nodes) =>
    nodes.map((node) => ({ name: node.getAttribute("data-figure") ?? "", value: node.textContent ?? "" })),
  );
  await page.close();
  return { status, error, figures, problems, requests };
}

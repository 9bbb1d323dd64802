/** Starts the system's headless Chromium through playwright-core (no browser download). */
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Where Debian's `chromium` package installs the browser; `CHROMIUM_PATH` overrides it. */
export const defaultChromiumPath = "/usr/bin/chromium";

/**
 * Launches headless Chromium. Containers run it as root without user namespaces, so the sandbox is
 * off; `--disable-dev-shm-usage` avoids crashes where /dev/shm is small.
 *
 * @param executablePath - the browser binary (default: `CHROMIUM_PATH` or /usr/bin/chromium)
 * @returns the browser; close it when done
 */
export function launchChromium(executablePath = process.env["CHROMIUM_PATH"] ?? defaultChromiumPath): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
}

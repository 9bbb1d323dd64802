import { defineConfig } from "vitest/config";

/**
 * The browser proof: bundles valueframe for browsers and runs it in the system's headless Chromium.
 * Kept apart from `npm test`, which stays browser-free: `npx vitest run --config vitest.browser.config.ts`.
 */
export default defineConfig({
  test: {
    // The PDF print of `valueframe report` (tests/cli/pdf.browser.ts) needs the browser too.
    include: ["tests/browser/**/*.browser.ts", "tests/cli/**/*.browser.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    isolate: false,
  },
});

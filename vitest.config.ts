import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["tests/support/propertySeed.ts"],
    typecheck: { enabled: true, include: ["tests/**/*.typetest.ts"] },
  },
});

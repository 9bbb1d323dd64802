import { defineConfig } from "tsup";

/** One entry per public subpath; each builds to ESM + CJS with its own declarations. */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "finance/index": "src/finance/index.ts",
    "quantify/index": "src/quantify/index.ts",
    "bvf/index": "src/bvf/index.ts",
    "document/index": "src/document/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
});

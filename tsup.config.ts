import { defineConfig } from "tsup";

/** One entry per public subpath; each builds to ESM + CJS with its own declarations. */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "finance/index": "src/finance/index.ts",
    "quantify/index": "src/quantify/index.ts",
    "bvf/index": "src/bvf/index.ts",
    "render/index": "src/render/index.ts",
    "document/index": "src/document/index.ts",
    "notebook/index": "src/notebook/index.ts",
    "questions/index": "src/questions/index.ts",
    "grid/index": "src/grid/index.ts",
    "xlsx/index": "src/xlsx/index.ts",
    "people/index": "src/people/index.ts",
    "pursuit/index": "src/pursuit/index.ts",
    "realise/index": "src/realise/index.ts",
    "qualify/index": "src/qualify/index.ts",
    "portfolio/index": "src/portfolio/index.ts",
    "portfolio/node/index": "src/runners/index.ts",
    // The pool's worker thread runs this file: built beside the entry that starts the pool.
    "portfolio/node/worker": "src/runners/worker.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // Cleans dist/ but keeps dist/cli/: `npm run demo` and `npm run bench` rebuild the library alone and
  // must not delete the bin the full build put there.
  clean: ["!cli/**"],
  // Maps point into the shipped src/ instead of carrying every source (mathjs's too) inline.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  // valueframe/quantify parses formulas with a mathjs instance built from the few factories it needs:
  // bundling mathjs (and what those factories import) lets tree-shaking drop the rest, so the entry
  // loads fast and mathjs need not be installed. decimal.js and zod stay external, shared with the core.
  // piscina and bullmq are optional dependencies, imported only by the pool and queue runners when a run starts.
  external: ["piscina", "bullmq"],
  noExternal: [/^mathjs(\/|$)/, "typed-function", "complex.js", "fraction.js", /^@babel\/runtime(\/|$)/, "javascript-natural-sort", "escape-latex", "seedrandom", "tiny-emitter"],
});

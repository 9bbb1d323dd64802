import { defineConfig } from "tsup";

/**
 * The `valueframe` bin: one ESM file for Node (dist/cli/main.js) with a shebang. It runs after the
 * library build (`tsup && tsup --config tsup.cli.config.ts`), so it must not clean dist/.
 */
export default defineConfig({
  // worker: the portfolio pool's worker thread (dist/cli/worker.js), found beside the code that starts the pool.
  entry: { main: "src/cli/main.ts", worker: "src/runners/worker.ts" },
  outDir: "dist/cli",
  format: ["esm"],
  platform: "node",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  clean: false,
  dts: false,
  // Maps point into the shipped src/ instead of carrying every source (mathjs's too) inline.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  splitting: true,
  treeshake: true,
  // As in the quantify entry: the mathjs factories the formula parser uses are bundled with what they
  // import, so the bin runs where mathjs is not installed. decimal.js, zod and yaml stay dependencies.
  external: ["piscina", "bullmq"],
  noExternal: [/^mathjs(\/|$)/, "typed-function", "complex.js", "fraction.js", /^@babel\/runtime(\/|$)/, "javascript-natural-sort", "escape-latex", "seedrandom", "tiny-emitter"],
});

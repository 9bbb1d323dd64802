/**
 * The `valueframe` command line as a function, for embedding and tests; the bin (main.ts) calls it with
 * the process's io.
 *
 * @module
 */
export { main } from "./cli.js";
export { CliUsageError } from "./errors.js";
export type { CliIo } from "./io.js";
export { nodeIo } from "./nodeIo.js";

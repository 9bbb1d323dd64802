/** The `valueframe` bin: runs the command line with this process's arguments, streams and files. */
import { main } from "./cli.js";
import { nodeIo } from "./nodeIo.js";

// A reader that stops early (`valueframe report … | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), nodeIo());

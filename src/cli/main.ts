/** The `valueframe` bin: runs the command line with this process's arguments, streams and files. */
import { main } from "./cli.js";
import { nodeIo } from "./nodeIo.js";

process.exitCode = await main(process.argv.slice(2), nodeIo());

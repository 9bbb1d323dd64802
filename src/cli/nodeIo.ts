/** The real streams and file system for the `valueframe` bin. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "./io.js";

/**
 * The {@link CliIo} of this process: its stdout and stderr, UTF-8 files, its working folder. The
 * package root is two folders up from this file, which holds both in the sources (src/cli/) and in the
 * build (dist/cli/).
 *
 * @returns the process's io
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, "utf8"),
    listFolder: (path) => (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true ? readdirSync(path) : undefined),
    writeFile: (path, content) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    },
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
    onStop: (stop) => {
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
      };
    },
    packageRoot: fileURLToPath(new URL("../..", import.meta.url)),
  };
}

/** The file system as a {@link DocumentReader}: documents by path from `cwd`, members only from the document's own folder. */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { DocumentReader } from "../task.js";

/** Reads documents relative to `cwd`; a member path that leaves its document's folder is refused unread. */
export function fileReader(cwd: string): DocumentReader {
  return {
    readDocument: (file) => readFileSync(resolve(cwd, file), "utf8"),
    readMember: (file, reference) => {
      const folder = resolve(cwd, dirname(file));
      const path = resolve(folder, reference);
      const inside = relative(folder, path);
      if (inside.startsWith("..") || isAbsolute(inside)) throw new Error(`${reference} is outside the document's folder`);
      try {
        return { text: readFileSync(path, "utf8"), fileName: relative(cwd, path) || reference };
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") return undefined;
        throw error;
      }
    },
  };
}

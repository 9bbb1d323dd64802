/** The package's public entries read from package.json, and the names each one's source index exports. */
import { readFileSync } from "node:fs";

const text = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

/** Each built entry's source as tsup.config.ts names it (`"portfolio/node/index": "src/runners/index.ts"`). */
const built = new Map([...text("tsup.config.ts").matchAll(/"([\w/]+)\/index": "(src\/[\w/]+\/index\.ts)"/g)].map((m) => [m[1]!, m[2]!]));

/** Every public entry of package.json (`valueframe`, `valueframe/finance`, …) with its source index file. */
export const entries: readonly { readonly name: string; readonly index: string }[] = Object.keys((JSON.parse(text("package.json")) as { exports: Record<string, unknown> }).exports)
  .filter((subpath) => !subpath.endsWith(".json"))
  .map((subpath) => (subpath === "." ? { name: "valueframe", index: "src/index.ts" } : { name: `valueframe/${subpath.slice(2)}`, index: built.get(subpath.slice(2)) ?? `src/${subpath.slice(2)}/index.ts` }));

/** Names an index file exports, values and types, following `export * from "./x.js"` into the files it re-exports. */
export function exportsOf(path: string): string[] {
  const source = text(path);
  const named = [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    (m[1] ?? "")
      .split(",")
      .map((name) => name.trim().replace(/^type /, "").split(/\s+as\s+/).pop()!.trim())
      .filter((name) => name !== ""),
  );
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const starred = [...source.matchAll(/export \* from "\.\/([^"]+)\.js"/g)].flatMap((m) => exportsOf(`${folder}${m[1] ?? ""}.ts`));
  return [...named, ...starred];
}

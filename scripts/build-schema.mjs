/**
 * Writes schema/value-document.schema.json, the JSON Schema of a value-case document, from the built
 * package (run `npx tsup` first). `--check` only compares and exits 1 when the committed file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { valueDocumentJsonSchema } from "../dist/document/index.js";

const target = new URL("../schema/value-document.schema.json", import.meta.url);
const text = `${JSON.stringify(valueDocumentJsonSchema(), null, 2)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // a missing file is stale too
  }
  if (current !== text) {
    console.error("schema/value-document.schema.json is out of date: run `node scripts/build-schema.mjs`");
    process.exit(1);
  }
  console.log("schema/value-document.schema.json is up to date");
} else {
  mkdirSync(new URL(".", target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote schema/value-document.schema.json (${text.length} bytes)`);
}

// Keeps the README's examples true. Each `<!-- example: examples/NAME.mjs -->` marker is followed by a
// ```js block that must equal that file, and a plain ``` block that must equal what the file prints when
// run against the built package. Run after the build (CI does).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const marker = /<!-- example: (\S+) -->\n+```js\n([\s\S]*?)```[\s\S]*?```\n([\s\S]*?)```/g;
const problems = [];
let count = 0;
for (const [, path, code, printed] of readme.matchAll(marker)) {
  count++;
  const file = join(root, path);
  if (code !== readFileSync(file, "utf8")) problems.push(`the README's code for ${path} differs from the file`);
  const actual = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
  if (actual !== printed) problems.push(`${path} prints:\n${actual}\nthe README shows:\n${printed}`);
}
if (count === 0) problems.push("the README has no <!-- example: … --> markers");
if (problems.length > 0) {
  console.error(problems.join("\n\n"));
  process.exit(1);
}
console.log(`README examples: ${count} checked, code and output match`);

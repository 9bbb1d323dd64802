// Keeps the README's quick start true: its code block must be examples/quickstart.mjs, and running that
// file against the built package must print exactly the README's "prints" block. Run after the build.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
const code = blocks.find((block) => block[1] === "js")?.[2];
const printed = blocks.find((block) => block[1] === "")?.[2];
const file = join(root, "examples", "quickstart.mjs");
const problems = [];
if (code !== readFileSync(file, "utf8")) problems.push("the README's quick-start code differs from examples/quickstart.mjs");
const actual = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
if (actual !== printed) problems.push(`examples/quickstart.mjs prints:\n${actual}\nthe README shows:\n${printed}`);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("README quick start: code and output match");

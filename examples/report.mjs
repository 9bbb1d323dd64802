// The README's report example: the distributor's documented calculation as Markdown, a printable HTML
// report with its charts, a Vega-Lite chart and the linkage diagram as Mermaid.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineFrame } from "valueframe";
import { defineValueCase, evaluate, tornado } from "valueframe/quantify";
import { jupyterBundle } from "valueframe/notebook";
import { linkageDiagram, toHtmlReport, toMarkdown, waterfallSpec } from "valueframe/render";

const read = (file) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));
const frame = defineFrame(read("distributor.frame.json"));
const valueCase = defineValueCase(read("distributor.case.json"));
const evaluation = evaluate(valueCase, { frame });

const markdown = toMarkdown(evaluation); // the documented calculation, top-down
console.log(markdown.split("\n").find((line) => line.includes("14,000,000")));
const zh = toMarkdown(evaluation, { locale: "zh-CN" }); // the same document in Chinese: its section titles
console.log(zh.split("\n").filter((line) => line.startsWith("## ")).map((line) => line.slice(3)).join(" · "));
const file = join(tmpdir(), "huatong.html");
writeFileSync(file, toHtmlReport({ frame, evaluation, tornado: tornado(valueCase) }));
console.log(`${waterfallSpec(evaluation).$schema}`);
// Notebooks show an evaluation through this MIME bundle (in Deno's kernel, end a cell with show(evaluation)):
console.log(Object.keys(jupyterBundle(evaluation)).join(", "));
console.log(linkageDiagram(frame, { focus: { solution: "sol-credit-to-cash" } }).split("\n").find((line) => line.includes("-->")));

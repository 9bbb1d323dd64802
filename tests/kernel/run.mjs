#!/usr/bin/env node
// The notebook proof: runs tests/kernel/valueframe.ipynb headless in Deno's Jupyter kernel against the packed
// package and asserts on the executed outputs (MIME types and figures), not on an exit code.
//
// As a user would: `npm pack`, a project beside the notebook with the tarball installed by npm, the kernelspec
// installed by `deno jupyter --install` (deno pinned in package-lock.json), the notebook executed by Debian's
// jupyter-nbconvert. Everything lives in one temporary directory: the kernelspec (XDG_DATA_HOME, JUPYTER_PATH),
// Jupyter's config and runtime dirs, the connection files (TMPDIR) and Deno's cache (DENO_DIR); the user's
// Jupyter and Deno directories are never touched. Deno reaches no registry: NPM_CONFIG_REGISTRY points at a
// closed port, so `npm:valueframe` can only come from the node_modules beside the notebook.
//
// Deno's kernel can report a cell finished before it has sent the cell's output, and nbconvert then drops
// that output silently. The notebook awaits each display and pauses at the end of each cell; this runner
// waits for nbconvert to exit (each cell bounded by a timeout), reads the executed notebook, and runs the
// notebook again when outputs came back incomplete, up to 3 tries. An error output in a cell fails at once
// (not a race). The whole run is bounded (5 minutes); every process it started, the kernels included, is
// ended by its id before it returns.
//
// Run after `npm run build`; needs Linux, jupyter-nbconvert, jupyter-client and python3-nbclient.
// Environment: VALUEFRAME_NOTEBOOK (another notebook, same cell ids), VALUEFRAME_NOTEBOOK_TRIES (3),
// VALUEFRAME_NOTEBOOK_BUDGET_S (300), VALUEFRAME_NOTEBOOK_KEEP=1 keeps the temporary directory.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const notebookSource = resolve(process.env.VALUEFRAME_NOTEBOOK ?? join(root, "tests/kernel/valueframe.ipynb"));
const tries = Number(process.env.VALUEFRAME_NOTEBOOK_TRIES ?? 3);
const budgetMs = Number(process.env.VALUEFRAME_NOTEBOOK_BUDGET_S ?? 300) * 1000;
const attemptMs = 120_000; // one execution of the notebook; a hang is retried like any other race
const cellTimeoutS = 60;
const started = Date.now();
const deadline = started + budgetMs;
const remaining = () => deadline - Date.now();

// What the executed notebook must show: in each cell, some display_data or execute_result output whose
// data has the MIME type and passes the test.
const includes = (text) => ({ describe: `containing "${text}"`, test: (value) => typeof value === "string" && value.includes(text) });
const vegaLiteV5 = { describe: "with a Vega-Lite v5 $schema", test: (value) => typeof value?.$schema === "string" && value.$schema.includes("vega-lite/v5") };
const expected = [
  {
    cell: "frame",
    what: "the frame",
    outputs: [
      ["text/html", includes("<h2>Huatong Industrial Distribution: reference frame</h2>")],
      ["text/markdown", includes("## Huatong Industrial Distribution: reference frame")],
    ],
  },
  {
    cell: "evaluation",
    what: "the evaluation",
    outputs: [
      ["application/vnd.vegalite.v5+json", vegaLiteV5],
      ["text/markdown", includes("working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**")],
      ["text/html", includes("<strong>14,000,000 CNY</strong>")],
    ],
  },
  { cell: "bvf", what: "the BVF", outputs: [["text/html", includes("<h3>1. Executive KPIs</h3>")], ["text/markdown", includes("### 1. Executive KPIs")]] },
];

let work;
let child; // the running nbconvert, leader of its own process group
let ending = false;

function fail(message) {
  throw Object.assign(new Error(message), { expected: true });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: Math.max(1000, remaining()), killSignal: "SIGKILL", ...options });
  if (result.error) fail(`${command} ${args.join(" ")}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}\n${result.stderr}`);
  return result.stdout;
}

/** Ids of live processes whose command line names the temporary directory: the kernels (their connection file is in it). */
function ourProcesses() {
  if (work === undefined) return [];
  const listing = spawnSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" }).stdout ?? "";
  return listing
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m) => m !== null && m[2].includes(work) && Number(m[1]) !== process.pid)
    .map((m) => Number(m[1]));
}

const signal = (pid, sig) => {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
};

/** Ends nbconvert's process group and every kernel started from the temporary directory, by id. */
async function endProcesses() {
  const groups = child?.exitCode === null && child.signalCode === null ? [child.pid] : [];
  let pids = ourProcesses();
  if (groups.length === 0 && pids.length === 0) return;
  for (const pgid of groups) signal(-pgid, "SIGTERM");
  for (const pid of pids) signal(pid, "SIGTERM");
  for (let i = 0; i < 30 && (ourProcesses().length > 0 || groups.some((g) => signal(-g, 0))); i++) await new Promise((r) => setTimeout(r, 100));
  for (const pgid of groups) signal(-pgid, "SIGKILL");
  pids = ourProcesses();
  for (const pid of pids) signal(pid, "SIGKILL");
  if (pids.length > 0) console.error(`notebook: killed leftover kernel process(es) ${pids.join(", ")}`);
}

/** Executes the notebook once; resolves with nbconvert's exit, or a note that it was stopped at the time limit. */
function execute(project, output, limitMs) {
  return new Promise((resolvePromise) => {
    let stderr = "";
    child = spawn(
      "jupyter-nbconvert",
      [
        "--to",
        "notebook",
        "--execute",
        "--output",
        output,
        "--ExecutePreprocessor.kernel_name=deno",
        `--ExecutePreprocessor.timeout=${cellTimeoutS}`,
        "--ExecutePreprocessor.startup_timeout=60",
        "--ExecutePreprocessor.allow_errors=True",
        "notebook.ipynb",
      ],
      { cwd: project, env: kernelEnv(), detached: true, stdio: ["ignore", "ignore", "pipe"] },
    );
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => {
      resolvePromise({ timedOut: true, stderr });
    }, limitMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, stderr: `${stderr}\n${error.message}` });
    });
    child.on("exit", (code, sig) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? sig, stderr });
    });
  });
}

function kernelEnv() {
  const jupyter = join(work, "data", "jupyter");
  // npm run sets npm_config_registry; only the closed port below may name a registry.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== "npm_config_registry"));
  return {
    ...inherited,
    XDG_DATA_HOME: join(work, "data"), // where `deno jupyter --install` writes the kernelspec on Linux
    JUPYTER_PATH: jupyter,
    JUPYTER_DATA_DIR: jupyter,
    JUPYTER_CONFIG_DIR: join(work, "config"),
    JUPYTER_RUNTIME_DIR: join(work, "runtime"),
    TMPDIR: join(work, "tmp"), // nbclient writes the kernel's connection file here, so its command line names `work`
    DENO_DIR: join(work, "deno"),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
    NPM_CONFIG_REGISTRY: "http://127.0.0.1:9/", // Deno must resolve npm:valueframe from node_modules, not a registry
  };
}

const text = (value) => (Array.isArray(value) ? value.join("") : value);

/** What the executed notebook lacks, and the errors its cells raised. */
function inspect(path) {
  const notebook = JSON.parse(readFileSync(path, "utf8"));
  const cells = new Map(notebook.cells.map((cell) => [cell.id, cell]));
  const errors = notebook.cells.flatMap((cell) =>
    (cell.outputs ?? []).filter((o) => o.output_type === "error").map((o) => `cell "${cell.id}": ${o.ename}: ${o.evalue}`),
  );
  const missing = [];
  const seen = [];
  for (const { cell: id, what, outputs } of expected) {
    const cell = cells.get(id);
    if (cell === undefined) {
      missing.push(`no cell with id "${id}" in the notebook`);
      continue;
    }
    const shown = (cell.outputs ?? []).filter((o) => o.output_type === "display_data" || o.output_type === "execute_result");
    seen.push(`${id}: ${(cell.outputs ?? []).map((o) => (o.data ? `${o.output_type}[${Object.keys(o.data).join(", ")}]` : o.output_type)).join("; ") || "no output"}`);
    for (const [mime, check] of outputs) {
      const values = shown.map((o) => o.data?.[mime]).filter((v) => v !== undefined);
      const value = (v) => (mime.endsWith("json") ? v : text(v));
      if (values.length === 0) missing.push(`${what} (cell "${id}"): no ${mime} output`);
      else if (!values.some((v) => check.test(value(v)))) missing.push(`${what} (cell "${id}"): ${mime} output not ${check.describe}`);
    }
  }
  return { errors, missing, seen };
}

async function main() {
  if (process.platform !== "linux") fail(`runs on Linux only (Deno writes the kernelspec under XDG_DATA_HOME there); this is ${process.platform}`);
  if (!existsSync(join(root, "dist/notebook/index.js"))) fail("dist/ is missing: run `npm run build` first");
  if (spawnSync("jupyter-nbconvert", ["--version"], { encoding: "utf8" }).status !== 0) {
    fail("jupyter-nbconvert not found: apt-get install jupyter-nbconvert jupyter-client python3-nbclient");
  }
  work = mkdtempSync(join(tmpdir(), "valueframe-notebook-"));
  const project = join(work, "project");
  for (const dir of [project, join(work, "tmp"), join(work, "runtime"), join(work, "config")]) mkdirSync(dir, { recursive: true });

  // The packed package, installed beside the notebook with npm, as a user would.
  const [{ filename }] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project], { cwd: root }));
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "valueframe-notebook", private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(join(project, "deno.json"), `${JSON.stringify({ nodeModulesDir: "manual" }, null, 2)}\n`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `./${filename}`], { cwd: project });
  copyFileSync(notebookSource, join(project, "notebook.ipynb"));

  // The pinned deno (node_modules/.bin/deno) and its kernelspec, pointing at the deno binary itself.
  const denoBin = join(root, "node_modules/.bin/deno");
  const deno = run(denoBin, ["eval", "console.log(Deno.execPath())"], { env: kernelEnv() }).trim();
  const denoVersion = run(deno, ["--version"]).split("\n")[0];
  run(deno, ["jupyter", "--install"], { env: kernelEnv() });
  const spec = join(work, "data/jupyter/kernels/deno/kernel.json");
  if (!existsSync(spec)) fail(`deno jupyter --install wrote no kernelspec at ${spec}`);
  // Deno records a symlink on PATH to itself when there is one (node_modules/.bin/deno under npm run).
  const argv0 = JSON.parse(readFileSync(spec, "utf8")).argv?.[0];
  if (typeof argv0 !== "string" || !existsSync(argv0) || realpathSync(argv0) !== realpathSync(deno)) fail(`the kernelspec starts ${argv0}, not the pinned deno ${deno}`);

  const reports = [];
  let spent = false;
  for (let attempt = 1; attempt <= tries; attempt++) {
    if (ending) return; // interrupted: finish() ends the processes and exits
    const limit = Math.min(attemptMs, remaining());
    if (limit < 10_000) {
      spent = true;
      break;
    }
    const output = `executed-${attempt}.ipynb`;
    const t0 = Date.now();
    const result = await execute(project, output, limit);
    await endProcesses();
    if (ending) return;
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const path = join(project, output);
    if (result.timedOut) {
      reports.push(`attempt ${attempt}: nbconvert still running after ${seconds} s, stopped\n${result.stderr.trim().split("\n").slice(-5).join("\n")}`);
    } else if (!existsSync(path)) {
      reports.push(`attempt ${attempt}: nbconvert exited with ${result.code} after ${seconds} s and wrote no notebook\n${result.stderr.trim().split("\n").slice(-8).join("\n")}`);
    } else {
      const { errors, missing, seen } = inspect(path);
      if (errors.length > 0) fail(`a cell raised an error (not a race; not retried):\n  ${errors.join("\n  ")}`);
      if (missing.length === 0) {
        const total = ((Date.now() - started) / 1000).toFixed(1);
        const retried = attempt > 1 ? `; earlier attempts:\n  ${reports.join("\n  ")}` : "";
        console.log(`notebook: frame, evaluation and BVF displayed in Deno's Jupyter kernel (${denoVersion}), attempt ${attempt}/${tries}, ${seconds} s (total ${total} s)${retried}`);
        return;
      }
      reports.push(`attempt ${attempt}: outputs incomplete after ${seconds} s\n    ${missing.join("\n    ")}\n    outputs seen: ${seen.join(" | ")}`);
    }
    console.error(`notebook: ${reports.at(-1)}${attempt < tries ? "\nnotebook: running it again" : ""}`);
  }
  fail(`the notebook's outputs never came back complete (${reports.length} of ${tries} tries${spent ? `, then the ${budgetMs / 1000} s budget was spent` : ""}); the last:\n  ${reports.at(-1)}`);
}

async function finish(code) {
  if (ending) return;
  ending = true;
  await endProcesses();
  if (work !== undefined) {
    if (process.env.VALUEFRAME_NOTEBOOK_KEEP === "1") console.error(`notebook: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    console.error(`notebook: FAILED, interrupted by ${sig}`);
    void finish(1);
  });
}
// The last resort: never outlive the budget, whatever hangs.
setTimeout(() => {
  console.error(`notebook: FAILED, still running after ${budgetMs / 1000 + 30} s`);
  void finish(1);
}, budgetMs + 30_000).unref();

main().then(
  () => finish(0),
  (error) => {
    console.error(`notebook: FAILED, ${error.expected ? error.message : error.stack}`);
    return finish(1);
  },
);

#!/usr/bin/env bash
# Installs the packed package into an empty project, as a user would, and uses it from there: ESM and
# CommonJS imports of every entry, the JSON Schema export, and the `valueframe` bin on the bundled
# examples. Proves the published files and dependencies are complete (e.g. mathjs is not needed at run
# time). Run after `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "./$tarball" >/dev/null
test ! -d node_modules/mathjs || { echo "mathjs was installed: it must not be a runtime dependency" >&2; exit 1; }
node --input-type=module -e '
  const entries = ["valueframe", "valueframe/finance", "valueframe/quantify", "valueframe/bvf", "valueframe/render", "valueframe/document", "valueframe/notebook", "valueframe/questions", "valueframe/grid", "valueframe/people", "valueframe/pursuit", "valueframe/realise", "valueframe/qualify", "valueframe/portfolio", "valueframe/portfolio/node", "valueframe/xlsx"];
  for (const entry of entries) if (Object.keys(await import(entry)).length === 0) throw new Error(`${entry} exports nothing`);
  const { workingCapitalReleased } = await import("valueframe/finance");
  if (workingCapitalReleased({ annualAmount: "365000000", daysReduced: 14 }).toString() !== "14000000") throw new Error("wrong figure");
'
node -e '
  const { npv } = require("valueframe/finance");
  const schema = require("valueframe/schema.json");
  if (npv("0.1", [-10000, 3000, 4200, 6800]).toFixed(2) !== "1188.44") throw new Error("wrong NPV from CommonJS");
  if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema") throw new Error("no JSON Schema");
'
npx --no-install valueframe --version >/dev/null
npx --no-install valueframe demo --write case >/dev/null
npx --no-install valueframe validate case/distributor.valuecase.json >/dev/null
npx --no-install valueframe report case/distributor.valuecase.json --format html -o case.html >/dev/null
grep -q "<svg" case.html
npx --no-install valueframe report case/distributor.valuecase.json --format xlsx -o case.xlsx >/dev/null
head -c 2 case.xlsx | grep -q PK
# The portfolio from the installed package: on the pool of worker threads (piscina, the optional dependency,
# installed with it), and through Redis with a worker process of the installed bin (bullmq, likewise).
examples="node_modules/valueframe/examples/portfolio"
npx --no-install valueframe portfolio "$examples" --jobs 2 > pool.txt
grep -q "15 cases, 0 failures" pool.txt
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >/dev/null &
redis_pid=$!
trap 'kill "$redis_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
until redis-cli -p "$port" ping >/dev/null 2>&1; do sleep 0.1; done
npx --no-install valueframe worker --queue "redis://127.0.0.1:$port" --exit-when-idle 15 2>worker.txt &
worker_pid=$!
npx --no-install valueframe portfolio "$examples" --queue "redis://127.0.0.1:$port" > queue.txt
wait "$worker_pid"
cmp pool.txt queue.txt || { echo "the queue's pipeline differs from the pool's" >&2; exit 1; }
grep -q "stopped after 15 jobs" worker.txt
echo "installed package: every entry imports (ESM and CommonJS), the bin validates and reports the demo case, and runs the portfolio on the pool and through Redis"

/**
 * BVF build + checks scale linearly: time per 1,000 nodes at 1k and 10k nodes (their ratio must stay within
 * 2×), each also as a ratio against JSON.parse(JSON.stringify(...)) of the same data in the same process.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { defineBvf, checkBvf } = await import(pathToFileURL(join(root, "dist", "bvf", "index.js")).href);

/** A deterministic BVF of about `nodes` nodes in the 4 : 8 : 15 : 10 shape of the distributor example. */
export function generateBvf(nodes) {
  let seed = 42;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const count = (share) => Math.max(1, Math.round((nodes * share) / 37));
  const [e, i, o, s] = [count(4), count(8), count(15), count(10)];
  const ids = (prefix, n) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);
  const pick = (list, n) => [...new Set(Array.from({ length: n }, () => list[random(list.length)]))];
  const E = ids("E", e), I = ids("I", i), O = ids("O", o);
  return {
    executiveKpis: E.map((id) => ({ id, name: `KPI ${id}`, unit: "%", baseline: "100", target: "110", expectedImprovement: "10" })),
    sellerKpis: [{ id: "S0", name: "Seller goal", serves: E }],
    intentions: I.map((id) => ({ id, name: `Intention ${id}`, serves: pick(E, 2).map((to) => ({ id: to, elasticity: "0.3" })) })),
    operationalKpis: O.map((id, k) => ({
      id, name: `Operational ${id}`, function: `F${k % 12}`, unit: "days", baseline: "40", target: "30", direction: "decrease",
      // every tenth KPI feeds an earlier one (job level → process level), never forming a cycle
      serves: k % 10 === 9 ? [{ id: O[random(k)], weight: "0.1" }] : pick(I, 2).map((to) => ({ id: to, weight: "0.4" })),
    })),
    solutions: ids("V", s).map((id, k) => ({
      id, name: `Solution ${id}`, phase: 1 + (k % 3), differentiator: "unique", measure: "monthly", serves: pick(O, 3),
    })),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median ms of `fn` over `runs` runs. */
function time(fn, runs) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export async function run({ smoke }) {
  const sizes = smoke ? [200, 2000] : [1000, 10000];
  const runs = smoke ? 1 : 15;
  const rows = [];
  // warm up the JIT on a mid-size graph so the small size is not measured cold
  const warm = generateBvf(sizes[0]);
  for (let k = 0; k < (smoke ? 1 : 20); k++) checkBvf(defineBvf(warm));
  for (const size of sizes) {
    const data = generateBvf(size);
    const text = JSON.stringify(data);
    const nodes = data.executiveKpis.length + data.intentions.length + data.operationalKpis.length + data.solutions.length + 1;
    const links = data.intentions.reduce((n, x) => n + x.serves.length, 0) + data.operationalKpis.reduce((n, x) => n + x.serves.length, 0) + data.solutions.reduce((n, x) => n + x.serves.length, 0);
    const findings = checkBvf(defineBvf(data)).length;
    const bvfMs = time(() => checkBvf(defineBvf(data)), runs);
    const baseMs = time(() => JSON.parse(text), runs);
    const per1k = (bvfMs / nodes) * 1000;
    rows.push(per1k);
    console.log(
      `${nodes} nodes, ${links} links: build + checks ${bvfMs.toFixed(2)} ms = ${per1k.toFixed(2)} ms per 1,000 nodes ` +
        `= ${(bvfMs / baseMs).toFixed(1)}× JSON.parse of the same data (${baseMs.toFixed(3)} ms); ${findings} findings`,
    );
  }
  const ratio = rows[1] / rows[0];
  console.log(`time per 1,000 nodes, ${sizes[1]} vs ${sizes[0]} nodes: ${ratio.toFixed(2)}× (target ≤ 2×) ${ratio <= 2 ? "ok" : "OVER TARGET"}`);
}

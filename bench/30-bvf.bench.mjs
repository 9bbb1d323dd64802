/**
 * BVF build + checks scale linearly: time per 1,000 nodes at 1k and 10k nodes (their ratio must stay within
 * 2×), each also as a ratio against JSON.parse(JSON.stringify(...)) of the same data in the same process.
 * Times are wall time (calls of milliseconds, where the process's CPU time also counts V8's helper
 * threads), each size's best of 15 paired rounds, printed with the spread over the rounds.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatRatio, ratioOf, rounds, wallTime } from "./_measure.mjs";

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

export async function run({ smoke }) {
  const sizes = smoke ? [200, 2000] : [1000, 10000];
  const count = smoke ? 1 : 15;
  // warm up the JIT on a mid-size graph so the small size is not measured cold
  const warm = generateBvf(sizes[0]);
  for (let k = 0; k < (smoke ? 1 : 20); k++) checkBvf(defineBvf(warm));
  const cases = sizes.map((size) => {
    const data = generateBvf(size);
    const nodes = data.executiveKpis.length + data.intentions.length + data.operationalKpis.length + data.solutions.length + 1;
    const links = data.intentions.reduce((n, x) => n + x.serves.length, 0) + data.operationalKpis.reduce((n, x) => n + x.serves.length, 0) + data.solutions.reduce((n, x) => n + x.serves.length, 0);
    return { size, data, text: JSON.stringify(data), nodes, links, findings: checkBvf(defineBvf(data)).length };
  });
  // Both sizes and their JSON.parse baselines in each round, so drift on a busy machine hits all alike.
  const timed = rounds(Object.fromEntries(cases.flatMap((c) => [
    [`bvf${c.size}`, () => checkBvf(defineBvf(c.data))],
    [`json${c.size}`, () => JSON.parse(c.text)],
  ])), count, wallTime);
  // Time per 1,000 nodes of each size, per round and at its best.
  const per1k = (c) => {
    const entry = timed[`bvf${c.size}`];
    return { best: (entry.best / c.nodes) * 1000, times: entry.times.map((ms) => (ms / c.nodes) * 1000) };
  };
  for (const c of cases) {
    const bvf = timed[`bvf${c.size}`];
    const json = timed[`json${c.size}`];
    console.log(
      `${c.nodes} nodes, ${c.links} links: build + checks ${bvf.best.toFixed(2)} ms = ${per1k(c).best.toFixed(2)} ms per 1,000 nodes ` +
        `= ${formatRatio(ratioOf(bvf, json), count, 1)} JSON.parse of the same data (${json.best.toFixed(3)} ms); ${c.findings} findings`,
    );
  }
  const scaling = ratioOf(per1k(cases[1]), per1k(cases[0]));
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= 2 ? "ok" : "OVER TARGET";
  console.log(`time per 1,000 nodes, ${sizes[1]} vs ${sizes[0]} nodes: ${formatRatio(scaling, count)} (target ≤ 2×) ${verdict}`);
}

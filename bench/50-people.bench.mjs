/**
 * The buying centre scales linearly: `defineBuyingCentre` + `checkBuyingCentre` + `personValues` (every
 * person + `attentionRanking` of generated buying centres of 100 and 1,000 people, against one frame of
 * about 1,000 elements and one evaluated value case (the frame, the evaluation and its executive summary
 * are made once, outside the timing). Prints each size's time per person, their ratio (target: 1,000 /
 * 100 ≤ 2×) with its spread over the rounds, the 1,000-person total (median and spread) and where each
 * size's time goes (wall time of each step in the best round). Times are CPU time of the main thread (see
 * _measure.mjs); both sizes are timed in each of 15 paired rounds, in alternating order, so that drift on
 * a busy machine hits both; the 100-person centre is run 10 times a round, so that each timed call is as
 * long as the large one's and long enough for the clock, and its time per person is that of the batch.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpuClock, formatRatio, median, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const { defineFrame } = await dist("");
const { defineValueCase, evaluate, executiveSummary } = await dist("quantify");
const { attentionRanking, buyingRoles, checkBuyingCentre, defineBuyingCentre, personValues } = await dist("people");

const AS_OF = "2026-12-06";
const TARGET = 2;

/** A deterministic generator of whole numbers below `n`, as in 30-bvf. */
function lcg(seed) {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

/**
 * A frame of about `elements` elements in the proportions 10 goals : 20 success factors : 60 critical
 * issues : 5 solutions : 5 values. Each success factor serves one or two goals, each issue (CBI or CPI)
 * hurts one success factor, each solution addresses three issues, each value serves a goal through a
 * solution. G0, I0, S0, V0 and V1 stand in for the distributor example's g-cash, cbi-dso,
 * sol-credit-to-cash, v-working-capital and v-financing-cost, which the value case links to.
 */
export function generateFrame(elements) {
  const random = lcg(7);
  const count = (share) => Math.max(2, Math.round((elements * share) / 100));
  const [g, f, i, s, v] = [count(10), count(20), count(60), count(5), count(5)];
  const ids = (prefix, n) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);
  const G = ids("G", g), F = ids("F", f), I = ids("I", i), S = ids("S", s);
  const perspectives = ["financial", "customer", "market", "employee"];
  const cells = [
    { level: "process", dimension: "management", aspect: "interface" },
    { level: "job", dimension: "management", aspect: "consequences" },
    { level: "process", dimension: "design", aspect: "input" },
    { level: "organization", dimension: "goals" },
  ];
  return {
    customer: { name: "Generated distributor", industry: "industrial distribution" },
    currency: "CNY",
    goals: G.map((id, k) => ({
      id, name: `Goal ${id}`, perspective: k === 0 ? "financial" : perspectives[k % 4], metric: `metric ${id}`,
      unit: k === 0 ? "M CNY" : "points", baseline: 40 + (k % 13), target: 48 + (k % 13), direction: "increase", deadline: "2026-12-31",
    })),
    successFactors: F.map((id, k) => ({
      id, name: `Success factor ${id}`, source: "industry", serves: k < g ? [G[k]] : [...new Set([G[random(g)], G[random(g)]])],
    })),
    issues: I.map((id, k) => ({
      id, name: `Issue ${id}`, kind: k % 3 === 0 ? "CPI" : "CBI", hurts: [F[k < f ? k : random(f)]],
      tests: { importance: 1 + (k % 5), hiddenness: 1 + random(5), trend: 1 + random(5) }, cell: cells[k % cells.length],
    })),
    solutions: S.map((id, k) => ({
      id, name: `Solution ${id}`, addresses: [...new Set([I[k], I[random(i)], I[random(i)]])], approach: "resolve", level: "process",
      scores: { level: 4, linkage: 4, innovation: 3, risk: 3, timeliness: 5 },
    })),
    values: ids("V", v).map((id, k) => ({
      id, name: `Value ${id}`, kind: "financial", serves: k < 2 ? G[0] : G[random(g)], solution: S[k % s],
      amount: 100000 * (k + 1), recurrence: k % 2 === 0 ? "once" : "yearly", timing: { startsAfterMonths: 1, realisedWithinMonths: 6 }, probability: 0.8,
    })),
  };
}

/** The distributor example's value case, its links pointing at the generated frame's stand-ins. */
function caseFor() {
  const input = JSON.parse(readFileSync(join(root, "examples", "distributor.case.json"), "utf8"));
  const to = { "g-cash": "G0", "cbi-dso": "I0", "sol-credit-to-cash": "S0", "v-working-capital": "V0", "v-financing-cost": "V1" };
  for (const line of input.lines) line.serves = line.serves?.map((link) => ({ ...link, id: to[link.id] ?? link.id }));
  return defineValueCase(input);
}

/**
 * A buying centre of `size` people whose needs link to `frame`: an org chart (each person reports to an
 * earlier one), 0–2 buying roles (about one in 20 a decision maker), influence 1–5, 1–3 dated
 * observations (attitude, closeness, sometimes concerns, Maslow level, attitude to change, the mentor
 * conditions), 1–3 business needs of 1–3 links each to the frame's goals and issues, 0–2 motives, some
 * expectations, personal needs and plans; a relation for every other person and a faction for every 20.
 */
export function generateCentre(size, frame) {
  const random = lcg(size);
  const pick = (list) => list[random(list.length)];
  const targets = [...frame.goals.map((g) => g.id), ...frame.issues.map((i) => i.id)];
  const categories = ["decisionMaking", "decisionMaking", "industryExpert", "peripheralSenior"];
  const attitudes = ["mentor", "supporter", "supporter", "neutral", "neutral", "nonSupporter", "opponent"];
  const groups = ["business", "financial", "political", "culture", "operational", "technical"];
  const date = () => `2026-${String(1 + random(11)).padStart(2, "0")}-${String(1 + random(28)).padStart(2, "0")}`;
  const people = Array.from({ length: size }, (_, k) => {
    const roles = k === 0 ? ["approver"] : [...new Set(Array.from({ length: random(3) }, () => (random(20) === 0 ? "decisionMaker" : pick(buyingRoles.slice(1)))))];
    const observations = Array.from({ length: 1 + random(3) }, (_, o) => {
      const attitude = pick(attitudes);
      return {
        date: date(), source: `meeting ${o + 1}`, attitude, closeness: 1 + random(5),
        ...(random(2) === 0 ? { concerns: [{ group: pick(groups), concern: "cash and growth" }] } : {}),
        ...(random(3) === 0 ? { maslow: "esteem", attitudeToChange: "pragmatist" } : {}),
        ...(attitude === "mentor" ? { mentorConditions: { needsKnown: true, mutualTrust: random(2) === 0, consulted: true } } : {}),
      };
    });
    return {
      id: `P${k}`, name: `Person ${k}`, title: `Title ${k % 37}`, department: `Department ${k % 11}`,
      ...(k === 0 ? {} : { reportsTo: `P${random(k)}` }),
      category: k === 0 ? "executive" : pick(categories), aboveBudgetBoundary: k < 3, roles, influence: k === 0 ? 5 : 1 + random(5),
      involvement: 1 + random(5), socialStyle: pick(["driving", "technical", "amiable", "talkative"]), met: random(3) !== 0,
      ...(random(4) === 0 ? { plan: "Meet them with the credit manager; show the cash line." } : {}),
      men: {
        expectations: random(2) === 0 ? [{ kind: "requirement", text: "No slower order taking" }] : [],
        needs: Array.from({ length: 1 + random(3) }, () => ({
          kind: random(2) === 0 ? "goal" : "obstacle", text: "A need in their words",
          links: [...new Set(Array.from({ length: 1 + random(3) }, () => pick(targets)))], source: "internalGoals",
        })),
        organisationalBenefit: ["Working capital released"],
        personalNeeds: random(3) === 0 ? [{ kind: "recognition", text: "Seen as the one who fixed cash" }] : [],
        motives: Array.from({ length: random(3) }, (_, m) => ({ kind: m === 0 ? "pain" : "ambition", text: "A motive of theirs" })),
      },
      observations,
    };
  });
  const relations = Array.from({ length: Math.floor(size / 2) }, () => {
    const from = random(size);
    return { from: `P${from}`, to: `P${(from + 1 + random(size - 1)) % size}`, kind: pick(["ally", "rival", "influences", "mentors"]) };
  });
  const factions = Array.from({ length: Math.max(1, Math.floor(size / 20)) }, (_, k) => ({
    id: `faction${k}`, name: `Faction ${k}`, members: [...new Set(Array.from({ length: 5 + random(6) }, () => `P${random(size)}`))],
  }));
  return { budget: { amount: "1500000", currency: "CNY", source: "generated" }, people, relations, factions };
}

/** Wall time in ms since `start` (a process.hrtime.bigint()). */
const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * The timed work on one centre: define, check, the value for every person, the attention ranking; the
 * wall time of each step and what came out (to check it after the timing).
 */
function once(input, { frame, evaluation, summary }) {
  let t = process.hrtime.bigint();
  const centre = defineBuyingCentre(input, { frame, asOf: AS_OF });
  const define = since(t);
  t = process.hrtime.bigint();
  const findings = checkBuyingCentre(centre, { frame, evaluation, asOf: AS_OF });
  const check = since(t);
  t = process.hrtime.bigint();
  const values = personValues(centre, { frame, evaluation, summary, asOf: AS_OF });
  const value = since(t);
  t = process.hrtime.bigint();
  const ranking = attentionRanking(centre, { asOf: AS_OF });
  const rank = since(t);
  return { steps: { define, check, value, rank }, findings, values, ranking };
}

export async function run({ smoke }) {
  const elements = smoke ? 100 : 1000;
  const sizes = smoke ? [10, 50] : [100, 1000];
  const count = smoke ? 1 : 15;
  const repeats = smoke ? 1 : sizes[1] / sizes[0];
  // Outside the timing: the frame, the case's evaluation (links checked against the frame) and its summary.
  const frame = defineFrame(generateFrame(elements));
  const valueCase = caseFor();
  const evaluation = evaluate(valueCase, { frame });
  const summary = executiveSummary(valueCase, { frame, computed: { evaluation } });
  const context = { frame, evaluation, summary };
  const [small, large] = sizes.map((size) => ({ size, input: generateCentre(size, frame) }));

  const batch = (c, n) => () => {
    let out;
    const steps = { define: 0, check: 0, value: 0, rank: 0 };
    for (let j = 0; j < n; j++) {
      out = once(c.input, context);
      for (const key of Object.keys(steps)) steps[key] += out.steps[key];
    }
    return { ...out, steps };
  };
  // Warm-up: full-size runs of both, so both are measured at steady state (optimised, heap grown).
  for (let k = 0; k < (smoke ? 1 : 3); k++) {
    batch(small, repeats)();
    batch(large, 1)();
  }

  const timed = rounds({ small: batch(small, repeats), large: batch(large, 1) }, count);
  for (const [c, entry] of [[small, timed.small], [large, timed.large]]) {
    const { findings, values, ranking } = entry.result;
    if (values.length !== c.size || ranking.length !== c.size) throw new Error(`${c.size} people: expected a value and a ranking row for every person`);
    if (!values.some((v) => v.goals.length > 0 && v.figures.length > 0)) throw new Error(`${c.size} people: no person reaches a goal with a figure`);
    c.findings = findings.length;
    c.goalsReached = values.reduce((n, v) => n + v.goals.length, 0);
  }

  /** Time per person in µs of a size, per round and at its best. */
  const perPerson = (entry, people) => ({ best: (entry.best * 1000) / people, times: entry.times.map((ms) => (ms * 1000) / people) });
  const perSmall = perPerson(timed.small, small.size * repeats);
  const perLarge = perPerson(timed.large, large.size);
  const steps = (entry, people) =>
    Object.entries({ define: "define", check: "check", value: "personValues", rank: "attentionRanking" })
      .map(([key, label]) => `${label} ${((entry.result.steps[key] * 1000) / people).toFixed(1)}`)
      .join(", ");

  const roundsText = `${count} round${count === 1 ? "" : "s"}`;
  const n = (x) => x.toLocaleString("en");
  console.log(
    `define + check + personValues (every person) + attentionRanking (${cpuClock}); frame of ${n(frame.goals.length + frame.successFactors.length + frame.issues.length + frame.solutions.length + frame.values.length)} elements ` +
      `(${frame.goals.length} goals, ${frame.successFactors.length} success factors, ${frame.issues.length} issues, ${frame.solutions.length} solutions, ${frame.values.length} values)`,
  );
  console.log(
    `${small.size} people: ${(timed.small.best / repeats).toFixed(2)} ms a run (best of ${roundsText}, ${repeats} run${repeats === 1 ? "" : "s"} each) ` +
      `= ${perSmall.best.toFixed(1)} µs per person; ${small.findings} findings, ${small.goalsReached} goals reached`,
  );
  console.log(
    `${large.size} people: median ${median(timed.large.times).toFixed(1)} ms, ${Math.min(...timed.large.times).toFixed(1)}–${Math.max(...timed.large.times).toFixed(1)} ms over ${roundsText} ` +
      `= ${perLarge.best.toFixed(1)} µs per person (best round); ${large.findings} findings, ${large.goalsReached} goals reached`,
  );
  console.log(`where it goes, µs per person (wall time, best round): ${small.size}: ${steps(timed.small, small.size * repeats)}; ${large.size}: ${steps(timed.large, large.size)}`);
  const scaling = ratioOf(perLarge, perSmall);
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= TARGET ? "ok" : "OVER TARGET";
  console.log(`time per person, ${large.size} vs ${small.size} people: ${formatRatio(scaling, count)} (target ≤ ${TARGET}×) ${verdict}`);
}

/**
 * The pursuit scales linearly in its log: `definePursuit` (against the buying centre) + `checkPursuit` +
 * `dealStage` + `progress` + `nextMoves` of generated pursuits of 10 people × 100 stage observations each
 * and 100 people × 1,000 each (1,000 and 100,000 observations), with a visit of two commitments for every
 * 10 observations and a concern for every 50. Prints each size's time per observation, their ratio
 * (target: large / small ≤ 1.5×) with its spread over the rounds, the large run's time (median and
 * spread) and where the time goes. Times are CPU time of the main thread (see _measure.mjs); both sizes
 * are timed in each of the paired rounds, in alternating order; the small pursuit runs 100 times a round,
 * so each timed call is as long as the large one's, and its time per observation is that of the batch.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpuClock, formatRatio, median, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const { defineBuyingCentre } = await dist("people");
const { checkPursuit, dealStage, definePursuit, nextMoves, progress, commitmentsForStage } = await dist("pursuit");

const TARGET = 1.5;

/** A deterministic generator of whole numbers below `n`: 30-bvf's, reading the high bits (the low ones cycle in 4 calls). */
function lcg(seed) {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
}

/** Day `k` after 2020-01-01 as an ISO date. */
const day = (k) => new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);

/** A buying centre of `people` people: a decision maker, an approver, influence 1–5, attitudes observed. */
function generateCentre(people) {
  const random = lcg(people);
  return defineBuyingCentre({
    people: Array.from({ length: people }, (_, k) => ({
      id: `P${k}`,
      name: `Person ${k}`,
      category: k === 0 ? "executive" : "decisionMaking",
      roles: k === 0 ? ["approver"] : k === 1 ? ["decisionMaker"] : [],
      influence: 1 + random(5),
      observations: [{ date: day(0), source: "first meeting", attitude: ["supporter", "neutral", "nonSupporter"][random(3)] }],
    })),
  });
}

/**
 * `perPerson` stage observations for each of `people` people, one a day each, the stage walking mostly
 * forward and sometimes back, with a leaning; logged late now and then (two neighbours swapped); a visit
 * for every 10 observations asking a highest and a lowest commitment (obtained, refused, kept, broken…)
 * and a concern with two levels for every 50.
 */
function generatePursuit(people, perPerson) {
  const random = lcg(people * perPerson);
  const stages = [];
  const visits = [];
  const concerns = [];
  for (let p = 0; p < people; p++) {
    let stage = 1 + random(3);
    const log = [];
    for (let k = 0; k < perPerson; k++) {
      stage = Math.min(10, Math.max(1, stage + [0, 0, 1, 1, -1][random(5)]));
      log.push({ person: `P${p}`, date: day(k), stage, leaning: ["us", "rival", "undecided"][random(3)], source: `visit ${k}` });
      if (k % 10 === 9) {
        const state = random(4);
        visits.push({
          id: `V${p}-${k}`,
          date: day(k),
          objective: "Move the order",
          people: [`P${p}`],
          commitments: [
            {
              id: `C${p}-${k}-h`, level: "highest", kind: commitmentsForStage(stage)[0], due: day(k + 5), people: [`P${p}`], action: "Act", benefit: "Gain",
              marks: { customersAction: true, movesOrder: true, favoursUs: random(5) !== 0 },
              answer: { state: state === 0 ? "refused" : "obtained", date: day(k) },
              ...(state >= 2 ? { outcome: { state: state === 2 ? "kept" : "broken", date: day(k + 5) } } : {}),
            },
            { id: `C${p}-${k}-l`, level: "lowest", due: day(k + 3), people: [`P${p}`], action: "Meet", ...(random(3) === 0 ? {} : { benefit: "Gain" }) },
          ],
        });
      }
      if (k % 50 === 49) concerns.push({ id: `K${p}-${k}`, person: `P${p}`, objection: "Too dear", levels: [{ date: day(k - 10), level: "hesitation" }, { date: day(k), level: ["doubt", "objection", "argument"][random(3)] }] });
    }
    for (let k = 1; k < log.length; k++) if (random(10) === 0) [log[k - 1], log[k]] = [log[k], log[k - 1]];
    stages.push(...log);
  }
  return { input: { stages, visits, concerns }, asOf: day(perPerson + 10) };
}

const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/** The timed work on one pursuit, with the wall time of each step. */
function once({ input, asOf, centre }) {
  let t = process.hrtime.bigint();
  const pursuit = definePursuit(input, { centre, asOf });
  const define = since(t);
  t = process.hrtime.bigint();
  const findings = checkPursuit(pursuit, { centre, asOf });
  const check = since(t);
  t = process.hrtime.bigint();
  const deal = dealStage(pursuit, { centre, asOf });
  const done = progress(pursuit, { asOf });
  const measure = since(t);
  t = process.hrtime.bigint();
  const moves = nextMoves(pursuit, { centre, asOf });
  const move = since(t);
  return { steps: { define, check, measure, move }, findings, deal, done, moves };
}

export async function run({ smoke }) {
  const sizes = smoke ? [[2, 20], [5, 40]] : [[10, 100], [100, 1000]];
  const count = smoke ? 1 : 11;
  const [small, large] = sizes.map(([people, perPerson]) => ({ people, observations: people * perPerson, centre: generateCentre(people), ...generatePursuit(people, perPerson) }));
  const repeats = large.observations / small.observations;

  const batch = (c, n) => () => {
    let out;
    const steps = { define: 0, check: 0, measure: 0, move: 0 };
    for (let j = 0; j < n; j++) {
      out = once(c);
      for (const key of Object.keys(steps)) steps[key] += out.steps[key];
    }
    return { ...out, steps };
  };
  for (let k = 0; k < (smoke ? 1 : 2); k++) {
    batch(small, repeats)();
    batch(large, 1)();
  }
  const timed = rounds({ small: batch(small, repeats), large: batch(large, 1) }, count);
  for (const [c, entry] of [[small, timed.small], [large, timed.large]]) {
    const { moves, done, findings } = entry.result;
    if (moves.length < c.people) throw new Error(`${c.observations} observations: expected a stage move for every person, got ${moves.length} moves`);
    if (done.obtained === 0 || findings.length === 0) throw new Error(`${c.observations} observations: expected commitments obtained and findings`);
    c.summary = `${findings.length} findings, ${done.obtained} commitments obtained, ${moves.length} moves`;
  }

  const perObservation = (entry, n) => ({ best: (entry.best * 1000) / n, times: entry.times.map((ms) => (ms * 1000) / n) });
  const perSmall = perObservation(timed.small, small.observations * repeats);
  const perLarge = perObservation(timed.large, large.observations);
  const steps = (entry, n) =>
    Object.entries({ define: "define", check: "checkPursuit", measure: "dealStage + progress", move: "nextMoves" })
      .map(([key, label]) => `${label} ${((entry.result.steps[key] * 1000) / n).toFixed(2)}`)
      .join(", ");
  const roundsText = `${count} round${count === 1 ? "" : "s"}`;
  const n = (x) => x.toLocaleString("en");
  console.log(`define + checkPursuit + dealStage + progress + nextMoves (${cpuClock})`);
  console.log(
    `${small.people} people × ${n(small.observations / small.people)} observations: ${(timed.small.best / repeats).toFixed(2)} ms a run (best of ${roundsText}, ${repeats} runs each) = ${perSmall.best.toFixed(2)} µs per observation; ${small.summary}`,
  );
  console.log(
    `${large.people} people × ${n(large.observations / large.people)} observations: median ${median(timed.large.times).toFixed(0)} ms, ${Math.min(...timed.large.times).toFixed(0)}–${Math.max(...timed.large.times).toFixed(0)} ms over ${roundsText} = ${perLarge.best.toFixed(2)} µs per observation (best round); ${large.summary}`,
  );
  console.log(`where it goes, µs per observation (wall time, best round): small: ${steps(timed.small, small.observations * repeats)}; large: ${steps(timed.large, large.observations)}`);
  const scaling = ratioOf(perLarge, perSmall);
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= TARGET ? "ok" : "OVER TARGET";
  console.log(`time per observation, ${n(large.observations)} vs ${n(small.observations)} observations: ${formatRatio(scaling, count)} (target ≤ ${TARGET}×) ${verdict}`);
}

/**
 * Qualifying scales linearly in the number of opportunities: for 1,000 and for 10,000 generated
 * opportunities, each validated (`defineQualification`) and worked out (`qualifyOpportunity`: the
 * twenty-question assessment, the customer's purchase criteria — five criteria, three suppliers, two
 * people's own weights — with break-even weights, the good-standard conditions and the moves), then the
 * territory's funnel of all of them weighed into the seller's pipeline (`defineTerritory` +
 * `reviewTerritory`). Prints the time per opportunity at each size, their ratio (target: 10,000 / 1,000
 * ≤ 1.5×) with its spread over the rounds, and where the time goes. Times are CPU time of the main thread
 * (see _measure.mjs); both sizes are timed in each paired round, the small one repeated so that each
 * timed call is as long as the large one's.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpuClock, formatRatio, median, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { defaultAssessmentQuestions, defineQualification, defineTerritory, qualifyOpportunity, reviewTerritory } = await import(pathToFileURL(join(root, "dist", "qualify", "index.js")).href);

const TARGET = 1.5;
const STAGES = ["P", "I", "B", "won", "lost"];

/** Opportunity `k`: answers, a comparison table, a value matrix, an opening and a funnel entry, varied by k. */
function generateOpportunity(k) {
  const criteria = ["fit", "price", "service", "risk", "references"].map((id, c) => ({ id, name: id, weight: String(10 + ((k + c * 7) % 30)), kind: c % 2 === 0 ? "soft" : "hard" }));
  const score = (s, c) => String(1 + ((k + s * 3 + c * 5) % 5));
  const suppliers = ["us", "rival-a", "rival-b"].map((id, s) => ({ id, name: id, us: s === 0, scores: Object.fromEntries(criteria.map((c, i) => [c.id, score(s, i)])) }));
  return {
    assessment: { answers: defaultAssessmentQuestions.map((q, i) => ({ question: q.id, score: Math.min(4, (k % 3) + ((k + i) % 3)), evidence: "account review" })) },
    criteria: {
      criteria,
      suppliers,
      byPerson: [
        { person: "p-cfo", weights: { price: "3", risk: "1" } },
        { person: "p-plant", weights: { fit: "2", service: "1" } },
      ],
    },
    valueMatrix: { bigGain: "1000000", impact: { followOn: 1 + (k % 5), brand: 1 + ((k + 1) % 5), morale: 3 } },
    opening: { turf: ["ours", "neutral", "theirs"][k % 3], leader: ["us", "none", "rival"][(k >> 1) % 3] },
    funnel: { stage: STAGES[k % 5], expectedMonth: `2027-${String(1 + (k % 12)).padStart(2, "0")}`, expectedInvestment: `${100000 + (k % 97) * 1000}.${String(k % 100).padStart(2, "0")}`, currency: "CNY" },
  };
}

const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function once({ inputs, documents }) {
  let t = process.hrtime.bigint();
  const qualifications = inputs.map((input) => defineQualification(input));
  const define = since(t);
  t = process.hrtime.bigint();
  const worked = qualifications.map((q) => qualifyOpportunity(q));
  const qualify = since(t);
  t = process.hrtime.bigint();
  const territory = defineTerritory({ currency: "CNY", documents });
  const review = reviewTerritory(territory, { opportunities: qualifications.map((qualification, k) => ({ document: documents[k], customer: `Customer ${k}`, qualification })) });
  const pipeline = since(t);
  return { steps: { define, qualify, pipeline }, worked, review };
}

export async function run({ smoke }) {
  const sizes = smoke ? [20, 100] : [1000, 10000];
  const count = smoke ? 1 : 5;
  const [small, large] = sizes.map((n) => ({ n, inputs: Array.from({ length: n }, (_, k) => generateOpportunity(k)), documents: Array.from({ length: n }, (_, k) => `case-${k}.valuecase.json`) }));
  const repeats = large.n / small.n;
  const batch = (c, n) => () => {
    let out;
    const steps = { define: 0, qualify: 0, pipeline: 0 };
    for (let j = 0; j < n; j++) {
      out = once(c);
      for (const key of Object.keys(steps)) steps[key] += out.steps[key];
    }
    return { ...out, steps };
  };
  for (let k = 0; k < 1; k++) {
    batch(small, repeats)();
    batch(large, 1)();
  }
  const timed = rounds({ small: batch(small, repeats), large: batch(large, 1) }, count);
  for (const [c, entry] of [[small, timed.small], [large, timed.large]]) {
    const { worked, review } = entry.result;
    if (worked.length !== c.n || review.opportunities.length !== c.n || review.funnel.entries.length !== c.n) throw new Error(`${c.n} opportunities: expected every one qualified and in the funnel`);
    if (worked.some((w) => w.assessment === undefined || w.comparison === undefined || w.comparison.byPerson.length !== 2)) throw new Error(`${c.n} opportunities: expected every assessment and comparison worked out`);
    // The pipeline is the exact sum of expected revenue × stage rate.
    const rates = { P: "0.1", I: "0.3", B: "0.6", won: "1", lost: "0" };
    const expected = review.funnel.entries.reduce((sum, e) => sum.plus(e.expectedInvestment.times(rates[e.stage])), review.pipeline.total.sellerWeightedRevenue.minus(review.pipeline.total.sellerWeightedRevenue));
    if (!expected.eq(review.pipeline.total.sellerWeightedRevenue)) throw new Error(`${c.n} opportunities: the weighted pipeline ${review.pipeline.total.sellerWeightedRevenue.toFixed(2)} is not Σ revenue × rate ${expected.toFixed(2)}`);
    const decisions = ["go", "qualifyFurther", "noGo"].map((d) => worked.filter((w) => w.assessment.decision === d).length);
    c.summary = `seller's weighted revenue ${review.pipeline.total.sellerWeightedRevenue.toFixed(2)} CNY; ${decisions.join(" / ")} go / qualify further / no go; ranked first in ${worked.filter((w) => w.comparison.us.rank === 1).length}`;
  }
  const per = (entry, n) => ({ best: (entry.best * 1000) / n, times: entry.times.map((ms) => (ms * 1000) / n) });
  const perSmall = per(timed.small, small.n * repeats);
  const perLarge = per(timed.large, large.n);
  const steps = (entry, n) => Object.entries(entry.result.steps).map(([name, ms]) => `${name} ${((ms * 1000) / n).toFixed(1)}`).join(", ");
  const roundsText = `${count} round${count === 1 ? "" : "s"}`;
  console.log(`defineQualification + qualifyOpportunity + the territory's pipeline (${cpuClock}); 20 answers, 5 criteria × 3 suppliers, 2 people's weights each`);
  console.log(`${small.n} opportunities: ${(timed.small.best / repeats).toFixed(1)} ms a run (best of ${roundsText}, ${repeats} runs each) = ${perSmall.best.toFixed(1)} µs per opportunity; ${small.summary}`);
  console.log(`${large.n} opportunities: median ${median(timed.large.times).toFixed(0)} ms, ${Math.min(...timed.large.times).toFixed(0)}–${Math.max(...timed.large.times).toFixed(0)} ms over ${roundsText} = ${perLarge.best.toFixed(1)} µs per opportunity (best round); ${large.summary}`);
  console.log(`where it goes, µs per opportunity (wall time, best round): small: ${steps(timed.small, small.n * repeats)}; large: ${steps(timed.large, large.n)}`);
  const scaling = ratioOf(perLarge, perSmall);
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= TARGET ? "ok" : "OVER TARGET";
  console.log(`time per opportunity, ${large.n} vs ${small.n}: ${formatRatio(scaling, count)} (target ≤ ${TARGET}×) ${verdict}`);
}

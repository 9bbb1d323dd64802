/** personQuestions: the questions for each person of a buying centre, chosen by what is known and what is still missing about them. */
import type { Frame } from "../frame/frame.js";
import type { BuyingCentre, Person } from "../people/schema.js";
import type { ElementRef, PersonQuestions, Question } from "./types.js";
import type { PersonQuestionKey } from "./keys.js";

const asked = (key: PersonQuestionKey, params?: Readonly<Record<string, string>>): Question<PersonQuestionKey> => (params === undefined ? { key } : { key, params });

/** The questions for every person of the buying centre, in its order (see `personQuestionKeys`). */
export function personQuestions(frame: Frame, centre: BuyingCentre): PersonQuestions[] {
  const goals = new Map(frame.goals.map((g) => [g.id, g]));
  const issues = new Map(frame.issues.map((i) => [i.id, i]));
  return centre.people.map((person) => questionsFor(person, goals, issues));
}

function questionsFor(person: Person, goals: ReadonlyMap<string, Frame["goals"][number]>, issues: ReadonlyMap<string, Frame["issues"][number]>): PersonQuestions {
  const { men } = person;
  const links = [...new Set(men.needs.flatMap((need) => need.links))];
  const goalRefs: ElementRef[] = links.flatMap((id) => {
    const g = goals.get(id);
    return g === undefined ? [] : [{ id, name: g.name }];
  });
  const issueRefs: ElementRef[] = links.flatMap((id) => {
    const i = issues.get(id);
    return i === undefined ? [] : [{ id, name: i.name }];
  });
  const measures = men.expectations.filter((e) => e.kind === "measure").map((e) => e.text);
  const needs = men.needs.map((n) => n.text);
  const issue = issueRefs[0];
  const goal = goalRefs[0];
  const subject = issue?.name ?? goal?.name;

  // Exploring: only what is still missing.
  const exploring: Question<PersonQuestionKey>[] = [];
  if (!person.met) exploring.push(asked("howDecided"), asked("whenDecided"));
  if (men.expectations.length === 0) exploring.push(asked("requirements"));
  else if (measures.length === 0) exploring.push(asked("measures"));
  if (!men.needs.some((n) => n.kind === "goal")) exploring.push(asked("projectFor"));
  if (!men.needs.some((n) => n.kind === "obstacle")) exploring.push(asked("obstacles", goal === undefined ? {} : { goal: goal.name }));
  if (men.adverseEffects.length === 0 && subject !== undefined) exploring.push(asked("adverseEffects", { subject }));
  if (men.organisationalBenefit.length === 0) exploring.push(asked("organisationalBenefit"));
  if (!men.motives.some((m) => m.kind === "ambition")) exploring.push(asked("personalGain"));
  if (!men.motives.some((m) => m.kind === "pain")) exploring.push(asked("worry"));

  // Controlling steers expectations and needs: only after exploring has found them.
  const known = men.expectations.length > 0 && men.needs.length > 0;
  const controlling: Question<PersonQuestionKey>[] = !known
    ? []
    : [
        ...(measures.length > 0 ? [asked("steerExpectation", { measure: measures[0]!, need: needs[0]! })] : []),
        ...(goal === undefined ? [] : [asked("steerNeed", { need: needs[0]!, goal: goal.name })]),
      ];
  const confirming = needs.length === 0 ? [] : [asked("summarise", { count: String(needs.length), needs: needs.join("; ") })];
  const visionGrid =
    subject === undefined
      ? []
      : (["diagnoseOpen", "diagnoseClosed", "diagnoseConfirm", "impactOpen", "impactClosed", "impactConfirm", "visionOpen", "visionClosed", "visionConfirm"] as const).map((key) =>
          asked(key, { subject, goal: goal?.name ?? subject }),
        );
  const spin =
    subject === undefined
      ? []
      : [
          asked("spinSituation", { subject: goal?.name ?? subject }),
          asked("spinProblem", { subject }),
          asked("spinImplication", { subject, goal: goal?.name ?? subject }),
          asked("spinNeedPayoff", { goal: goal?.name ?? subject }),
        ];
  return {
    id: person.id,
    name: person.name,
    facts: { title: person.title, goals: goalRefs, issues: issueRefs, needs, measures },
    exploring,
    controlling,
    confirming,
    visionGrid,
    spin,
  };
}

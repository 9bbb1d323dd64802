/**
 * Validates a buying centre in one pass and collects every problem with its path: the shape of each
 * person (item by item, so one bad person hides no other), duplicate ids, links to unknown people
 * (reports-to, relations, factions) with a "did you mean" hint, reports-to cycles, needs linked to goals
 * or issues the frame does not have, and observations dated after `asOf`.
 */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { inInputOrder } from "../../_internal/inputOrder.js";
import { isRecord } from "../../_internal/isRecord.js";
import { didYouMeanSuffix } from "../../_internal/suggest.js";
import { itemwiseReader } from "../../_internal/itemwise.js";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Frame } from "../../frame/frame.js";
import { budgetSchema, factionSchema, personSchema, relationSchema, type BuyingCentre, type Person } from "../schema.js";

/** What the links of a buying centre are checked against. */
export interface CentreContext {
  /** The frame whose goals and critical issues the needs link to; without it the links are not checked. */
  readonly frame?: Frame | undefined;
  /** No observation may be dated after this day. */
  readonly asOf?: string | undefined;
}

const TOP_KEYS = new Set(["budget", "people", "relations", "factions"]);

/** Validates unknown input as a buying centre: the frozen centre, or every problem found, in input order. */
export function validateBuyingCentre(input: unknown, context: CentreContext = {}): { readonly centre: BuyingCentre } | { readonly issues: readonly ValueframeIssue[] } {
  const issues: ValueframeIssue[] = [];
  if (!isRecord(input)) return { issues: [{ path: [], code: "invalid_type", message: "expected a buying centre object { people, budget?, relations?, factions? }" }] };
  const read = itemwiseReader(input, issues);
  read.onlyKeys(TOP_KEYS);
  const budget: BuyingCentre["budget"] = read.member("budget", budgetSchema);
  const peopleIn = read.list("people", "people");
  const people = read.items<Person>(peopleIn, "people", personSchema as never);
  const relations = read.items<BuyingCentre["relations"][number]>(read.list("relations"), "relations", relationSchema as never);
  const factions = read.items<BuyingCentre["factions"][number]>(read.list("factions"), "factions", factionSchema as never);

  // Ids: every person's, even of a malformed entry, so its links do not cascade into more problems.
  const ids = new Map<string, number>();
  peopleIn.forEach((item, index) => {
    const id = isRecord(item) ? item["id"] : undefined;
    if (typeof id !== "string" || id === "") return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, index);
    else issues.push({ path: ["people", index, "id"], code: "duplicate_id", message: `id "${id}" is already the id of people[${first}]` });
  });
  const frameIds = context.frame === undefined ? undefined : new Set([...context.frame.goals.map((g) => g.id), ...context.frame.issues.map((i) => i.id)]);
  const person = (value: string, path: IssuePath): void => {
    if (!ids.has(value)) issues.push({ path, code: "unknown_reference", message: `no person has the id "${value}"${didYouMeanSuffix(value, ids.keys())}` });
  };
  people.forEach((p, index) => {
    if (p === undefined) return;
    if (p.reportsTo !== undefined) {
      if (p.reportsTo === p.id) issues.push({ path: ["people", index, "reportsTo"], code: "cycle", message: `"${p.id}" cannot report to themself` });
      else person(p.reportsTo, ["people", index, "reportsTo"]);
    }
    p.men.needs.forEach((need, n) =>
      need.links.forEach((link, l) => {
        if (frameIds === undefined || frameIds.has(link)) return;
        issues.push({ path: ["people", index, "men", "needs", n, "links", l], code: "unknown_reference", message: `the frame has no goal or critical issue "${link}"${didYouMeanSuffix(link, frameIds)}` });
      }),
    );
    p.observations.forEach((observation, o) => {
      if (context.asOf !== undefined && observation.date > context.asOf)
        issues.push({ path: ["people", index, "observations", o, "date"], code: "after_as_of", message: `observed on ${observation.date}, after the as-of date ${context.asOf}` });
    });
  });
  relations.forEach((relation, index) => {
    if (relation === undefined) return;
    person(relation.from, ["relations", index, "from"]);
    person(relation.to, ["relations", index, "to"]);
    if (relation.from === relation.to) issues.push({ path: ["relations", index, "to"], code: "invalid_value", message: `a relation joins two people; both ends are "${relation.from}"` });
  });
  factions.forEach((faction, index) => faction?.members.forEach((member: string, m: number) => person(member, ["factions", index, "members", m])));
  // Cycles from the written ids and reporting lines, so a person with another problem still closes its ring.
  issues.push(...reportingCycles(peopleIn.map((item) => (isRecord(item) && typeof item["id"] === "string" ? { id: item["id"], reportsTo: typeof item["reportsTo"] === "string" ? item["reportsTo"] : undefined } : undefined))));
  if (issues.length > 0) return { issues: inInputOrder(issues, input) };
  const centre = { ...(budget === undefined ? {} : { budget }), people: people as Person[], relations: relations as BuyingCentre["relations"], factions: factions as BuyingCentre["factions"] };
  return { centre: deepFreeze(centre) };
}

/** Reports-to cycles of two or more people, each reported once at the first person of the cycle in input order. */
function reportingCycles(people: readonly ({ readonly id: string; readonly reportsTo: string | undefined } | undefined)[]): ValueframeIssue[] {
  // Each id at its first person (a repeated id is reported apart).
  const index = new Map<string, number>();
  people.forEach((p, i) => {
    if (p !== undefined && !index.has(p.id)) index.set(p.id, i);
  });
  const boss = new Map(people.flatMap((p, i) => (p?.reportsTo === undefined || p.reportsTo === p.id || index.get(p.id) !== i ? [] : [[p.id, p.reportsTo] as const])));
  const issues: ValueframeIssue[] = [];
  // People whose line reaches the top or a ring already found: each is walked once, so the work is linear.
  const settled = new Set<string>();
  for (const p of people) {
    if (p === undefined || settled.has(p.id)) continue;
    const seen: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = p.id;
    while (at !== undefined && !onPath.has(at) && !settled.has(at)) {
      seen.push(at);
      onPath.add(at);
      at = boss.get(at);
    }
    seen.forEach((id) => settled.add(id));
    if (at === undefined || !onPath.has(at)) continue;
    const cycle = seen.slice(seen.indexOf(at));
    const first = cycle.map((id) => index.get(id)!).sort((a, b) => a - b)[0]!;
    const from = people[first]!.id;
    const ring = [...cycle.slice(cycle.indexOf(from)), ...cycle.slice(0, cycle.indexOf(from)), from];
    issues.push({ path: ["people", first, "reportsTo"], code: "cycle", message: `the reporting lines go round: ${ring.join(" → ")}` });
  }
  return issues;
}

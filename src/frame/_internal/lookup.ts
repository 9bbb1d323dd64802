/** An index of a frame's elements and links, built once per frame (frames are frozen, so it never goes stale). */
import type { CriticalIssue } from "../criticalIssue.js";
import { type ElementKind, type FrameElement } from "../elements.js";
import { FrameLookupError } from "../errors.js";
import type { Frame } from "../frame.js";
import type { Goal } from "../goal.js";
import type { PerformanceValue } from "../performanceValue.js";
import type { Solution } from "../solution.js";
import type { SuccessFactor } from "../successFactor.js";

/** Lookups by id and the links read in both directions, each list in frame order. */
export interface FrameIndex {
  readonly byId: ReadonlyMap<string, FrameElement>;
  readonly successFactorsServing: (goalId: string) => readonly SuccessFactor[];
  readonly issuesHurting: (successFactorId: string) => readonly CriticalIssue[];
  readonly issuesBlocking: (goalId: string) => readonly CriticalIssue[];
  readonly solutionsAddressing: (issueId: string) => readonly Solution[];
  readonly valuesServing: (goalId: string) => readonly PerformanceValue[];
  readonly valuesFrom: (solutionId: string) => readonly PerformanceValue[];
}

const cache = new WeakMap<Frame, FrameIndex>();

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): (key: string) => readonly T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return (key) => groups.get(key) ?? [];
}

/** The index of a frame (built on first use). */
export function indexFrame(frame: Frame): FrameIndex {
  const cached = cache.get(frame);
  if (cached !== undefined) return cached;
  const byId = new Map<string, FrameElement>();
  for (const element of frame.goals) byId.set(element.id, { kind: "goal", element });
  for (const element of frame.successFactors) byId.set(element.id, { kind: "successFactor", element });
  for (const element of frame.issues) byId.set(element.id, { kind: "issue", element });
  for (const element of frame.solutions) byId.set(element.id, { kind: "solution", element });
  for (const element of frame.values) byId.set(element.id, { kind: "value", element });
  const index: FrameIndex = {
    byId,
    successFactorsServing: groupBy(frame.successFactors, (csf) => csf.serves),
    issuesHurting: groupBy(frame.issues, (issue) => issue.hurts),
    issuesBlocking: groupBy(frame.issues, (issue) => issue.blocks),
    solutionsAddressing: groupBy(frame.solutions, (solution) => solution.addresses),
    valuesServing: groupBy(frame.values, (value) => [value.serves]),
    valuesFrom: groupBy(frame.values, (value) => (value.solution === undefined ? [] : [value.solution])),
  };
  cache.set(frame, index);
  return index;
}

type ElementOf<K extends ElementKind> = Extract<FrameElement, { kind: K }>["element"];

/** The element of the given kind with this id; throws {@link FrameLookupError} when there is none. */
export function requireElement<K extends ElementKind>(frame: Frame, id: string, kind: K): ElementOf<K> {
  const found = indexFrame(frame).byId.get(id);
  if (found === undefined) throw new FrameLookupError(id, kind);
  if (found.kind !== kind) throw new FrameLookupError(id, kind, found.kind);
  return found.element as ElementOf<K>;
}

/** The elements of one kind with these ids, in the order given (a valid frame resolves every one). */
export function resolveAll<K extends ElementKind>(frame: Frame, ids: readonly string[], kind: K): ElementOf<K>[] {
  return ids.map((id) => requireElement(frame, id, kind));
}

/** The goals an issue leads to: through the success factors it hurts, and those it blocks directly; frame order, once each. */
export function goalsOfIssues(frame: Frame, issues: readonly CriticalIssue[]): Goal[] {
  const reached = new Set<string>();
  for (const issue of issues) {
    for (const csf of resolveAll(frame, issue.hurts, "successFactor")) for (const goal of csf.serves) reached.add(goal);
    for (const goal of issue.blocks) reached.add(goal);
  }
  return frame.goals.filter((goal) => reached.has(goal.id));
}

/**
 * The frame's integrity rules: unique ids, references that resolve to the right kind (an unknown one with
 * a "did you mean" hint when an id of that kind is close), and the links each element needs. They read the raw input so they can report alongside shape problems: an element with a
 * bad field still counts for its id and its references.
 */
import { type IssuePath, type ValueframeIssue, formatPath } from "../../errors/ValueframeError.js";
import { didYouMeanSuffix } from "../../_internal/suggest.js";
import { isRecord } from "../../_internal/isRecord.js";
import { type ElementKind, elementKindInfo, elementKinds } from "../elements.js";
import { aKind } from "./labels.js";

type Raw = Readonly<Record<string, unknown>>;

interface Known {
  readonly kind: ElementKind;
  readonly path: IssuePath;
}

function asRecord(value: unknown): Raw | undefined {
  return isRecord(value) ? (value as Raw) : undefined;
}

/** True when a list of references is absent or an empty array (a malformed list is a shape problem). */
function isEmptyList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Every integrity problem in a raw frame input, in frame order. */
export function integrityIssues(input: unknown): ValueframeIssue[] {
  const frame = asRecord(input);
  if (frame === undefined) return [];
  const issues: ValueframeIssue[] = [];
  const known = new Map<string, Known>();

  const elementsOf = (kind: ElementKind): { element: Raw; path: IssuePath }[] => {
    const section = elementKindInfo[kind].section;
    const list = frame[section];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item, index) => {
      const element = asRecord(item);
      return element === undefined ? [] : [{ element, path: [section, index] }];
    });
  };

  for (const kind of elementKinds) {
    for (const { element, path } of elementsOf(kind)) {
      const id = element["id"];
      if (typeof id !== "string" || id === "") continue;
      const first = known.get(id);
      if (first === undefined) {
        known.set(id, { kind, path });
      } else {
        issues.push({
          path: [...path, "id"],
          code: "duplicate_id",
          message: `id "${id}" is already used by the ${elementKindInfo[first.kind].label} at ${formatPath(first.path)}; ids must be unique across the whole frame`,
        });
      }
    }
  }

  const referrer = (kind: ElementKind, element: Raw, path: IssuePath): string => {
    const id = element["id"];
    return typeof id === "string" ? `${elementKindInfo[kind].label} "${id}"` : `${elementKindInfo[kind].label} at ${formatPath(path)}`;
  };

  const checkReference = (who: string, verb: string, ref: unknown, expected: ElementKind, path: IssuePath): void => {
    if (typeof ref !== "string" || ref === "") return;
    const target = known.get(ref);
    const expectedLabel = elementKindInfo[expected].label;
    if (target === undefined) {
      const hint = didYouMeanSuffix(ref, [...known].filter(([, other]) => other.kind === expected).map(([id]) => id));
      issues.push({ path, code: "unknown_reference", message: `${who} ${verb} unknown ${expectedLabel} "${ref}"${hint}` });
    } else if (target.kind !== expected) {
      issues.push({
        path,
        code: "wrong_kind_reference",
        message: `${who} ${verb} "${ref}", which is ${aKind(target.kind)} (${formatPath(target.path)}), not ${aKind(expected)}`,
      });
    }
  };

  const checkList = (who: string, verb: string, list: unknown, expected: ElementKind, path: IssuePath): void => {
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((ref: unknown, index) => {
      if (seen.has(ref)) {
        issues.push({
          path: [...path, index],
          code: "duplicate_reference",
          message: `${who} lists ${elementKindInfo[expected].label} ${JSON.stringify(ref)} more than once`,
        });
        return;
      }
      seen.add(ref);
      checkReference(who, verb, ref, expected, [...path, index]);
    });
  };

  for (const { element, path } of elementsOf("successFactor")) {
    const who = referrer("successFactor", element, path);
    if (Array.isArray(element["serves"]) && element["serves"].length === 0) {
      issues.push({ path: [...path, "serves"], code: "missing_link", message: `${who} serves no goal; a success factor must serve at least one` });
    }
    checkList(who, "serves", element["serves"], "goal", [...path, "serves"]);
  }

  for (const { element, path } of elementsOf("issue")) {
    const who = referrer("issue", element, path);
    if (element["kind"] === "CBI" && isEmptyList(element["hurts"])) {
      issues.push({
        path: [...path, "hurts"],
        code: "missing_link",
        message: `${who} is a CBI but hurts no success factor; a critical business issue is a success factor going wrong, so it must hurt at least one`,
      });
    }
    if (element["kind"] === "CPI" && isEmptyList(element["hurts"]) && isEmptyList(element["blocks"])) {
      issues.push({
        path,
        code: "missing_link",
        message: `${who} is a CPI that neither hurts a success factor nor blocks a goal; list one in "hurts" or "blocks"`,
      });
    }
    checkList(who, "hurts", element["hurts"], "successFactor", [...path, "hurts"]);
    checkList(who, "blocks", element["blocks"], "goal", [...path, "blocks"]);
  }

  for (const { element, path } of elementsOf("solution")) {
    const who = referrer("solution", element, path);
    if (Array.isArray(element["addresses"]) && element["addresses"].length === 0) {
      issues.push({ path: [...path, "addresses"], code: "missing_link", message: `${who} addresses no issue; a solution must address at least one` });
    }
    checkList(who, "addresses", element["addresses"], "issue", [...path, "addresses"]);
  }

  for (const { element, path } of elementsOf("value")) {
    const who = referrer("value", element, path);
    checkReference(who, "serves", element["serves"], "goal", [...path, "serves"]);
    checkReference(who, "comes from", element["solution"], "solution", [...path, "solution"]);
  }

  return issues;
}

/** The document's own shape, checked before its members: an object, known keys, at least one member. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { argumentMembers, documentMembers } from "../schema.js";

const knownKeys = new Set<string>(["$schema", ...documentMembers]);
const HOLDS = ["$schema", ...documentMembers].map((key, index, all) => `${index === all.length - 1 ? "and " : ""}"${key}"`).join(", ");

/**
 * Every problem of the document's outer shape; members' contents are left to their own validation. A
 * member file checked `alone` need not come with the argument or the members it links to.
 */
export function envelopeIssues(input: unknown, alone = false): ValueframeIssue[] {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return [{ path: [], code: "invalid_type", message: `expected a value-case document (an object with "frame", "case" or "bvf"), got ${describe(input)}` }];
  }
  const record = input as Record<string, unknown>;
  const issues: ValueframeIssue[] = [];
  for (const key of Object.keys(record)) {
    if (!knownKeys.has(key)) {
      // Located at the document, like zod's unknown keys: the key is named in the message.
      issues.push({ path: [], code: "unrecognized_keys", message: `unknown member "${key}" (a document holds ${HOLDS})` });
    }
  }
  if (record.$schema !== undefined && typeof record.$schema !== "string") {
    issues.push({ path: ["$schema"], code: "invalid_type", message: `expected the URL or path of a JSON Schema, got ${describe(record.$schema)}` });
  }
  for (const member of documentMembers) {
    const value = record[member];
    if (value === undefined || (typeof value === "string" && value !== "") || (value !== null && typeof value === "object" && !Array.isArray(value))) continue;
    issues.push({ path: [member], code: "invalid_type", message: `expected the ${member} as an object or the relative path of its file, got ${describe(value)}` });
  }
  if (alone) return issues;
  if (argumentMembers.every((member) => record[member] === undefined)) {
    issues.push({ path: [], code: "missing_member", message: 'a value-case document needs at least one of "frame", "case" and "bvf"' });
  }
  if (record["pursuit"] !== undefined && record["stakeholders"] === undefined) {
    issues.push({ path: ["pursuit"], code: "missing_member", message: 'the pursuit names the people of the buying centre: the document needs "stakeholders" too' });
  }
  if (record["realisation"] !== undefined && record["case"] === undefined) {
    issues.push({ path: ["realisation"], code: "missing_member", message: 'the realisation measures the value case: the document needs "case" too' });
  }
  return issues;
}

/** Names a value's type the way the messages need it: `an array`, `null`, `number 3`, `an empty string`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value === "") return "an empty string";
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/**
 * What makes an object a Locale render can write with: an `id` that is a BCP 47 language tag (Intl
 * formats figures for it), and every string and template English has, of the same kind (a string where
 * English has a string, a function where it has a template). An object passes the check once; after
 * that it is known good. Used by getLocale, defineLocale and every `locale` option.
 */
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import { en } from "./en/index.js";
import type { Locale } from "./types.js";

/** Locales that passed the check, and those built by defineLocale. */
const known = new WeakSet<object>([en]);

/** Marks a locale as known good (what defineLocale builds). */
export function trustLocale<L extends Locale>(locale: L): L {
  known.add(locale);
  return locale;
}

/** What a value is, for a message: `"x"`, `42`, `undefined`, `a function`, `an array`, `an object`. */
export function describe(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Why `id` is not a language tag Intl accepts, or undefined when it is one. */
export function localeTagProblem(id: unknown): string | undefined {
  if (typeof id === "string" && id !== "") {
    try {
      Intl.getCanonicalLocales(id);
      return undefined;
    } catch {
      // Falls through to the message below.
    }
  }
  return `must be a BCP 47 language tag such as "de-DE" or "fr" (Intl formats figures for it), got ${describe(id)}`;
}

type Kind = "a string" | "a template (function)" | "a list of strings" | "an object";

/** The kind of a locale entry, named as a message says it. */
export function kindOf(value: unknown): Kind | undefined {
  if (typeof value === "string") return "a string";
  if (typeof value === "function") return "a template (function)";
  if (Array.isArray(value)) return value.every((item) => typeof item === "string") ? "a list of strings" : undefined;
  return typeof value === "object" && value !== null ? "an object" : undefined;
}

/** Adds an issue for every entry of `reference` that `value` lacks or holds as another kind. */
function shapeIssues(reference: unknown, value: unknown, path: IssuePath, issues: ValueframeIssue[]): void {
  const want = kindOf(reference);
  if (kindOf(value) !== want) {
    issues.push({ path, code: "invalid_type", message: `must be ${want ?? "set"}, got ${describe(value)}` });
    return;
  }
  if (want !== "an object") return;
  for (const [key, inner] of Object.entries(reference as object)) shapeIssues(inner, (value as Record<string, unknown>)[key], [...path, key], issues);
}

/**
 * Every way `value` falls short of a {@link Locale}, each with its path inside the value (`["text",
 * "frame", "goals"]`); none when it is one.
 */
export function localeIssues(value: object): ValueframeIssue[] {
  if (known.has(value)) return [];
  const issues: ValueframeIssue[] = [];
  const candidate = value as Partial<Record<keyof Locale, unknown>>;
  const tag = localeTagProblem(candidate.id);
  if (tag !== undefined) issues.push({ path: ["id"], code: "invalid_value", message: tag });
  shapeIssues(en.text, candidate.text, ["text"], issues);
  shapeIssues(en.charts, candidate.charts, ["charts"], issues);
  if (issues.length === 0) known.add(value);
  return issues;
}

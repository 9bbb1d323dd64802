/** defineLocale: a locale of your own — a language tag, and the strings you change over a shipped locale. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import { RenderArgumentError } from "../errors.js";
import { checkLocale } from "../_internal/options.js";
import { describe, kindOf, localeTagProblem, trustLocale } from "./checkLocale.js";
import type { ChartMessages } from "./en/charts.js";
import type { Locale, LocaleId, TextMessages } from "./types.js";

/**
 * Part of a locale's strings, nested as in the locale: give only what you change. A template stays a
 * function of the same parameters (see {@link TextMessages} and {@link ChartMessages}).
 */
export type LocaleOverrides<T> = {
  readonly [K in keyof T]?: T[K] extends string | ((...args: never[]) => unknown) | readonly unknown[] ? T[K] : LocaleOverrides<T[K]>;
};

/** What {@link defineLocale} builds a locale from. */
export interface LocaleDefinition {
  /** A BCP 47 language tag, e.g. `"de-DE"`: Intl formats numbers, money and dates for it. */
  readonly id: string;
  /** The locale whose strings fill in everything not given here: `"en"` (default), `"zh-CN"` or a Locale. */
  readonly base?: LocaleId | Locale;
  /** Strings of documents and question plans to replace. */
  readonly text?: LocaleOverrides<TextMessages>;
  /** Strings of diagrams, charts and the HTML report to replace. */
  readonly charts?: LocaleOverrides<ChartMessages>;
}

/** The message of an override the base has not, naming the entries it may have meant (those of the same initial), else all. */
function unknownEntry(key: string, keys: readonly string[]): string {
  const near = keys.filter((candidate) => candidate[0]?.toLowerCase() === key[0]?.toLowerCase());
  const quoted = (list: readonly string[]) => list.map((candidate) => `"${candidate}"`).join(", ");
  return near.length > 0 ? `the base locale has no such entry (did you mean one of ${quoted(near)}?)` : `the base locale has no such entry; the entries here are ${quoted(keys)}`;
}

/** Adds an issue for every override that the base has not, or holds as another kind. */
function overrideIssues(base: unknown, given: unknown, path: IssuePath, issues: ValueframeIssue[]): void {
  if (given === undefined) return;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    issues.push({ path, code: "invalid_type", message: `must be an object of the strings to replace, got ${describe(given)}` });
    return;
  }
  const entries = base as Readonly<Record<string, unknown>>;
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(entries, key)) {
      issues.push({ path: [...path, key], code: "unrecognized_keys", message: unknownEntry(key, Object.keys(entries)) });
      continue;
    }
    const want = kindOf(entries[key]);
    if (want === "an object") overrideIssues(entries[key], value, [...path, key], issues);
    else if (kindOf(value) !== want) issues.push({ path: [...path, key], code: "invalid_type", message: `must be ${want ?? "set"}, got ${describe(value)}` });
  }
}

/** A copy of `base` with `given` laid over it, level by level. */
function merged(base: unknown, given: unknown): unknown {
  if (kindOf(base) !== "an object") return given === undefined ? base : given;
  const over = (given ?? {}) as Readonly<Record<string, unknown>>;
  return Object.fromEntries(Object.entries(base as object).map(([key, value]) => [key, merged(value, over[key])]));
}

/**
 * Builds a locale of your own: a language tag for Intl, and the strings you give laid over a shipped
 * locale (English unless `base` says otherwise). Every override is checked against the base — a key it
 * has not (with the keys it has), or a string where it has a template — and every problem is
 * reported at once. The result is deep-frozen and goes wherever `locale` is accepted.
 *
 * @param definition - `id`, and optionally `base`, `text` and `charts`
 * @returns the frozen locale
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) listing every problem with its path (`id`, `base`, `text.frame.gaols`…)
 *
 * @example
 * ```ts
 * import { defineLocale, frameToMarkdown, formatMoney } from "valueframe/render";
 * const de = defineLocale({
 *   id: "de-DE",
 *   text: { frame: { title: (customer) => `${customer}: Bezugsrahmen`, goals: "Strategische Ziele" } },
 * });
 * frameToMarkdown(frame, { locale: de, sections: ["goals"] }).split("\n")[0]; //=> "# Huatong Industrial Distribution: Bezugsrahmen"
 * formatMoney("14000000", "CNY", { locale: de }); //=> "14.000.000,00 CN¥"
 * ```
 */
export function defineLocale(definition: LocaleDefinition): Locale {
  if (typeof definition !== "object" || definition === null) {
    throw new RenderArgumentError([{ path: [], code: "invalid_type", message: `the definition must be an object, got ${describe(definition)}` }], "defineLocale definition");
  }
  const issues: ValueframeIssue[] = [];
  const tag = localeTagProblem(definition.id);
  if (tag !== undefined) issues.push({ path: ["id"], code: "invalid_value", message: tag });
  const baseIssues: ValueframeIssue[] = [];
  const base = checkLocale(definition.base, baseIssues);
  issues.push(...baseIssues.map((issue) => ({ ...issue, path: ["base", ...issue.path.slice(1)] })));
  overrideIssues(base.text, definition.text, ["text"], issues);
  overrideIssues(base.charts, definition.charts, ["charts"], issues);
  if (issues.length > 0) throw new RenderArgumentError(issues, "defineLocale definition");
  const text = merged(base.text, definition.text) as TextMessages;
  const charts = merged(base.charts, definition.charts) as ChartMessages;
  return trustLocale(deepFreeze({ id: definition.id, text, charts }));
}

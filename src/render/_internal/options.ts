/** Checks the options every renderer shares (locale, heading level, sections, digits) and collects every problem. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { RenderArgumentError, unknownLocaleMessage } from "../errors.js";
import { localeIssues } from "../locales/checkLocale.js";
import { en } from "../locales/en/index.js";
import { getLocale } from "../locales/getLocale.js";
import { type Locale, type LocaleId, localeIds } from "../locales/types.js";
import { type Audience, audiences, type RenderOptions, type SectionOptions } from "../options.js";

/** The issue of options that are not an object. */
export const notAnObject: ValueframeIssue = { path: [], code: "invalid_type", message: "options must be an object" };

/** The checked form of {@link SectionOptions}. */
export interface Resolved<S extends string> {
  readonly locale: Locale;
  readonly level: number;
  readonly audience: Audience;
  readonly sections: ReadonlySet<S>;
}

/** Adds an issue unless `audience` is absent or one of {@link audiences}; returns it, `"internal"` when absent or bad. */
export function checkAudience(audience: unknown, issues: ValueframeIssue[]): Audience {
  if (audience === undefined) return "internal";
  if ((audiences as readonly unknown[]).includes(audience)) return audience as Audience;
  issues.push({ path: ["audience"], code: "invalid_value", message: `must be ${audiences.map((a) => `"${a}"`).join(" or ")}, got ${JSON.stringify(audience)}` });
  return "internal";
}

/**
 * Adds the issues of a bad `locale` (an unknown id, or an object missing strings, each at its path under
 * `locale`); returns the locale, English when absent or bad.
 */
export function checkLocale(locale: unknown, issues: ValueframeIssue[]): Locale {
  if (locale === undefined) return en;
  if (typeof locale === "object" && locale !== null) {
    const problems = localeIssues(locale);
    issues.push(...problems.map((problem) => ({ ...problem, path: ["locale", ...problem.path] })));
    return problems.length === 0 ? (locale as Locale) : en;
  }
  if (typeof locale === "string" && (localeIds as readonly string[]).includes(locale)) return getLocale(locale as LocaleId);
  issues.push({ path: ["locale"], code: "invalid_value", message: unknownLocaleMessage(locale, localeIds) });
  return en;
}

/** Adds an issue unless `value` is undefined or a whole number in [min, max]. */
export function checkWhole(value: unknown, path: string, min: number, max: number, issues: ValueframeIssue[]): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ path: [path], code: "invalid_value", message: `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}` });
  }
}

/** Checks the options of a function that takes only a locale; throws one {@link RenderArgumentError} for a bad one. */
export function resolveLocale(subject: string, options: RenderOptions | undefined): Locale {
  const issues: ValueframeIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) issues.push(notAnObject);
  const locale = checkLocale(options?.locale, issues);
  if (issues.length > 0) throw new RenderArgumentError(issues, `${subject} options`);
  return locale;
}

/**
 * Checks an options object of a renderer; throws one {@link RenderArgumentError} listing every problem.
 * `internal` lists the seller-only sections: asking for one of them by name in a customer document is
 * a problem, left out silently when all sections are written.
 */
export function resolveOptions<S extends string>(
  subject: string,
  options: SectionOptions<S> | undefined,
  known: readonly S[],
  internal: readonly S[] = [],
  extra?: (issues: ValueframeIssue[]) => void,
): Resolved<S> {
  const issues: ValueframeIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new RenderArgumentError([notAnObject], `${subject} options`);
  }
  const locale = checkLocale(options?.locale, issues);
  checkWhole(options?.headingLevel, "headingLevel", 1, 5, issues);
  const audience = checkAudience(options?.audience, issues);
  const sections = options?.sections ?? known;
  if (!Array.isArray(sections)) issues.push({ path: ["sections"], code: "invalid_type", message: "must be an array of section names" });
  else {
    sections.forEach((section: unknown, i) => {
      if (!(known as readonly unknown[]).includes(section)) {
        issues.push({
          path: ["sections", i],
          code: "invalid_value",
          message: `unknown section ${JSON.stringify(section)}; the sections are ${known.map((k) => `"${k}"`).join(", ")}`,
        });
      } else if (options?.sections !== undefined && audience === "customer" && (internal as readonly unknown[]).includes(section)) {
        issues.push({ path: ["sections", i], code: "invalid_value", message: `section ${JSON.stringify(section)} is for the seller only and is not written for the customer audience` });
      }
    });
  }
  extra?.(issues);
  if (issues.length > 0) throw new RenderArgumentError(issues, `${subject} options`);
  return { locale, level: options?.headingLevel ?? 1, audience, sections: new Set(Array.isArray(sections) ? sections : known) };
}

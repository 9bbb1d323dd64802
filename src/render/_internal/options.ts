/** Checks the options every renderer shares (locale, heading level, sections, digits) and collects every problem. */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { RenderLocaleError, RenderArgumentError } from "../errors.js";
import { getLocale } from "../locales/getLocale.js";
import { type Locale, type LocaleId, localeIds } from "../locales/types.js";

/** Options shared by the Markdown renderers. */
export interface CommonOptions<S extends string> {
  readonly locale?: LocaleId | Locale;
  readonly headingLevel?: number;
  readonly sections?: readonly S[];
}

/** The checked form of {@link CommonOptions}. */
export interface Resolved<S extends string> {
  readonly locale: Locale;
  readonly level: number;
  readonly sections: ReadonlySet<S>;
}

/** Adds an issue when `locale` is given and unknown; returns the locale (English when absent or unknown). */
export function checkLocale(locale: unknown, issues: ValueframeIssue[]): Locale {
  if (locale === undefined) return getLocale("en");
  try {
    return getLocale(locale as LocaleId);
  } catch (error) {
    if (!(error instanceof RenderLocaleError)) throw error;
    issues.push({ path: ["locale"], code: "invalid_value", message: `unknown locale ${JSON.stringify(locale)}: use ${localeIds.map((id) => `"${id}"`).join(" or ")}` });
    return getLocale("en");
  }
}

/** Adds an issue unless `value` is undefined or a whole number in [min, max]. */
export function checkWhole(value: unknown, path: string, min: number, max: number, issues: ValueframeIssue[]): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ path: [path], code: "invalid_value", message: `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}` });
  }
}

/** Checks an options object of a renderer; throws one {@link RenderArgumentError} listing every problem. */
export function resolveOptions<S extends string>(
  subject: string,
  options: CommonOptions<S> | undefined,
  known: readonly S[],
  extra?: (issues: ValueframeIssue[]) => void,
): Resolved<S> {
  const issues: ValueframeIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new RenderArgumentError([{ path: [], code: "invalid_type", message: "options must be an object" }], `${subject} options`);
  }
  const locale = checkLocale(options?.locale, issues);
  checkWhole(options?.headingLevel, "headingLevel", 1, 5, issues);
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
      }
    });
  }
  extra?.(issues);
  if (issues.length > 0) throw new RenderArgumentError(issues, `${subject} options`);
  return { locale, level: options?.headingLevel ?? 1, sections: new Set(Array.isArray(sections) ? sections : known) };
}

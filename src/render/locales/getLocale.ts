/** getLocale: the strings of a shipped locale by id, or a Locale object of your own once checked. */
import { RenderArgumentError, RenderLocaleError } from "../errors.js";
import { localeIssues } from "./checkLocale.js";
import { en } from "./en/index.js";
import { type Locale, type LocaleId, localeIds } from "./types.js";
import { zhCN } from "./zh-CN/index.js";

const locales: Readonly<Record<LocaleId, Locale>> = { en, "zh-CN": zhCN };

/**
 * Returns a locale's strings: every heading, label, method term and question template of
 * valueframe/render (`text`) and of its diagrams and charts (`charts`).
 *
 * @param locale - `"en"` or `"zh-CN"`; or a {@link Locale} object (from `defineLocale`, say), returned as
 *   it is once it has every string and template English has
 * @returns the locale
 * @throws {RenderLocaleError} (code `RENDER_UNKNOWN_LOCALE`) for any other id
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an object that is not a whole locale, listing each missing or mistyped entry at its path
 *
 * @example
 * ```ts
 * import { getLocale } from "valueframe/render";
 * getLocale("zh-CN").text.frame.goals; //=> "战略目标"
 * getLocale(defineLocale({ id: "en-GB", text: { frame: { goals: "Board goals" } } })).id; //=> "en-GB"
 * getLocale("fr"); //=> throws RenderLocaleError: unknown locale "fr": use "en" or "zh-CN", or a Locale from defineLocale
 * ```
 */
export function getLocale(locale: LocaleId | Locale): Locale {
  if (typeof locale === "string" && Object.hasOwn(locales, locale)) return locales[locale];
  if (typeof locale !== "object" || locale === null) throw new RenderLocaleError(locale, localeIds);
  const issues = localeIssues(locale);
  if (issues.length > 0) throw new RenderArgumentError(issues.map((issue) => ({ ...issue, path: ["locale", ...issue.path] })), "getLocale arguments");
  return locale;
}

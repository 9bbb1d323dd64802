/** getLocale: the strings of one locale by id, or a typed error for an id valueframe does not know. */
import { RenderLocaleError } from "../errors.js";
import { en } from "./en/index.js";
import { type Locale, type LocaleId, localeIds } from "./types.js";
import { zhCN } from "./zh-CN/index.js";

const locales: Readonly<Record<LocaleId, Locale>> = { en, "zh-CN": zhCN };

/**
 * Returns a locale's strings: every heading, label, method term and question template of
 * valueframe/render (`text`) and of its diagrams and charts (`charts`).
 *
 * @param id - `"en"` or `"zh-CN"`; a {@link Locale} object is returned as it is
 * @returns the frozen locale
 * @throws {RenderLocaleError} (code `RENDER_UNKNOWN_LOCALE`) for any other id
 *
 * @example
 * ```ts
 * import { getLocale } from "valueframe/render";
 * getLocale("zh-CN").text.frame.goals; //=> "战略目标"
 * getLocale("fr"); //=> throws RenderLocaleError: unknown locale "fr": use "en" or "zh-CN"
 * ```
 */
export function getLocale(id: LocaleId | Locale): Locale {
  if (typeof id === "object" && id !== null && (localeIds as readonly string[]).includes(id.id)) return id;
  if (typeof id === "string" && Object.hasOwn(locales, id)) return locales[id];
  throw new RenderLocaleError(id, localeIds);
}

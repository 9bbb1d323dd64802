/** The shape of a locale: its id and every user-facing string of valueframe/render, in two parts. */
import type { ChartMessages } from "./en/charts.js";
import type { text } from "./en/text.js";

/** The locales valueframe/render writes in. */
export const localeIds = ["en", "zh-CN"] as const;

/** A locale id: `"en"` or `"zh-CN"`. */
export type LocaleId = (typeof localeIds)[number];

/**
 * The strings of reports and question plans: headings, labels, method terms and the sentence templates
 * of the question plan. Templates receive values already formatted for the locale.
 */
export type TextMessages = typeof text;

/** Every user-facing string of valueframe/render for one locale. Both parts are required. */
export interface Locale {
  readonly id: LocaleId;
  /** Reports, question plans and notebook display. */
  readonly text: TextMessages;
  /** Diagrams, charts and the HTML report. */
  readonly charts: ChartMessages;
}

/** The shape of a locale: its language tag and every user-facing string of valueframe/render, in two parts. */
import type { ChartMessages } from "./en/charts.js";
import type { text } from "./en/text.js";

/** The locales valueframe/render ships. */
export const localeIds = ["en", "zh-CN"] as const;

/** The id of a locale valueframe/render ships: `"en"` or `"zh-CN"`. Others are a {@link Locale} of your own. */
export type LocaleId = (typeof localeIds)[number];

/**
 * The strings of reports and question plans: headings, labels, method terms and the sentence templates
 * of the question plan. Templates receive values already formatted for the locale.
 */
export type TextMessages = typeof text;

/**
 * Every user-facing string of valueframe/render for one language. Both parts are required: build your
 * own from a shipped one with `defineLocale`.
 */
export interface Locale {
  /** A BCP 47 language tag (`"en"`, `"zh-CN"`, `"de-DE"`): Intl formats numbers, money and dates for it. */
  readonly id: string;
  /** Reports, question plans and notebook display. */
  readonly text: TextMessages;
  /** Diagrams, charts and the HTML report. */
  readonly charts: ChartMessages;
}

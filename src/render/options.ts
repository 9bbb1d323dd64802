/**
 * The options render's functions share, declared once: the language every function writes in
 * ({@link RenderOptions}), the title level of a document ({@link DocumentOptions}) and the sections a
 * document writes ({@link SectionOptions}). Each function's own options extend one of them.
 */
import type { Locale, LocaleId } from "./locales/types.js";

/** What every render function takes: the language it writes in. */
export interface RenderOptions {
  /**
   * `"en"` (default), `"zh-CN"`, or a {@link Locale} of your own (from `defineLocale`): its strings are
   * the words written, and Intl formats numbers, money and dates for its `id`.
   */
  readonly locale?: LocaleId | Locale;
}

/** What every Markdown document takes: the language and the level of its title. */
export interface DocumentOptions extends RenderOptions {
  /** Level of the title heading, 1–5 (default 1); sections are one level below. */
  readonly headingLevel?: number;
}

/** Whom a document is for, in the order of how much it shows. */
export const audiences = ["customer", "internal"] as const;

/**
 * Whom a document is for. `"internal"` (the default) is the seller's working document: everything,
 * with ids and formula source for tracing. `"customer"` is what the customer may see: no seller-only
 * section (warnings, scores, competitors, the seller's KPIs, checks), names instead of ids, calculations
 * in words.
 */
export type Audience = (typeof audiences)[number];

/** What a document made of sections takes: the language, the title level, whom it is for and which sections to write. */
export interface SectionOptions<S extends string> extends DocumentOptions {
  /** `"internal"` (default) or `"customer"`: see {@link Audience}. */
  readonly audience?: Audience;
  /**
   * Which sections to write, by id (default all). They are always written in the document's own order,
   * whatever the order given here.
   */
  readonly sections?: readonly S[];
}

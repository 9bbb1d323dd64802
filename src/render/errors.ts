/** The errors valueframe/render throws: an unknown locale, and arguments or options it cannot use (every problem, located). */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of render errors. */
export const RENDER_ERROR_CODES = {
  /** Arguments or options of a render function are not valid (see `issues`). */
  invalidArgument: "RENDER_INVALID_ARGUMENT",
  /** A locale id valueframe has no strings for (a Locale object of your own comes from `defineLocale`). */
  unknownLocale: "RENDER_UNKNOWN_LOCALE",
} as const;

/** One of {@link RENDER_ERROR_CODES}. */
export type RenderErrorCode = (typeof RENDER_ERROR_CODES)[keyof typeof RENDER_ERROR_CODES];

/** The message of a locale that is neither a known id nor a Locale object. */
export function unknownLocaleMessage(locale: unknown, known: readonly string[]): string {
  const given = typeof locale === "string" ? JSON.stringify(locale) : String(locale);
  return `unknown locale ${given}: use ${known.map((id) => `"${id}"`).join(" or ")}, or a Locale from defineLocale`;
}

/**
 * Thrown for a locale id valueframe has no strings for (code `RENDER_UNKNOWN_LOCALE`). Other languages
 * are a `Locale` object away: see `defineLocale`.
 *
 * @example
 * ```ts
 * try {
 *   getLocale("fr");
 * } catch (error) {
 *   if (error instanceof RenderLocaleError) error.message; //=> 'valueframe: unknown locale "fr": use "en" or "zh-CN", or a Locale from defineLocale'
 * }
 * ```
 */
export class RenderLocaleError extends ValueframeError {
  /** The id that was asked for. */
  readonly locale: unknown;

  constructor(locale: unknown, known: readonly string[]) {
    super(RENDER_ERROR_CODES.unknownLocale, unknownLocaleMessage(locale, known));
    this.locale = locale;
  }
}

/**
 * Thrown when an argument or option of a render function is not what it accepts — a subject that is
 * not a frame, an evaluation or a BVF; a currency that is not ISO 4217; a chart width out of range —
 * listing every problem with its path (code `RENDER_INVALID_ARGUMENT`).
 * @example
 * ```ts
 * try {
 *   waterfallSpec(evaluation, { width: 5 });
 * } catch (error) {
 *   if (error instanceof RenderArgumentError) error.issues[0]?.message; //=> "must be a whole number from 100 to 10000, got 5"
 * }
 * ```
 */
export class RenderArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(RENDER_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/** A {@link RenderArgumentError} for one bad argument of `fn`. */
export function renderArgumentError(fn: string, argument: string, message: string, code = "invalid_value"): RenderArgumentError {
  return new RenderArgumentError([{ path: [argument], code, message }], `${fn} arguments`);
}

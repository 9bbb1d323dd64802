/** The errors valueframe/render throws: an unknown locale, an argument it cannot render, invalid options. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** Every code a render error carries. */
export const RENDER_ERROR_CODES = {
  unknownLocale: "RENDER_UNKNOWN_LOCALE",
  invalidArgument: "RENDER_INVALID_ARGUMENT",
  invalidOptions: "RENDER_INVALID_OPTIONS",
} as const;

/**
 * Thrown for a locale id valueframe has no strings for (code `RENDER_UNKNOWN_LOCALE`).
 *
 * @example
 * ```ts
 * try {
 *   getLocale("fr");
 * } catch (error) {
 *   if (error instanceof RenderLocaleError) error.message; //=> 'valueframe: unknown locale "fr": use "en" or "zh-CN"'
 * }
 * ```
 */
export class RenderLocaleError extends ValueframeError {
  /** The id that was asked for. */
  readonly locale: unknown;

  constructor(locale: unknown, known: readonly string[]) {
    super(
      RENDER_ERROR_CODES.unknownLocale,
      `unknown locale ${typeof locale === "string" ? JSON.stringify(locale) : String(locale)}: use ${known.map((id) => `"${id}"`).join(" or ")}`,
    );
    this.locale = locale;
  }
}

/**
 * Thrown when a value to render or format is not what the function accepts (code `RENDER_INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * try {
 *   toHtmlReport({});
 * } catch (error) {
 *   if (error instanceof RenderArgumentError) error.code; //=> "RENDER_INVALID_ARGUMENT"
 * }
 * ```
 */
export class RenderArgumentError extends ValueframeError {
  constructor(message: string) {
    super(RENDER_ERROR_CODES.invalidArgument, message);
  }
}

/**
 * Thrown when render options are invalid, listing every problem with its path (code `RENDER_INVALID_OPTIONS`).
 *
 * @example
 * ```ts
 * try {
 *   waterfallSpec(evaluation, { width: 5 });
 * } catch (error) {
 *   if (error instanceof RenderOptionsError) error.issues[0]?.message; //=> "must be a whole number from 100 to 10000, got 5"
 * }
 * ```
 */
export class RenderOptionsError extends ValueframeValidationError {
  constructor(subject: string, issues: readonly ValueframeIssue[]) {
    super(RENDER_ERROR_CODES.invalidOptions, subject, issues);
  }
}

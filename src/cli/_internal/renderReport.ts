/** Renders a validated document and its figures as Markdown or as the self-contained HTML report. */
import type { ValueDocument } from "../../document/defineValueDocument.js";
import { CliUsageError } from "../errors.js";
import type { DocumentFigures } from "./evaluateDocument.js";

/** Formats the report command writes. */
export const reportFormats = ["md", "html", "json"] as const;

/** Locales of the Markdown and HTML reports. */
export const reportLocales = ["en", "zh-CN"] as const;

/** The Markdown or HTML report of a document. */
export async function renderReport(
  format: "md" | "html",
  _locale: (typeof reportLocales)[number],
  _document: ValueDocument,
  _figures: DocumentFigures | undefined,
): Promise<string> {
  throw new CliUsageError(`--format ${format} is not available in this build; use --format json`, "report");
}

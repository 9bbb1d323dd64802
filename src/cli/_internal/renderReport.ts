/**
 * Renders a validated document and its figures as Markdown or as the self-contained HTML report (which
 * `--format pdf` prints). The renderers load on first use, so validate and simulate start without them.
 */
import type { ValueDocument } from "../../document/defineValueDocument.js";
import type { Simulation } from "../../quantify/types.js";
import type { DocumentFigures } from "./documentFigures.js";

/** Formats the report command writes. */
export const reportFormats = ["md", "html", "json", "pdf"] as const;

/** Paper sizes of the printed report (HTML and PDF). */
export const reportPapers = ["a4", "letter"] as const;

/** Locales of the Markdown and HTML reports. */
export const reportLocales = ["en", "zh-CN"] as const;

/** The Markdown report: the frame, the documented calculation (scenarios, sensitivity, simulation) and the BVF. */
export async function markdownReport(
  locale: (typeof reportLocales)[number],
  document: ValueDocument,
  figures: DocumentFigures | undefined,
  simulation: Simulation | undefined,
): Promise<string> {
  const { frameToMarkdown } = await import("../../render/markdown/frameToMarkdown.js");
  const { evaluationToMarkdown } = await import("../../render/markdown/evaluationToMarkdown.js");
  const { bvfToMarkdown } = await import("../../render/markdown/bvfToMarkdown.js");
  const parts: string[] = [];
  if (document.frame !== undefined) parts.push(frameToMarkdown(document.frame, { locale }));
  if (figures !== undefined) {
    parts.push(
      evaluationToMarkdown(figures.evaluation, {
        locale,
        scenarios: figures.scenarios,
        ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }),
        ...(simulation === undefined ? {} : { simulation }),
      }),
    );
  }
  if (document.bvf !== undefined) parts.push(bvfToMarkdown(document.bvf, { locale }));
  return `${parts.map((part) => part.trimEnd()).join("\n\n")}\n`;
}

/** The cover and printed pages of the HTML report: paper size and the report's date (ISO). */
export interface PrintOptions {
  readonly paper: (typeof reportPapers)[number];
  readonly date: string;
}

/** The HTML report: one printable file with the charts as inline SVG beside their sections, and a cover. */
export async function htmlReport(
  locale: (typeof reportLocales)[number],
  document: ValueDocument,
  figures: DocumentFigures | undefined,
  simulation: Simulation | undefined,
  print?: PrintOptions,
): Promise<string> {
  const { toHtmlReport } = await import("../../render/html/toHtmlReport.js");
  return toHtmlReport(
    {
      ...(document.frame === undefined ? {} : { frame: document.frame }),
      ...(document.bvf === undefined ? {} : { bvf: document.bvf }),
      ...(figures === undefined
        ? {}
        : { evaluation: figures.evaluation, scenarios: figures.scenarios, ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }) }),
      ...(simulation === undefined ? {} : { simulation }),
    },
    { locale, ...print },
  );
}

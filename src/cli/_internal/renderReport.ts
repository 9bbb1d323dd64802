/**
 * Renders a validated document and its figures as Markdown or as the self-contained HTML report (which
 * `--format pdf` prints). The renderers load on first use, so validate and simulate start without them.
 */
import type { ValueDocument } from "../../document/defineValueDocument.js";
import type { Simulation } from "../../quantify/types.js";
import type { DocumentFigures } from "./documentFigures.js";

/** Formats the report command writes. */
export const reportFormats = ["md", "html", "json", "pdf", "xlsx"] as const;

/** Paper sizes of the printed report (HTML and PDF). */
export const reportPapers = ["a4", "letter"] as const;

/** Locales of the Markdown and HTML reports. */
export const reportLocales = ["en", "zh-CN"] as const;

/** Whom the report is for (render's audiences). */
export const reportAudiences = ["internal", "customer"] as const;

/** Language, audience and whether a customer report carries the appendix. */
export interface ReportView {
  readonly locale: (typeof reportLocales)[number];
  readonly audience: (typeof reportAudiences)[number];
  readonly appendix: boolean;
  /** Today, for the buying centre's standing and checks. */
  readonly asOf: string;
}

/**
 * The Markdown report: the executive summary, for the seller the opportunity's qualification and the
 * account plan (qualifying comes before the frame in the method), the frame, the documented calculation
 * (scenarios, sensitivity, simulation), the BVF, the realisation after the sale (for the customer its
 * quarterly business review), and for the seller the buying centre and the pursuit. For the customer the
 * working (assumptions, calculation steps, period tables) is written only with the appendix.
 */
export async function markdownReport(
  view: ReportView,
  document: ValueDocument,
  figures: DocumentFigures | undefined,
  simulation: Simulation | undefined,
): Promise<string> {
  const { frameToMarkdown } = await import("../../render/markdown/frameToMarkdown.js");
  const { evaluationToMarkdown, evaluationSections } = await import("../../render/markdown/evaluationToMarkdown.js");
  const { bvfToMarkdown } = await import("../../render/markdown/bvfToMarkdown.js");
  const { summaryToMarkdown } = await import("../../render/markdown/summaryToMarkdown.js");
  const { locale, audience } = view;
  const customer = audience === "customer";
  const working = ["overview", "assumptions", "calculation", "cashFlow"];
  const parts: string[] = [];
  if (figures !== undefined) parts.push(summaryToMarkdown(figures.summary, { locale, audience }));
  // The qualification and the account plan are the seller's alone: assessments, scores against competitors, the funnel.
  if (!customer) parts.push(...(await qualifyParts(view, document)));
  if (document.frame !== undefined) parts.push(frameToMarkdown(document.frame, { locale, audience }));
  if (figures !== undefined) {
    parts.push(
      evaluationToMarkdown(figures.evaluation, {
        locale,
        audience,
        sections: evaluationSections.filter((id) => id !== "summary" && !(customer && !view.appendix && working.includes(id))),
        scenarios: figures.scenarios,
        ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }),
        ...(simulation === undefined ? {} : { simulation }),
      }),
    );
  }
  if (document.bvf !== undefined) parts.push(bvfToMarkdown(document.bvf, { locale, audience }));
  // The buying centre is the seller's alone: the customer's report has nothing of it.
  if (document.stakeholders !== undefined && !customer) parts.push(...(await peopleParts(view, document, figures)));
  // The realisation is the customer's too: for them the quarterly business review, the working with the appendix.
  const track = await realisationTrack(view, document);
  if (track !== undefined) {
    const { realisationToMarkdown } = await import("../../render/markdown/realisationToMarkdown.js");
    const qbr = ["summary", "kpis", "milestones", "money", "rollUp"] as const;
    parts.push(
      realisationToMarkdown(track, {
        locale,
        audience,
        ...(customer && !view.appendix ? { sections: qbr } : {}),
        ...(document.stakeholders === undefined ? {} : { centre: document.stakeholders }),
        ...(document.frame === undefined ? {} : { frame: document.frame }),
      }),
    );
  }
  // The pursuit too: where each person stands, our commitments, concerns and moves are the seller's.
  if (document.pursuit !== undefined && !customer) {
    const { pursuitToMarkdown } = await import("../../render/markdown/pursuitToMarkdown.js");
    parts.push(
      pursuitToMarkdown(document.pursuit, {
        locale,
        asOf: view.asOf,
        ...(document.stakeholders === undefined ? {} : { centre: document.stakeholders }),
        ...(document.frame === undefined ? {} : { frame: document.frame }),
        ...(figures === undefined ? {} : { evaluation: figures.evaluation, summary: figures.summary }),
      }),
    );
  }
  return `${parts.map((part) => part.trimEnd()).join("\n\n")}\n`;
}

/** The opportunity's qualification and the account plan as the seller's working documents, when the document has them. */
async function qualifyParts(view: ReportView, document: ValueDocument): Promise<string[]> {
  const parts: string[] = [];
  if (document.qualification !== undefined) {
    const { qualificationToMarkdown } = await import("../../render/markdown/qualificationToMarkdown.js");
    const { stakeholders: centre, frame, bvf } = document;
    parts.push(qualificationToMarkdown(document.qualification, { locale: view.locale, ...(centre === undefined ? {} : { centre }), ...(frame === undefined ? {} : { frame }), ...(bvf === undefined ? {} : { bvf }) }));
  }
  if (document.account !== undefined) {
    const { accountPlanToMarkdown } = await import("../../render/markdown/accountPlanToMarkdown.js");
    parts.push(accountPlanToMarkdown(document.account, { locale: view.locale }));
  }
  return parts;
}

/**
 * The buying centre as the seller's working document, then one value page per person (with how to
 * present to them), each page a level below: for the internal report.
 */
export async function peopleParts(view: ReportView, document: ValueDocument, figures: DocumentFigures | undefined): Promise<string[]> {
  const { buyingCentreToMarkdown, personValueToMarkdown } = await import("../../render/markdown/buyingCentreToMarkdown.js");
  const { personValues } = await import("../../people/personValue.js");
  const centre = document.stakeholders!;
  const shared = { asOf: view.asOf, ...(document.frame === undefined ? {} : { frame: document.frame }), ...(figures === undefined ? {} : { evaluation: figures.evaluation }) };
  const parts = [buyingCentreToMarkdown(centre, { locale: view.locale, ...shared })];
  if (document.frame !== undefined) {
    const values = personValues(centre, { frame: document.frame, asOf: view.asOf, ...(figures === undefined ? {} : { evaluation: figures.evaluation, summary: figures.summary }) });
    parts.push(...values.map((value) => personValueToMarkdown(value, { locale: view.locale, headingLevel: 2 })));
  }
  return parts;
}

/** The cover and printed pages of the HTML report: paper size and the report's date (ISO). */
export interface PrintOptions {
  readonly paper: (typeof reportPapers)[number];
  readonly date: string;
}

/** The HTML report: one printable file with the charts as inline SVG beside their sections, and a cover. */
export async function htmlReport(
  view: ReportView,
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
        : { summary: figures.summary, evaluation: figures.evaluation, scenarios: figures.scenarios, ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }) }),
      ...(simulation === undefined ? {} : { simulation }),
      ...(document.stakeholders === undefined ? {} : { stakeholders: { centre: document.stakeholders, asOf: view.asOf } }),
      ...(document.pursuit === undefined ? {} : { pursuit: { pursuit: document.pursuit, asOf: view.asOf } }),
      ...(document.qualification === undefined ? {} : { qualification: { qualification: document.qualification } }),
      ...(document.account === undefined ? {} : { account: { plan: document.account } }),
      ...(await realisationTrack(view, document).then((track) => (track === undefined ? {} : { realisation: { track } }))),
    },
    { locale: view.locale, audience: view.audience, appendix: view.appendix, ...print },
  );
}

/** The document's realisation tracked as of the report's day, when it has one and a case. */
export async function realisationTrack(view: ReportView, document: ValueDocument): Promise<import("../../realise/trackRealisation.js").RealisationTrack | undefined> {
  if (document.realisation === undefined || document.case === undefined) return undefined;
  const { trackRealisation } = await import("../../realise/trackRealisation.js");
  return trackRealisation(document.realisation, { valueCase: document.case, asOf: view.asOf, ...(document.bvf === undefined ? {} : { bvf: document.bvf }) });
}

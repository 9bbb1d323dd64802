/** realisationBundle: the notebook display of a realisation track — the quarterly business review with its charts drawn. */
import type { Frame } from "../frame/frame.js";
import type { BuyingCentre } from "../people/schema.js";
import type { StatusThresholds } from "../realise/trackRealisation.js";
import { markdownToHtml } from "../render/markdown/markdownToHtml.js";
import { type RealisationTrack, realisationToMarkdown } from "../render/markdown/realisationToMarkdown.js";
import type { Audience } from "../render/options.js";
import { realisationKpiSvg } from "../render/svg/realisationKpiSvg.js";
import { realisationMoneySvg } from "../render/svg/realisationMoneySvg.js";
import { realisationKpiSpec } from "../render/vegaLite/realisationKpiSpec.js";
import { bundleOf, chartFigure, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** Options of {@link realisationBundle}: the notebook's, whom it is for, and what names the KPIs' measurers and goals. */
export interface RealisationBundleOptions extends JupyterBundleOptions {
  /** `"internal"` (default) or `"customer"`: for the customer, names without ids and no one named as who measures. */
  readonly audience?: Audience;
  /** The buying centre: who measures each KPI, by name (the seller's view only). */
  readonly centre?: BuyingCentre;
  /** The frame: the goal each KPI serves, by name. */
  readonly frame?: Frame;
  /** The thresholds the track was computed with, for the method's words (default 0.9 and 0.6). */
  readonly thresholds?: StatusThresholds;
}

/**
 * The MIME bundle a notebook shows for a realisation track: its quarterly business review
 * (`realisationToMarkdown`: realised against promised, the KPIs against plan, the months, milestones,
 * money by period, the roll-up, the measurements with their corrections, the method) as Markdown; HTML
 * with each KPI's planned path against its actuals (`realisationKpiSvg`) and the money realised against
 * promised (`realisationMoneySvg`) drawn after the document; plain text; and the KPIs' chart as a
 * Vega-Lite spec (`realisationKpiSpec`). `show(track)` displays it in Deno's Jupyter kernel.
 *
 * @param track - a realisation track from `trackRealisation` (valueframe/realise)
 * @param options - locale, heading level (default 2), `audience`, `centre`, `frame`, `thresholds`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a realisation track or bad options
 *
 * @example
 * ```ts
 * import { realisationBundle } from "valueframe/notebook";
 * const bundle = realisationBundle(trackRealisation(realisation, { valueCase, asOf: "2026-06-01" }));
 * Object.keys(bundle); //=> ["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]
 * bundle["text/html"].includes('<path class="planned"'); //=> true
 * ```
 */
export function realisationBundle(track: RealisationTrack, options?: RealisationBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const markdown = realisationToMarkdown(track, { ...options, ...resolved });
  const locale = resolved.locale === undefined ? {} : { locale: resolved.locale };
  const html = `${markdownToHtml(markdown)}\n${chartFigure(realisationKpiSvg(track, locale))}\n${chartFigure(realisationMoneySvg(track, locale))}`;
  return bundleOf(markdown, realisationKpiSpec(track, locale), html);
}

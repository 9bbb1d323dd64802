/** pursuitBundle: the notebook display of a pursuit — the seller's working document with the timeline drawn. */
import type { Frame } from "../frame/frame.js";
import type { BuyingCentre } from "../people/schema.js";
import type { ExecutiveSummary } from "../quantify/executiveSummary.js";
import type { Evaluation } from "../quantify/types.js";
import { getLocale } from "../render/locales/getLocale.js";
import type { Audience } from "../render/options.js";
import { type Pursuit, pursuitToMarkdown } from "../render/markdown/pursuitToMarkdown.js";
import { pursuitTimelineSvg } from "../render/svg/pursuitTimelineSvg.js";
import { bundleOf, markdownOptions, withDrawnDiagram } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** Options of {@link pursuitBundle}: the notebook's, the day the pursuit is read as of, and what names and enriches it. */
export interface PursuitBundleOptions extends JupyterBundleOptions {
  /** Today (ISO date): later visits are planned, due dates judged by it; without it, every visit counts as held. */
  readonly asOf?: string;
  /** The buying centre: people named and key people found; without it, people are named by their ids. */
  readonly centre?: BuyingCentre;
  /** The frame, the case's evaluation and its executive summary: the moves carry questions and figures. */
  readonly frame?: Frame;
  readonly evaluation?: Evaluation;
  readonly summary?: ExecutiveSummary;
  /** `"internal"` (default); for `"customer"` the bundle holds the title alone and no timeline: all of a pursuit is the seller's. */
  readonly audience?: Audience;
}

/**
 * The MIME bundle a notebook shows for a pursuit: its working document (the deal's stage, where each
 * person stands, progress as commitments obtained, visit plans, concerns, negotiation, checks, next
 * moves) as Markdown, HTML with the timeline drawn (`pursuitTimelineSvg`), and plain text. `show(pursuit)`
 * displays it in Deno's Jupyter kernel (without a centre: people named by their ids). Seller-only, like
 * everything about the people.
 *
 * @param pursuit - a pursuit from `definePursuit` (valueframe/pursuit)
 * @param options - locale, heading level (default 2), `asOf`, `centre`, `frame`, `evaluation`, `summary`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a pursuit or bad options
 *
 * @example
 * ```ts
 * import { pursuitBundle } from "valueframe/notebook";
 * const bundle = pursuitBundle(pursuit, { centre, asOf: "2026-12-06" });
 * Object.keys(bundle); //=> ["text/markdown", "text/html", "text/plain"]
 * bundle["text/html"].includes('<g class="lane"'); //=> true
 * ```
 */
export function pursuitBundle(pursuit: Pursuit, options?: PursuitBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const markdown = pursuitToMarkdown(pursuit, { ...options, ...resolved });
  const locale = resolved.locale === undefined ? {} : { locale: resolved.locale };
  const asOf = options?.asOf === undefined ? {} : { asOf: options.asOf };
  const centre = options?.centre === undefined ? {} : { centre: options.centre };
  // Everything about the pursuit is the seller's: a customer's view of it draws no timeline either.
  if (options?.audience === "customer") return bundleOf(markdown);
  const heading = getLocale(resolved.locale ?? "en").text.pursuit.timeline.heading;
  return bundleOf(markdown, undefined, withDrawnDiagram(markdown, heading, (resolved.headingLevel ?? 2) + 1, pursuitTimelineSvg(pursuit, { ...locale, ...asOf, ...centre })));
}

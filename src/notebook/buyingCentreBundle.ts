/** buyingCentreBundle: the notebook display of a buying centre — the seller's working document with the stakeholder map drawn, and the map as a Vega-Lite chart. */
import type { BuyingCentre } from "../people/schema.js";
import { buyingCentreToMarkdown } from "../render/markdown/buyingCentreToMarkdown.js";
import { getLocale } from "../render/locales/getLocale.js";
import { stakeholderMapSvg } from "../render/svg/stakeholderMapSvg.js";
import { stakeholderMapSpec } from "../render/vegaLite/stakeholderMapSpec.js";
import { bundleOf, markdownOptions, withDrawnDiagram } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** Options of {@link buyingCentreBundle}: the notebook's, and the day the standings are read as of. */
export interface BuyingCentreBundleOptions extends JupyterBundleOptions {
  /** Today (ISO date): standings as observed by then and stale observations found; without it, every observation counts. */
  readonly asOf?: string;
}

/**
 * The MIME bundle a notebook shows for a buying centre: its working document (people, standing, MEN,
 * relations, checks, whom to see first) as Markdown, HTML with the stakeholder map drawn, plain text,
 * and the map as a Vega-Lite chart. `show(centre)` displays it in Deno's Jupyter kernel. Seller-only,
 * like everything about the people.
 *
 * @param centre - a buying centre from `defineBuyingCentre`
 * @param options - locale, heading level (default 2), `asOf`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for bad options
 *
 * @example
 * ```ts
 * import { buyingCentreBundle } from "valueframe/notebook";
 * Object.keys(buyingCentreBundle(centre, { asOf: "2026-12-06" })); //=> ["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]
 * ```
 */
export function buyingCentreBundle(centre: BuyingCentre, options?: BuyingCentreBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const asOf = options?.asOf === undefined ? {} : { asOf: options.asOf };
  const markdown = buyingCentreToMarkdown(centre, { ...resolved, ...asOf });
  const locale = resolved.locale === undefined ? {} : { locale: resolved.locale };
  const heading = getLocale(resolved.locale ?? "en").charts.html.stakeholderMap;
  return bundleOf(markdown, stakeholderMapSpec(centre, { ...locale, ...asOf }), withDrawnDiagram(markdown, heading, (resolved.headingLevel ?? 2) + 1, stakeholderMapSvg(centre, { ...locale, ...asOf })));
}

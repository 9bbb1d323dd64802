/** qualificationBundle and accountPlanBundle: the notebook display of one opportunity's qualification — with its charts drawn — and of an account plan. */
import type { Bvf } from "../bvf/types.js";
import type { Frame } from "../frame/frame.js";
import type { BuyingCentre } from "../people/schema.js";
import { qualifyOpportunity } from "../qualify/defineQualification.js";
import { type AccountPlan, accountPlanToMarkdown } from "../render/markdown/accountPlanToMarkdown.js";
import { markdownToHtml } from "../render/markdown/markdownToHtml.js";
import { type Qualification, qualificationToMarkdown } from "../render/markdown/qualificationToMarkdown.js";
import type { Audience } from "../render/options.js";
import { openingGridSvg } from "../render/svg/openingGridSvg.js";
import { purchaseCriteriaSvg } from "../render/svg/purchaseCriteriaSvg.js";
import { valueMatrixSvg } from "../render/svg/valueMatrixSvg.js";
import { purchaseCriteriaSpec } from "../render/vegaLite/purchaseCriteriaSpec.js";
import { bundleOf, chartFigure, markdownOptions } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** Options of {@link qualificationBundle}: the notebook's, whom it is for, and what names the criteria's links. */
export interface QualificationBundleOptions extends JupyterBundleOptions {
  /** `"internal"` (default); for `"customer"` the bundle holds the title alone and no chart: all of a qualification is the seller's. */
  readonly audience?: Audience;
  /** The buying centre: people named, power read from it. */
  readonly centre?: BuyingCentre;
  /** The frame and the BVF: each criterion's need and solution by name. */
  readonly frame?: Frame;
  readonly bvf?: Bvf;
}

/** Options of {@link accountPlanBundle}: the notebook's and whom it is for. */
export interface AccountPlanBundleOptions extends JupyterBundleOptions {
  /** `"internal"` (default); for `"customer"` the bundle holds the title alone: an account plan is the seller's. */
  readonly audience?: Audience;
}

/**
 * The MIME bundle a notebook shows for one opportunity's qualification: its working document
 * (`qualificationToMarkdown`: the lead, the assessment card, the purchase criteria with the break-even
 * weights and the moves, the value matrix, the opening, 5W + 2P, PAIN + VISION + POWER, the funnel entry
 * with the seller's stage-weighted revenue) as Markdown; HTML with the charts it has data for drawn after
 * the document (`purchaseCriteriaSvg`, `valueMatrixSvg`, `openingGridSvg`); plain text; and the purchase
 * criteria as a Vega-Lite spec (`purchaseCriteriaSpec`) when they compare us with a rival.
 * `show(qualification)` displays it in Deno's Jupyter kernel. Seller-only.
 *
 * @param qualification - from `defineQualification` (valueframe/qualify)
 * @param options - locale, heading level (default 2), `audience`, `centre`, `frame`, `bvf`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a qualification or bad options
 *
 * @example
 * ```ts
 * import { qualificationBundle } from "valueframe/notebook";
 * const bundle = qualificationBundle(qualification, { centre });
 * Object.keys(bundle); //=> ["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]
 * bundle["text/html"].includes('<circle class="deal"'); //=> true
 * ```
 */
export function qualificationBundle(qualification: Qualification, options?: QualificationBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const markdown = qualificationToMarkdown(qualification, { ...options, ...resolved });
  // Everything about the qualification is the seller's: a customer's view of it draws no chart either.
  if (options?.audience === "customer") return bundleOf(markdown);
  const locale = resolved.locale === undefined ? {} : { locale: resolved.locale };
  const worked = qualifyOpportunity(qualification);
  const charts = [
    worked.comparison === undefined ? undefined : purchaseCriteriaSvg(qualification, locale),
    worked.valueMatrix === undefined ? undefined : valueMatrixSvg(qualification, locale),
    worked.opening === undefined ? undefined : openingGridSvg(qualification, locale),
  ].flatMap((svg) => (svg === undefined ? [] : [chartFigure(svg)]));
  return bundleOf(markdown, worked.comparison === undefined ? undefined : purchaseCriteriaSpec(qualification, locale), [markdownToHtml(markdown), ...charts].join("\n"));
}

/**
 * The MIME bundle a notebook shows for an account plan: its working document (`accountPlanToMarkdown`:
 * how complete it is, what is known with its evidence, the questions still open, the rules of
 * engagement) as Markdown, HTML and plain text. `show(plan)` displays it in Deno's Jupyter kernel.
 * Seller-only.
 *
 * @param plan - from `defineAccountPlan` (valueframe/qualify)
 * @param options - locale, heading level (default 2), `audience`
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not an account plan or bad options
 *
 * @example
 * ```ts
 * import { accountPlanBundle } from "valueframe/notebook";
 * accountPlanBundle(plan)["text/markdown"].split("\n")[0]; //=> "## Account plan: Huatong Industrial Distribution"
 * ```
 */
export function accountPlanBundle(plan: AccountPlan, options?: AccountPlanBundleOptions): JupyterBundle {
  return bundleOf(accountPlanToMarkdown(plan, { ...options, ...markdownOptions(options) }));
}

/** jupyterBundle: the notebook display of any result valueframe can show, for any kernel's display function. */
import type { Bvf } from "../bvf/types.js";
import type { Frame } from "../frame/frame.js";
import type { Evaluation } from "../quantify/types.js";
import { type Subject, subjectOf } from "../render/subject.js";
import { bvfBundle } from "./bvfBundle.js";
import { buyingCentreBundle } from "./buyingCentreBundle.js";
import type { BuyingCentre } from "../people/schema.js";
import type { Pursuit } from "../render/markdown/pursuitToMarkdown.js";
import { pursuitBundle } from "./pursuitBundle.js";
import type { RealisationTrack } from "../render/markdown/realisationToMarkdown.js";
import { realisationBundle } from "./realisationBundle.js";
import type { AccountPlan } from "../render/markdown/accountPlanToMarkdown.js";
import type { Qualification } from "../render/markdown/qualificationToMarkdown.js";
import { accountPlanBundle, qualificationBundle } from "./qualificationBundle.js";
import { territoryBundle } from "./territoryBundle.js";
import type { TerritoryReview } from "../render/markdown/territoryToMarkdown.js";
import { portfolioBundle } from "./portfolioBundle.js";
import type { PortfolioPipeline } from "../render/markdown/portfolioToMarkdown.js";
import { evaluationBundle } from "./evaluationBundle.js";
import { frameBundle } from "./frameBundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/** What the notebook display shows. */
export type Displayable = Frame | Evaluation | Bvf | BuyingCentre | Pursuit | RealisationTrack | Qualification | AccountPlan | TerritoryReview | PortfolioPipeline;

// One case per model: a new model joins the notebook display by adding its line here.
const bundles: { readonly [K in Subject["kind"]]: (value: never, options?: JupyterBundleOptions) => JupyterBundle } = {
  frame: frameBundle,
  evaluation: evaluationBundle,
  bvf: bvfBundle,
  buyingCentre: buyingCentreBundle,
  pursuit: pursuitBundle,
  realisation: realisationBundle,
  qualification: qualificationBundle,
  accountPlan: accountPlanBundle,
  territory: territoryBundle,
  portfolio: portfolioBundle,
};

/**
 * The MIME bundle (`text/markdown`, `text/html`, `text/plain`, and a Vega-Lite chart for an evaluation,
 * a realisation track or a qualification) of a frame, an evaluation, a BVF, a buying centre, a pursuit
 * (its people named by their ids: give `pursuitBundle` the centre to name them), a realisation track
 * (`realisationBundle`), a qualification (`qualificationBundle`; people by their ids, power as stated:
 * give it the centre), an account plan (`accountPlanBundle`), a territory review (`territoryBundle`) or a
 * portfolio's pipeline (`portfolioBundle`, the monthly net flows drawn). Hand it to your kernel's display
 * function (`Deno.jupyter.display(bundle, { raw: true })`, IPython's `display(bundle, raw=True)` through a
 * bridge, tslab's `display.html(bundle["text/html"])`), or let {@link show} do it in Deno.
 *
 * @param subject - a frame, an evaluation, a BVF, a buying centre, a pursuit, a realisation track, a qualification, an account plan, a territory review or a portfolio's pipeline
 * @param options - locale and heading level (default 2)
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the subject is none of them, or for bad options
 *
 * @example
 * ```ts
 * import { jupyterBundle } from "valueframe/notebook";
 * Object.keys(jupyterBundle(frame)); //=> ["text/markdown", "text/html", "text/plain"]
 * ```
 */
export function jupyterBundle(subject: Displayable, options?: JupyterBundleOptions): JupyterBundle {
  const found = subjectOf("jupyterBundle", subject);
  return bundles[found.kind](found.value as never, options);
}

/**
 * valueframe/notebook — rich notebook display of frames, evaluations, BVFs, buying centres, pursuits, realisation tracks, qualifications, account plans, territory reviews and portfolios' pipelines: `show(x)` for Deno's
 * Jupyter kernel (`Symbol.for("Jupyter.display")`), and the MIME bundles for any other kernel. The
 * results themselves stay plain frozen data; display lives here, on top of render.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { bvfBundle } from "./bvfBundle.js";
export { buyingCentreBundle } from "./buyingCentreBundle.js";
export type { BuyingCentreBundleOptions } from "./buyingCentreBundle.js";
export { evaluationBundle } from "./evaluationBundle.js";
export { frameBundle } from "./frameBundle.js";
export { jupyterBundle } from "./jupyterBundle.js";
export { pursuitBundle } from "./pursuitBundle.js";
export type { PursuitBundleOptions } from "./pursuitBundle.js";
export { accountPlanBundle, qualificationBundle } from "./qualificationBundle.js";
export type { AccountPlanBundleOptions, QualificationBundleOptions } from "./qualificationBundle.js";
export { territoryBundle } from "./territoryBundle.js";
export type { TerritoryBundleOptions } from "./territoryBundle.js";
export { portfolioBundle } from "./portfolioBundle.js";
export type { PortfolioBundleOptions } from "./portfolioBundle.js";
export { realisationBundle } from "./realisationBundle.js";
export type { RealisationBundleOptions } from "./realisationBundle.js";
export type { Displayable } from "./jupyterBundle.js";
export { show } from "./show.js";
export type { Shown } from "./show.js";
export { JUPYTER_DISPLAY } from "./types.js";
export type { JupyterBundle, JupyterBundleOptions } from "./types.js";

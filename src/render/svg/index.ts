/**
 * The charts as standalone SVG pictures — value waterfall, cumulative cash flow, tornado, simulated
 * NPV histogram, the buying centre's stakeholder map — drawn from the same chart data as the Vega-Lite
 * specs, so the two never disagree; the pursuit's timeline (each person's stage and commitments over time); a realisation's KPIs against plan and its money against promise; a qualification's purchase criteria, value matrix and opening grid; and the two diagrams — the frame's linkage and the BVF's four
 * levels — drawn in layers from the same model as their Mermaid source. Pure string builders: no
 * script, no dependency, no external resource; printable.
 *
 * @module
 */
export { bvfDiagramSvg } from "./bvfDiagramSvg.js";
export type { BvfDiagramSvgOptions } from "./bvfDiagramSvg.js";
export { cumulativeCashFlowSvg } from "./cumulativeCashFlowSvg.js";
export type { CumulativeCashFlowSvgOptions } from "./cumulativeCashFlowSvg.js";
export type { DiagramLayers } from "./_internal/diagramSvg.js";
export { histogramSvg } from "./histogramSvg.js";
export type { HistogramSvgOptions } from "./histogramSvg.js";
export { linkageDiagramSvg } from "./linkageDiagramSvg.js";
export type { LinkageDiagramSvgOptions } from "./linkageDiagramSvg.js";
export { openingGridSvg } from "./openingGridSvg.js";
export type { OpeningGridSvgOptions } from "./openingGridSvg.js";
export { purchaseCriteriaSvg } from "./purchaseCriteriaSvg.js";
export type { PurchaseCriteriaSvgOptions } from "./purchaseCriteriaSvg.js";
export { pursuitTimelineSvg } from "./pursuitTimelineSvg.js";
export type { PursuitTimelineSvgOptions } from "./pursuitTimelineSvg.js";
export { realisationKpiSvg } from "./realisationKpiSvg.js";
export type { RealisationKpiSvgOptions } from "./realisationKpiSvg.js";
export { realisationMoneySvg } from "./realisationMoneySvg.js";
export type { RealisationMoneySvgOptions } from "./realisationMoneySvg.js";
export { funnelSvg } from "./funnelSvg.js";
export type { FunnelSvgOptions } from "./funnelSvg.js";
export { pipelineByMonthSvg } from "./pipelineByMonthSvg.js";
export type { PipelineByMonthSvgOptions } from "./pipelineByMonthSvg.js";
export { tiersReviewSvg } from "./tiersReviewSvg.js";
export type { TiersReviewSvgOptions } from "./tiersReviewSvg.js";
export { stakeholderMapSvg } from "./stakeholderMapSvg.js";
export type { StakeholderMapSvgOptions } from "./stakeholderMapSvg.js";
export { tornadoSvg } from "./tornadoSvg.js";
export type { TornadoSvgOptions } from "./tornadoSvg.js";
export { valueMatrixSvg } from "./valueMatrixSvg.js";
export type { ValueMatrixSvgOptions } from "./valueMatrixSvg.js";
export { waterfallSvg } from "./waterfallSvg.js";
export type { WaterfallSvgOptions } from "./waterfallSvg.js";

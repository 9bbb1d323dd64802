/**
 * Chart data and Vega-Lite v5 specs: the value waterfall, the cumulative cash flow with its payback
 * point, the sensitivity tornado, the simulated NPV histogram, the buying centre's stakeholder map and
 * a realisation's KPIs (planned path against actuals) and money (realised against promised), and a
 * qualification's purchase criteria, customer value matrix and opening grid.
 * The data functions give exact Decimals and formatted texts; the specs are plain JSON with the data
 * inline.
 *
 * @module
 */
export { cumulativeCashFlowData } from "./cumulativeCashFlowData.js";
export type { CumulativeCashFlowData, CumulativeCashFlowOptions, CumulativePoint } from "./cumulativeCashFlowData.js";
export { cumulativeCashFlowSpec } from "./cumulativeCashFlowSpec.js";
export type { CumulativeCashFlowSpecOptions } from "./cumulativeCashFlowSpec.js";
export { histogramData } from "./histogramData.js";
export type { HistogramBar, HistogramData, HistogramMark, HistogramOptions } from "./histogramData.js";
export { histogramSpec } from "./histogramSpec.js";
export type { HistogramSpecOptions } from "./histogramSpec.js";
export { openingGridSpec } from "./openingGridSpec.js";
export type { OpeningGridSpecOptions } from "./openingGridSpec.js";
export { purchaseCriteriaSpec } from "./purchaseCriteriaSpec.js";
export type { PurchaseCriteriaSpecOptions } from "./purchaseCriteriaSpec.js";
export { openingGridData, purchaseCriteriaData, valueMatrixData } from "./qualificationChartData.js";
export type { OpeningGridCell, OpeningGridData, PurchaseCriteriaBar, PurchaseCriteriaChartCriterion, PurchaseCriteriaChartSupplier, PurchaseCriteriaData, QualificationChartOptions, ValueMatrixData, ValueMatrixQuadrant } from "./qualificationChartData.js";
export { realisationChartData } from "./realisationChartData.js";
export type { RealisationChartData, RealisationChartOptions, RealisationKpiChart, RealisationMoneyChart, RealisationMoneyPoint, RealisationMoneySeries, RealisationMoneySeriesId, RealisationPoint } from "./realisationChartData.js";
export { realisationKpiSpec } from "./realisationKpiSpec.js";
export type { RealisationKpiSpecOptions } from "./realisationKpiSpec.js";
export { realisationMoneySpec } from "./realisationMoneySpec.js";
export type { RealisationMoneySpecOptions } from "./realisationMoneySpec.js";
export { territoryChartData } from "./territoryChartData.js";
export type { TerritoryBar, TerritoryBarChart, TerritoryBarGroup, TerritoryChartData, TerritoryChartOptions, TerritorySeriesId } from "./territoryChartData.js";
export { funnelSpec } from "./funnelSpec.js";
export { pipelineByMonthSpec } from "./pipelineByMonthSpec.js";
export { tiersReviewSpec } from "./tiersReviewSpec.js";
export { stakeholderMapData } from "./stakeholderMapData.js";
export type { StakeholderMapData, StakeholderMapOptions, StakeholderMapRow } from "./stakeholderMapData.js";
export { stakeholderMapSpec } from "./stakeholderMapSpec.js";
export type { StakeholderMapSpecOptions } from "./stakeholderMapSpec.js";
export { tornadoData } from "./tornadoData.js";
export type { TornadoBar, TornadoChartOptions, TornadoData } from "./tornadoData.js";
export { tornadoSpec } from "./tornadoSpec.js";
export type { TornadoSpecOptions } from "./tornadoSpec.js";
export { valueMatrixSpec } from "./valueMatrixSpec.js";
export type { ValueMatrixSpecOptions } from "./valueMatrixSpec.js";
export type { ChartOptions, ChartSizeOptions, JsonValue, VegaLiteSpec } from "./types.js";
export { waterfallData } from "./waterfallData.js";
export type { WaterfallBar, WaterfallData, WaterfallOptions } from "./waterfallData.js";
export { waterfallSpec } from "./waterfallSpec.js";
export type { WaterfallSpecOptions } from "./waterfallSpec.js";

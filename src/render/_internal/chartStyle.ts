/**
 * What every picture of render draws alike, whatever its format: the colours and the default plot size.
 * The Vega-Lite specs and the SVG charts both read them from here, so the two never disagree.
 */

/** Colours: print well in colour and stay distinct in grey. */
export const palette = {
  benefit: "#2e7d32",
  cost: "#c62828",
  net: "#1565c0",
  line: "#1565c0",
  low: "#ef6c00",
  high: "#1565c0",
  bin: "#90a4ae",
  rule: "#37474f",
  grid: "#e0e0e0",
  text: "#212121",
  muted: "#616161",
} as const;

/** The default plot size in pixels. */
export const defaultSize = { width: 640, height: 360 } as const;

/** Colours of the realisation's charts: a KPI's planned path, actuals and target; the money's four series. */
export const realisationPalette = {
  planned: palette.line,
  actual: palette.benefit,
  target: palette.muted,
  promised: palette.muted,
  realised: palette.benefit,
  forecastPlan: palette.net,
  forecastTrend: palette.low,
} as const;

/** Colours of the territory's charts: the seller's expected and stage-weighted revenue; the review's expected and actual. */
export const territoryPalette = {
  expected: palette.bin,
  weighted: palette.net,
  reviewExpected: palette.muted,
  reviewActual: palette.benefit,
} as const;

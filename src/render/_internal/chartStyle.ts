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

/**
 * Colours of the qualification's charts: our offer and the rivals (the purchase criteria), the value
 * matrix's four categories, the opening grid's three groups, and the mark of the deal.
 */
export const qualifyPalette = {
  us: palette.net,
  rivals: ["#ef6c00", "#6d4c41", "#8e24aa", "#546e7a", "#c2185b", "#00838f"],
  categories: { 1: "#c8e6c9", 2: "#bbdefb", 3: "#fff3c4", 4: "#eceff1" },
  groups: { normal: "#c8e6c9", problem: "#ffe0b2", abnormal: "#ffcdd2" },
  deal: "#b71c1c",
} as const;

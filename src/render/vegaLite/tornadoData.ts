/** tornadoData: the bars of a tornado chart, one row per driver, from the base NPV to the NPV at each end. */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Tornado, TornadoRow } from "../../quantify/types.js";
import { chartOptions } from "../_internal/chartOptions.js";
import type { ChartOptions } from "./types.js";

/** Options of {@link tornadoData}. The measure is the tornado's own. */
export interface TornadoChartOptions extends Omit<ChartOptions, "measure"> {
  /** ISO currency of the NPVs, for the labels (a tornado does not carry it); plain numbers when left out. */
  readonly currency?: string;
}

/** One driver's row (the tornado's own figures) with its texts: two bars from the base NPV, to the NPV at the driver's low and at its high value. */
export interface TornadoBar extends TornadoRow {
  readonly lowText: string;
  readonly highText: string;
  /** "DSO reduction (8 – 16)". */
  readonly rowLabel: string;
}

/** Everything a tornado chart shows, exact. */
export interface TornadoData {
  readonly title: string;
  readonly description: string;
  readonly measure: "weighted" | "unadjusted";
  readonly currency: string | undefined;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly baseNpv: Decimal;
  readonly baseText: string;
  readonly legend: { readonly low: string; readonly high: string };
  /** Largest swing first. */
  readonly rows: readonly TornadoBar[];
}

/**
 * The rows of a tornado chart, largest swing first: for each driver the NPV with the driver at its low
 * and at its high value, around the base NPV.
 *
 * @param tornado - the result of `tornado(valueCase)`
 * @param options - `currency` for the labels, `locale`
 * @returns the rows with exact NPVs and formatted texts, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, measure, size…)
 *
 * @example
 * ```ts
 * const data = tornadoData(tornado(distributor), { currency: "CNY" });
 * data.rows[0].rowLabel; //=> "DSO reduction (8 – 16)"
 * data.rows[0].lowText; //=> "CN¥10,880,155.46"
 * ```
 */
export function tornadoData(tornado: Tornado, options?: TornadoChartOptions): TornadoData {
  const locale = chartOptions("tornadoData", options, { currency: { kind: "currency" } });
  const t = locale.text.charts;
  const currency = options?.currency;
  const show = (value: Decimal) => (currency === undefined ? locale.number(value) : locale.money(value, currency));
  const rows = tornado.rows.map((row): TornadoBar => ({
    ...row,
    lowText: show(row.npvAtLow),
    highText: show(row.npvAtHigh),
    rowLabel: `${row.label} (${locale.number(row.low, 10)} – ${locale.number(row.high, 10)})`,
  }));
  const baseText = show(tornado.baseNpv);
  return deepFreeze({
    title: tornado.measure === "weighted" ? t.tornadoWeighted : t.tornado,
    description: t.describe.tornado(rows.map((row) => `${row.rowLabel} ${row.lowText} – ${row.highText}`).join("; "), baseText),
    measure: tornado.measure,
    currency,
    xTitle: currency === undefined ? t.netPresent : t.tornadoAxis(currency),
    yTitle: t.driver,
    baseNpv: tornado.baseNpv,
    baseText,
    legend: { low: t.low, high: t.high },
    rows,
  });
}

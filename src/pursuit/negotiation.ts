/**
 * The negotiation's three elements (`000_…`, `001_…`): the reservation prices of both sides, the zone of
 * agreement between them (exact decimals; an empty zone is a finding), and the conditions of exchange
 * as trades, each valued; with the stage of the six the negotiation has reached.
 */
import { Dec, type Decimal } from "../numeric/decimal.js";
import type { NegotiationStage } from "./process.js";
import type { Negotiation, Trade } from "./schema.js";
import { checkedAsOf } from "./stageHistory.js";

/** The zone of agreement and the trades, worked out. */
export interface NegotiationPosition {
  readonly currency: string;
  /** Our reservation price: the zone's floor. */
  readonly floor: Decimal;
  /** The customer's reservation price as we estimate it: the zone's ceiling. */
  readonly ceiling: Decimal;
  /** Ceiling − floor: the room to agree in; negative when the zone is empty. */
  readonly width: Decimal;
  /** True when our floor is above their ceiling: no price both sides accept. */
  readonly empty: boolean;
  /** Each trade with its net value to us (what we get − what we give). */
  readonly trades: readonly (Trade & { readonly net: Decimal })[];
  /** Σ net over the trades: positive when the exchange favours us. */
  readonly tradeBalance: Decimal;
  /** The latest stage reached (by date, then as written), if any. */
  readonly stage: NegotiationStage | undefined;
}

/**
 * The zone of agreement: from our reservation price (the floor) to the customer's (the ceiling), its
 * width to the cent and whether it is empty; each trade's net value and their balance; the stage reached.
 *
 * @param negotiation - a pursuit's `negotiation`
 * @param options - `asOf`: stages reached and trades dated after it are left out (undated trades count)
 * @returns the position, exact
 * @throws {PursuitArgumentError} (code `PURSUIT_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * const zone = negotiationPosition(pursuit.negotiation!);
 * zone.width.toFixed(2); //=> "350000.00"
 * zone.empty; //=> false
 * ```
 */
export function negotiationPosition(negotiation: Negotiation, options?: { readonly asOf?: string | undefined }): NegotiationPosition {
  const asOf = checkedAsOf(options, "negotiationPosition options");
  const happened = (date: string | undefined): boolean => asOf === undefined || date === undefined || date <= asOf;
  const floor = negotiation.ours.reservation;
  const ceiling = negotiation.theirs.reservation;
  const width = ceiling.minus(floor);
  const trades = negotiation.trades.filter((trade) => happened(trade.date)).map((trade) => Object.freeze({ ...trade, net: trade.getValue.minus(trade.giveValue) }));
  const latest = negotiation.stages.filter((reached) => happened(reached.date)).map((reached, index) => ({ reached, index })).sort((a, b) => (a.reached.date < b.reached.date ? -1 : a.reached.date > b.reached.date ? 1 : a.index - b.index)).at(-1);
  return Object.freeze({
    currency: negotiation.currency,
    floor,
    ceiling,
    width,
    empty: width.isNegative(),
    trades: Object.freeze(trades),
    tradeBalance: trades.reduce((sum, trade) => sum.plus(trade.net), new Dec(0)),
    stage: latest?.reached.stage as NegotiationStage | undefined,
  });
}

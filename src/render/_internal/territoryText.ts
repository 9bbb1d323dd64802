/**
 * What a territory's Markdown document, its charts and its HTML page share: telling a territory review
 * by its shape, and where a deal's rate comes from.
 */
import type { Decimal } from "../../numeric/decimal.js";
import type { FunnelEntry, FunnelStage } from "../../qualify/funnel.js";
import type { TerritoryReview } from "../../qualify/territory.js";
import { renderArgumentError } from "../errors.js";

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** Whether a value has the shape of a territory review (from reviewTerritory). */
export function isTerritoryReview(value: unknown): value is TerritoryReview {
  return (
    isObject(value) &&
    isObject(value["funnel"]) &&
    Array.isArray(value["funnel"]["entries"]) &&
    isObject(value["pipeline"]) &&
    value["pipeline"]["measure"] === "sellerStageWeightedRevenue" &&
    Array.isArray(value["opportunities"]) &&
    Array.isArray(value["unqualified"])
  );
}

/** The message of a subject that is not a territory review. */
export const NOT_A_REVIEW = "expected a territory review (from reviewTerritory), with its funnel, pipeline, opportunities and unqualified documents";

/** Throws the render error of `fn` unless `review` is a territory review. */
export function checkReview(fn: string, review: unknown): void {
  if (!isTerritoryReview(review)) throw renderArgumentError(fn, "review", NOT_A_REVIEW, "invalid_type");
}

/** Where a rate comes from: the deal's own, the territory's for its stage, or our default. */
export type RateSource = "deal" | "territory" | "ourDefault";

/** A stage's rate in the review and where it comes from: the territory's (its funnel's `rates`) or our default. */
export function stageRate(review: TerritoryReview, stage: FunnelStage): { readonly rate: Decimal; readonly source: Exclude<RateSource, "deal"> } {
  return { rate: review.pipeline.stageRates[stage], source: review.funnel.rates?.[stage] === undefined ? "ourDefault" : "territory" };
}

/** A deal's rate and where it comes from. */
export function dealRate(review: TerritoryReview, entry: FunnelEntry): { readonly rate: Decimal; readonly source: RateSource } {
  return entry.rate === undefined ? stageRate(review, entry.stage) : { rate: entry.rate, source: "deal" };
}

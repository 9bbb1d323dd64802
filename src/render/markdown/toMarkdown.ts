/** toMarkdown: one entry for every Markdown document — a frame, an evaluation, a BVF, a buying centre, a pursuit, a realisation track, a qualification, an account plan, a territory review or a portfolio's pipeline, told apart by shape. */
import type { BuyingCentre } from "../../people/schema.js";
import type { Pursuit } from "../../pursuit/schema.js";
import { type PursuitMarkdownOptions, pursuitToMarkdown } from "./pursuitToMarkdown.js";
import type { RealisationTrack } from "../../realise/trackRealisation.js";
import { type RealisationMarkdownOptions, realisationToMarkdown } from "./realisationToMarkdown.js";
import type { AccountPlan } from "../../qualify/accounts.js";
import type { Qualification } from "../../qualify/schema.js";
import { type QualificationMarkdownOptions, qualificationToMarkdown } from "./qualificationToMarkdown.js";
import { type AccountPlanMarkdownOptions, accountPlanToMarkdown } from "./accountPlanToMarkdown.js";
import { type TerritoryMarkdownOptions, type TerritoryReview, territoryToMarkdown } from "./territoryToMarkdown.js";
import { type PortfolioMarkdownOptions, type PortfolioPipeline, portfolioToMarkdown } from "./portfolioToMarkdown.js";
import { type BuyingCentreMarkdownOptions, buyingCentreToMarkdown } from "./buyingCentreToMarkdown.js";
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import type { Evaluation } from "../../quantify/types.js";
import { subjectOf } from "../subject.js";
import { type BvfMarkdownOptions, bvfToMarkdown } from "./bvfToMarkdown.js";
import { type EvaluationMarkdownOptions, evaluationToMarkdown } from "./evaluationToMarkdown.js";
import { type FrameMarkdownOptions, frameToMarkdown } from "./frameToMarkdown.js";

/**
 * Writes a frame, an evaluation, a BVF, a buying centre, a pursuit, a realisation track, a qualification,
 * an account plan, a territory review or a portfolio's pipeline as Markdown, choosing the renderer by the
 * subject's shape: {@link frameToMarkdown}, {@link evaluationToMarkdown}, {@link bvfToMarkdown},
 * {@link buyingCentreToMarkdown}, {@link pursuitToMarkdown}, {@link realisationToMarkdown},
 * {@link qualificationToMarkdown}, {@link accountPlanToMarkdown}, {@link territoryToMarkdown} or
 * {@link portfolioToMarkdown}. The buying centre, the pursuit, the qualification, the account plan, the
 * territory and the portfolio are the seller's: for `audience: "customer"` they write their title alone.
 *
 * @param subject - a frame, an evaluation, a BVF, a buying centre, a pursuit, a realisation track, a qualification, an account plan, a territory review or a portfolio's pipeline
 * @param options - the options of the matching renderer
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the subject is none of them, or for bad options
 *
 * @example
 * ```ts
 * import { toMarkdown } from "valueframe/render";
 * toMarkdown(frame, { locale: "zh-CN" }).split("\n")[0]; //=> "# Huatong Industrial Distribution：参照系"
 * toMarkdown(evaluate(distributor)).split("\n")[0]; //=> "# Value case: Credit-to-cash capability for Huatong Industrial Distribution"
 * toMarkdown(42); //=> throws RenderArgumentError
 * ```
 */
export function toMarkdown(subject: Frame, options?: FrameMarkdownOptions): string;
export function toMarkdown(subject: Evaluation, options?: EvaluationMarkdownOptions): string;
export function toMarkdown(subject: Bvf, options?: BvfMarkdownOptions): string;
export function toMarkdown(subject: BuyingCentre, options?: BuyingCentreMarkdownOptions): string;
export function toMarkdown(subject: Pursuit, options?: PursuitMarkdownOptions): string;
export function toMarkdown(subject: RealisationTrack, options?: RealisationMarkdownOptions): string;
export function toMarkdown(subject: Qualification, options?: QualificationMarkdownOptions): string;
export function toMarkdown(subject: AccountPlan, options?: AccountPlanMarkdownOptions): string;
export function toMarkdown(subject: TerritoryReview, options?: TerritoryMarkdownOptions): string;
export function toMarkdown(subject: PortfolioPipeline, options?: PortfolioMarkdownOptions): string;
export function toMarkdown(
  subject: Frame | Evaluation | Bvf | BuyingCentre | Pursuit | RealisationTrack | Qualification | AccountPlan | TerritoryReview | PortfolioPipeline,
  options?: FrameMarkdownOptions | EvaluationMarkdownOptions | BvfMarkdownOptions | BuyingCentreMarkdownOptions | PursuitMarkdownOptions | RealisationMarkdownOptions | QualificationMarkdownOptions | AccountPlanMarkdownOptions | TerritoryMarkdownOptions | PortfolioMarkdownOptions,
): string;
export function toMarkdown(
  subject: Frame | Evaluation | Bvf | BuyingCentre | Pursuit | RealisationTrack | Qualification | AccountPlan | TerritoryReview | PortfolioPipeline,
  options?: FrameMarkdownOptions | EvaluationMarkdownOptions | BvfMarkdownOptions | BuyingCentreMarkdownOptions | PursuitMarkdownOptions | RealisationMarkdownOptions | QualificationMarkdownOptions | AccountPlanMarkdownOptions | TerritoryMarkdownOptions | PortfolioMarkdownOptions,
): string {
  const found = subjectOf("toMarkdown", subject);
  if (found.kind === "frame") return frameToMarkdown(found.value, options as FrameMarkdownOptions | undefined);
  if (found.kind === "evaluation") return evaluationToMarkdown(found.value, options as EvaluationMarkdownOptions | undefined);
  if (found.kind === "buyingCentre") return buyingCentreToMarkdown(found.value, options as BuyingCentreMarkdownOptions | undefined);
  if (found.kind === "pursuit") return pursuitToMarkdown(found.value, options as PursuitMarkdownOptions | undefined);
  if (found.kind === "realisation") return realisationToMarkdown(found.value, options as RealisationMarkdownOptions | undefined);
  if (found.kind === "qualification") return qualificationToMarkdown(found.value, options as QualificationMarkdownOptions | undefined);
  if (found.kind === "accountPlan") return accountPlanToMarkdown(found.value, options as AccountPlanMarkdownOptions | undefined);
  if (found.kind === "territory") return territoryToMarkdown(found.value, options as TerritoryMarkdownOptions | undefined);
  if (found.kind === "portfolio") return portfolioToMarkdown(found.value, options as PortfolioMarkdownOptions | undefined);
  return bvfToMarkdown(found.value, options as BvfMarkdownOptions | undefined);
}

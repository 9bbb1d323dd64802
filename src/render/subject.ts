/**
 * Tells a frame, an evaluation, a BVF, a buying centre, a pursuit, a realisation track, a qualification,
 * an account plan, a territory review and a portfolio's pipeline apart by the shape of their frozen data,
 * with the one error for anything else: shared by render's dispatching functions and the notebook display.
 */
import { describeValue, subjectKind } from "../_internal/subjectKind.js";
import type { Bvf } from "../bvf/types.js";
import type { Frame } from "../frame/frame.js";
import type { Evaluation } from "../quantify/types.js";
import type { BuyingCentre } from "../people/schema.js";
import type { Pursuit } from "../pursuit/schema.js";
import type { RealisationTrack } from "../realise/trackRealisation.js";
import type { AccountPlan } from "../qualify/accounts.js";
import type { Qualification } from "../qualify/schema.js";
import type { TerritoryReview } from "../qualify/territory.js";
import { isPortfolioPipeline } from "./_internal/portfolioText.js";
import { renderArgumentError } from "./errors.js";
import type { PortfolioPipeline } from "./markdown/portfolioToMarkdown.js";

/** What can be rendered, with its kind. */
export type Subject = { readonly kind: "frame"; readonly value: Frame } | { readonly kind: "evaluation"; readonly value: Evaluation } | { readonly kind: "bvf"; readonly value: Bvf }
  | { readonly kind: "buyingCentre"; readonly value: BuyingCentre }
  | { readonly kind: "pursuit"; readonly value: Pursuit }
  | { readonly kind: "realisation"; readonly value: RealisationTrack }
  | { readonly kind: "qualification"; readonly value: Qualification }
  | { readonly kind: "accountPlan"; readonly value: AccountPlan }
  | { readonly kind: "territory"; readonly value: TerritoryReview }
  | { readonly kind: "portfolio"; readonly value: PortfolioPipeline };

/** The kind of a subject, or a {@link RenderArgumentError} saying what was expected. */
export function subjectOf(fn: string, value: unknown): Subject {
  const kind = subjectKind(value);
  if (kind !== undefined) return { kind, value } as Subject;
  // The pipeline's check is render's (portfolioText), out of reach of the shared subjectKind: told here.
  if (isPortfolioPipeline(value)) return { kind: "portfolio", value };
  throw renderArgumentError(fn, "subject", `expected a frame (defineFrame), an evaluation (evaluate), a BVF (defineBvf), a buying centre (defineBuyingCentre), a pursuit (definePursuit), a realisation track (trackRealisation), a qualification (defineQualification), an account plan (defineAccountPlan), a territory review (reviewTerritory) or a portfolio pipeline (aggregatePortfolio), got ${describeValue(value)}`, "invalid_type");
}

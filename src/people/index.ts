/**
 * valueframe/people — the buying centre: who decides a purchase, where each person stands on the five
 * dimensions over time, what each expects, needs and personally wants (the MEN model), the seeds'
 * checks of the buying centre, the value of the case for each person, and who needs the seller's
 * attention first. Pure, validated, frozen; every judgement that depends on today takes `asOf`.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { PEOPLE_ERROR_CODES, PeopleArgumentError, PeopleLookupError, PeopleValidationError } from "./errors.js";
export type { PeopleErrorCode } from "./errors.js";
export { defineBuyingCentre, safeDefineBuyingCentre } from "./defineBuyingCentre.js";
export type { DefineBuyingCentreOptions, SafeDefineBuyingCentreResult } from "./defineBuyingCentre.js";
export { caseCost, checkBuyingCentre, HIGH_INFLUENCE, isKeyPerson, peopleFindingCodes, STALE_AFTER_DAYS } from "./checkBuyingCentre.js";
export type { CheckBuyingCentreOptions, PeopleFinding, PeopleFindingCode, PeopleFindingSeverity } from "./checkBuyingCentre.js";
export { personValue, personValues, presentationFocus, styleStrategies } from "./personValue.js";
export type { InterestTrigger, PersonFigure, PersonValue, PersonValueOptions, PresentationLevel } from "./personValue.js";
export { attentionRanking, attitudeDistance } from "./attentionRanking.js";
export type { AttentionRow } from "./attentionRanking.js";
export { standingOf } from "./standing.js";
export type { Standing } from "./standing.js";
export {
  attitudes,
  buyingCentreSchema,
  buyingRoles,
  changeAttitudes,
  concernGroups,
  hierarchyCategories,
  maslowLevels,
  needSources,
  personalNeedKinds,
  personSchema,
  relationKinds,
  socialStyles,
} from "./schema.js";
export type {
  Attitude,
  BusinessNeed,
  BuyingCentre,
  BuyingCentreInput,
  BuyingRole,
  ChangeAttitude,
  ConcernGroup,
  HierarchyCategory,
  MaslowLevel,
  Men,
  Observation,
  Person,
  SocialStyle,
} from "./schema.js";

/**
 * nextMoves: what to do next in a deal, person by person — advance a role that leans our way with the
 * commitment that suits its stage, pull back a role that leans elsewhere by the seed's strategy for that
 * stage, handle each open concern by its level, ask for the concern behind a refusal, follow up what is
 * due, place key people nobody has placed, finish a visit plan, and repair the negotiation. Each move
 * cites its rule (`pursuitRules`), carries the questions and the value of the frame to use, and points at
 * the data it comes from.
 */
import type { IssuePath } from "../errors/ValueframeError.js";
import type { Frame } from "../frame/frame.js";
import { attitudeDistance } from "../people/attentionRanking.js";
import { isKeyPerson } from "../people/checkBuyingCentre.js";
import { personValues, type PersonFigure, type PersonValue } from "../people/personValue.js";
import type { BuyingCentre, Person } from "../people/schema.js";
import { standingOf } from "../people/standing.js";
import type { ExecutiveSummary } from "../quantify/executiveSummary.js";
import type { Evaluation } from "../quantify/types.js";
import type { PersonQuestionKey } from "../questions/keys.js";
import { personQuestions } from "../questions/personQuestions.js";
import type { ElementRef, PersonQuestions, Question } from "../questions/types.js";
import { concernLevelsAsOf, MISSING_COMMITMENT_WORDS, missingCommitment } from "./checkPursuit.js";
import { commitmentStatuses } from "./commitments.js";
import { negotiationPosition } from "./negotiation.js";
import { commitmentsForStage, concernHandling, concernLevels, pullBackStrategies, type CommitmentKind, type StageNumber } from "./process.js";
import type { Pursuit } from "./schema.js";
import { checkedAsOf, stageHistories } from "./stageHistory.js";
import { PursuitArgumentError } from "./errors.js";

const STAGES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The rules moves cite: each with the seed it comes from (file, part and chapter) and what it says.
 * `advance.k` and `pullBack.k` are the rules for a role at stage k.
 */
export const pursuitRules = Object.freeze({
  locate: { source: "004_… part 5, ch. 3 §1", says: "roles of one order stand at different stages and move: place each key person by the signs of their stage" },
  "advance.1": { source: "000_… part 3", says: "at the first stage, evaluate the opportunity and help the customer discover the problem" },
  "advance.2": { source: "004_… part 5, ch. 3 §1", says: "a problem found: explore its adverse effects until the pain is felt" },
  ...Object.fromEntries(STAGES.filter((k) => k >= 3).map((k) => [`advance.${k}`, { source: "004_… part 5, ch. 4 §2", says: `a role at stage ${k} not leaning away from us: ask for the commitment that suits the stage, from the highest to the lowest` }])),
  ...Object.fromEntries(STAGES.filter((k) => k >= 3).map((k) => [`pullBack.${k}`, { source: "004_… part 5, ch. 3 §2", says: `following the customer is a mistake: pull a role at stage ${k} back to the stage that favours us` }])),
  ...Object.fromEntries([...concernLevels, "falseObjection" as const].map((level) => [`concern.${level}`, { source: "004_… part 5, ch. 5 §2", says: `handle a concern at the level of ${level} by the seed's steps for it` }])),
  askConcern: { source: "004_… part 5, ch. 5 §1", says: "a concern is the only reason a commitment is refused: ask for it" },
  followUp: { source: "004_… part 5, ch. 4 §2 (监督客户执行承诺)", says: "follow up whether a commitment due was kept" },
  brokenCommitment: { source: "004_… part 5, ch. 4 §2", says: "a broken commitment is a warning sign: find the concern behind it and ask again" },
  planVisit: { source: "004_… part 5, ch. 4 §2 (设计承诺)", says: "before each visit design two commitments, the highest and the lowest, matched to the stage" },
  emptyZone: { source: "000_… negotiation; 001_…", says: "without a zone of agreement, raise the customer's reservation price by showing value, or change the offer" },
  tradeBack: { source: "000_… negotiation (交换条件)", says: "every concession is a condition of exchange: get something of at least its value" },
} as Record<string, { readonly source: string; readonly says: string }>) as Readonly<Record<PursuitRuleId, { readonly source: string; readonly says: string }>>;

/** The id of a rule a move cites. */
export type PursuitRuleId =
  | "locate"
  | `advance.${StageNumber}`
  | `pullBack.${Exclude<StageNumber, 1 | 2>}`
  | `concern.${(typeof concernLevels)[number] | "falseObjection"}`
  | "askConcern"
  | "followUp"
  | "brokenCommitment"
  | "planVisit"
  | "emptyZone"
  | "tradeBack";

/** One recommended move. */
export interface Move {
  /** The rule it follows, e.g. `pullBack.7`; `pursuitRules[rule]` says where it comes from. */
  readonly rule: PursuitRuleId;
  /** 1 first: what endangers the deal; 2 what moves it; 3 the rest. */
  readonly priority: 1 | 2 | 3;
  /** The person it is about, if one. */
  readonly person: string | undefined;
  /** The person's stage now, for stage moves. */
  readonly stage: StageNumber | undefined;
  /** For a pull-back: the stages to pull back to (nearest last). */
  readonly to: readonly StageNumber[];
  /** What to do, in English (render words it from `rule` and `steps` in each locale). */
  readonly message: string;
  /** The steps: the seed's pull-back or concern-handling steps (`pullBackStrategies`, `concernHandling`). */
  readonly steps: readonly string[];
  /** Commitments to ask for, from the table of those that suit the stage. */
  readonly commitments: readonly CommitmentKind[];
  /** The frame's goals and issues the person's needs name: what to talk about. */
  readonly elements: readonly ElementRef[];
  /** The case's figures for the person (from the people module's person value), where the stage calls for value. */
  readonly figures: readonly PersonFigure[];
  /** The person's questions (the question plan's) that fit the stage. */
  readonly questions: readonly Question<PersonQuestionKey>[];
  /** Where in the pursuit (or `["stakeholders", …]`) the move comes from. */
  readonly path: IssuePath;
}

/** Options of {@link nextMoves}. */
export interface NextMovesOptions {
  /** The buying centre: who is key, their attitude, needs and questions. */
  readonly centre: BuyingCentre;
  /** The frame: with it, moves carry the goals, issues and questions to use. */
  readonly frame?: Frame | undefined;
  /** The case's evaluation and the executive summary: with them, value moves carry the figures. */
  readonly evaluation?: Evaluation | undefined;
  readonly summary?: ExecutiveSummary | undefined;
  /** Today (ISO date). */
  readonly asOf?: string | undefined;
}

/** The questions of the stage to ask: at stage k, or of the stage a role is pulled back to. */
const STAGE_QUESTIONS: Record<StageNumber, readonly PersonQuestionKey[]> = {
  1: ["spinSituation", "spinProblem", "diagnoseOpen", "diagnoseClosed"],
  2: ["spinImplication", "impactOpen", "impactClosed", "adverseEffects"],
  3: ["impactConfirm", "visionOpen", "worry", "personalGain"],
  4: ["visionClosed", "spinNeedPayoff", "requirements"],
  5: ["measures", "steerExpectation"],
  6: ["steerExpectation", "steerNeed", "summarise"],
  7: ["summarise", "visionConfirm"],
  8: ["organisationalBenefit", "visionConfirm"],
  9: ["worry"],
  10: ["summarise"],
};

/** Stages where the value of the frame is what to use: value (8), risk (9), cost (10), and pulling back from a solution to value (7). */
const VALUE_STAGES = new Set<StageNumber>([7, 8, 9, 10]);

/**
 * The recommended moves, most urgent first: for each person placed in the process, advance or pull back
 * by their stage and leaning (the observation's `leaning`; without it, an opponent or non-supporter is
 * pulled back and everyone else advanced); for each open concern, the seed's handling of its level; for
 * each refusal without a concern, each overdue or broken commitment, each key person never placed and
 * each visit planned without both commitments, the matching rule; and the negotiation's repairs.
 *
 * @param pursuit - a pursuit from {@link definePursuit}
 * @param options - `centre` (required), `frame`, `evaluation`, `summary`, `asOf`
 * @returns the moves by priority, key people first within a priority, then in the order of the data
 * @throws {PursuitArgumentError} (code `PURSUIT_INVALID_ARGUMENT`) for a missing centre or a bad `asOf`
 *
 * @example
 * ```ts
 * const moves = nextMoves(pursuit, { centre, frame, evaluation, summary, asOf: "2026-12-06" });
 * moves.find((m) => m.person === "p-it")?.rule; //=> "pullBack.7"
 * pursuitRules["pullBack.7"].source; //=> "004_… part 5, ch. 3 §2"
 * ```
 */
export function nextMoves(pursuit: Pursuit, options: NextMovesOptions): readonly Move[] {
  const asOf = checkedAsOf(options, "nextMoves options");
  if (options?.centre === undefined) throw new PursuitArgumentError([{ path: ["centre"], code: "invalid_type", message: "required: the buying centre the pursuit's people belong to" }], "nextMoves options");
  const { centre, frame } = options;
  const people = new Map(centre.people.map((p) => [p.id, p]));
  const indexOf = new Map(centre.people.map((p, i) => [p.id, i]));
  const named = (id: string): string => {
    const p = people.get(id);
    return p === undefined ? id : `${p.name} (${id})`;
  };
  const values = frame === undefined ? new Map<string, PersonValue>() : new Map(personValues(centre, { frame, evaluation: options.evaluation, summary: options.summary, asOf }).map((v) => [v.person.id, v]));
  const questions = frame === undefined ? new Map<string, PersonQuestions>() : new Map(personQuestions(frame, centre).map((q) => [q.id, q]));
  const elementsOf = (id: string): readonly ElementRef[] => {
    const value = values.get(id);
    return value === undefined ? [] : Object.freeze([...value.goals.map(({ id: g, name }) => ({ id: g, name })), ...value.issues.map(({ id: i, name }) => ({ id: i, name }))]);
  };
  const questionsOf = (id: string, stage: StageNumber): readonly Question<PersonQuestionKey>[] => {
    const set = questions.get(id);
    if (set === undefined) return [];
    const wanted = new Set(STAGE_QUESTIONS[stage]);
    return Object.freeze([...set.exploring, ...set.controlling, ...set.confirming, ...set.visionGrid, ...set.spin].filter((q) => wanted.has(q.key)));
  };
  const moves: (Move & { readonly order: number })[] = [];
  const add = (move: Omit<Move, "steps" | "commitments" | "elements" | "figures" | "questions" | "to" | "stage"> & Partial<Move>): void => {
    moves.push(Object.freeze({ stage: undefined, to: [], steps: [], commitments: [], elements: [], figures: [], questions: [], ...move, order: moves.length }));
  };
  const key = (id: string | undefined): boolean => {
    const p = id === undefined ? undefined : people.get(id);
    return p !== undefined && isKeyPerson(p);
  };

  const histories = stageHistories(pursuit, { asOf });
  for (const history of histories) {
    const current = history.current!;
    const person: Person | undefined = people.get(history.person);
    const stage = current.stage;
    const attitude = person === undefined ? undefined : standingOf(person, asOf).attitude?.value;
    const against = current.leaning === "rival" || (current.leaning !== "us" && attitude !== undefined && attitudeDistance[attitude] >= attitudeDistance.nonSupporter);
    const figures = VALUE_STAGES.has(stage) ? (values.get(history.person)?.figures ?? []) : [];
    const base = { person: history.person, stage, elements: elementsOf(history.person), figures: Object.freeze([...figures]), path: ["stages", current.index] as IssuePath };
    if (stage >= 3 && against) {
      const strategy = pullBackStrategies[stage as Exclude<StageNumber, 1 | 2>];
      add({
        ...base,
        rule: `pullBack.${stage as Exclude<StageNumber, 1 | 2>}`,
        priority: key(history.person) ? 1 : 2,
        to: strategy.to,
        steps: strategy.steps,
        questions: questionsOf(history.person, strategy.to.at(-1)!),
        message: `${named(history.person)} stands at stage ${stage}${current.leaning === "rival" ? " leaning to a rival" : ` and is ${attitude}`}: pull them back to stage ${strategy.to.join(" or ")} (${strategy.steps.join(", ")})`,
      });
    } else {
      add({
        ...base,
        rule: `advance.${stage}`,
        priority: key(history.person) ? 2 : 3,
        commitments: commitmentsForStage(stage),
        questions: questionsOf(history.person, stage),
        message: `${named(history.person)} stands at stage ${stage}: ask for a commitment that suits it (${commitmentsForStage(stage).join(", ")})`,
      });
    }
  }

  const staged = new Set(histories.map((history) => history.person));
  for (const person of centre.people.filter((p) => isKeyPerson(p) && !staged.has(p.id))) {
    const id = person.id;
    add({ rule: "locate", priority: 2, person: id, path: ["stakeholders", "people", indexOf.get(id)!], questions: questions.get(id)?.exploring.filter((q) => q.key === "howDecided" || q.key === "whenDecided") ?? [], message: `place ${named(id)} in the purchase process: look for the signs of their stage at the next contact` });
  }

  pursuit.concerns.forEach((concern, index) => {
    const current = concernLevelsAsOf(concern, asOf).at(-1)?.level;
    if (current === undefined || (concern.resolved !== undefined && (asOf === undefined || concern.resolved.date <= asOf))) return;
    const level = concern.falseObjection ? "falseObjection" : current.level;
    const severe = concern.falseObjection || concernLevels.indexOf(current.level) >= concernLevels.indexOf("nonCommitment");
    add({
      rule: `concern.${level}`,
      priority: severe || key(concern.person) ? 1 : 2,
      person: concern.person,
      steps: concernHandling[level],
      path: ["concerns", index],
      message: `${named(concern.person)}'s ${concern.falseObjection ? "false objection" : current.level} ("${concern.objection}"): ${concernHandling[level].join(", ")}`,
    });
  });

  for (const status of commitmentStatuses(pursuit, { asOf })) {
    const who = status.people[0];
    if (status.state === "refused" && status.commitment.answer?.concern === undefined)
      add({ rule: "askConcern", priority: 2, person: who, path: [...status.path, "answer"], message: `ask ${status.people.map(named).join(", ")} for the concern behind refusing "${status.commitment.action ?? status.id}"` });
    if (status.state === "overdue") add({ rule: "followUp", priority: 2, person: who, path: status.path, message: `follow up "${status.commitment.action ?? status.id}", due on ${status.due}: was it kept?` });
    if (status.state === "broken") add({ rule: "brokenCommitment", priority: 1, person: who, path: [...status.path, "outcome"], message: `"${status.commitment.action ?? status.id}" was broken: find the concern behind it before asking again` });
  }
  const current = new Map(histories.map((history) => [history.person, history.current!.stage]));
  pursuit.visits.forEach((visit, v) => {
    const missing = missingCommitment(visit);
    if (asOf === undefined || visit.date <= asOf || missing === undefined) return;
    const stages = visit.people.flatMap((id) => current.get(id) ?? []);
    const stage = stages.length === 0 ? undefined : (Math.min(...stages) as StageNumber);
    add({ rule: "planVisit", priority: 2, person: visit.people[0], stage, commitments: stage === undefined ? [] : commitmentsForStage(stage), path: ["visits", v, "commitments"], message: `plan ${MISSING_COMMITMENT_WORDS[missing]} for the visit "${visit.id}" on ${visit.date}${stage === undefined ? "" : ` (stage ${stage}: ${commitmentsForStage(stage).join(", ")})`}` });
  });

  if (pursuit.negotiation !== undefined) {
    const position = negotiationPosition(pursuit.negotiation, { asOf });
    if (position.empty) {
      const deciders = centre.people.filter((p) => p.roles.includes("decisionMaker")).map((p) => p.id);
      const figures = deciders.flatMap((id) => values.get(id)?.figures ?? []);
      add({ rule: "emptyZone", priority: 1, person: deciders[0], figures: Object.freeze(figures.slice(0, 4)), path: ["negotiation"], message: `no zone of agreement (short by ${position.width.negated().toFixed(2)} ${position.currency}): show the decision makers the value to raise their reservation price, or change the offer` });
    }
    position.trades.forEach((trade, t) => {
      if (trade.net.isNegative()) add({ rule: "tradeBack", priority: 2, person: trade.with, path: ["negotiation", "trades", t], message: `"${trade.give}" gives ${trade.net.negated().toFixed(2)} ${position.currency} more than "${trade.get}" returns: ask for a condition of at least equal value` });
    });
  }

  return Object.freeze(
    moves
      .sort((a, b) => a.priority - b.priority || Number(key(b.person)) - Number(key(a.person)) || a.order - b.order)
      .map(({ order: _order, ...move }) => Object.freeze(move)),
  );
}

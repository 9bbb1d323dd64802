/**
 * The 3 × 3 performance grid in words: what each level and dimension means, the nine performance
 * variables with their aspects and typical statements. Reference text of the method for guides,
 * tooltips and question plans; the frame's validation needs only the structure in valueframe's
 * `levels`, `dimensions` and `gridAspects`.
 */
import { dimensions, levels, type Dimension, type Level } from "../frame/grid.js";

/** A named thing with a one-line description. */
export interface GridTerm {
  readonly name: string;
  readonly description: string;
}

/** A sub-aspect of a performance variable, e.g. interface management at process level. */
export interface PerformanceAspect extends GridTerm {
  /** The key a `cell.aspect` (an issue's or a solution's) uses. */
  readonly key: string;
}

/** One of the nine performance variables: a cell of the grid. */
export interface PerformanceVariable extends GridTerm {
  readonly level: Level;
  readonly dimension: Dimension;
  /** Its sub-aspects, in the method's order (empty where the method names none). */
  readonly aspects: readonly PerformanceAspect[];
  /** Typical statements of this variable. */
  readonly examples: readonly string[];
}

/**
 * What each level means.
 *
 * @example
 * ```ts
 * import { levelInfo } from "valueframe/grid";
 * levelInfo.process.name; //=> "Process"
 * ```
 */
export const levelInfo: { readonly [L in Level]: GridTerm } = Object.freeze({
  organization: Object.freeze({
    name: "Organisation",
    description: "The enterprise as one system of functions, as top management sees it; judged by how well it adapts to its market.",
  }),
  process: Object.freeze({
    name: "Process",
    description: "How the work actually gets done across functions; where most issues and the most soft value are found, and the place to start looking.",
  }),
  job: Object.freeze({
    name: "Job",
    description: "A role in a process (the one who processes, outputs or receives the work), not an HR position.",
  }),
});

/**
 * What each dimension means.
 *
 * @example
 * ```ts
 * import { dimensionInfo } from "valueframe/grid";
 * dimensionInfo.management.name; //=> "Management"
 * ```
 */
export const dimensionInfo: { readonly [D in Dimension]: GridTerm } = Object.freeze({
  goals: Object.freeze({
    name: "Goals",
    description: "The standards each level must meet: the quality, quantity, timeliness and cost that customers and the organisation expect.",
  }),
  design: Object.freeze({
    name: "Design",
    description: "The parts each level needs, and how they are configured, so that its goals can be reached.",
  }),
  management: Object.freeze({
    name: "Management",
    description: "The practices that keep each level's goals current and make sure they are reached.",
  }),
});

function aspect(key: string, name: string, description: string): PerformanceAspect {
  return Object.freeze({ key, name, description });
}

function variable(
  level: Level,
  dimension: Dimension,
  name: string,
  description: string,
  aspects: readonly PerformanceAspect[],
  examples: readonly string[],
): PerformanceVariable {
  return Object.freeze({ level, dimension, name, description, aspects: Object.freeze([...aspects]), examples: Object.freeze([...examples]) });
}

/**
 * The nine performance variables, row by row (organisation, process, job) and, within a row, goals,
 * design, management.
 *
 * @example
 * ```ts
 * import { performanceVariables } from "valueframe/grid";
 * performanceVariables.length; //=> 9
 * performanceVariables[5].name; //=> "Process management"
 * performanceVariables[5].aspects.map((a) => a.key); //=> ["goal", "performance", "resource", "interface"]
 * ```
 */
export const performanceVariables: readonly PerformanceVariable[] = Object.freeze([
  variable(
    "organization",
    "goals",
    "Organisation goals",
    "Measures of the strategy that make it quantifiable, so its achievement can be measured.",
    [],
    ["market share 15 %", "sales 20 M this year"],
  ),
  variable(
    "organization",
    "design",
    "Organisation design",
    "How the functions fit together like meshing gears; examined through each function's inputs and outputs.",
    [],
    ["marketing cut off from sales", "regional and industry sales teams fighting over accounts"],
  ),
  variable(
    "organization",
    "management",
    "Organisation management",
    "What managers do for the whole organisation: goal, performance, resource and interface management.",
    [
      aspect("goal", "Goal management", "Keep every department's goals aligned with the organisation's goals."),
      aspect("performance", "Performance management", "Collect data, measure the gap to the goals, feed back and improve."),
      aspect("resource", "Resource management", "Decide how people and money are allocated."),
      aspect("interface", "Interface management", "Manage the white space between departments: where things most often go wrong and where CPIs hide."),
    ],
    [],
  ),
  variable(
    "process",
    "goals",
    "Process goals",
    "A process's contribution to one or more organisation goals: the measure of the process's output.",
    [],
    ['inventory cost −1 % towards "operating cost −10 %"', 'delivery cycle −3 days towards "customer satisfaction +3 %"'],
  ),
  variable(
    "process",
    "design",
    "Process design",
    "How input, processing, output, evaluation and feedback are configured; processes may be missing, incomplete or full of break points.",
    [
      aspect("input", "Input", "What enters the process and from whom."),
      aspect("processing", "Processing", "The steps that turn the input into output."),
      aspect("output", "Output", "What the process delivers and to whom."),
      aspect("evaluation", "Evaluation", "How the output is checked against the process goal."),
      aspect("feedback", "Feedback", "How the result of the evaluation returns to the process to correct it."),
    ],
    [],
  ),
  variable(
    "process",
    "management",
    "Process management",
    "The same four kinds of management applied to a process, like running a pipeline.",
    [
      aspect("goal", "Goal management", "The throughput the pipeline should carry."),
      aspect("performance", "Performance management", "Making sure the actual flow meets that throughput."),
      aspect("resource", "Resource management", "The people and material needed to maintain the pipeline."),
      aspect("interface", "Interface management", "The welds between pipe sections: the hand-offs between steps and departments."),
    ],
    [],
  ),
  variable(
    "job",
    "goals",
    "Job goals",
    "A role's contribution to the process goals: whether the role's output fits the process, and the process's requirements fit customer and organisation needs.",
    [],
    ["vouchers entered before close of day", "at least 5 customer visits a week"],
  ),
  variable(
    "job",
    "design",
    "Job design",
    "The right person in the right place, so every role can reach its goals.",
    [
      aspect("duties", "Duties", "Clearly set responsibilities of the role."),
      aspect("activitySequence", "Activity sequence", "The order of the role's activities, e.g. enter quantities, check them, print the report."),
      aspect("rules", "Rules", "The norms and policies the role works by."),
    ],
    [],
  ),
  variable(
    "job",
    "management",
    "Job management",
    "The five factors that decide whether a performer delivers the role's goals.",
    [
      aspect("performanceStandards", "Performance standards", "The specifications the role's output is measured by: quantity, quality, timeliness."),
      aspect("taskSupport", "Task support", "The resources and the coordination at interfaces the role needs to do the task."),
      aspect("consequences", "Consequences", "How results are measured and appraised: whether the output beats the standard, and what follows."),
      aspect("feedback", "Feedback", "Telling the performer how to improve, e.g. a manager reviewing the commitments won on a customer visit."),
      aspect("performerCapability", "Performer capability", "Whether the person doing the task has the knowledge, skill and qualities the role needs."),
    ],
    [],
  ),
]);

/**
 * The nine performance variables by level and dimension.
 *
 * @example
 * ```ts
 * import { performanceGrid } from "valueframe/grid";
 * performanceGrid.job.management.aspects.length; //=> 5
 * ```
 */
export const performanceGrid: { readonly [L in Level]: { readonly [D in Dimension]: PerformanceVariable } } = Object.freeze(
  Object.fromEntries(
    levels.map((level) => [
      level,
      Object.freeze(Object.fromEntries(dimensions.map((dimension) => [dimension, findVariable(level, dimension)]))),
    ]),
  ) as { [L in Level]: { [D in Dimension]: PerformanceVariable } },
);

function findVariable(level: Level, dimension: Dimension): PerformanceVariable {
  const found = performanceVariables.find((v) => v.level === level && v.dimension === dimension);
  if (found === undefined) throw new Error(`valueframe: the grid has no cell ${level} × ${dimension}`);
  return found;
}

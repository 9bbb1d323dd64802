/** linkageDiagram: the reference frame's linkage (goals ← CSFs ← issues ← solutions → values) as Mermaid source. */
import type { Frame } from "../../frame/frame.js";
import type { PerformanceValue } from "../../frame/performanceValue.js";
import { goalChain } from "../../frame/queries/goalChain.js";
import { solutionChain } from "../../frame/queries/solutionChain.js";
import { type ChartLocale, chartOptions } from "../_internal/chartOptions.js";
import { cellName } from "../_internal/gridText.js";
import type { RenderOptions } from "../options.js";
import { directionRule, idAllocator, mermaidEscape, mermaidLabel } from "./_internal/mermaidText.js";

/** Options of {@link linkageDiagram}. */
export interface LinkageDiagramOptions extends RenderOptions {
  /** Draw only one solution's chain up to its goals, or one goal's chain down to its values. */
  readonly focus?: { readonly solution: string } | { readonly goal: string };
  /** Mermaid flow direction (default `"BT"`: goals on top, solutions at the bottom). */
  readonly direction?: "BT" | "TB" | "LR" | "RL";
}

/** Which elements of the frame the diagram shows, by id. */
interface Shown {
  readonly goals: ReadonlySet<string>;
  readonly successFactors: ReadonlySet<string>;
  readonly issues: ReadonlySet<string>;
  readonly solutions: ReadonlySet<string>;
  readonly values: ReadonlySet<string>;
}

function shownElements(frame: Frame, focus: LinkageDiagramOptions["focus"]): Shown {
  if (focus === undefined) {
    const ids = (list: readonly { readonly id: string }[]) => new Set(list.map((element) => element.id));
    return {
      goals: ids(frame.goals),
      successFactors: ids(frame.successFactors),
      issues: ids(frame.issues),
      solutions: ids(frame.solutions),
      values: ids(frame.values),
    };
  }
  if ("solution" in focus) {
    const chain = solutionChain(frame, focus.solution);
    return {
      goals: new Set(chain.goals.map((goal) => goal.id)),
      successFactors: new Set(chain.issues.flatMap((link) => link.successFactors.map((sf) => sf.successFactor.id))),
      issues: new Set(chain.issues.map((link) => link.issue.id)),
      solutions: new Set([chain.solution.id]),
      values: new Set(chain.values.map((value) => value.id)),
    };
  }
  const chain = goalChain(frame, focus.goal);
  const issueLinks = [...chain.successFactors.flatMap((sf) => sf.issues), ...chain.blockingIssues];
  return {
    goals: new Set([chain.goal.id]),
    successFactors: new Set(chain.successFactors.map((sf) => sf.successFactor.id)),
    issues: new Set(issueLinks.map((link) => link.issue.id)),
    solutions: new Set(issueLinks.flatMap((link) => link.solutions.map((s) => s.solution.id))),
    values: new Set(chain.values.map((value) => value.id)),
  };
}

function valueLines(value: PerformanceValue, currency: string, locale: ChartLocale): string[] {
  const m = locale.text.mermaid;
  const amount =
    value.kind === "financial" ? `${locale.money(value.amount, currency)} ${m.recurrence[value.recurrence]}` : value.amount;
  return [value.name, amount, m.probability(locale.percent(value.probability))];
}

/**
 * Draws the frame's linkage as a Mermaid flowchart: each success factor serves its goals, each issue
 * hurts success factors or blocks goals, each solution resolves (or bypasses) its issues and delivers
 * its values, which serve a goal. Goal nodes show baseline → target, value nodes their amount and
 * probability, solution nodes the grid cell they land on when they name one. Node ids are the element
 * ids with a kind prefix and every character other than a letter, digit or `_` replaced by `_`; labels
 * have quotes, brackets, `#`, `<`, `>` written as Mermaid entities.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - `locale`, `focus` on one solution or goal, flow `direction`
 * @returns Mermaid source, starting with `flowchart BT`
 * @throws {FrameLookupError} `FRAME_UNKNOWN_ID` or `FRAME_WRONG_KIND` when the focus id is not a
 *   solution (or goal) of the frame
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for an unknown locale or direction, or a focus of another shape
 *
 * @example
 * ```ts
 * const source = linkageDiagram(frame, { focus: { solution: "sol-credit-to-cash" } });
 * source.includes('S_sol_credit_to_cash -->|resolves| I_cbi_dso'); //=> true
 * ```
 */
export function linkageDiagram(frame: Frame, options?: LinkageDiagramOptions): string {
  const locale = chartOptions("linkageDiagram", options, { direction: directionRule }, (given, issues) => {
    const focus = given["focus"];
    if (focus === undefined) return;
    const keys = typeof focus === "object" && focus !== null ? Object.keys(focus) : [];
    const [key] = keys;
    if (keys.length !== 1 || (key !== "solution" && key !== "goal") || typeof (focus as Record<string, unknown>)[key] !== "string") {
      issues.push({ path: ["focus"], code: "invalid_value", message: `must be { solution: "<id>" } or { goal: "<id>" }, got ${JSON.stringify(focus)}` });
    }
  });
  const m = locale.text.mermaid;
  const shown = shownElements(frame, options?.focus);
  const idOf = idAllocator();
  const out = [`flowchart ${options?.direction ?? "BT"}`];
  const edge = (from: string, label: string, to: string, dotted = false) =>
    out.push(`  ${from} ${dotted ? "-.->" : "-->"}|${mermaidEscape(label)}| ${to}`);

  const goals = frame.goals.filter((goal) => shown.goals.has(goal.id));
  const successFactors = frame.successFactors.filter((sf) => shown.successFactors.has(sf.id));
  const issues = frame.issues.filter((issue) => shown.issues.has(issue.id));
  const solutions = frame.solutions.filter((solution) => shown.solutions.has(solution.id));
  const values = frame.values.filter((value) => shown.values.has(value.id));

  for (const goal of goals) {
    const span = `${goal.metric}: ${locale.number(goal.baseline)} → ${locale.number(goal.target)} ${goal.unit}`;
    out.push(`  ${idOf("G", goal.id)}([${mermaidLabel([goal.name, span])}]):::goal`);
  }
  for (const sf of successFactors) out.push(`  ${idOf("F", sf.id)}[${mermaidLabel([sf.name])}]:::csf`);
  for (const issue of issues) out.push(`  ${idOf("I", issue.id)}{{${mermaidLabel([`${issue.kind}: ${issue.name}`])}}}:::issue`);
  for (const solution of solutions) {
    const lines = solution.cell === undefined ? [solution.name] : [solution.name, cellName(locale.t, solution.cell)];
    out.push(`  ${idOf("S", solution.id)}(${mermaidLabel(lines)}):::solution`);
  }
  for (const value of values) out.push(`  ${idOf("V", value.id)}[/${mermaidLabel(valueLines(value, frame.currency, locale))}/]:::value`);

  for (const sf of successFactors) {
    for (const goal of sf.serves) if (shown.goals.has(goal)) edge(idOf("F", sf.id), m.serves, idOf("G", goal));
  }
  for (const issue of issues) {
    for (const sf of issue.hurts) if (shown.successFactors.has(sf)) edge(idOf("I", issue.id), m.hurts, idOf("F", sf));
    for (const goal of issue.blocks) if (shown.goals.has(goal)) edge(idOf("I", issue.id), m.blocks, idOf("G", goal));
  }
  for (const solution of solutions) {
    for (const issue of solution.addresses) {
      if (shown.issues.has(issue)) edge(idOf("S", solution.id), m.addresses[solution.approach], idOf("I", issue));
    }
  }
  for (const value of values) {
    if (value.solution !== undefined && shown.solutions.has(value.solution)) edge(idOf("S", value.solution), m.delivers, idOf("V", value.id));
    if (shown.goals.has(value.serves)) edge(idOf("V", value.id), m.serves, idOf("G", value.serves), true);
  }
  out.push(
    "  classDef goal fill:#e3f2fd,stroke:#1565c0,color:#0d47a1",
    "  classDef csf fill:#ede7f6,stroke:#5e35b1,color:#311b92",
    "  classDef issue fill:#ffebee,stroke:#c62828,color:#b71c1c",
    "  classDef solution fill:#e8f5e9,stroke:#2e7d32,color:#1b5e20",
    "  classDef value fill:#fff8e1,stroke:#f9a825,color:#5d4037",
  );
  return `${out.join("\n")}\n`;
}

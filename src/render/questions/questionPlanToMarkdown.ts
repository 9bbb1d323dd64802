/** questionPlanToMarkdown: a question plan as a Markdown handout for the meeting. */
import type { Frame } from "../../frame/frame.js";
import { getLocale } from "../locales/getLocale.js";
import { formatterOf } from "../_internal/formatter.js";
import { blocks, bullets, code, heading, md } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import type { Locale, LocaleId } from "../locales/types.js";
import { questionPlan } from "./questionPlan.js";
import type { ElementQuestions, QuestionPlan } from "./types.js";

/** Options of {@link questionPlanToMarkdown}. */
export interface QuestionPlanMarkdownOptions {
  /** Used when a frame is passed: `"en"` (default) or `"zh-CN"`. A plan keeps its own locale. */
  readonly locale?: LocaleId | Locale;
  /** Level of the title heading, 1–5 (default 1). */
  readonly headingLevel?: number;
}

function isPlan(subject: Frame | QuestionPlan): subject is QuestionPlan {
  return Array.isArray((subject as QuestionPlan).diagnostics);
}

/**
 * Writes a question plan as Markdown: an introduction, then per goal, issue, solution and value the
 * questions that confirm the gap and those that lead, then the diagnostic questions of the nine grid
 * cells with the issues located in each.
 *
 * @param subject - a plan from {@link questionPlan}, or a frame (its plan is made first)
 * @param options - locale (for a frame) and heading level
 * @returns the Markdown handout
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale or a bad heading level
 *
 * @example
 * ```ts
 * import { questionPlanToMarkdown } from "valueframe/render";
 * questionPlanToMarkdown(frame).split("\n")[0]; //=> "# Question plan: Huatong Industrial Distribution"
 * questionPlanToMarkdown(frame, { locale: "zh-CN" }).split("\n")[0]; //=> "# 提问计划：Huatong Industrial Distribution"
 * ```
 */
export function questionPlanToMarkdown(subject: Frame | QuestionPlan, options?: QuestionPlanMarkdownOptions): string {
  const resolved = resolveOptions<never>("questionPlanToMarkdown", options, []);
  const plan = isPlan(subject) ? subject : questionPlan(subject, { locale: resolved.locale });
  const f = formatterOf(isPlan(subject) ? getLocale(plan.locale) : resolved.locale);
  const q = f.t.questions;
  const level = resolved.level;
  const element = (e: ElementQuestions) =>
    blocks([
      heading(level + 2, `${md(e.name)} ${code(e.id)}`),
      `**${q.confirm}**`,
      bullets(e.confirm.map(md)),
      `**${q.lead}**`,
      bullets(e.lead.map(md)),
    ]);
  const section = (title: string, items: readonly ElementQuestions[]) =>
    items.length === 0 ? undefined : blocks([heading(level + 1, title), ...items.map(element)]);
  const names = new Map([...plan.issues].map((i) => [i.id, i.name]));
  return blocks([
    heading(level, q.title(md(plan.customer))),
    q.intro,
    section(q.goals, plan.goals),
    section(q.issues, plan.issues),
    section(q.solutions, plan.solutions),
    section(q.values, plan.values),
    heading(level + 1, q.diagnosticsTitle),
    q.diagnosticsIntro,
    ...plan.diagnostics.map((cell) =>
      blocks([
        heading(level + 2, cell.name),
        cell.issues.length === 0 ? undefined : `*${q.located(f.list(cell.issues.map((id) => md(names.get(id) ?? id))))}*`,
        bullets(cell.questions.map(md)),
      ]),
    ),
  ]);
}

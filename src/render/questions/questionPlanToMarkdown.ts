/** questionPlanToMarkdown: a question plan as a Markdown handout for the meeting. */
import type { Frame } from "../../frame/frame.js";
import type { QuestionPlan } from "../../questions/types.js";
import { formatterOf } from "../_internal/formatter.js";
import { blocks, bullets, heading, md } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { type DocumentSpec, idFor, internalSectionIds, type SectionContext, type SectionBody, writeDocument } from "../_internal/sections.js";
import type { SectionOptions } from "../options.js";
import { type ElementQuestionText, planOf, type QuestionPlanText, questionPlanText } from "./questionPlanText.js";

/** The sections of a question-plan handout, in order. */
export const questionPlanSections = ["overview", "goals", "issues", "solutions", "values", "diagnostics", "people"] as const;

/** A section of a question-plan handout. */
export type QuestionPlanSection = (typeof questionPlanSections)[number];

/** Options of {@link questionPlanToMarkdown}: locale, heading level and which of the {@link questionPlanSections} to write. */
export type QuestionPlanMarkdownOptions = SectionOptions<QuestionPlanSection>;

/** What the handout's sections read. */
export interface PlanContext extends SectionContext {
  readonly plan: QuestionPlanText;
}

/** The questions about each element of one kind, under the element's name; left out when there are none. */
function elementSection({ f, level, audience }: PlanContext, elements: readonly ElementQuestionText[]): SectionBody {
  const q = f.t.questions;
  return elements.length === 0
    ? undefined
    : elements.map((e) => blocks([heading(level + 2, `${md(e.name)}${idFor({ audience }, e.id)}`), `**${q.confirm}**`, bullets(e.confirm.map(md)), `**${q.lead}**`, bullets(e.lead.map(md))]));
}

/** The handout: the method's reminder, the questions per element kind, then the grid's diagnostic questions. */
export const planDocument: DocumentSpec<QuestionPlanSection, PlanContext> = {
  title: ({ f, plan }) => f.t.questions.title(md(plan.customer)),
  sections: [
    { id: "overview", render: ({ f }) => [f.t.questions.intro] },
    { id: "goals", title: (t) => t.questions.goals, render: (ctx) => elementSection(ctx, ctx.plan.goals) },
    { id: "issues", title: (t) => t.questions.issues, render: (ctx) => elementSection(ctx, ctx.plan.issues) },
    { id: "solutions", title: (t) => t.questions.solutions, render: (ctx) => elementSection(ctx, ctx.plan.solutions) },
    { id: "values", title: (t) => t.questions.values, render: (ctx) => elementSection(ctx, ctx.plan.values) },
    {
      id: "diagnostics",
      title: (t) => t.questions.diagnosticsTitle,
      render: ({ f, level, plan }) => {
        const names = new Map(plan.issues.map((i) => [i.id, i.name]));
        return [
          f.t.questions.diagnosticsIntro,
          ...plan.diagnostics.map((cell) =>
            blocks([
              heading(level + 2, cell.name),
              cell.issues.length === 0 ? undefined : `*${f.t.questions.located(f.list(cell.issues.map((id) => md(names.get(id) ?? id))))}*`,
              bullets(cell.questions.map(md)),
            ]),
          ),
        ];
      },
    },
    {
      // What we ask each person follows from what we know of them: the seller's alone.
      id: "people",
      title: (t) => t.questions.people,
      audience: "internal",
      render: ({ f, level, plan, audience }) => {
        const q = f.t.questions;
        if (plan.people.length === 0) return undefined;
        return [
          q.peopleIntro,
          ...plan.people.map((p) =>
            blocks([
              heading(level + 2, `${md(p.name)}${p.title === undefined ? "" : ` — ${md(p.title)}`}${idFor({ audience }, p.id)}`),
              ...(["exploring", "controlling", "confirming", "visionGrid", "spin"] as const).flatMap((system) => (p[system].length === 0 ? [] : [`**${q.systems[system]}**`, bullets(p[system].map(md))])),
            ]),
          ),
        ];
      },
    },
  ],
};

/**
 * Writes a question plan as a Markdown handout: an introduction, then per goal, issue, solution and
 * value the questions that confirm the gap and those that lead, then the diagnostic questions of the
 * nine grid cells with the issues located in each. The plan is worded as {@link questionPlanText} does.
 *
 * @param subject - a plan from `questionPlan` (valueframe/questions), or a frame (its plan is made first)
 * @param options - locale, heading level and sections
 * @returns the Markdown handout
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the subject is neither a frame nor a plan, or for an unknown locale or section, or a bad heading level
 *
 * @example
 * ```ts
 * import { questionPlanToMarkdown } from "valueframe/render";
 * questionPlanToMarkdown(frame).split("\n")[0]; //=> "# Question plan: Huatong Industrial Distribution"
 * questionPlanToMarkdown(frame, { locale: "zh-CN" }).split("\n")[0]; //=> "# 提问计划：Huatong Industrial Distribution"
 * ```
 */
export function questionPlanToMarkdown(subject: Frame | QuestionPlan, options?: QuestionPlanMarkdownOptions): string {
  const resolved = resolveOptions("questionPlanToMarkdown", options, questionPlanSections, internalSectionIds(planDocument));
  const plan = questionPlanText(planOf("questionPlanToMarkdown", subject), { locale: resolved.locale });
  return writeDocument(planDocument, { f: formatterOf(resolved.locale), level: resolved.level, audience: resolved.audience, plan }, resolved.sections);
}

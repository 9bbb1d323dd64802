/**
 * accountPlanToMarkdown: an account plan (valueframe/qualify) as the seller's working document — how
 * complete it is, overall and for each part of the checklist; what is known of the account, each answer
 * with its evidence; the questions still open, worded as the checklist asks them; and the customer's
 * rules of engagement. All of it is the seller's: a customer document of an account plan has no section.
 */
import { type AccountPlan, type AccountPlanItem, accountPlanChecklist, accountPlanCompleteness, type AccountPlanSection } from "../../qualify/accounts.js";
import type { Decimal } from "../../numeric/decimal.js";
import { renderArgumentError } from "../errors.js";
import type { SectionOptions } from "../options.js";
import type { Formatter } from "../_internal/formatter.js";
import { formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { isAccountPlan, NOT_AN_ACCOUNT_PLAN } from "../_internal/qualifyText.js";
import { type DocumentSpec, emptySection, internalSectionIds, type SectionContext, writeDocument } from "../_internal/sections.js";

export type { AccountPlan } from "../../qualify/accounts.js";

/** The sections of the account plan document, in order; every one is the seller's. */
export const accountPlanDocumentSections = ["completeness", "answers", "open", "rulesOfEngagement"] as const;

/** A section of the account plan document. */
export type AccountPlanDocumentSection = (typeof accountPlanDocumentSections)[number];

/** Options of {@link accountPlanToMarkdown}: the locale, heading level, audience and sections. */
export type AccountPlanMarkdownOptions = SectionOptions<AccountPlanDocumentSection>;

interface AccountPlanContext extends SectionContext {
  readonly plan: AccountPlan;
  readonly completeness: ReturnType<typeof accountPlanCompleteness>;
}

type Answer = AccountPlan["answers"][string];

/** An item's topic and question in the locale: the checklist's own words in English. */
const wordsOf = (f: Formatter, item: AccountPlanItem) => f.t.qualify.account.items[item.id] ?? { topic: item.topic, question: item.question };

/** The answered items of some parts, in checklist order, as a table of topic, answer and evidence. */
function answersTable(f: Formatter, items: readonly AccountPlanItem[], answerOf: (item: AccountPlanItem) => Answer | undefined): string | undefined {
  const rows = items.flatMap((item) => {
    const answer = answerOf(item);
    return answer === undefined ? [] : [[`**${md(wordsOf(f, item).topic)}**`, md(answer.answer), md(answer.evidence)]];
  });
  const c = f.t.qualify.account.answerColumns;
  return rows.length === 0 ? undefined : table([c.topic, c.answer, c.evidence], rows);
}

const itemsOf = (section: AccountPlanSection) => accountPlanChecklist.filter((item) => item.section === section);

const accountPlanDocument: DocumentSpec<AccountPlanDocumentSection, AccountPlanContext> = {
  title: ({ f, plan }) => f.t.qualify.account.title(md(plan.account)),
  sections: [
    {
      id: "completeness",
      title: (t) => t.qualify.account.sections.completeness,
      audience: "internal",
      render: ({ f, plan, completeness }) => {
        const t = f.t.qualify.account;
        const c = t.columns;
        const row = (label: string, x: { readonly share: Decimal; readonly answered: number; readonly total: number }) => [label, f.percent(x.share), t.answeredOf(String(x.answered), String(x.total))];
        return [
          table(
            [c.part, c.share, c.answered],
            [...completeness.bySection.map((x) => row(t.parts[x.section], x)), row(`**${t.overall}**`, completeness).map((cell, i) => (i === 0 ? cell : `**${cell}**`))],
            [1, 2],
          ),
          t.completenessNote,
          plan.document === undefined ? undefined : bullets([f.t.common.fact(t.document, code(plan.document))]),
        ];
      },
    },
    {
      id: "answers",
      title: (t) => t.qualify.account.sections.answers,
      audience: "internal",
      render: ({ f, plan }) => {
        const t = f.t.qualify.account;
        const parts = (["information", "profile"] as const).flatMap((section) => {
          const answered = answersTable(f, itemsOf(section), (item) => plan.answers[item.id]);
          return answered === undefined ? [] : [`**${t.parts[section]}**`, answered];
        });
        return parts.length === 0 ? emptySection : parts;
      },
    },
    {
      id: "open",
      title: (t) => t.qualify.account.sections.open,
      audience: "internal",
      render: ({ f, completeness }) => {
        const t = f.t.qualify.account;
        if (completeness.open.length === 0) return [t.allAnswered];
        return (["information", "profile", "rulesOfEngagement"] as const).flatMap((section) => {
          const open = completeness.open.filter((item) => item.section === section);
          if (open.length === 0) return [];
          return [`**${t.parts[section]}**`, bullets(open.map((item) => f.t.common.fact(md(wordsOf(f, item).topic), md(wordsOf(f, item).question))))];
        });
      },
    },
    {
      id: "rulesOfEngagement",
      title: (t) => t.qualify.account.sections.rulesOfEngagement,
      audience: "internal",
      render: ({ f, plan }) => {
        const answered = answersTable(f, itemsOf("rulesOfEngagement"), (item) => plan.rulesOfEngagement?.[item.id]);
        return answered === undefined ? emptySection : [answered];
      },
    },
  ],
};

/** The ids of the account plan document's seller-only sections: all of them. */
const internalSections = internalSectionIds(accountPlanDocument);

/**
 * Writes an account plan as the seller's working document: how complete it is (the share of the
 * checklist answered with evidence, answered of total, for the account information, the account profile,
 * the rules of engagement and the whole), what is known of the account (each answer with its evidence, in
 * checklist order), the questions still open as the checklist words them, and the customer's rules of
 * engagement. Every section is seller-only: for `audience: "customer"` only the title is written.
 *
 * @param plan - from `defineAccountPlan` (valueframe/qualify)
 * @param options - locale, heading level, audience, sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not an account plan or a bad option, every problem listed
 *
 * @example
 * ```ts
 * const markdown = accountPlanToMarkdown(defineAccountPlan({ account: "Hengda Foods", answers: { budget: { answer: "1.5 M CNY", evidence: "CFO, 2026-10-12" } } }));
 * markdown.split("\n")[0]; //=> "# Account plan: Hengda Foods"
 * markdown.includes("| **The whole plan** | **2.78%** | **1 of 36** |"); //=> true
 * ```
 */
export function accountPlanToMarkdown(plan: AccountPlan, options?: AccountPlanMarkdownOptions): string {
  if (!isAccountPlan(plan)) throw renderArgumentError("accountPlanToMarkdown", "plan", NOT_AN_ACCOUNT_PLAN, "invalid_type");
  const resolved = resolveOptions("accountPlanToMarkdown", options, accountPlanDocumentSections, internalSections);
  return writeDocument(accountPlanDocument, { f: formatterOf(resolved.locale), level: resolved.level, audience: resolved.audience, plan, completeness: accountPlanCompleteness(plan) }, resolved.sections);
}

/** `valueframe validate <file>...`: checks documents, their member files and their cases' evaluation. */
import { checkBvf } from "../../bvf/checkBvf.js";
import { asOfArgument, choice, type Command } from "../_internal/command.js";
import { checkBuyingCentre } from "../../people/checkBuyingCentre.js";
import { checkPursuit } from "../../pursuit/checkPursuit.js";
import { accountPlanCompleteness } from "../../qualify/accounts.js";
import { qualifyOpportunity } from "../../qualify/defineQualification.js";
import { progress } from "../../pursuit/commitments.js";
import { dealStage } from "../../pursuit/stageHistory.js";
import { trackRealisation } from "../../realise/trackRealisation.js";
import type { Evaluation } from "../../quantify/types.js";
import { documentFigures } from "../_internal/documentFigures.js";
import { count, money } from "../_internal/format.js";
import { allowRootOf, loadDocument, type LoadOptions } from "../_internal/loadDocument.js";
import type { LocatedProblem } from "../_internal/problems.js";
import { EXIT_INVALID, reportProblems, reportWarnings } from "../_internal/problemsOut.js";
import type { CliIo } from "../io.js";

/** What validating one file found. */
interface Checked {
  readonly file: string;
  readonly valid: boolean;
  /** One line per member, for the text summary. */
  readonly summary: readonly string[];
  readonly problems: readonly LocatedProblem[];
  readonly warnings: readonly LocatedProblem[];
}

/** The validate command. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check value-case documents and the files they name; every problem with its line",
  usage: "valueframe validate <file>... [--format text|json] [--as-of YYYY-MM-DD]",
  help: `Checks each value-case document (JSON or YAML) and every member file it names: the shape of each
field, ids and links, formulas and units, that the case speaks the frame's currency and links only to
its elements, that the case evaluates in every scenario, and the buying centre (stakeholders): its
people, reporting lines, links to the frame and observations up to --as-of, with the checks of the
buying centre as warnings; the pursuit (stage observations, visits and commitments, concerns, the
negotiation): its people against the buying centre and nothing recorded after --as-of, with its checks as
warnings; the realisation (KPIs against the case's drivers and lines, measurements within the horizon and
up to --as-of), with its KPIs' status as of --as-of; the qualification (the assessment's answers, the
purchase criteria against the frame, BVF and buying centre) and the account plan, each summarised. A file
named *.frame.json, *.case.json, *.bvf.json, *.stakeholders.yaml, *.pursuit.yaml, *.realisation.yaml,
*.qualification.yaml or *.account.yaml (or .yaml / .json) is checked as that member alone, without the
members it links to.

Problems go to stderr, one a line, as
  file:line:column: path: message [code]
pointing at the bad value (or its nearest parent when the value is missing). Warnings (e.g. a target
that moves the wrong way, a BVF solution without a phase) are printed the same way with "warning:" and
do not fail the command. With --format json, stdout gets one JSON object listing every file with its
problems and warnings (for other tools), and stderr stays empty.

Options:
  -f, --format <text|json>   output format (default text)
      --allow-root <folder>  read member files from anywhere under this folder (default: the
                             document's own folder; a member path outside it is refused unread)
      --as-of <YYYY-MM-DD>   today, for the buying centre and the pursuit: nothing observed may be
                             later, observations older than 90 days are stale, visits after it are
                             planned (default: today, printed)
  -h, --help                 show this help

Exit codes: 0 every file valid (warnings allowed), 1 a file is invalid or unreadable, 2 usage error.

Examples:
  valueframe validate examples/distributor.valuecase.json
  valueframe validate examples/*.valuecase.json --format json`,
  options: { format: { type: "string", short: "f" }, "allow-root": { type: "string" }, "as-of": { type: "string" } },
  positionals: ["file"],
  variadic: true,
  run(args, io) {
    const format = choice(args, "format", ["text", "json"] as const, "validate") ?? "text";
    const asOf = asOfArgument(args, "validate");
    const load = { ...allowRootOf(args), asOf };
    const checked = args.positionals.map((file) => check(file, io, load));
    const valid = checked.every((c) => c.valid);
    if (format === "json") {
      const strip = ({ severity: _severity, ...problem }: LocatedProblem) => problem;
      const files = checked.map((c) => ({ file: c.file, valid: c.valid, problems: c.problems.map(strip), warnings: c.warnings.map(strip) }));
      io.stdout(`${JSON.stringify({ valid, asOf, files }, null, 2)}\n`);
    } else {
      for (const c of checked) {
        if (!c.valid) {
          reportProblems(io, c.problems);
          continue;
        }
        reportWarnings(io, c.warnings);
        io.stdout(`${c.file}: valid\n${c.summary.join("\n")}\n`);
      }
    }
    return valid ? 0 : EXIT_INVALID;
  },
};

/** Loads, validates and evaluates one file; never throws for bad input. */
function check(file: string, io: CliIo, load: LoadOptions): Checked {
  const invalid = (problems: readonly LocatedProblem[]): Checked => ({ file, valid: false, summary: [], problems, warnings: [] });
  const result = loadDocument(file, io, load);
  if ("problems" in result) return invalid(result.problems);
  const { loaded } = result;
  const { frame, case: valueCase, bvf, stakeholders, pursuit, realisation, qualification, account } = loaded.document;
  const summary: string[] = [];
  const warnings = [...loaded.warnings];
  if (frame !== undefined) {
    summary.push(
      `  frame  ${frame.customer.name}: ${count(frame.goals.length, "goal")}, ${count(frame.successFactors.length, "success factor")}, ` +
        `${count(frame.issues.length, "issue")}, ${count(frame.solutions.length, "solution")}, ${count(frame.values.length, "value")}`,
    );
  }
  // The case is evaluated once: its summary line and the buying centre's budget check both read it.
  let evaluation: Evaluation | undefined;
  if (valueCase !== undefined) {
    const evaluated = documentFigures(loaded, undefined, "validate");
    if ("problems" in evaluated) return invalid(evaluated.problems);
    const { scenarios } = evaluated.figures!;
    evaluation = evaluated.figures!.evaluation;
    summary.push(
      `  case   ${valueCase.name}: ${count(valueCase.drivers.length, "driver")}, ${count(valueCase.lines.length, "line")}, ` +
        `${count(scenarios.rows.length - 1, "scenario")}; NPV ${money(evaluation.unadjusted.npv, evaluation.currency)}, ` +
        `risk-weighted ${money(evaluation.weighted.npv, evaluation.currency)}`,
    );
  }
  if (bvf !== undefined) {
    const findings = checkBvf(bvf);
    summary.push(
      `  bvf    ${bvf.name ?? bvf.customer ?? "BVF"}: ${count(bvf.executiveKpis.length, "executive KPI")}, ${count(bvf.intentions.length, "intention")}, ` +
        `${count(bvf.operationalKpis.length, "operational KPI")}, ${count(bvf.solutions.length, "solution")}; ${count(findings.length, "check finding")}`,
    );
    // Its findings of severity error and warning are among the document's warnings already.
  }
  if (stakeholders !== undefined) {
    // Its findings are among the document's warnings already; here, with the case's costs against the budget.
    const findings = checkBuyingCentre(stakeholders, { frame, asOf: load.asOf, evaluation });
    summary.push(`  people ${count(stakeholders.people.length, "person", "people")} as of ${load.asOf}; ${count(findings.length, "check finding")}`);
  }
  if (pursuit !== undefined) {
    // Its findings are among the document's warnings already; here, the deal's stage and progress.
    const deal = dealStage(pursuit, { centre: stakeholders, asOf: load.asOf });
    const done = progress(pursuit, { asOf: load.asOf });
    const findings = checkPursuit(pursuit, { centre: stakeholders, asOf: load.asOf, evaluation });
    summary.push(
      `  pursuit ${count(pursuit.stages.length, "stage observation")}, ${count(pursuit.visits.length, "visit")}, ${count(pursuit.concerns.length, "concern")}; ` +
        `deal stage ${deal.stage ?? "not placed"}; ${count(done.obtained, "commitment")} obtained; ${count(findings.length, "check finding")}`,
    );
  }
  if (realisation !== undefined && valueCase !== undefined) {
    const track = trackRealisation(realisation, { valueCase, asOf: load.asOf! });
    const statuses = (["onTrack", "atRisk", "offTrack", "notMeasured"] as const).map((s) => [s, track.kpis.filter((k) => k.status === s).length] as const).filter(([, n]) => n > 0);
    const words = { onTrack: "on track", atRisk: "at risk", offTrack: "off track", notMeasured: "not measured" } as const;
    summary.push(`  realisation ${count(realisation.kpis.length, "KPI")}, ${count(realisation.actuals.length, "measurement")} since ${realisation.start}; ${statuses.map(([s, n]) => `${n} ${words[s]}`).join(", ")}`);
  }
  if (qualification !== undefined) {
    const worked = qualifyOpportunity(qualification, { centre: stakeholders });
    const parts = [
      worked.assessment?.overall === undefined ? undefined : `assessment ${worked.assessment.overall.times(100).toFixed(2)} % (${decisionWords[worked.assessment.decision]})`,
      worked.comparison?.us === undefined ? undefined : `our rank ${worked.comparison.us.rank} of ${worked.comparison.suppliers.length} in the customer's criteria`,
      worked.valueMatrix === undefined ? undefined : `value-matrix category ${worked.valueMatrix.category}`,
      qualification.funnel === undefined ? undefined : `funnel stage ${qualification.funnel.stage} in ${qualification.funnel.expectedMonth}`,
    ].filter((part) => part !== undefined);
    summary.push(`  qualification ${parts.length === 0 ? "nothing to score yet" : parts.join("; ")}`);
  }
  if (account !== undefined) {
    const plan = accountPlanCompleteness(account);
    summary.push(`  account plan ${plan.account}: ${plan.answered} of ${plan.total} items answered; ${count(plan.open.length, "question")} open`);
  }
  return { file, valid: true, summary, problems: [], warnings };
}

const decisionWords = { go: "go", qualifyFurther: "qualify further", noGo: "no go" } as const;

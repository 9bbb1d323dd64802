/**
 * stakeholderMapData: the buying centre as a stakeholder map — one row per person, placed by attitude to
 * us (opponent on the left … mentor on the right) and influence (1–5), coloured by hierarchy category.
 * The Vega-Lite spec and the SVG picture are both drawn from it. A person whose attitude was never
 * observed sits in the neutral column, marked as not yet observed.
 */
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { asOfIssues } from "../../_internal/asOf.js";
import { HIGH_INFLUENCE } from "../../people/checkBuyingCentre.js";
import type { Attitude, BuyingCentre, HierarchyCategory } from "../../people/schema.js";
import { standingOf } from "../../people/standing.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { RenderArgumentError } from "../errors.js";
import type { RenderOptions } from "../options.js";

/** Options of {@link stakeholderMapData}. */
export interface StakeholderMapOptions extends RenderOptions {
  /** Attitudes as observed on or before this day (`YYYY-MM-DD`); every observation when left out. */
  readonly asOf?: string | undefined;
}

/** One person on the map. */
export interface StakeholderMapRow {
  readonly id: string;
  readonly name: string;
  /** The person's title, when the buying centre gives one. */
  readonly title?: string;
  readonly category: HierarchyCategory;
  /** Influence on the decision, 1 (little) … 5 (decisive): the row. */
  readonly influence: number;
  /** Attitude to us as last observed by `asOf`; `"neutral"` when never observed (then `observed` is false): the column. */
  readonly attitude: Attitude;
  /** Whether an observation by `asOf` sets the person's attitude. */
  readonly observed: boolean;
  /** Whether the person is our mentor (attitude `"mentor"`). */
  readonly mentor: boolean;
}

/** Everything a stakeholder map shows. */
export interface StakeholderMapData {
  readonly title: string;
  readonly description: string;
  readonly asOf: string | undefined;
  readonly xTitle: string;
  readonly yTitle: string;
  /** The five columns, left to right: opponent … mentor, each with its label. */
  readonly columns: readonly { readonly attitude: Attitude; readonly label: string }[];
  /** The four hierarchy categories in the legend's order, each with its label and colour. */
  readonly categories: readonly { readonly category: HierarchyCategory; readonly label: string; readonly color: string }[];
  /** The critical area: influence from `minInfluence` up, attitude in `attitudes` (high influence, against us). */
  readonly critical: { readonly label: string; readonly minInfluence: number; readonly attitudes: readonly Attitude[] };
  readonly legend: { readonly mentor: string; readonly notObserved: string };
  /** Each person's tooltip: name and title, category, attitude (or "not yet observed"), influence; by id. */
  readonly tips: Readonly<Record<string, string>>;
  /** One row per person, in the buying centre's order. */
  readonly rows: readonly StakeholderMapRow[];
}

/** The columns, left to right: against us on the left, for us on the right. */
const COLUMNS = ["opponent", "nonSupporter", "neutral", "supporter", "mentor"] as const satisfies readonly Attitude[];

/** The attitudes of the critical area: against us. */
const AGAINST = ["opponent", "nonSupporter"] as const satisfies readonly Attitude[];

/** One colour per hierarchy category: distinct in colour and in grey, none the critical area's red. */
export const stakeholderColors = {
  executive: "#6a1b9a",
  decisionMaking: "#1e88e5",
  peripheralSenior: "#2e7d32",
  industryExpert: "#ef6c00",
} as const satisfies Readonly<Record<HierarchyCategory, string>>;

/** Colours of the map's guides: the critical area and the mentor's ring. */
export const stakeholderGuides = { criticalFill: "#fdecea", criticalEdge: "#e57373", criticalText: "#c62828", mentorRing: "#212121" } as const;

/**
 * The rows of a stakeholder map: each person of the buying centre with the attitude to us observed by
 * `asOf` (via `standingOf`), their influence and hierarchy category, whether the attitude was observed at
 * all and whether they are our mentor; with the localised title, axis and legend texts.
 *
 * @param centre - a buying centre from `defineBuyingCentre`
 * @param options - `asOf` (attitudes observed by that day), `locale`
 * @returns the rows and texts, frozen
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` listing every bad option (unknown locale, `asOf` not a date…)
 *
 * @example
 * ```ts
 * const data = stakeholderMapData(defineBuyingCentre(parse(yaml)), { asOf: "2026-12-06" });
 * data.rows.find((row) => row.id === "p-sales"); //=> { id: "p-sales", name: "Chen Gang", title: "Sales director", category: "decisionMaking", influence: 4, attitude: "opponent", observed: true, mentor: false }
 * data.columns.map((column) => column.attitude); //=> ["opponent", "nonSupporter", "neutral", "supporter", "mentor"]
 * ```
 */
export function stakeholderMapData(centre: BuyingCentre, options?: StakeholderMapOptions): StakeholderMapData {
  const locale = chartOptions("stakeholderMapData", options, {}, (given, issues) => issues.push(...asOfIssues(given["asOf"])));
  if (typeof centre !== "object" || centre === null || !Array.isArray((centre as { people?: unknown }).people)) {
    throw new RenderArgumentError([{ path: [], code: "invalid_type", message: "expected a buying centre (from defineBuyingCentre), with its people" }], "stakeholderMapData");
  }
  const t = locale.text.charts;
  const m = t.stakeholderMap;
  const asOf = options?.asOf;
  const rows = centre.people.map((person): StakeholderMapRow => {
    const attitude = standingOf(person, asOf).attitude?.value;
    return {
      id: person.id,
      name: person.name,
      ...(person.title === undefined ? {} : { title: person.title }),
      category: person.category,
      influence: person.influence,
      attitude: attitude ?? "neutral",
      observed: attitude !== undefined,
      mentor: attitude === "mentor",
    };
  });
  const who = (row: StakeholderMapRow) => (row.title === undefined ? row.name : m.withRole(row.name, row.title));
  const attitudeText = (row: StakeholderMapRow) => (row.observed ? m.attitudes[row.attitude] : m.notObservedAttitude);
  const critical = rows.filter((row) => row.influence >= HIGH_INFLUENCE && (AGAINST as readonly Attitude[]).includes(row.attitude));
  const places = rows.map((row) => m.place(who(row), attitudeText(row), String(row.influence))).join(m.placeSeparator);
  return deepFreeze({
    title: asOf === undefined ? m.title : m.titleAsOf(locale.date(asOf)),
    description: t.describe.stakeholderMap(places, critical.length === 0 ? m.noCritical : m.criticalPeople(locale.list(critical.map((row) => row.name)))),
    asOf,
    xTitle: m.attitudeAxis,
    yTitle: m.influenceAxis,
    columns: COLUMNS.map((attitude) => ({ attitude, label: m.attitudes[attitude] })),
    categories: (Object.keys(stakeholderColors) as HierarchyCategory[]).map((category) => ({ category, label: m.categories[category], color: stakeholderColors[category] })),
    critical: { label: m.critical, minInfluence: HIGH_INFLUENCE, attitudes: [...AGAINST] },
    legend: { mentor: m.mentor, notObserved: m.notObserved },
    tips: Object.fromEntries(rows.map((row) => [row.id, m.tip(who(row), m.categories[row.category], attitudeText(row), String(row.influence))])),
    rows,
  });
}

/**
 * English strings of the diagrams, charts and HTML report: chart titles, axis labels, legends, Mermaid
 * edge labels and the report's chrome. The zh-CN file holds the same keys ({@link ChartMessages}).
 */

/** Every user-facing string of the Mermaid diagrams, the charts and the HTML report, for one locale. */
export interface ChartMessages {
  readonly mermaid: {
    /** Edge labels of the linkage diagram. */
    readonly serves: string;
    readonly hurts: string;
    readonly blocks: string;
    readonly addresses: { readonly resolve: string; readonly bypass: string };
    readonly delivers: string;
    /** Subgraph titles of the BVF diagram, level 1 first. */
    readonly levels: {
      readonly executiveKpis: string;
      readonly intentions: string;
      readonly operationalKpis: string;
      readonly solutions: string;
    };
    readonly recurrence: { readonly once: string; readonly monthly: string; readonly yearly: string };
    readonly probability: (percent: string) => string;
    readonly expected: (percent: string) => string;
    readonly phase: (phase: string) => string;
    readonly elasticity: (value: string) => string;
    readonly improvement: (percent: string) => string;
  };
  /** The drawn (SVG) diagrams: titles, their accessible description and the legend's words. */
  readonly diagrams: {
    readonly linkage: (customer: string) => string;
    readonly bvf: (name: string) => string;
    /** `layers`: each layer's title with its count of nodes; `links`: how many links. */
    readonly describe: (layers: string, links: string) => string;
    /** The legend of a value's dotted link to the goal it serves. */
    readonly valueServes: string;
  };
  readonly charts: {
    readonly waterfall: string;
    readonly waterfallWeighted: string;
    readonly waterfallPresent: string;
    readonly waterfallPresentWeighted: string;
    readonly benefit: string;
    readonly cost: string;
    readonly net: string;
    readonly netPresent: string;
    readonly line: string;
    readonly amount: (currency: string) => string;
    readonly cumulative: string;
    readonly cumulativeWeighted: string;
    readonly cumulativeDiscounted: string;
    readonly cumulativeDiscountedWeighted: string;
    readonly period: (period: "month" | "quarter" | "year") => string;
    readonly cumulativeAxis: (currency: string) => string;
    readonly payback: (when: string) => string;
    readonly paybackPeriods: (periods: string, period: "month" | "quarter" | "year") => string;
    readonly noPayback: string;
    readonly tornado: string;
    readonly tornadoWeighted: string;
    readonly tornadoAxis: (currency: string) => string;
    readonly driver: string;
    readonly base: (npv: string) => string;
    readonly low: string;
    readonly high: string;
    readonly histogram: string;
    readonly histogramAxis: (currency: string) => string;
    readonly count: string;
    readonly percentile: (p: string) => string;
    /** The stakeholder map: the buying centre's people by attitude to us and influence. */
    readonly stakeholderMap: {
      readonly title: string;
      /** The title when the attitudes are those observed by a day (`date` already formatted). */
      readonly titleAsOf: (date: string) => string;
      readonly attitudeAxis: string;
      readonly influenceAxis: string;
      /** The five columns, one word each (the people module's attitude scale). */
      readonly attitudes: {
        readonly opponent: string;
        readonly nonSupporter: string;
        readonly neutral: string;
        readonly supporter: string;
        readonly mentor: string;
      };
      /** The four categories of the customer's hierarchy, the colours of the legend. */
      readonly categories: {
        readonly executive: string;
        readonly decisionMaking: string;
        readonly peripheralSenior: string;
        readonly industryExpert: string;
      };
      /** Legend: the ring around our mentor. */
      readonly mentor: string;
      /** Legend: the hollow, dashed circle of a person whose attitude was never observed. */
      readonly notObserved: string;
      /** The attitude of a person never observed, as their tooltip names it. */
      readonly notObservedAttitude: string;
      /** The shaded critical area: high influence, against us. */
      readonly critical: string;
      /** A person with their title: "Li Wei, Chief financial officer". */
      readonly withRole: (name: string, role: string) => string;
      /** A person's tooltip: who, hierarchy category, attitude, influence. */
      readonly tip: (who: string, category: string, attitude: string, influence: string) => string;
      /** A person in the accessible description. */
      readonly place: (who: string, attitude: string, influence: string) => string;
      /** What separates the people in the accessible description (their places hold commas). */
      readonly placeSeparator: string;
      /** The sentence naming the people of high influence against us. */
      readonly criticalPeople: (names: string) => string;
      readonly noCritical: string;
    };
    /** A chart's accessible description: what it shows, in one sentence. */
    readonly describe: {
      readonly waterfall: (lines: string, net: string) => string;
      readonly cumulative: (payback: string) => string;
      readonly tornado: (drivers: string, base: string) => string;
      readonly histogram: (iterations: string, percentiles: string) => string;
      /** `people`: each person's place; `critical`: the sentence on high influence against us. */
      readonly stakeholderMap: (people: string, critical: string) => string;
    };
  };
  readonly html: {
    readonly title: string;
    readonly titleFor: (customer: string) => string;
    readonly contents: string;
    readonly generated: string;
    readonly frame: string;
    readonly evaluation: string;
    readonly bvf: string;
    readonly charts: string;
    readonly linkage: string;
    readonly linkageNote: string;
    readonly bvfDiagram: string;
    /** The buying centre's part (the seller's report only): its heading, the map's heading, and the people's value pages. */
    readonly people: string;
    readonly stakeholderMap: string;
    readonly personValues: string;
    readonly scenarios: string;
    readonly sensitivity: string;
    readonly simulation: string;
    /** The appendix of a customer report: its heading and what it holds. */
    readonly appendix: string;
    readonly appendixNote: string;
    /** The title page and the running header and footer of the printed report. */
    readonly cover: {
      readonly preparedFor: string;
      readonly preparedBy: string;
      readonly date: string;
      readonly version: string;
      /** The logo's alternative text. */
      readonly logo: string;
      /** The page number in the printed footer: `page` and `pages` are placeholders the browser fills in. */
      readonly pageOf: (page: string, pages: string) => string;
    };
  };
}

const periodWord = { month: "Month", quarter: "Quarter", year: "Year" } as const;
const periodsWord = { month: "months", quarter: "quarters", year: "years" } as const;

/** English chart, diagram and report strings. */
export const charts: ChartMessages = {
  mermaid: {
    serves: "serves",
    hurts: "hurts",
    blocks: "blocks",
    addresses: { resolve: "resolves", bypass: "bypasses" },
    delivers: "delivers",
    levels: {
      executiveKpis: "1 · Executive KPIs",
      intentions: "2 · Business intentions",
      operationalKpis: "3 · Operational KPIs",
      solutions: "4 · Vendor solutions",
    },
    recurrence: { once: "once", monthly: "a month", yearly: "a year" },
    probability: (percent) => `probability ${percent}`,
    expected: (percent) => `expected +${percent}`,
    phase: (phase) => `phase ${phase}`,
    elasticity: (value) => `elasticity ${value}`,
    improvement: (percent) => `+${percent}`,
  },
  diagrams: {
    linkage: (customer) => `Linkage diagram: ${customer}`,
    bvf: (name) => `${name}: the four levels`,
    describe: (layers, links) => `${layers}; ${links} links, each arrow pointing to what it serves.`,
    valueServes: "value serves goal",
  },
  charts: {
    waterfall: "Value waterfall (nominal)",
    waterfallWeighted: "Value waterfall (nominal, probability-weighted)",
    waterfallPresent: "Value waterfall (present values)",
    waterfallPresentWeighted: "Value waterfall (present values, probability-weighted)",
    benefit: "Benefit",
    cost: "Cost",
    net: "Net",
    netPresent: "NPV",
    line: "Value line",
    amount: (currency) => `Amount (${currency})`,
    cumulative: "Cumulative cash flow",
    cumulativeWeighted: "Cumulative cash flow (probability-weighted)",
    cumulativeDiscounted: "Cumulative discounted cash flow",
    cumulativeDiscountedWeighted: "Cumulative discounted cash flow (probability-weighted)",
    period: (period) => periodWord[period],
    cumulativeAxis: (currency) => `Cumulative net flow (${currency})`,
    payback: (when) => `Payback: ${when}`,
    // "1 year", never "1 years".
    paybackPeriods: (periods, period) => `${periods} ${periods === "1" ? periodWord[period].toLowerCase() : periodsWord[period]}`,
    noPayback: "No payback within the horizon",
    tornado: "Sensitivity of NPV (tornado)",
    tornadoWeighted: "Sensitivity of the probability-weighted NPV (tornado)",
    tornadoAxis: (currency) => `NPV (${currency})`,
    driver: "Driver",
    base: (npv) => `Base NPV ${npv}`,
    low: "Driver at its low value",
    high: "Driver at its high value",
    histogram: "Simulated NPV",
    histogramAxis: (currency) => `NPV (${currency})`,
    count: "Iterations",
    percentile: (p) => `P${p}`,
    stakeholderMap: {
      title: "Stakeholder map",
      titleAsOf: (date) => `Stakeholder map as of ${date}`,
      attitudeAxis: "Attitude to us",
      influenceAxis: "Influence",
      attitudes: { opponent: "Opponent", nonSupporter: "Non-supporter", neutral: "Neutral", supporter: "Supporter", mentor: "Mentor" },
      categories: { executive: "Executive", decisionMaking: "Decision-making level", peripheralSenior: "Peripheral senior", industryExpert: "Industry expert" },
      mentor: "Mentor (our coach)",
      notObserved: "Not yet observed",
      notObservedAttitude: "not yet observed (placed as neutral)",
      critical: "High influence, against us",
      withRole: (name, role) => `${name}, ${role}`,
      tip: (who, category, attitude, influence) => `${who} — ${category}; ${attitude}; influence ${influence}`,
      place: (who, attitude, influence) => `${who}: ${attitude}, influence ${influence}`,
      placeSeparator: "; ",
      criticalPeople: (names) => `High influence and against us: ${names}.`,
      noCritical: "No one of high influence is against us.",
    },
    describe: {
      waterfall: (lines, net) => `Bars for ${lines}, ending at ${net}.`,
      cumulative: (payback) => `Cumulative net cash flow by period. ${payback}.`,
      tornado: (drivers, base) => `NPV when each driver moves alone to its low and high value, around the base NPV of ${base}: ${drivers}.`,
      histogram: (iterations, percentiles) => `Distribution of NPV over ${iterations} iterations; ${percentiles}.`,
      stakeholderMap: (people, critical) => `The buying centre by attitude to us (opponent on the left, mentor on the right) and influence (5 at the top): ${people}. ${critical}`,
    },
  },
  html: {
    title: "Value case report",
    titleFor: (customer) => `Value case report: ${customer}`,
    contents: "Contents",
    generated: "Prepared with valueframe. Every figure is computed exactly in decimal arithmetic; charts plot the same figures.",
    frame: "Reference frame",
    evaluation: "Value case",
    bvf: "Business Value Framework",
    charts: "Charts",
    linkage: "Linkage diagram",
    linkageNote: "Arrows point to what each element serves: success factors serve goals, issues hurt success factors or block goals, solutions resolve or bypass issues and deliver values, which serve goals.",
    bvfDiagram: "The four levels",
    people: "Buying centre",
    stakeholderMap: "Stakeholder map",
    personValues: "The value for each person",
    scenarios: "Scenarios",
    sensitivity: "Sensitivity",
    simulation: "Simulation",
    appendix: "Appendix: the calculation in full",
    appendixNote: "What the pages before leave out: the rest of the reference frame, every figure worked out (the assumptions with their sources, each calculation step in words with the values it used, the cash flows period by period, the measures) and the levels of the Business Value Framework.",
    cover: {
      preparedFor: "Prepared for",
      preparedBy: "Prepared by",
      date: "Date",
      version: "Version",
      logo: "Logo",
      pageOf: (page, pages) => `Page ${page} of ${pages}`,
    },
  },
};

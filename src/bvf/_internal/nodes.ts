/** Turns parsed node input (any Numeric, link shorthands) into built nodes (Decimals, link objects, defaults). */
import type * as z from "zod";
import { toDec, type Decimal, type Numeric } from "../../numeric/decimal.js";
import type {
  competitorSchema,
  executiveKpiSchema,
  intentionSchema,
  operationalKpiSchema,
  sellerKpiSchema,
  vendorSolutionSchema,
} from "../schema.js";
import type {
  BusinessIntention,
  Competitor,
  ExecutiveKpi,
  OperationalKpi,
  SellerKpi,
  VendorSolution,
} from "../types.js";
import { compact } from "./compact.js";

const dec = (value: Numeric | undefined): Decimal | undefined => (value === undefined ? undefined : toDec(value));

/** A link as an object, whether it was written as `"E1"` or `{ id: "E1", … }`. */
export function linkObject<L extends { id: string }>(link: string | L): L | { id: string } {
  return typeof link === "string" ? { id: link } : link;
}

/** The id a link points to, or undefined when the link is malformed. */
export function linkId(link: unknown): string | undefined {
  if (typeof link === "string") return link;
  if (link !== null && typeof link === "object" && typeof (link as { id?: unknown }).id === "string") return (link as { id: string }).id;
  return undefined;
}

export function toExecutiveKpi(input: z.output<typeof executiveKpiSchema>): ExecutiveKpi {
  return compact({
    id: input.id,
    name: input.name,
    unit: input.unit,
    baseline: dec(input.baseline),
    target: dec(input.target),
    direction: input.direction ?? "increase",
    expectedImprovement: dec(input.expectedImprovement),
    weight: toDec(input.weight ?? 1),
    owner: input.owner,
    note: input.note,
  });
}

export function toSellerKpi(input: z.output<typeof sellerKpiSchema>): SellerKpi {
  return compact({ id: input.id, name: input.name, kind: input.kind ?? "kpi", serves: [...(input.serves ?? [])], note: input.note });
}

export function toIntention(input: z.output<typeof intentionSchema>): BusinessIntention {
  return compact({
    id: input.id,
    name: input.name,
    serves: (input.serves ?? []).map((link) => {
      const object: { id: string; elasticity?: Numeric | undefined } = linkObject(link);
      return compact({ id: object.id, elasticity: dec(object.elasticity) });
    }),
    owner: input.owner,
    note: input.note,
  });
}

export function toOperationalKpi(input: z.output<typeof operationalKpiSchema>): OperationalKpi {
  return compact({
    id: input.id,
    name: input.name,
    function: input.function,
    unit: input.unit,
    baseline: dec(input.baseline),
    target: dec(input.target),
    direction: input.direction ?? "increase",
    serves: (input.serves ?? []).map((link) => {
      const object: { id: string; weight?: Numeric | undefined } = linkObject(link);
      return compact({ id: object.id, weight: dec(object.weight) });
    }),
    note: input.note,
  });
}

export function toSolution(input: z.output<typeof vendorSolutionSchema>): VendorSolution {
  return compact({
    id: input.id,
    name: input.name,
    kind: input.kind ?? "product",
    phase: input.phase,
    differentiator: input.differentiator,
    measure: input.measure,
    alsoOfferedBy: [...(input.alsoOfferedBy ?? [])],
    serves: (input.serves ?? []).map((link) => {
      const object: { id: string; improvement?: Numeric | undefined } = linkObject(link);
      return compact({ id: object.id, improvement: dec(object.improvement) });
    }),
    note: input.note,
  });
}

export function toCompetitor(input: z.output<typeof competitorSchema>): Competitor {
  return { id: input.id, name: input.name };
}

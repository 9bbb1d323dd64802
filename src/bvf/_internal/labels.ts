/** How each kind of BVF node is named in messages. */
import type { BvfNodeKind } from "../types.js";

/** "an executive KPI", "a solution", … for messages. */
export const KIND_LABEL: Readonly<Record<BvfNodeKind, string>> = {
  executiveKpi: "an executive KPI",
  sellerKpi: "a seller KPI",
  intention: "a business intention",
  operationalKpi: "an operational KPI",
  solution: "a vendor solution",
  competitor: "a competitor",
};

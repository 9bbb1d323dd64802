/**
 * A hand-built realisation of the distributor's case (examples/distributor.case.json), every figure
 * checkable by hand as of 2026-06-01, as in tests/realise/realise.test.ts:
 *
 * - DSO (`k-dso`) from 62 to 48 days, planned linearly over case year 1 by the one-time working-capital
 *   line; measured 61 (January), 57 (March), 56 on 2026-05-31 then corrected to 55 the same day (the 56
 *   kept as history, struck). 3 counted measurements. Achieved (62 − 55) / 14 = 50 % against 49.59 %
 *   planned: on track. Milestones: 58 by March met (57), 52 by May missed (55), 48 by November pending.
 *   Measured by Wang Fang (`p-credit`).
 * - Overdue receivables (`k-overdue`) from 9 % to 5 %, no line: straight over the three years; measured 9
 *   on 2026-04-30 (no improvement against a planned 13.7 %): off track.
 * - Realised to date CN¥11,972,383.56 (14,000,000 of working capital released by 7 days, plus the
 *   recurring lines for 182/365 of year 1, less the 2,000,000 up front).
 */
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { defineRealisation } from "../../src/realise/defineRealisation.js";
import { trackRealisation } from "../../src/realise/trackRealisation.js";
import { bvfGraph, frame, valueCase } from "./fixtures.js";

export const realisationAsOf = "2026-06-01";

export const realisationCentre = defineBuyingCentre(
  { people: [{ id: "p-credit", name: "Wang Fang", category: "decisionMaking", roles: ["user"], influence: 3 }] },
  { frame },
);

export const realisationInput = {
  start: "2025-12-01",
  kpis: [
    {
      id: "k-dso",
      name: "Days sales outstanding",
      unit: "days",
      baseline: "62",
      target: "48",
      direction: "decrease",
      sets: { driver: "dsoReduction", as: "gain" },
      line: "workingCapital",
      goal: "g-cash",
      operationalKpi: "o-dso",
      measuredBy: "p-credit",
      milestones: [
        { id: "m-58", date: "2026-03-31", value: "58", label: "DSO at 58 by March" },
        { id: "m-52", date: "2026-05-31", value: "52", label: "DSO at 52 by May" },
        { id: "m-48", date: "2026-11-30", value: "48", label: "DSO at 48 by November" },
      ],
    },
    {
      id: "k-overdue",
      name: "Receivables overdue more than 90 days",
      unit: "% of receivables",
      baseline: "9",
      target: "5",
      direction: "decrease",
      goal: "g-cash",
      measuredBy: "p-credit",
    },
  ],
  actuals: [
    { kpi: "k-dso", date: "2026-03-31", value: "57", source: "ERP ageing report" },
    { kpi: "k-dso", date: "2026-01-31", value: "61", source: "ERP ageing report", confidence: "0.9" },
    { kpi: "k-dso", date: "2026-05-31", value: "56", source: "ERP ageing report" },
    { kpi: "k-dso", date: "2026-05-31", value: "55", unit: "days", source: "ERP ageing report, re-run after the credit notes were booked", correction: true, note: "Credit notes booked late" },
    { kpi: "k-overdue", date: "2026-04-30", value: "9", source: "Credit control report" },
  ],
};

export const realisation = defineRealisation(realisationInput, { valueCase, frame, bvf: bvfGraph, centre: realisationCentre, asOf: realisationAsOf });
export const track = trackRealisation(realisation, { valueCase, bvf: bvfGraph, asOf: realisationAsOf });

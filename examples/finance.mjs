// The README's finance example: the distributor's working capital, then a deal's cash flows, as a
// customer's finance team would check them in a spreadsheet.
import { cashConversionCycle, financingCostSaved, irrAll, irrDetails, paybackPeriod, workingCapitalReleased, xirr } from "valueframe/finance";

const released = workingCapitalReleased({ annualAmount: "365000000", daysReduced: 14 }); // revenue / 365 × 14 days
console.log(`released ${released} CNY, saving ${financingCostSaved({ amount: released, rate: "0.06" })} CNY a year`);
console.log(`cash conversion cycle ${cashConversionCycle({ dio: 45, dso: 48, dpo: 30 })} days`);

const flows = ["-2000000", "28960000", "1380000", "1380000"];
console.log(`payback after ${paybackPeriod(flows).toFixed(4)} years`);
const dated = xirr(flows, ["2026-01-01", "2026-12-31", "2027-12-31", "2028-12-31"]); // =XIRR(values; dates)
console.log(`XIRR ${dated.times(100).toFixed(4)} %`);

// Flows that change sign twice can have two IRRs; valueframe finds both and says which it picked.
console.log(irrAll([-100, 230, -132]).map(String), irrDetails([-100, 230, -132]).conventional);

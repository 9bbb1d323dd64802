// Generates portfolios of value-case documents from the four examples, each with its size varied, a
// customer of its own and a funnel entry. With no count, the checked-in example: examples/portfolio/,
// fifteen documents in three tiers of five (CNY, USD and EUR) and portfolio.yaml stating the exchange
// rates; with --count N, a large synthetic portfolio for benchmarks. Deterministic: the same arguments
// give the same files.
//
//   node scripts/generate-portfolio.mjs [folder] [--count N]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (file) => readFileSync(join(root, "examples", file), "utf8");

/** Each example: its members, the driver that sets the customer's size, and its funnel entry. */
const bases = Object.fromEntries(
  [
    ["distributor", "annualRevenue"],
    ["livestock", "sowsPerFarm"],
    ["logistics", "deliveriesPerHub"],
    ["manufacturer", "annualCogs"],
  ].map(([name, sizeDriver]) => [
    name,
    {
      frame: JSON.parse(read(`${name}.frame.json`)),
      case: JSON.parse(read(`${name}.case.json`)),
      bvf: JSON.parse(read(`${name}.bvf.json`)),
      funnel: parse(read(`${name}.qualification.yaml`)).funnel,
      sizeDriver,
    },
  ]),
);

/** The checked-in portfolio: fifteen customers, five a tier; the example's own customer is the first of its kind. */
const customers = [
  ["huatong", "distributor", "Huatong Industrial Distribution", "1", "muchBusiness"],
  ["jiayun", "logistics", "Jiayun Contract Logistics", "1", "muchBusiness"],
  ["keller", "manufacturer", "Keller Antriebstechnik GmbH", "1", "muchBusiness"],
  ["prairie-ridge", "livestock", "Prairie Ridge Pork", "1", "muchBusiness"],
  ["dongfang", "distributor", "Dongfang Fasteners Trading", "1.4", "muchBusiness"],
  ["minjiang", "logistics", "Minjiang Cold Chain", "0.7", "someBusiness"],
  ["hartmann", "manufacturer", "Hartmann Hydraulik AG", "0.8", "someBusiness"],
  ["cedar-valley", "livestock", "Cedar Valley Swine", "0.6", "someBusiness"],
  ["ruifeng", "distributor", "Ruifeng Chemicals Supply", "0.9", "someBusiness"],
  ["huanan", "logistics", "Huanan Express Stores", "1.2", "someBusiness"],
  ["brandt", "manufacturer", "Brandt Getriebe GmbH", "0.5", "noBusiness"],
  ["blue-mesa", "livestock", "Blue Mesa Farms", "1.3", "noBusiness"],
  ["jinlong", "distributor", "Jinlong Steel Distribution", "0.6", "noBusiness"],
  ["yuxin", "logistics", "Yuxin Pharma Logistics", "0.5", "noBusiness"],
  ["baihe", "distributor", "Baihe Industrial Supplies", "1.1", "noBusiness"],
];
const stages = ["P", "I", "B", "P", "I"];

/** A decimal string times a factor written as a decimal string, exactly (the factors have one decimal place at most). */
function times(value, factor) {
  const [whole, fraction = ""] = String(value).split(".");
  const [fw, ff = ""] = factor.split(".");
  const scale = fraction.length + ff.length;
  const product = (BigInt(whole + fraction) * BigInt(fw + ff)).toString().padStart(scale + 1, "0");
  const out = scale === 0 ? product : `${product.slice(0, -scale)}.${product.slice(-scale)}`;
  return out.includes(".") ? out.replace(/0+$/, "").replace(/\.$/, "") : out;
}

/** One document: the example's members with the customer renamed, its size driver scaled, and a funnel entry. */
function documentOf(base, customer, factor, index) {
  const { frame, case: valueCase, bvf, funnel, sizeDriver } = bases[base];
  const own = frame.customer.name;
  const renamed = (member) => JSON.parse(JSON.stringify(member).split(own).join(customer));
  const scaledCase = renamed(valueCase);
  scaledCase.drivers = scaledCase.drivers.map((d) => (d.id === sizeDriver ? { ...d, value: times(d.value, factor) } : d));
  const month = `2027-${String(1 + (index % 12)).padStart(2, "0")}`;
  return {
    frame: renamed(frame),
    case: scaledCase,
    bvf: renamed(bvf),
    qualification: { funnel: { ...funnel, stage: stages[index % stages.length], expectedMonth: month, expectedInvestment: times(funnel.expectedInvestment, factor) } },
  };
}

const portfolioHeader = `# The portfolio's settings: the reporting currency and the rate of each other currency to it. The rates
# are the example's budget rates, stated with their source and day — valueframe never guesses one.
currency: CNY
asOf: "2026-12-07"
rates:
  USD: { rate: "7.12", source: "the seller's finance department, budget rate for 2027 (example)", asOf: "2026-12-01" }
  EUR: { rate: "7.75", source: "the seller's finance department, budget rate for 2027 (example)", asOf: "2026-12-01" }
`;

/** Writes the portfolio to `folder`; returns the files written. */
export function generatePortfolio(folder, count) {
  mkdirSync(folder, { recursive: true });
  const rows =
    count === undefined
      ? customers
      : Array.from({ length: count }, (_, k) => {
          const [, base, name] = customers[k % customers.length];
          const factor = ["0.5", "0.8", "1", "1.2", "1.5", "2"][k % 6];
          return [`case-${String(k).padStart(6, "0")}`, base, `${name} ${k}`, factor, ["muchBusiness", "someBusiness", "noBusiness"][k % 3]];
        });
  const files = rows.map(([slug, base, name, factor], index) => {
    const file = `${slug}.valuecase.json`;
    writeFileSync(join(folder, file), `${JSON.stringify(documentOf(base, name, factor, index), null, 2)}\n`);
    return file;
  });
  const tiers = rows.map(([slug, , , , tier]) => `  ${slug}.valuecase.json: ${tier}`).join("\n");
  writeFileSync(join(folder, "portfolio.yaml"), `${portfolioHeader}tiers:\n${tiers}\n`);
  return [...files, "portfolio.yaml"];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--count");
  const count = at === -1 ? undefined : Number(args[at + 1]);
  const folder = args.find((arg, i) => !arg.startsWith("--") && i !== at + 1) ?? join(root, "examples", "portfolio");
  console.log(`${generatePortfolio(folder, count).length} files written to ${folder}`);
}

import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { formatDate } from "../../src/render/format/formatDate.js";
import { formatMoney } from "../../src/render/format/formatMoney.js";
import { formatNumber } from "../../src/render/format/formatNumber.js";
import { formatPercent } from "../../src/render/format/formatPercent.js";
import { defineLocale } from "../../src/render/locales/defineLocale.js";
import type { LocaleId } from "../../src/render/locales/types.js";
import { thrown } from "./helpers.js";

describe("formatNumber", () => {
  it("keeps every digit of values a float cannot hold", () => {
    expect(formatNumber("12345678901234567890.125", { maximumFractionDigits: 2 })).toBe("12,345,678,901,234,567,890.13");
    expect(formatNumber("1234.5678901234567890123")).toBe("1,234.5678901234567890123");
    expect(formatNumber("0.123456789012345678951234")).toBe("0.12345678901234567895");
    expect(formatNumber(new Dec("0.1").plus("0.2"))).toBe("0.3");
    expect(formatNumber(10n ** 30n)).toBe("1,000,000,000,000,000,000,000,000,000,000");
  });

  it("rounds half up in decimal and never shows minus zero", () => {
    expect(formatNumber("2.345", { maximumFractionDigits: 2 })).toBe("2.35");
    expect(formatNumber("-2.345", { maximumFractionDigits: 2 })).toBe("-2.35");
    expect(formatNumber("-0.004", { maximumFractionDigits: 2 })).toBe("0");
    expect(formatNumber("1.5", { minimumFractionDigits: 3 })).toBe("1.500");
  });

  it("signs and groups per locale", () => {
    expect(formatNumber(1380000, { locale: "zh-CN", signed: true })).toBe("+1,380,000");
    expect(formatNumber(0, { signed: true })).toBe("0");
  });

  it("throws RenderArgumentError for a value that is not numeric", () => {
    const error = thrown(() => formatNumber("12,5"));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
    expect((error as Error).message).toContain('formatNumber arguments: 1 problem:\n  - value: "12,5" is not a decimal number');
    expect((thrown(() => formatNumber(Number.NaN)) as Error).message).toContain("NaN is not a finite number");
  });

  it("lists every bad option with its path", () => {
    const error = thrown(() => formatNumber(1, { locale: "fr" as LocaleId, maximumFractionDigits: 21, minimumFractionDigits: 1.5 }));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
    expect((error as RenderArgumentError).issues.map((i) => i.path)).toEqual([["locale"], ["minimumFractionDigits"], ["maximumFractionDigits"]]);
    expect((error as RenderArgumentError).issues[2]?.message).toBe("must be a whole number from 0 to 20, got 21");
    const order = thrown(() => formatNumber(1, { minimumFractionDigits: 3, maximumFractionDigits: 2 })) as RenderArgumentError;
    expect(order.issues).toEqual([{ path: ["minimumFractionDigits"], code: "invalid_value", message: "must not exceed maximumFractionDigits (2), got 3" }]);
  });
});

describe("formatMoney", () => {
  it("formats CNY in English and Chinese with the minor digits", () => {
    expect(formatMoney("14000000", "CNY")).toBe("CN¥14,000,000.00");
    expect(formatMoney("14000000", "CNY", { locale: "zh-CN" })).toBe("¥14,000,000.00");
    expect(formatMoney("27093430.87943910989178478890413046791648", "CNY", { locale: "zh-CN" })).toBe("¥27,093,430.88");
    expect(formatMoney("-2000000.005", "USD", { maximumFractionDigits: 0 })).toBe("-$2,000,000");
    expect(formatMoney("1234.5", "JPY")).toBe("¥1,235");
  });

  it("throws RenderArgumentError for a currency that is not a code", () => {
    const error = thrown(() => formatMoney(1, "yuan"));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as Error).message).toContain('"yuan" is not an ISO 4217 currency code');
  });
});

describe("formatPercent", () => {
  it("multiplies exactly and formats per locale", () => {
    expect(formatPercent("10.2482758620689655")).toBe("1,024.83%");
    expect(formatPercent("0.2", { locale: "zh-CN", signed: true })).toBe("+20%");
    expect(formatPercent("0.08")).toBe("8%");
    expect(formatPercent("0.123456", { maximumFractionDigits: 3 })).toBe("12.346%");
  });
});

describe("formatDate", () => {
  it("writes ISO dates in each locale's long form, in UTC", () => {
    expect(formatDate("2026-12-31")).toBe("December 31, 2026");
    expect(formatDate("2026-12-31", { locale: "zh-CN" })).toBe("2026年12月31日");
  });

  it("throws RenderArgumentError for a date that does not exist", () => {
    for (const bad of ["2026-02-30", "31/12/2026", "2026-12-31T00:00:00Z"]) {
      const error = thrown(() => formatDate(bad));
      expect(error).toBeInstanceOf(RenderArgumentError);
      expect((error as Error).message).toBe(`valueframe: formatDate arguments: 1 problem:\n  - isoDate: ${JSON.stringify(bad)} is not an ISO calendar date (write it like "2026-12-31") [invalid_value]`);
    }
  });
});

describe("figures beyond float range", () => {
  const big = `1${"0".repeat(399)}`; // 1e399, finite as a Decimal, Infinity as a float
  const grouped = `1${",000".repeat(133)}`;

  it("are written exactly, grouped, never as infinity", () => {
    expect(formatNumber(big, { maximumFractionDigits: 0 })).toBe(grouped);
    expect(formatNumber(`-${big}.25`, { maximumFractionDigits: 2 })).toBe(`-${grouped}.25`);
    expect(formatMoney(big, "CNY")).toBe(`CN¥${grouped}.00`);
    expect(formatMoney(`-${big}`, "EUR", { locale: "zh-CN" })).toBe(`-€${grouped}.00`);
  });

  it("follow the locale's separators and grouping", () => {
    const german = formatMoney(big, "EUR", { locale: defineLocale({ id: "de-DE" }) });
    expect(german).toBe(`${`1${".000".repeat(133)}`},00\u00a0€`);
    expect(formatNumber(`1${"0".repeat(301)}`, { locale: defineLocale({ id: "en-IN" }), maximumFractionDigits: 0 })).toBe(`1${",00".repeat(149)},000`);
    for (const text of [formatNumber(big), formatMoney(big, "USD"), formatPercent(big)]) expect(text).not.toContain("∞");
  });
});

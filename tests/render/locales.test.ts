import { describe, expect, it } from "vitest";
import { RenderArgumentError, RenderLocaleError } from "../../src/render/errors.js";
import { en } from "../../src/render/locales/en/index.js";
import { getLocale } from "../../src/render/locales/getLocale.js";
import { zhCN } from "../../src/render/locales/zh-CN/index.js";
import type { LocaleId } from "../../src/render/locales/types.js";
import { thrown } from "./helpers.js";

/** Every key path of a nested object (functions and arrays are leaves). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix === "" ? key : `${prefix}.${key}`));
}

describe("locales", () => {
  it("gets each locale by id, with both parts", () => {
    expect(getLocale("en")).toBe(en);
    expect(getLocale("zh-CN")).toBe(zhCN);
    expect(getLocale("zh-CN").text.frame.goals).toBe("战略目标");
    expect(getLocale("en").text.frame.goals).toBe("Strategic goals");
    expect(Object.keys(getLocale("zh-CN"))).toEqual(["id", "text", "charts"]);
    expect(Object.isFrozen(en)).toBe(true);
  });

  it("returns a locale object passed in as it is (custom strings)", () => {
    const custom = { ...en, text: { ...en.text } };
    expect(getLocale(custom)).toBe(custom);
  });

  it("has the same keys in en and zh-CN, down to each diagnostic question", () => {
    expect(keyPaths(zhCN.text).sort()).toEqual(keyPaths(en.text).sort());
    expect(keyPaths(zhCN.charts).sort()).toEqual(keyPaths(en.charts).sort());
    expect(Object.keys(zhCN.text.questions.diagnostic.process.management)).toEqual(["goal", "performance", "resource", "interface"]);
  });

  it("throws RenderLocaleError with code RENDER_UNKNOWN_LOCALE for an unknown id", () => {
    const error = thrown(() => getLocale("fr" as LocaleId));
    expect(error).toBeInstanceOf(RenderLocaleError);
    expect((error as RenderLocaleError).code).toBe("RENDER_UNKNOWN_LOCALE");
    expect((error as RenderLocaleError).locale).toBe("fr");
    expect((error as Error).message).toBe('valueframe: unknown locale "fr": use "en" or "zh-CN", or a Locale from defineLocale');
  });

  it("checks a locale object of your own, listing each missing or mistyped entry at its path", () => {
    const broken = { ...en, id: "de-DE", text: { ...en.text, frame: { ...en.text.frame, title: "Bezugsrahmen" } }, charts: undefined };
    const error = thrown(() => getLocale(broken as never)) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues).toEqual([
      { path: ["locale", "text", "frame", "title"], code: "invalid_type", message: 'must be a template (function), got "Bezugsrahmen"' },
      { path: ["locale", "charts"], code: "invalid_type", message: "must be an object, got undefined" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { RenderLocaleError } from "../../src/render/errors.js";
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

  it("has the same keys in en and zh-CN, and the same number of diagnostic questions per cell", () => {
    expect(keyPaths(zhCN.text).sort()).toEqual(keyPaths(en.text).sort());
    for (const level of ["organization", "process", "job"] as const) {
      for (const dimension of ["goals", "design", "management"] as const) {
        expect(zhCN.text.questions.diagnostic[level][dimension].length).toBe(en.text.questions.diagnostic[level][dimension].length);
      }
    }
  });

  it("throws RenderLocaleError with code RENDER_UNKNOWN_LOCALE for an unknown id", () => {
    const error = thrown(() => getLocale("fr" as LocaleId));
    expect(error).toBeInstanceOf(RenderLocaleError);
    expect((error as RenderLocaleError).code).toBe("RENDER_UNKNOWN_LOCALE");
    expect((error as RenderLocaleError).locale).toBe("fr");
    expect((error as Error).message).toBe('valueframe: unknown locale "fr": use "en" or "zh-CN"');
  });
});
